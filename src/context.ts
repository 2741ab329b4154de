import type { LoadOptions } from "./knowledge/load.js";
import { loadKnowledge } from "./knowledge/load.js";
import type { BotContext } from "./interactions/types.js";
import { buildSearchIndex } from "./search/index.js";

/** Loads the knowledge once and builds the search index once: everything a handler needs. */
export function createContext(options: LoadOptions = {}): BotContext & { quoteCheck: ReturnType<typeof loadKnowledge>["quoteCheck"] } {
  const { knowledge, quoteCheck } = loadKnowledge(options);
  return { knowledge, index: buildSearchIndex(knowledge), quoteCheck };
}
