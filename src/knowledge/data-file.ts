import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { KNOWLEDGE_DIR, PROJECT_ROOT } from "../paths.js";
import { formatPath, KnowledgeError } from "./parse.js";
import { readYaml } from "./yaml.js";

/** A knowledge file's path as shown in messages: relative to the project when inside it. */
export function shownPath(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  return rel.startsWith("..") ? file : rel;
}

/**
 * Reads one YAML file of the knowledge folder and validates it with a schema. Throws KnowledgeError naming
 * the file and the place of every problem.
 */
export function readDataFile<T extends z.ZodType>(
  name: string,
  schema: T,
  dir: string = KNOWLEDGE_DIR,
): { path: string; data: z.infer<T> } {
  const file = path.join(dir, name);
  const shown = shownPath(file);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new KnowledgeError([
      `${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
  return { path: shown, data: parseDataText(shown, text, schema) };
}

/** Validates the text of a YAML data file (shown as `shown` in messages). */
export function parseDataText<T extends z.ZodType>(shown: string, text: string, schema: T): z.infer<T> {
  const read = readYaml(shown, text);
  if (!read.ok) throw new KnowledgeError([read.problem]);
  const result = schema.safeParse(read.value);
  if (!result.success)
    throw new KnowledgeError(result.error.issues.map((i) => `${shown}: ${formatPath(i.path)}: ${i.message}`));
  return result.data;
}
