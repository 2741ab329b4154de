import fs from "node:fs";
import path from "node:path";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase } from "kysely";
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

const MAX_STATEMENTS = 200;

/**
 * The database as Kysely's SQLite dialect takes it, with each statement prepared once per SQL text and
 * reused: libsql keeps native memory for every statement ever prepared (about 2.5 KB each, never returned),
 * so preparing one per query, as the dialect does, grew RSS with every report. Kysely's queries have a few
 * dozen shapes (values are parameters); the cache is bounded all the same, and the dialect runs one query
 * at a time, so a reused statement is never used by two queries at once.
 */
function reusingStatements(database: Libsql.Database): SqliteDatabase {
  const statements = new Map<string, ReturnType<Libsql.Database["prepare"]>>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

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
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(database) }) }),
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
  const attempt = () => migrator.migrateToLatest().catch((e: unknown) => ({ error: e, results: [] }));
  let { error, results = [] } = await attempt();
  // Processes starting together on one new SQLite file: SQLite does not wait when two transactions would
  // both write (locked), and one may be applying a migration while the other reads what was applied (a
  // table that "already exists", a "duplicate column name"), before or after the first one commits. Either
  // way the other tries again a little later; a schema really in that state fails the same way every try.
  for (let tries = 0; error && opened.dialect === "sqlite" && tries < 20; tries++) {
    if (!/locked|busy|already exists|duplicate column/i.test(reason(error))) break;
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
    ({ error, results = [] } = await attempt());
  }
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
