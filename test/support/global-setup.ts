import { execFileSync } from "node:child_process";
import { PROJECT_ROOT } from "../../src/paths.js";
import { SKIP_LINE, TEST_DATABASE_URL, TEST_REDIS_URL } from "./servers.js";

/**
 * Once before all tests: compile src/ to dist/ when it is missing or stale, so that the tests that spawn the
 * entry points run them as production does (plain node on compiled JavaScript), and quickly.
 */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs", "--if-stale"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
  });
  if (!TEST_DATABASE_URL || !TEST_REDIS_URL) console.log(SKIP_LINE);
}
