import type { LoadedKnowledge } from "./knowledge/load.js";
import type { OtherDrug } from "./knowledge/other-drugs.js";
import type { Compound, Knowledge } from "./knowledge/schema.js";
import type { VocabularyData } from "./knowledge/vocabulary-data.js";

/** Types only: what the answering thread and the reload worker (reload-worker.ts) send each other. */

/** Load the folder again; `version` is the one the answering thread has (what it needs is relative to it). */
export interface LoadRequest {
  version: string;
  /** Only load, to know the files as they are (at start): nothing to send back but the version. */
  prime?: boolean;
}

export type LoadReply =
  | { ok: true; version: string; unchanged: true }
  | {
      ok: true;
      version: string;
      unchanged?: undefined;
      quoteCheck: LoadedKnowledge["quoteCheck"];
      sources: Knowledge["sources"];
      subjects: Knowledge["subjects"];
      notCovered: Knowledge["notCovered"];
      /** Compound id -> the file it was read from. */
      files: [string, string][];
      /** Every compound's file, in order. */
      order: string[];
      /** The compounds whose file is not what the answering thread's version has, by file. */
      changed: [string, Compound][];
      otherDrugs: OtherDrug[];
      vocabulary: VocabularyData;
    }
  | { ok: false; problems: readonly string[] }
  /** Not a problem of the knowledge: the worker failed (the answering thread then loads it itself). */
  | { ok: false; failed: string };
