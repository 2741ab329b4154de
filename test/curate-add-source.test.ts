import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { addSource } from "../src/curate/add-source.js";
import { UsageError } from "../src/curate/verb.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { KnowledgeError } from "../src/knowledge/parse.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { tempWorkspace } from "./support/workspace.js";

const EXAMPLE = path.join(PROJECT_ROOT, "test", "fixtures", "example-oxiracetam.txt");
let ws: ReturnType<typeof tempWorkspace> | undefined;
afterEach(() => ws?.dispose());

const example = {
  file: EXAMPLE,
  id: "example-oxiracetam",
  title: "Oxiracetam: an example source text",
  kind: "research-overview",
  note: "A test fixture written for the curator guide, not a real source.",
  added: "2026-12-05",
};

describe.skipIf(!hasSourceTexts)("npm run curate -- add-source", () => {
  it("copies the text into the source texts folder and records kind, trust note, sha256 and date added", () => {
    ws = tempWorkspace();
    const printed = addSource(ws, example);
    const copied = path.join(ws.sourcesDir, "example-oxiracetam.txt");
    expect(fs.readFileSync(copied, "utf8")).toBe(fs.readFileSync(EXAMPLE, "utf8"));
    const registry = parse(fs.readFileSync(path.join(ws.knowledgeDir, "sources.yaml"), "utf8")) as {
      sources: Record<string, unknown>[];
    };
    expect(registry.sources.at(-1)).toMatchObject({
      id: "example-oxiracetam",
      kind: "research overview",
      file: "example-oxiracetam.txt",
      stance: "research overview",
      trust: example.note,
      added: "2026-12-05",
      covers: [],
    });
    expect(registry.sources.at(-1)!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(printed.at(-1)).toMatch(/curate -- draft example-oxiracetam/);
    const { knowledge } = loadKnowledge({
      dir: ws.knowledgeDir,
      sourcesDir: ws.sourcesDir,
      quotes: "required",
    });
    expect(knowledge.sources.map((s) => s.id)).toContain("example-oxiracetam");
  });

  it("lists the source in the texts folder's sources.json too, as the knowledge test compares the two", () => {
    ws = tempWorkspace();
    const json = path.join(ws.sourcesDir, "sources.json");
    const before = JSON.parse(fs.readFileSync(json, "utf8")) as Record<string, unknown>[];
    addSource(ws, { ...example, author: "A. Curator", date: "2026-12-01" });
    const after = JSON.parse(fs.readFileSync(json, "utf8")) as Record<string, unknown>[];
    expect(after.slice(0, -1)).toEqual(before);
    expect(after.at(-1)).toEqual({
      id: "example-oxiracetam",
      file: "example-oxiracetam.txt",
      title: example.title,
      author: "A. Curator",
      published: "2026-12-01",
      kind: "research overview",
      covers: [],
      note: example.note,
    });
    const registry = parse(fs.readFileSync(path.join(ws.knowledgeDir, "sources.yaml"), "utf8")) as {
      sources: Record<string, unknown>[];
    };
    const fields = (s: Record<string, unknown>) => [s.id, s.file, s.title, s.kind, s.author, s.published];
    expect(registry.sources.map(fields)).toEqual(after.map(fields));
  });

  it("refuses a second source with the same id, an unknown kind, and a file that is not there", () => {
    ws = tempWorkspace();
    addSource(ws, example);
    expect(() => addSource(ws!, example)).toThrow(/already registered/);
    expect(() => addSource(ws!, { ...example, id: "other", kind: "rumour" })).toThrow(UsageError);
    expect(() => addSource(ws!, { ...example, id: "other", file: "/nonexistent.txt" })).toThrow(
      /cannot be read/,
    );
  });

  it("knowledge:check fails once the copied text is edited", () => {
    ws = tempWorkspace();
    addSource(ws, example);
    fs.appendFileSync(path.join(ws.sourcesDir, "example-oxiracetam.txt"), "An added line.\n");
    let problems: readonly string[] = [];
    try {
      loadKnowledge({ dir: ws.knowledgeDir, sourcesDir: ws.sourcesDir, quotes: "required" });
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual([
      expect.stringMatching(
        /sources\[5\]\.sha256: the text of 'example-oxiracetam' .* has changed since it was added/,
      ),
    ]);
  });
});
