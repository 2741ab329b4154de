import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * The real servers .ci/run starts: TEST_DATABASE_URL (a Postgres role that may create databases) and
 * TEST_REDIS_URL. Without them the tests that need them skip (global-setup prints one line saying so).
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || undefined;

export const SKIP_LINE =
  "Postgres and Redis tests skipped: run `bash .ci/run` as root (it installs and starts both), or set TEST_DATABASE_URL and TEST_REDIS_URL.";

/** A new, empty Postgres database for one test file; drop() removes it. */
export async function freshPostgres(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `nb_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}
