import fs from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

/** The nearest folder above this file holding package.json: the same from src/ (tsx) and from dist/ (node). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, "..");
  }
}

/** The project root, found from this file's place so that scripts work from any working directory. */
export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

export const KNOWLEDGE_DIR = path.join(PROJECT_ROOT, "knowledge");

/** Where `npm run build` keeps the built full-text index, one file per knowledge version. */
export const INDEX_DIR = path.join(PROJECT_ROOT, "dist", "index");

/** Where the source texts live: NOOTROPIC_SOURCES_DIR, else ../shared/sources beside the project. */
export function sourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NOOTROPIC_SOURCES_DIR
    ? path.resolve(env.NOOTROPIC_SOURCES_DIR)
    : path.resolve(PROJECT_ROOT, "..", "shared", "sources");
}

/** The knowledge folder: NOOTROPIC_KNOWLEDGE_DIR, else the project's knowledge/. */
export function knowledgeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NOOTROPIC_KNOWLEDGE_DIR ? path.resolve(env.NOOTROPIC_KNOWLEDGE_DIR) : KNOWLEDGE_DIR;
}
