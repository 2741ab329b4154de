import { fileURLToPath } from "node:url";
import path from "node:path";

/** The project root, found from this file's place so that scripts work from any working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const KNOWLEDGE_DIR = path.join(PROJECT_ROOT, "knowledge");

/** Where the source texts live: NOOTROPIC_SOURCES_DIR, else ../shared/sources beside the project. */
export function sourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NOOTROPIC_SOURCES_DIR
    ? path.resolve(env.NOOTROPIC_SOURCES_DIR)
    : path.resolve(PROJECT_ROOT, "..", "shared", "sources");
}
