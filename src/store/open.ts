import fs from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { Migrator } from "kysely/migration";
import Libsql from "libsql";
import pg from "pg";
import { migrationProvider, type Dialect } from "./migrations.js";
import type { Database } from "./schema.js";

/** A fatal problem with the store, in one line that names what is wrong (never a password). */
export class StoreError extends Error {
  override name = "StoreError";
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data is, for log lines: a file path, or the server without its credentials. */
  where: string;
}

/** The default SQLite file: data/nootropic.db under the project root. */
export const DEFAULT_SQLITE_FILE = path.join("data", "nootropic.db");

/** What DATABASE_URL points at: postgres:// or postgresql:// (a server), else sqlite:PATH or a plain path (a file). */
export function describeTarget(url: string | undefined, root: string): { dialect: Dialect; target: string } {
  if (url && /^postgres(ql)?:\/\//i.test(url)) return { dialect: "postgres", target: url };
  const file = url ? url.replace(/^(sqlite|file):(\/\/)?/i, "") : DEFAULT_SQLITE_FILE;
  return { dialect: "sqlite", target: path.resolve(root, file) };
}

/** A Postgres URL as it may be logged: host, port and database, no user or password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "postgres://(unparsable URL)";
  }
}

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300);

function openSqlite(file: string): OpenedDatabase {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new StoreError(`cannot create the folder for the database file ${file}: ${reason(error)}`);
  }
  let database: Libsql.Database;
  try {
    database = new Libsql(file);
    database.exec("PRAGMA busy_timeout = 5000");
    database.exec("PRAGMA journal_mode = WAL");
    database.exec("PRAGMA synchronous = NORMAL");
    // A write probe: a read-only file or folder fails here, at start, instead of on the first report.
    const [row] = database.prepare("PRAGMA user_version").all() as Array<{ user_version: number }>;
    database.exec(`PRAGMA user_version = ${Number(row?.user_version ?? 0)}`);
  } catch (error) {
    throw new StoreError(`cannot write the database file ${file}: ${reason(error)}`);
  }
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
    dialect: "sqlite",
    where: file,
  };
}

async function openPostgres(url: string): Promise<OpenedDatabase> {
  const where = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5000 });
  // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`cannot reach the database at ${where}: ${reason(error)}`);
  }
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres", where };
}

/** Brings the schema to the latest version; a failed migration names itself and closes the database. */
export async function migrate(opened: OpenedDatabase): Promise<string[]> {
  const migrator = new Migrator({ db: opened.db, provider: migrationProvider(opened.dialect) });
  const { error, results = [] } = await migrator.migrateToLatest().catch((e: unknown) => ({
    error: e,
    results: [],
  }));
  if (error) {
    const failed = results.find((r) => r.status === "Error")?.migrationName;
    await opened.db.destroy().catch(() => undefined);
    throw new StoreError(
      `${failed ? `migration ${failed}` : "migrating"} failed on ${opened.where}: ${reason(error)}`,
    );
  }
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Opens the database DATABASE_URL names (a SQLite file under data/ when unset) and migrates it. */
export async function openDatabase(url: string | undefined, root: string): Promise<OpenedDatabase> {
  const { dialect, target } = describeTarget(url, root);
  const opened = dialect === "postgres" ? await openPostgres(target) : openSqlite(target);
  await migrate(opened);
  return opened;
}
