import { loadKnowledge, type LoadedKnowledge, type LoadOptions } from "./knowledge/load.js";
import { loadOtherDrugs } from "./knowledge/other-drugs.js";
import { publishedKnowledge } from "./knowledge/review.js";
import type { BotContext, Registry } from "./interactions/types.js";
import { buildAskIndex } from "./question/ask-index.js";
import { loadCheckedVocabulary } from "./question/vocabulary-check.js";
import { buildSearchIndex } from "./search/index.js";

/** Loads the knowledge once and builds the search indexes once: everything a handler needs, with the commands. */
export function createContext(
  commands: Registry,
  options: LoadOptions = {},
): BotContext & { quoteCheck: LoadedKnowledge["quoteCheck"] } {
  const { knowledge: all, quoteCheck } = loadKnowledge(options);
  const knowledge = publishedKnowledge(all);
  const index = buildSearchIndex(knowledge);
  const otherDrugs = loadOtherDrugs(knowledge, options.dir);
  const vocabulary = loadCheckedVocabulary(knowledge, otherDrugs, options.dir);
  const ask = buildAskIndex(knowledge, otherDrugs, index, vocabulary);
  return { knowledge, index, ask, commands, quoteCheck };
}
