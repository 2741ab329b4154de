import type { LoadedKnowledge } from "./knowledge/load.js";
import type { SettingsPort } from "./interactions/settings.js";
import type { BotContext, Registry } from "./interactions/types.js";
import { createLiveContext, type LiveContext, type LiveOptions } from "./live.js";

/**
 * Loads the knowledge and builds the search indexes: everything a handler needs, with the commands. The
 * context reads the current version of a LiveContext, so `reload` swaps in a new one (SIGHUP). `drafts` is
 * the same for servers that show drafts (their /settings): drafts with 🚧, disputed entries with a note.
 */
export function createContext(
  commands: Registry,
  options: LiveOptions & { settings?: SettingsPort } = {},
): BotContext & {
  quoteCheck: LoadedKnowledge["quoteCheck"];
  version: string;
  live: LiveContext;
  drafts: BotContext;
} {
  const live = createLiveContext(commands, options);
  const settings = options.settings ? { settings: options.settings } : {};
  // Built on first use for the current version: nothing is built while no server shows drafts.
  const drafts: BotContext = {
    commands,
    ...settings,
    get knowledge() {
      return live.drafts().knowledge;
    },
    get index() {
      return live.drafts().index;
    },
    get ask() {
      return live.drafts().ask;
    },
  };
  // The live context's own getters (always the current version), copied as they are, not wrapped again.
  const own = {
    quoteCheck: live.quoteCheck,
    live,
    drafts,
    ...settings,
  };
  return Object.defineProperties(own, Object.getOwnPropertyDescriptors(live.ctx)) as typeof own &
    typeof live.ctx;
}
