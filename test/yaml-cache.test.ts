import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Lexer, parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { readingYaml, readYaml } from "../src/knowledge/yaml.js";
import { KNOWLEDGE_DIR, PROJECT_ROOT } from "../src/paths.js";

const CACHE = path.join(PROJECT_ROOT, "node_modules", ".cache", "nootropic-bot", "yaml");
/**
 * The kept copies whose text holds `marker`. Other tests may be adding copies of their own meanwhile, and a
 * full cache drops its oldest files while this reads them: a file gone by then is not ours.
 */
const keptWith = (marker: string) =>
  (fs.existsSync(CACHE) ? fs.readdirSync(CACHE) : [])
    .filter((n) => n.endsWith(".json"))
    .map((n) => path.join(CACHE, n))
    .filter((file) => {
      try {
        return fs.readFileSync(file, "utf8").includes(marker);
      } catch {
        return false;
      }
    });

describe("reading the knowledge's YAML", () => {
  it("keeps a parsed file, and the next read gives the same value from the kept copy", () => {
    const marker = randomUUID();
    const text = `id: ${marker}\ndoses:\n  - { min: 10, max: 30, unit: mg }\nnote: ~\n`;
    expect(readYaml("x.yaml", text)).toEqual({ ok: true, value: parse(text) });
    const kept = keptWith(marker);
    expect(kept).toHaveLength(1);
    // The kept copy is what the second read returns: change it, and the read shows the change.
    fs.writeFileSync(kept[0]!, JSON.stringify({ id: "from the kept copy" }));
    expect(readYaml("x.yaml", text)).toEqual({ ok: true, value: { id: "from the kept copy" } });
    fs.rmSync(kept[0]!);
  });

  it("parses again when the kept copy is damaged, never failing on it", () => {
    const marker = randomUUID();
    const text = `id: ${marker}\n`;
    readYaml("x.yaml", text);
    const [kept] = keptWith(marker);
    expect(kept).toBeDefined();
    fs.writeFileSync(kept!, `{"id":"${marker}`);
    expect(readYaml("x.yaml", text)).toEqual({ ok: true, value: { id: marker } });
  });

  it("names the file and the place of malformed YAML", () => {
    const read = readYaml("knowledge/bad.yaml", `a: [1, 2\nb: ${randomUUID()}\n`);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatch(
      /^knowledge\/bad\.yaml: malformed YAML at line \d+, column \d+: /,
    );
  });

  it("does not keep a value JSON would change (.inf), so it is parsed each time", () => {
    const marker = randomUUID();
    const text = `id: ${marker}\ntop: .inf\n`;
    expect(readYaml("x.yaml", text)).toEqual({ ok: true, value: { id: marker, top: Infinity } });
    expect(keptWith(marker)).toEqual([]);
    expect(readYaml("x.yaml", text)).toEqual({ ok: true, value: { id: marker, top: Infinity } });
  });

  describe("in pieces, as a reload reads a changed file on the thread that answers", () => {
    /** Runs the sliced read to its end: its outcome and how many times it stopped for a turn. */
    const pieces = (shown: string, text: string) => {
      const work = readingYaml(shown, text);
      for (let stops = 0; ; stops++) {
        const next = work.next();
        if (next.done) return { read: next.value, stops };
      }
    };
    // The largest compound file, made unique so that no kept copy is read instead of parsing it.
    const largest = fs
      .readdirSync(path.join(KNOWLEDGE_DIR, "compounds"))
      .map((n) => fs.readFileSync(path.join(KNOWLEDGE_DIR, "compounds", n), "utf8"))
      .sort((a, b) => b.length - a.length)[0]!;

    it("stops many times in a large file and gives the value one parse gives", () => {
      const text = `${largest}\n# ${randomUUID()}\n`;
      const { read, stops } = pieces("big.yaml", text);
      expect(read).toEqual({ ok: true, value: parse(text) });
      expect(stops).toBeGreaterThan(text.length / 4000);
    });

    it("composes each compound file a top-level entry at a time and a long list a few items at a time", () => {
      const dir = path.join(KNOWLEDGE_DIR, "compounds");
      const written = fs
        .readdirSync(dir)
        .map((name): [string, string] => [name, fs.readFileSync(path.join(dir, name), "utf8")]);
      // And each as the yaml library writes it (no comments between entries; the bench's compounds are so).
      const rewritten = written.map(([name, text]): [string, string] => [
        `${name}, rewritten`,
        stringify(parse(text), { lineWidth: 0 }),
      ]);
      for (const [name, original] of [...written, ...rewritten]) {
        const text = `${original}\n# ${randomUUID()}\n`;
        const value = parse(text) as Record<string, unknown>;
        const lexemes = [...new Lexer().lex(text)].length;
        const lists = Object.values(value).filter((v) => Array.isArray(v) && v.length > 8) as unknown[][];
        // A stop after each run of 8 list items and each other entry, beyond those of the lexer.
        const entries = Object.keys(value).length - lists.length;
        const runs = lists.reduce((n, l) => n + Math.ceil(l.length / 8), 0);
        expect(pieces(name, text).stops, name).toBeGreaterThanOrEqual(
          Math.floor(lexemes / 256) + entries + runs,
        );
      }
    });

    it("reads every knowledge file, and pieces that do not stand alone, to the value one parse gives", () => {
      const files = [
        ...fs.readdirSync(KNOWLEDGE_DIR).filter((n) => n.endsWith(".yaml")),
        ...fs.readdirSync(path.join(KNOWLEDGE_DIR, "compounds")).map((n) => path.join("compounds", n)),
      ].map((n) => fs.readFileSync(path.join(KNOWLEDGE_DIR, n), "utf8"));
      const list = (n: number) => Array.from({ length: n }, (_, i) => `  - { n: ${i} }`).join("\n");
      const tricky = [
        // An alias to an anchor in another entry, and in another run of a long list.
        `a: &x [1, 2]\nb: *x\nc:\n  - &y { k: 1 }\n${list(12)}\n  - *y\n`,
        // A tagged list, comments between entries and items, an empty entry, "<<" (a plain key in YAML 1.2).
        `base: &b { u: mg }\nl: !!seq\n  # first\n${list(20)}\n# between\nempty:\nm:\n  <<: *b\n  v: 2\n`,
        // A key named __proto__ is a key like any other, not the value's prototype.
        "a: 1\n__proto__:\n  polluted: 1\n",
        "just a scalar\n",
        "- top\n- level\n- list\n",
      ];
      for (const text of [...files, ...tricky]) {
        const unique = `${text}\n# ${randomUUID()}\n`;
        expect(pieces("x.yaml", unique).read).toEqual({ ok: true, value: parse(unique) });
      }
    });

    it("describes malformed YAML, a repeated key and two documents as the whole read does", () => {
      for (const text of [
        `a: [1, 2\nb: ${randomUUID()}\n`,
        `a: 1\na: ${randomUUID()}\n`,
        `a: ${randomUUID()}\n---\nb: 2\n`,
        // The same list twice: a key repeated in two long lists' runs.
        `l:\n${Array.from({ length: 10 }, (_, i) => `  - ${i}`).join("\n")}\nl:\n  - ${randomUUID()}\n`,
      ]) {
        const { read } = pieces("knowledge/bad.yaml", text);
        expect(read.ok).toBe(false);
        expect(read).toEqual(readYaml("knowledge/bad.yaml", text));
      }
    });
  });
});
