import type {
  EffectiveSettings,
  SettingKey,
  SettingsChange,
  SettingsPort,
} from "../interactions/settings.js";
import type { GuildSettings, SettingsStore } from "./settings.js";

/**
 * The bot's defaults, from the environment (REPORT_CHANNEL_ID, PRIVATE_ANSWERS, MENTIONS_ENABLED,
 * KEEP_UNANSWERED); drafts are off unless a server turns them on.
 */
export type SettingsDefaults = Omit<EffectiveSettings, "own" | "showDrafts"> & { showDrafts?: boolean };

const KEYS: readonly SettingKey[] = [
  "reportChannelId",
  "privateAnswers",
  "answerMentions",
  "keepUnanswered",
  "showDrafts",
];

export function effective(own: GuildSettings, defaults: SettingsDefaults): EffectiveSettings {
  const set = new Set(KEYS.filter((k) => own[k] !== undefined));
  return {
    reportChannelId: own.reportChannelId ?? defaults.reportChannelId,
    privateAnswers: own.privateAnswers ?? defaults.privateAnswers,
    answerMentions: own.answerMentions ?? defaults.answerMentions,
    keepUnanswered: own.keepUnanswered ?? defaults.keepUnanswered,
    showDrafts: own.showDrafts ?? defaults.showDrafts ?? false,
    own: set,
  };
}

/** Settings per server from the store, over the environment's defaults. */
export function serverSettings(store: SettingsStore, defaults: SettingsDefaults): SettingsPort {
  const none = effective({}, defaults);
  return {
    async get(guildId) {
      return guildId ? effective(await store.get(guildId), defaults) : none;
    },
    async set(guildId, change: SettingsChange) {
      return effective(await store.set(guildId, change), defaults);
    },
  };
}
