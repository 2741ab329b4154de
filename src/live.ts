import { predrawCharts, registerKnowledgeVersion } from "./reply/charts/render.js";
import { loadKnowledge, type LoadedKnowledge, type LoadOptions } from "./knowledge/load.js";
import { KnowledgeError } from "./knowledge/parse.js";
import { publishedKnowledge, publishing } from "./knowledge/review.js";
import type { Knowledge } from "./knowledge/schema.js";
import type { BotContext, Registry } from "./interactions/types.js";
import { buildAskIndex, goalMentionsOf, type AskIndex } from "./question/ask-index.js";
import { questionIndexBuild } from "./question/names.js";
import { relevanceIndexBuild } from "./search/relevance.js";
import { buildFullTextIndex, fullTextBuild } from "./search/fulltext.js";
import { readFullText } from "./search/fulltext-cache.js";
import { planFullTextUpdate } from "./search/fulltext-update.js";
import { buildSearchIndex, searchIndexBuild, type SearchIndex } from "./search/index.js";
import { createReloadMemo, reloadLoader, type Step } from "./reload-load.js";
import { runInSlices, runWhole, whole, type Sliced, type SliceTally } from "./slices.js";

/** A reload's slices on the answering thread, by default (LiveOptions.sliceMs). */
const SLICE_MS = 1;
/**
 * After each slice the answering thread is left to interactions for three times as long
 * (LiveOptions.restRatio): a reload takes at most a quarter of it, so that the interactions answered
 * during a reload are answered as fast as the others (npm run bench:reload).
 */
const REST_RATIO = 3;

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
  | {
      ok: true;
      version: string;
      previous: string;
      changed: boolean;
      ms: number;
      cpuMs: number;
      /** The longest slice of work run on this thread: the longest an interaction could wait for the reload. */
      longestStepMs: number;
      /** Each step run on this thread, in order: its time in all and its longest slice. */
      steps: readonly ({ name: string } & SliceTally)[];
    }
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

