import path from "node:path";
import dotenv from "dotenv";
import { settingWarnings } from "./env-check.js";
import { EnvSchema, formatEnvProblems, parseEnv, type Config } from "./env.js";
import { PROJECT_ROOT } from "./paths.js";

/**
 * Reads .env (if any) into the environment, then validates it; prints what is wrong and exits 1 if invalid.
 * A variable that looks meant for the bot but is not one of its settings (a typo) is named in a warning.
 */
export function loadConfigOrExit(): Config {
  dotenv.config({ path: path.join(PROJECT_ROOT, ".env"), quiet: true });
  for (const warning of settingWarnings(process.env, Object.keys(EnvSchema.shape)))
    console.warn(`warning: ${warning}`);
  const result = parseEnv(process.env);
  if (result.ok) return result.config;
  console.error(formatEnvProblems(result.problems));
  process.exit(1);
}
