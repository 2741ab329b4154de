import type { Generated } from "kysely";

/** The tables of the bot's store, as Kysely sees them. Times are ISO 8601 strings (UTC); flags are 0 or 1. */

export type ReportStatus = "open" | "accepted" | "rejected";
/** The channel post of a report: none (no reports channel), pending (to be posted), posted, or failed for good. */
export type PostState = "none" | "pending" | "posted" | "failed";

export interface ReportsTable {
  id: Generated<number>;
  created_at: string;
  compound: string;
  section: string;
  /** The claims shown on the card the report was made from, as a JSON array of strings. */
  claims: string;
  /** The ids (versions) of those claims, as a JSON array, in the same order; "[]" for older reports. */
  claim_ids: Generated<string>;
  text: string;
  source: string | null;
  guild_id: string | null;
  channel_id: string | null;
  message_id: string | null;
  reporter_id: string;
  status: ReportStatus;
  note: string | null;
  resolved_at: string | null;
  post_state: PostState;
  post_channel_id: string | null;
  post_attempts: number;
  /** When the next attempt is due (pending posts only). */
  post_next_at: string | null;
  post_error: string | null;
  /** A per-report nonce sent with every attempt, so that Discord never creates the post twice. */
  post_nonce: string;
}

export interface GuildSettingsTable {
  guild_id: string;
  /** Null: the default (REPORT_CHANNEL_ID). */
  report_channel_id: string | null;
  /** Null: the default; else 0 or 1. */
  private_answers: number | null;
  answer_mentions: number | null;
  keep_unanswered: number | null;
  /** Null: the default (off). */
  show_drafts: number | null;
  updated_at: string;
}

export interface UnansweredTable {
  id: Generated<number>;
  asked_at: string;
  guild_id: string | null;
  /** The question's text, without who asked it. */
  text: string;
  /** What was read from it: the compound (or the name that is not covered) and the subject. */
  compound: string;
  subject: string;
}

export interface Database {
  reports: ReportsTable;
  guild_settings: GuildSettingsTable;
  unanswered: UnansweredTable;
}
