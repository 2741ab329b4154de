import { randomInt } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database, PostState, ReportStatus, ReportsTable } from "./schema.js";

/** A report as the member sent it, with where it should be posted (if a reports channel is set). */
export interface NewReport {
  compound: string;
  section: string;
  claims?: readonly string[];
  /** The ids of those claims, in the same order. */
  claimIds?: readonly string[];
  text: string;
  source?: string;
  guildId?: string;
  channelId?: string;
  messageId?: string;
  reporterId: string;
  /** The reports channel to post it to; without one, the report is only stored. */
  postChannelId?: string;
}

export interface StoredReport {
  id: number;
  createdAt: string;
  compound: string;
  section: string;
  claims: string[];
  /** The ids of the claims shown, in the same order as `claims`; none for reports stored before ids were kept. */
  claimIds: string[];
  text: string;
  source?: string;
  guildId?: string;
  channelId?: string;
  messageId?: string;
  reporterId: string;
  status: ReportStatus;
  note?: string;
  resolvedAt?: string;
  post: {
    state: PostState;
    channelId?: string;
    attempts: number;
    nextAt?: string;
    error?: string;
    nonce: string;
  };
}

const parseClaims = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((c): c is string => typeof c === "string") : [];
  } catch {
    return [];
  }
};

const opt = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export function toReport(row: Selectable<ReportsTable>): StoredReport {
  return {
    id: Number(row.id),
    createdAt: row.created_at,
    compound: row.compound,
    section: row.section,
    claims: parseClaims(row.claims),
    claimIds: parseClaims(row.claim_ids),
    text: row.text,
    source: opt(row.source),
    guildId: opt(row.guild_id),
    channelId: opt(row.channel_id),
    messageId: opt(row.message_id),
    reporterId: row.reporter_id,
    status: row.status,
    note: opt(row.note),
    resolvedAt: opt(row.resolved_at),
    post: {
      state: row.post_state,
      channelId: opt(row.post_channel_id),
      attempts: Number(row.post_attempts),
      nextAt: opt(row.post_next_at),
      error: opt(row.post_error),
      nonce: row.post_nonce,
    },
  };
}

/** A Discord nonce: at most 25 characters; digits, unique per report. */
const newNonce = () => `${Date.now()}${String(randomInt(1_000_000)).padStart(6, "0")}`;

/** Reports: written before the member is told, listed and closed by curators, posted by the outbox. */
export class ReportStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(report: NewReport, now = new Date()): Promise<StoredReport> {
    const row = await this.db
      .insertInto("reports")
      .values({
        created_at: now.toISOString(),
        compound: report.compound,
        section: report.section,
        claims: JSON.stringify(report.claims ?? []),
        claim_ids: JSON.stringify(report.claimIds ?? []),
        text: report.text,
        source: report.source ?? null,
        guild_id: report.guildId ?? null,
        channel_id: report.channelId ?? null,
        message_id: report.messageId ?? null,
        reporter_id: report.reporterId,
        status: "open",
        post_state: report.postChannelId ? "pending" : "none",
        post_channel_id: report.postChannelId ?? null,
        post_attempts: 0,
        post_next_at: report.postChannelId ? now.toISOString() : null,
        post_nonce: newNonce(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toReport(row);
  }

  async get(id: number): Promise<StoredReport | undefined> {
    const row = await this.db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirst();
    return row && toReport(row);
  }

  /** Newest first. */
  async list(filter: { status?: ReportStatus; limit?: number } = {}): Promise<StoredReport[]> {
    let query = this.db.selectFrom("reports").selectAll().orderBy("id", "desc");
    if (filter.status) query = query.where("status", "=", filter.status);
    if (filter.limit) query = query.limit(filter.limit);
    return (await query.execute()).map(toReport);
  }

  /** Closes a report as accepted or rejected, with an optional note; undefined if there is no such report. */
  async resolve(
    id: number,
    status: Exclude<ReportStatus, "open">,
    note?: string,
    now = new Date(),
  ): Promise<StoredReport | undefined> {
    const row = await this.db
      .updateTable("reports")
      .set({ status, note: note ?? null, resolved_at: now.toISOString() })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
    return row && toReport(row);
  }

  /** Pending posts whose attempt is due, oldest first. */
  async duePosts(now = new Date(), limit = 20): Promise<StoredReport[]> {
    const rows = await this.db
      .selectFrom("reports")
      .selectAll()
      .where("post_state", "=", "pending")
      .where("post_next_at", "<=", now.toISOString())
      .orderBy("id")
      .limit(limit)
      .execute();
    return rows.map(toReport);
  }

  /**
   * Takes a due post for one attempt: moves its next attempt to `leaseUntil`, only if no other replica took
   * it first (its next attempt is still the one read). True if this caller may post it.
   */
  async claim(report: StoredReport, leaseUntil: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("reports")
      .set({ post_next_at: leaseUntil.toISOString() })
      .where("id", "=", report.id)
      .where("post_state", "=", "pending")
      .where("post_next_at", "=", report.post.nextAt ?? "")
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async markPosted(id: number, attempts: number): Promise<void> {
    await this.db
      .updateTable("reports")
      .set({ post_state: "posted", post_attempts: attempts, post_next_at: null, post_error: null })
      .where("id", "=", id)
      .execute();
  }

  /** Another attempt at `nextAt`, or, without one, failed for good. */
  async markAttemptFailed(id: number, attempts: number, error: string, nextAt?: Date): Promise<void> {
    await this.db
      .updateTable("reports")
      .set({
        post_state: nextAt ? "pending" : "failed",
        post_attempts: attempts,
        post_next_at: nextAt ? nextAt.toISOString() : null,
        post_error: error.slice(0, 300),
      })
      .where("id", "=", id)
      .execute();
  }
}
