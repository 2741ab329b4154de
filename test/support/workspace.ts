import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Workspace } from "../../src/curate/workspace.js";
import { KNOWLEDGE_DIR, sourcesDir } from "../../src/paths.js";

/**
 * A throw-away copy of the knowledge folder and of the source texts (../shared is read-only in CI), for
 * tests of the curator's tools. Removed with `dispose`.
 */
export function tempWorkspace(options: { withSources?: boolean } = {}): Workspace & { dispose: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "nootropic-curate-"));
  const knowledgeDir = path.join(root, "knowledge");
  const texts = path.join(root, "sources");
  fs.cpSync(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  if (options.withSources ?? true) fs.cpSync(sourcesDir(), texts, { recursive: true });
  else fs.mkdirSync(texts);
  return {
    knowledgeDir,
    sourcesDir: texts,
    dispose: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** Collects what a curate verb writes, line by line. */
export function lines(): { out: (line: string) => void; text: () => string; all: string[] } {
  const all: string[] = [];
  return { out: (line) => all.push(line), text: () => all.join("\n"), all };
}
