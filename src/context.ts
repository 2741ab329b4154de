import type { LoadedKnowledge, LoadOptions } from "./knowledge/load.js";
import type { SettingsPort } from "./interactions/settings.js";
import type { BotContext, Registry } from "./interactions/types.js";
import { createLiveContext, type LiveContext } from "./live.js";

/**
 * Loads the knowledge and builds the search indexes: everything a handler needs, with the commands. The
 * context reads the current version of a LiveContext, so `reload` swaps in a new one (SIGHUP).
 */
export function createContext(
  commands: Registry,
  options: LoadOptions & { settings?: SettingsPort } = {},
): BotContext & { quoteCheck: LoadedKnowledge["quoteCheck"]; version: string; live: LiveContext } {
  const live = createLiveContext(commands, options);
  // The live context's own getters (always the current version), copied as they are, not wrapped again.
  const own = {
    quoteCheck: live.quoteCheck,
    live,
    ...(options.settings ? { settings: options.settings } : {}),
  };
  return Object.defineProperties(own, Object.getOwnPropertyDescriptors(live.ctx)) as typeof own &
    typeof live.ctx;
}
