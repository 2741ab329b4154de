import {
  loading,
  readingFiles,
  versionOf,
  type LoadedKnowledge,
  type LoadOptions,
  type ReadCache,
} from "./knowledge/load.js";
import { loadOtherDrugs, type OtherDrug } from "./knowledge/other-drugs.js";
import { createParseMemo, KnowledgeError } from "./knowledge/parse.js";
import { publishing } from "./knowledge/review.js";
import type { Knowledge } from "./knowledge/schema.js";
import type { VocabularyData } from "./knowledge/vocabulary-data.js";
import { checkedVocabularyLoad } from "./question/vocabulary-check.js";
import { knowledgeDir, sourcesDir } from "./paths.js";
import { runWhole, whole, type Sliced } from "./slices.js";

/** Runs one step of a reload on the answering thread, a slice at a time between interactions. */
export type Step = <T>(name: string, work: Sliced<T>) => Promise<T>;

/** What the reload of the knowledge files gives: the new version, the same version, or its problems. */
export type LoadedAgain =
  | {
      ok: true;
      loaded: LoadedKnowledge;
      /** The knowledge as answers see it (publishedKnowledge). */
      next: Knowledge;
      otherDrugs: OtherDrug[];
      vocabulary: VocabularyData;
    }
  | { ok: true; unchanged: string }
  | { ok: false; problems: readonly string[] };

type Extras = { otherDrugs: OtherDrug[]; vocabulary: VocabularyData };

/** What the reload keeps from one load to the next: the files read, parsed and checked, by path. */
export type ReloadMemo = NonNullable<LoadOptions["memo"]> & {
  hashes: Map<string, { text: string; hash: string }>;
  files: ReadCache;
};

export function createReloadMemo(): ReloadMemo {
  return { ...createParseMemo(), hashes: new Map(), files: new Map() };
}

/**
 * Loads the knowledge folder again on the answering thread, in slices, keeping what did not change (the
 * memo: files by size and time, compounds by text, checks by compound), so that the compounds of files
 * that did not change are the objects the current version has; the files that did change are parsed a few
 * hundred YAML tokens at a time. The other drugs and the vocabulary are read and checked again only when
 * their files or the names changed.
 */
export function reloadLoader(options: LoadOptions, memo: ReloadMemo) {
  const dir = options.dir ?? knowledgeDir();
  let kept: ({ key: string } & Extras) | undefined;
  /** What the other drugs and the vocabulary depend on: every file but the compounds', and the names. */
  const keyOf = (knowledge: Knowledge) =>
    JSON.stringify([
      [...memo.hashes].filter(([file]) => !file.startsWith("compounds/")).map(([file, h]) => [file, h.hash]),
      knowledge.compounds.map((c) => [c.id, c.name, c.aliases]),
      knowledge.notCovered,
    ]);
  function* extrasBuild(knowledge: Knowledge): Sliced<Extras> {
    const otherDrugs = loadOtherDrugs(knowledge, options.dir);
    return { otherDrugs, vocabulary: yield* checkedVocabularyLoad(knowledge, otherDrugs, options.dir) };
  }
  return {
    /**
     * The other drugs and vocabulary for another view of the current version (the drafts): those kept when
     * its names are the same, else read and checked for it.
     */
    extrasOf(knowledge: Knowledge): Extras {
      return kept?.key === keyOf(knowledge) ? kept : runWhole(extrasBuild(knowledge));
    },
    /** The other drugs and vocabulary of the first load (published knowledge), kept for the reloads. */
    first(knowledge: Knowledge): Extras {
      kept = { key: keyOf(knowledge), ...runWhole(extrasBuild(knowledge)) };
      return kept;
    },
    async again(step: Step, currentVersion: string): Promise<LoadedAgain> {
      try {
        const input = await step("read", readingFiles(options.dir, memo.files));
        // The same files as the current version's: nothing to parse or check again.
        const version = await step(
          "version",
          whole(() => versionOf(input, dir, memo.hashes, options.sourcesDir ?? sourcesDir())),
        );
        if (version === currentVersion) return { ok: true, unchanged: version };
        const loaded = await step("check", loading({ ...options, memo }, input, version));
        const next = await step("published", publishing(loaded.knowledge));
        const key = await step(
          "names key",
          whole(() => keyOf(next)),
        );
        if (key !== kept?.key) kept = { key, ...(await step("vocabulary", extrasBuild(next))) };
        return { ok: true, loaded, next, otherDrugs: kept.otherDrugs, vocabulary: kept.vocabulary };
      } catch (error) {
        if (!(error instanceof KnowledgeError)) throw error;
        return { ok: false, problems: error.problems };
      }
    },
  };
}
