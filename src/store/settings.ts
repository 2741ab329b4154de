import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** What a server can set with /settings; undefined means the default (the environment's setting). */
export interface GuildSettings {
  reportChannelId?: string;
  privateAnswers?: boolean;
  answerMentions?: boolean;
  keepUnanswered?: boolean;
  showDrafts?: boolean;
}

/** A change: a value sets it, null returns it to the default, a missing key leaves it as it is. */
export type SettingsChange = { [K in keyof GuildSettings]?: GuildSettings[K] | null };

const flag = (value: number | null): boolean | undefined => (value === null ? undefined : value === 1);
const toFlag = (value: boolean | null | undefined) =>
  value === undefined ? undefined : value === null ? null : value ? 1 : 0;

const CACHE_MS = 10_000;

/**
 * Settings per server. Reads are cached for a few seconds (a replica sees another replica's change within
 * CACHE_MS; its own at once), so an interaction costs no query most of the time.
 */
export class SettingsStore {
  private readonly cache = new Map<string, { at: number; value: GuildSettings }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached settings of a server, if read recently: for the answers that must be synchronous. */
  peek(guildId: string): GuildSettings | undefined {
    const hit = this.cache.get(guildId);
    return hit && this.now() - hit.at < CACHE_MS ? hit.value : undefined;
  }

  async get(guildId: string): Promise<GuildSettings> {
    const cached = this.peek(guildId);
    if (cached) return cached;
    const row = await this.db
      .selectFrom("guild_settings")
      .selectAll()
      .where("guild_id", "=", guildId)
      .executeTakeFirst();
    const value: GuildSettings = row
      ? {
          reportChannelId: row.report_channel_id ?? undefined,
          privateAnswers: flag(row.private_answers),
          answerMentions: flag(row.answer_mentions),
          keepUnanswered: flag(row.keep_unanswered),
          showDrafts: flag(row.show_drafts),
        }
      : {};
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(guildId, { at: this.now(), value });
    return value;
  }

  async set(guildId: string, change: SettingsChange): Promise<GuildSettings> {
    const values = {
      report_channel_id: change.reportChannelId,
      private_answers: toFlag(change.privateAnswers),
      answer_mentions: toFlag(change.answerMentions),
      keep_unanswered: toFlag(change.keepUnanswered),
      show_drafts: toFlag(change.showDrafts),
    };
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    const updatedAt = new Date(this.now()).toISOString();
    await this.db
      .insertInto("guild_settings")
      .values({ guild_id: guildId, ...defined, updated_at: updatedAt })
      .onConflict((oc) => oc.column("guild_id").doUpdateSet({ ...defined, updated_at: updatedAt }))
      .execute();
    this.cache.delete(guildId);
    return this.get(guildId);
  }

  async all(): Promise<Array<GuildSettings & { guildId: string; updatedAt: string }>> {
    const rows = await this.db.selectFrom("guild_settings").selectAll().orderBy("guild_id").execute();
    return rows.map((row) => ({
      guildId: row.guild_id,
      updatedAt: row.updated_at,
      reportChannelId: row.report_channel_id ?? undefined,
      privateAnswers: flag(row.private_answers),
      answerMentions: flag(row.answer_mentions),
      keepUnanswered: flag(row.keep_unanswered),
      showDrafts: flag(row.show_drafts),
    }));
  }
}
