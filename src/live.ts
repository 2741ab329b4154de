import { setImmediate as nextTurn } from "node:timers/promises";
import { loadKnowledge, type LoadedKnowledge, type LoadOptions } from "./knowledge/load.js";
import { loadOtherDrugs } from "./knowledge/other-drugs.js";
import { createParseMemo, KnowledgeError } from "./knowledge/parse.js";
import { publishedKnowledge } from "./knowledge/review.js";
import type { Knowledge } from "./knowledge/schema.js";
import type { BotContext, Registry } from "./interactions/types.js";
import { buildAskIndex, goalMentionsOf, type AskIndex } from "./question/ask-index.js";
import { buildQuestionIndex } from "./question/names.js";
import { loadCheckedVocabulary } from "./question/vocabulary-check.js";
import { buildRelevanceIndex } from "./search/relevance.js";
import { buildFullTextIndex } from "./search/fulltext.js";
import { readFullText } from "./search/fulltext-cache.js";
import { planFullTextUpdate } from "./search/fulltext-update.js";
import { buildSearchIndex, type SearchIndex } from "./search/index.js";

/** One loaded version of the knowledge with its indexes: what the handlers read. */
interface Snapshot {
  /** Every entry, drafts included. */
  readonly all: Knowledge;
  readonly knowledge: Knowledge;
  readonly index: SearchIndex;
  readonly ask: AskIndex;
  readonly version: string;
}

export type ReloadOutcome =
  | { ok: true; version: string; previous: string; changed: boolean; ms: number; cpuMs: number }
  | { ok: false; version: string; problems: readonly string[] };

/** The handlers' context, whose knowledge can be reloaded while the bot runs. */
export interface LiveContext {
  /** Always the current version: read it per interaction, never keep its fields. */
  readonly ctx: BotContext & { readonly version: string };
  readonly quoteCheck: LoadedKnowledge["quoteCheck"];
  /**
   * Loads, checks and indexes the knowledge again beside the current version, then swaps it in between two
   * interactions; an invalid knowledge is refused and the current version keeps answering. Reloads run one
   * at a time.
   */
  reload(): Promise<ReloadOutcome>;
  /**
   * The context for a server that shows drafts: drafts with a 🚧 mark and disputed entries with a note, built
   * on first use for the current version.
   */
  drafts(): BotContext;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Loads the knowledge and builds its indexes; later reloads parse, check and index only what changed. */
export function createLiveContext(
  commands: Registry,
  options: LoadOptions & {
    /** A folder of built full-text indexes (npm run build writes dist/index/): one for the version is loaded, not built. */
    indexDir?: string;
  } = {},
): LiveContext {
  const builtFullText = (knowledge: Knowledge, version: string) =>
    options.indexDir ? readFullText(options.indexDir, knowledge, version) : undefined;
  const askIndex = (knowledge: Knowledge, index: SearchIndex, version?: string) => {
    const otherDrugs = loadOtherDrugs(knowledge, options.dir);
    return buildAskIndex(
      knowledge,
      otherDrugs,
      index,
      loadCheckedVocabulary(knowledge, otherDrugs, options.dir),
      (version === undefined ? undefined : builtFullText(knowledge, version)) ??
        buildFullTextIndex(knowledge),
    );
  };
  const memo = {
    ...createParseMemo(),
    hashes: new Map<string, { text: string; hash: string }>(),
    files: new Map<string, { size: number; mtimeMs: number; text: string }>(),
  };
  const first = loadKnowledge({ ...options, memo });
  const knowledge = publishedKnowledge(first.knowledge);
  const index = buildSearchIndex(knowledge);
  let current: Snapshot = {
    all: first.knowledge,
    knowledge,
    index,
    ask: askIndex(knowledge, index, first.version),
    version: first.version,
  };
  const ctx = {
    commands,
    get knowledge() {
      return current.knowledge;
    },
    get index() {
      return current.index;
    },
    get ask() {
      return current.ask;
    },
    get version() {
      return current.version;
    },
  };

  const load = async (): Promise<ReloadOutcome> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    await nextTurn();
    let loaded: LoadedKnowledge;
    let next: Knowledge;
    let otherDrugs;
    let vocabulary;
    try {
      loaded = loadKnowledge({ ...options, memo });
      next = publishedKnowledge(loaded.knowledge);
      otherDrugs = loadOtherDrugs(next, options.dir);
      vocabulary = loadCheckedVocabulary(next, otherDrugs, options.dir);
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      return { ok: false, version: current.version, problems: error.problems };
    }
    const previous = current.version;
    if (loaded.version === previous)
      return {
        ok: true,
        version: previous,
        previous,
        changed: false,
        ms: performance.now() - started,
        cpuMs: cpuMs(cpu),
      };
    await nextTurn();
    const names = buildSearchIndex(next);
    await nextTurn();
    const question = buildQuestionIndex(next, otherDrugs, names, vocabulary);
    await nextTurn();
    const relevance = buildRelevanceIndex(next, current.ask.relevance);
    await nextTurn();
    const loadedBuilt = builtFullText(next, loaded.version);
    const update = loadedBuilt
      ? undefined
      : planFullTextUpdate(current.ask.fulltext, current.knowledge, next);
    const built = loadedBuilt ?? (update ? undefined : buildFullTextIndex(next));
    await nextTurn();
    // The swap: one synchronous step, so that an interaction sees the old version or the new one, whole.
    const fulltext = built ?? update!();
    current = {
      all: loaded.knowledge,
      knowledge: next,
      index: names,
      ask: { question, fulltext, goalMentions: goalMentionsOf(fulltext), relevance },
      version: loaded.version,
    };
    return {
      ok: true,
      version: loaded.version,
      previous,
      changed: true,
      ms: performance.now() - started,
      cpuMs: cpuMs(cpu),
    };
  };

  let drafts: { of: Snapshot; ctx: BotContext } | undefined;
  const draftsContext = (): BotContext => {
    if (drafts?.of !== current) {
      const shown = publishedKnowledge(current.all, "drafts");
      // Nothing but reviewed entries: the same answers, from the same indexes.
      const same = shown === current.knowledge;
      const names = same ? current.index : buildSearchIndex(shown);
      drafts = {
        of: current,
        ctx: {
          commands,
          knowledge: shown,
          index: names,
          ask: same ? current.ask : askIndex(shown, names),
        },
      };
    }
    return drafts.ctx;
  };

  let queue: Promise<unknown> = Promise.resolve();
  return {
    ctx,
    quoteCheck: first.quoteCheck,
    drafts: draftsContext,
    reload() {
      const run = queue.then(load, load);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
