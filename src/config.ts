import path from "node:path";
import dotenv from "dotenv";
import { formatEnvProblems, parseEnv, type Config } from "./env.js";
import { PROJECT_ROOT } from "./paths.js";

/** Reads .env (if any) into the environment, then validates it; prints what is wrong and exits 1 if invalid. */
export function loadConfigOrExit(): Config {
  dotenv.config({ path: path.join(PROJECT_ROOT, ".env"), quiet: true });
  const result = parseEnv(process.env);
  if (result.ok) return result.config;
  console.error(formatEnvProblems(result.problems));
  process.exit(1);
}
