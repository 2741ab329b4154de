import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/paths.js";

/** The import graph of src/ and commands/: every relative import of every file, found by reading the files. */
function importGraph(): Map<string, string[]> {
  const files = ["src", "commands"].flatMap((folder) => {
    const root = path.join(PROJECT_ROOT, folder);
    return fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(root, f));
  });
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const targets = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gms)].map((m) =>
      path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, ".ts")),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle, as the list of files on it (relative to the project root). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push(stack.slice(stack.indexOf(next)).map(rel));
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const rel = (file: string) => path.relative(PROJECT_ROOT, file);

/**
 * The folder a file belongs to, for the folder-level graph: commands/, a top-level folder of src/ with all
 * that is under it (src/reply/v2 is part of src/reply), or a file directly in src/ on its own (the context
 * and the shared leaves such as the logger and the paths are not one layer).
 */
function folderOf(file: string): string {
  const parts = rel(file).split(path.sep);
  if (parts[0] === "commands") return "commands";
  return parts.slice(0, 2).join("/");
}

/** The import graph between folders: an edge wherever a file of one imports a file of another. */
function folderGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    const edges = folders.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) edges.add(folderOf(target));
    folders.set(from, edges);
  }
  return new Map([...folders].map(([folder, edges]) => [folder, [...edges]]));
}

describe("architecture", () => {
  const graph = importGraph();

  it("finds the imports it checks (the scan itself works)", () => {
    const start = [...graph.keys()].find((f) => rel(f) === path.join("src", "bin", "start.ts"));
    expect(start && graph.get(start)?.map(rel)).toContain(path.join("commands", "index.ts"));
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", ["a"]],
        ]),
      ),
    ).toHaveLength(1);
  });

  it("has no import cycle in src/ or commands/", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("has no import cycle between folders: imports run one way, layer to layer", () => {
    const folders = folderGraph(graph);
    expect(folders.get("src/bin")).toContain("commands");
    expect(folders.get("src/reply")).toContain("src/knowledge");
    expect(cycles(folders)).toEqual([]);
    // The check sees a cycle made of files in two folders that do not form a file-level cycle.
    const a = path.join(PROJECT_ROOT, "src", "one", "a.ts");
    const b = path.join(PROJECT_ROOT, "src", "two", "b.ts");
    const c = path.join(PROJECT_ROOT, "src", "one", "c.ts");
    expect(
      cycles(
        folderGraph(
          new Map([
            [a, [b]],
            [b, [c]],
            [c, []],
          ]),
        ),
      ),
    ).toHaveLength(1);
  });

  it("only entry points import the command registry", () => {
    const importers = [...graph]
      .filter(([, targets]) => targets.some((t) => rel(t) === path.join("commands", "index.ts")))
      .map(([f]) => rel(f));
    expect(importers.every((f) => f.startsWith(path.join("src", "bin") + path.sep))).toBe(true);
  });

  it("has nothing under src/ but the entry points import from commands/", () => {
    const upward = [...graph]
      .filter(
        ([f]) =>
          rel(f).startsWith(`src${path.sep}`) && !rel(f).startsWith(path.join("src", "bin") + path.sep),
      )
      .flatMap(([f, targets]) =>
        targets.filter((t) => rel(t).startsWith(`commands${path.sep}`)).map((t) => `${rel(f)} → ${rel(t)}`),
      );
    expect(upward).toEqual([]);
  });

  it("keeps the core free of discord.js: only the gateway adapter and deploy use it", () => {
    const core = ["knowledge", "search", "reply", "interactions", "cli", "question", "http", "answer"].map(
      (d) => path.join("src", d),
    );
    const offenders = [...graph.keys()]
      .filter(
        (f) => rel(f).startsWith(`commands${path.sep}`) || core.some((d) => rel(f).startsWith(d + path.sep)),
      )
      .filter((f) => /from\s+"discord\.js"/.test(fs.readFileSync(f, "utf8")))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it("posts to a channel in one place: gateway, mentions and HTTP share one channel poster", () => {
    const posting = [...graph.keys()]
      .filter((f) => /Routes\.channelMessages\(/.test(fs.readFileSync(f, "utf8")))
      .map(rel);
    expect(posting).toEqual([path.join("src", "discord", "channel-poster.ts")]);
  });

  it("plans answers in the core without rendering: src/answer imports no reply, no Discord types", () => {
    const offenders = [...graph]
      .filter(([f]) => rel(f).startsWith(path.join("src", "answer") + path.sep))
      .flatMap(([f, targets]) => [
        ...targets
          .filter((t) => !/src\/(answer|knowledge|question)\//.test(rel(t)))
          .map((t) => `${rel(f)} → ${rel(t)}`),
        ...(/from\s+"discord/.test(fs.readFileSync(f, "utf8")) ? [`${rel(f)} → discord`] : []),
      ]);
    expect(offenders).toEqual([]);
  });

  it("has no production code that asks for a garbage collection (memory is released by design, not by a gc hook)", () => {
    const asking = [...graph.keys()]
      .filter((f) => /\bgc\?\.\(|\.gc\(\)|expose-gc/.test(fs.readFileSync(f, "utf8")))
      .map(rel);
    expect(asking).toEqual([]);
  });
});
