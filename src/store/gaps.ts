import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A question the sources could not answer: its text (never who asked), what was read, where and when. */
export interface Gap {
  text: string;
  compound: string;
  subject: string;
  guildId?: string;
}

export interface GapGroup {
  compound: string;
  subject: string;
  count: number;
  lastAsked: string;
  /** A few of the questions, newest first. */
  examples: string[];
}

const DAY_MS = 86_400_000;

/** Unanswered questions, kept `retentionDays` days for the curators; older ones are deleted. */
export class GapStore {
  constructor(
    private readonly db: Kysely<Database>,
    readonly retentionDays = 90,
  ) {}

  async add(gap: Gap, now = new Date()): Promise<void> {
    await this.db
      .insertInto("unanswered")
      .values({
        asked_at: now.toISOString(),
        guild_id: gap.guildId ?? null,
        text: gap.text.slice(0, 500),
        compound: gap.compound.slice(0, 100),
        subject: gap.subject.slice(0, 100),
      })
      .execute();
  }

  /** Grouped by compound and subject, most asked first. */
  async groups(examples = 3): Promise<GapGroup[]> {
    const rows = await this.db
      .selectFrom("unanswered")
      .select([
        "compound",
        "subject",
        sql<number>`count(*)`.as("count"),
        sql<string>`max(asked_at)`.as("last"),
      ])
      .groupBy(["compound", "subject"])
      .orderBy(sql`count(*)`, "desc")
      .orderBy("compound")
      .orderBy("subject")
      .execute();
    const groups: GapGroup[] = [];
    for (const row of rows) {
      const texts = await this.db
        .selectFrom("unanswered")
        .select("text")
        .distinct()
        .where("compound", "=", row.compound)
        .where("subject", "=", row.subject)
        .limit(examples)
        .execute();
      groups.push({
        compound: row.compound,
        subject: row.subject,
        count: Number(row.count),
        lastAsked: row.last,
        examples: texts.map((t) => t.text),
      });
    }
    return groups;
  }

  /** Deletes what is older than the retention period; the number deleted. */
  async prune(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.retentionDays * DAY_MS).toISOString();
    const result = await this.db.deleteFrom("unanswered").where("asked_at", "<", before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
