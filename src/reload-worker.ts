/**
 * The knowledge reload's worker thread (started by load-worker.ts): reads, parses, validates and
 * quote-checks the knowledge folder, off the thread that answers interactions, and sends back only what the
 * answering thread lacks: the compounds whose files changed since the version it has, and the small parts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledge, type LoadOptions } from "./knowledge/load.js";
import { loadOtherDrugs } from "./knowledge/other-drugs.js";
import { createParseMemo, KnowledgeError } from "./knowledge/parse.js";
import { publishedKnowledge } from "./knowledge/review.js";
import type { Compound } from "./knowledge/schema.js";
import { loadCheckedVocabulary } from "./question/vocabulary-check.js";
import type { LoadReply, LoadRequest } from "./load-protocol.js";

const options = workerData as Pick<LoadOptions, "dir" | "sourcesDir" | "quotes">;
const memo = {
  ...createParseMemo(),
  hashes: new Map<string, { text: string; hash: string }>(),
  files: new Map<string, { size: number; mtimeMs: number; text: string }>(),
};
/** The compounds of the versions the answering thread may have (its current one, the one just sent), by file. */
let versions = new Map<string, ReadonlyMap<string, Compound>>();

function load(request: LoadRequest): LoadReply {
  try {
    const loaded = loadKnowledge({ ...options, memo });
    const { knowledge, version } = loaded;
    const byPath = new Map(knowledge.compounds.map((c) => [knowledge.files.get(c.id) ?? c.id, c]));
    const base = versions.get(request.version);
    versions = new Map([...(base ? [[request.version, base] as const] : []), [version, byPath]]);
    if (request.prime || version === request.version) return { ok: true, version, unchanged: true };
    const published = publishedKnowledge(knowledge);
    const otherDrugs = loadOtherDrugs(published, options.dir);
    const vocabulary = loadCheckedVocabulary(published, otherDrugs, options.dir);
    return {
      ok: true,
      version,
      quoteCheck: loaded.quoteCheck,
      sources: knowledge.sources,
      subjects: knowledge.subjects,
      notCovered: knowledge.notCovered,
      files: [...knowledge.files],
      order: [...byPath.keys()],
      changed: [...byPath].filter(([file, c]) => base?.get(file) !== c),
      otherDrugs,
      vocabulary,
    };
  } catch (error) {
    if (error instanceof KnowledgeError) return { ok: false, problems: error.problems };
    return { ok: false, failed: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on("message", (request: LoadRequest) => parentPort?.postMessage(load(request)));
