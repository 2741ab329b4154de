import type { Kysely } from "kysely";
import { GapStore } from "./gaps.js";
import type { Dialect } from "./migrations.js";
import { openDatabase } from "./open.js";
import { ReportStore, toReport } from "./reports.js";
import type { Database } from "./schema.js";
import { SettingsStore } from "./settings.js";

/** The bot's state: reports, per-server settings and unanswered questions, in SQLite or Postgres. */
export interface Store {
  readonly dialect: Dialect;
  /** Where the data is, safe to log. */
  readonly where: string;
  readonly reports: ReportStore;
  readonly settings: SettingsStore;
  readonly gaps: GapStore;
  /** Every stored record, one object per record with its table, for a backup that needs no SQL. */
  exportAll(): AsyncGenerator<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** DATABASE_URL: unset for the SQLite file under data/. */
  url?: string;
  /** The folder relative paths are taken from (the project root). */
  root: string;
  /** How long unanswered questions are kept. */
  retentionDays?: number;
}

export function storeOn(
  db: Kysely<Database>,
  dialect: Dialect,
  where: string,
  retentionDays?: number,
): Store {
  return {
    dialect,
    where,
    reports: new ReportStore(db),
    settings: new SettingsStore(db),
    gaps: new GapStore(db, retentionDays),
    async *exportAll() {
      for (const row of await db.selectFrom("reports").selectAll().orderBy("id").execute())
        yield { table: "reports", ...toReport(row) };
      for (const row of await db.selectFrom("guild_settings").selectAll().orderBy("guild_id").execute())
        yield { table: "guild_settings", ...row };
      for (const row of await db.selectFrom("unanswered").selectAll().orderBy("id").execute())
        yield { table: "unanswered", ...row, id: Number(row.id) };
    },
    close: () => db.destroy(),
  };
}

/** Opens and migrates the store; throws a StoreError (one line) when it cannot. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { db, dialect, where } = await openDatabase(options.url, options.root);
  return storeOn(db, dialect, where, options.retentionDays);
}
