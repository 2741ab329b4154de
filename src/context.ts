import { loadKnowledge, type LoadedKnowledge, type LoadOptions } from "./knowledge/load.js";
import type { BotContext, Registry } from "./interactions/types.js";
import { buildSearchIndex } from "./search/index.js";

/** Loads the knowledge once and builds the search index once: everything a handler needs, with the commands. */
export function createContext(commands: Registry, options: LoadOptions = {}): BotContext & { quoteCheck: LoadedKnowledge["quoteCheck"] } {
  const { knowledge, quoteCheck } = loadKnowledge(options);
  return { knowledge, index: buildSearchIndex(knowledge), commands, quoteCheck };
}
