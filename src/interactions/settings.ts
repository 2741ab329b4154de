/**
 * Per-server settings as the handlers see them (types only): what is in force in a server, and how to change
 * it. The store implements it (src/store/server-settings.ts); without a store, nothing is per server.
 */

export type SettingKey =
  "reportChannelId" | "privateAnswers" | "answerMentions" | "keepUnanswered" | "showDrafts";

/** The settings in force: the server's own where it set one, else the bot's defaults (the environment). */
export interface EffectiveSettings {
  reportChannelId?: string;
  privateAnswers: boolean;
  answerMentions: boolean;
  keepUnanswered: boolean;
  /** Answers show drafts (with 🚧) and disputed claims (with a note), not only reviewed ones. Off by default. */
  showDrafts: boolean;
  /** The settings the server set itself. */
  own: ReadonlySet<SettingKey>;
}

/** A change: a value sets it, null returns it to the default, a missing key leaves it as it is. */
export type SettingsChange = {
  reportChannelId?: string | null;
  privateAnswers?: boolean | null;
  answerMentions?: boolean | null;
  keepUnanswered?: boolean | null;
  showDrafts?: boolean | null;
};

export interface SettingsPort {
  /** The settings in force in a server; the defaults outside servers. Cached briefly. */
  get(guildId: string | undefined): Promise<EffectiveSettings>;
  set(guildId: string, change: SettingsChange): Promise<EffectiveSettings>;
}
