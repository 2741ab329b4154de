import { editDistance } from "./search/distance.js";

/** The prefixes of this bot's settings: a variable that starts with one of them is meant for the bot. */
const PREFIXES = [
  "DISCORD_",
  "NOOTROPIC_",
  "COMMAND_",
  "AUTOCOMPLETE_",
  "METRICS_",
  "HTTP_",
  "REPORT_",
  "SHUTDOWN_",
  "MENTIONS_",
  "UNANSWERED_",
  "KEEP_",
  "PRIVATE_",
  "LOG_",
  "REDIS_",
  "DATABASE_",
];

/** Variables of other tools that share a prefix with the bot's settings. */
const OTHERS = new Set(["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY"]);

/** How far a name may be from a setting and still look like a typo of it: short names need to be closer. */
const nearness = (name: string) => (name.length <= 5 ? 1 : 2);

/** The setting a name looks like a typo of (an edit or two away, or a setting with a part left out or added). */
function nearMiss(name: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const max = nearness(key);
    const distance = editDistance(name, key, max);
    if (distance <= max && (!best || distance < best.distance)) best = { key, distance };
  }
  if (best) return best.key;
  if (name.length < 6) return undefined;
  return known.find((key) => key.length >= 6 && (key.startsWith(`${name}_`) || name.startsWith(`${key}_`)));
}

/**
 * Warnings for environment variables that look meant for the bot but are not settings it reads: a name with
 * one of its prefixes, or a near miss of a setting (REPORT_CHANNEL for REPORT_CHANNEL_ID). Each names the
 * variable, never its value, and suggests the setting when one is close. Unrelated variables are left alone.
 */
export function settingWarnings(env: NodeJS.ProcessEnv, known: readonly string[]): string[] {
  const settings = new Set(known);
  const warnings: string[] = [];
  for (const name of Object.keys(env).sort()) {
    const upper = name.toUpperCase();
    if (settings.has(name) || OTHERS.has(upper)) continue;
    const near = nearMiss(upper, known);
    const prefixed = PREFIXES.some((p) => upper.startsWith(p));
    if (!near && !prefixed) continue;
    const guess = near ? `; did you mean ${near}?` : "";
    warnings.push(`${name} is not a setting this bot reads, so it has no effect${guess}`);
  }
  return warnings;
}
