import type { KnowledgeFile } from "./knowledge/parse.js";
import type { Compound } from "./knowledge/schema.js";

/** Types only: what the answering thread and the reload worker (reload-worker.ts) send each other. */

/** The compound files a reload found new or changed: to be read and validated against the schema. */
export interface ParseRequest {
  files: KnowledgeFile[];
}

export type ParseReply =
  /** The compounds of the files that passed the schema, by path; a file with problems is left out. */
  | { ok: true; parsed: [string, Compound][] }
  /** The worker failed (the answering thread then parses the files itself). */
  | { ok: false; failed: string };