export interface LiveOptions extends LoadOptions {
  /** Draw every compound's dose chart in every locale in the background after each load (a running bot). */
  predrawCharts?: boolean;
  /** A folder of built full-text indexes (npm run build writes dist/index/): one for the version is loaded, not built. */
  indexDir?: string;
  /**
   * How long a slice of a reload's work on this thread may run before the event loop gets a turn (ms; 1 by
   * default: an interaction arriving meanwhile waits about half of it). Each step of a reload yields every
   * few compounds, words, documents or YAML tokens; 0: after every piece.
   */
  sliceMs?: number;
  /**
   * After each slice, the event loop is left to other work for this many times the slice's length, at
   * least a millisecond (3 by default; 0: only a turn of the event loop, as fast as the reload can go).
   */
  restRatio?: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Loads the knowledge and builds its indexes; later reloads parse, check and index only what changed. */
export function createLiveContext(commands: Registry, options: LiveOptions = {}): LiveContext {
  const builtFullText = (knowledge: Knowledge, version: string) =>
    options.indexDir ? readFullText(options.indexDir, knowledge, version) : undefined;
  const memo = createReloadMemo();
  const loader = reloadLoader(options, memo);
  const first = loadKnowledge({ ...options, memo });
  const knowledge = publishedKnowledge(first.knowledge);
  const index = buildSearchIndex(knowledge);
  const askIndex = (knowledge: Knowledge, index: SearchIndex, version: string) => {
    const { otherDrugs, vocabulary } = loader.first(knowledge);
    const fulltext = builtFullText(knowledge, version) ?? buildFullTextIndex(knowledge);
    return buildAskIndex(knowledge, otherDrugs, index, vocabulary, fulltext);
  };
  let current: Snapshot = {
    all: first.knowledge,
    knowledge,
    index,
    ask: askIndex(knowledge, index, first.version),
    version: first.version,
  };
  /** Charts are keyed by this version; a running bot draws the dose charts of a new one in the background. */
  const published = (snapshot: Snapshot) => {
    registerKnowledgeVersion(snapshot.knowledge, snapshot.version);
    if (options.predrawCharts) void predrawCharts(snapshot.knowledge, () => current === snapshot);
  };
  published(current);
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
    // Each step runs in slices of about a millisecond, each followed by a rest for interactions: one that
    // arrives during a slice waits at most for the rest of it.
    const steps: ({ name: string } & SliceTally)[] = [];
    const step: Step = async (name, work) => {
      const tally = { name, slices: 0, longestMs: 0, totalMs: 0 };
      steps.push(tally);
      return runInSlices(work, options.sliceMs ?? SLICE_MS, tally, options.restRatio ?? REST_RATIO);
    };
    const again = await loader.again(step, current.version);
    if (!again.ok) return { ok: false, version: current.version, problems: again.problems };
    const timing = () => ({
      ms: performance.now() - started,
      cpuMs: cpuMs(cpu),
      longestStepMs: Math.max(0, ...steps.map((s) => s.longestMs)),
      steps,
    });
    if ("unchanged" in again)
      return { ok: true, version: again.unchanged, previous: again.unchanged, changed: false, ...timing() };
    const { loaded, next, otherDrugs, vocabulary } = again;
    const previous = current.version;
    const was = current;
    const names = await step("names", searchIndexBuild(next));
    const question = await step("question", questionIndexBuild(next, otherDrugs, names, vocabulary));
    const relevance = await step("relevance", relevanceIndexBuild(next, was.ask.relevance));
    const loadedBuilt = await step(
      "read built full text",
      whole(() => builtFullText(next, loaded.version)),
    );
    const update = loadedBuilt
      ? undefined
      : await step(
          "plan full text",
          whole(() => planFullTextUpdate(was.ask.fulltext, was.knowledge, next)),
        );
    // The update leaves the current index as it is (fulltext-update.ts), so it need not run in the swap.
    const fulltext =
      loadedBuilt ??
      (update ? await step("update full text", update) : await step("build full text", fullTextBuild(next)));
    const goalMentions = goalMentionsOf(fulltext, vocabulary.phrases);
    const fresh: Snapshot = {
      all: loaded.knowledge,
      knowledge: next,
      index: names,
      ask: { question, fulltext, goalMentions, relevance },
      version: loaded.version,
    };
    // Once a server has shown drafts, its context is built here too, in slices, not by its next interaction.
    // A problem with the drafts' vocabulary leaves them to be built on first use, as before.
    const draftsCtx = drafts
      ? await step("drafts", draftsBuild(fresh)).catch((error: unknown) => {
          if (error instanceof KnowledgeError) return undefined;
          throw error;
        })
      : undefined;
    // The swap: one synchronous step, so that an interaction sees the old version or the new one, whole.
    await step(
      "swap",
      whole(() => {
        current = fresh;
        drafts = draftsCtx ? { of: fresh, ctx: draftsCtx } : undefined;
        published(current);
      }),
    );
    return { ok: true, version: loaded.version, previous, changed: true, ...timing() };
  };

  /**
   * The context for servers that show drafts, of one version (sliced work): drafts with a 🚧 mark and
   * disputed entries with a note. Only the compounds with a draft or a disputed entry differ, so the full
   * text and the claim ranking are updated from the version's own, not rebuilt.
   */
  function* draftsBuild(of: Snapshot): Sliced<BotContext> {
    const shown = yield* publishing(of.all, "drafts");
    // Nothing but reviewed entries: the same answers, from the same indexes.
    if (shown === of.knowledge) return { commands, knowledge: shown, index: of.index, ask: of.ask };
    const names = yield* searchIndexBuild(shown);
    yield;
    const { otherDrugs, vocabulary } = loader.extrasOf(shown);
    yield;
    const update = planFullTextUpdate(of.ask.fulltext, of.knowledge, shown);
    const fulltext = update ? yield* update : yield* fullTextBuild(shown);
    const ask: AskIndex = {
      question: yield* questionIndexBuild(shown, otherDrugs, names, vocabulary),
      fulltext,
      goalMentions: goalMentionsOf(fulltext, vocabulary.phrases),
      relevance: yield* relevanceIndexBuild(shown, of.ask.relevance),
    };
    registerKnowledgeVersion(shown, `${of.version}+drafts`);
    return { commands, knowledge: shown, index: names, ask };
  }

  /** Built on first use for the current version, or (once a server has shown drafts) by each reload. */
  let drafts: { of: Snapshot; ctx: BotContext } | undefined;
  const draftsContext = (): BotContext => {
    if (drafts?.of !== current) drafts = { of: current, ctx: runWhole(draftsBuild(current)) };
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
