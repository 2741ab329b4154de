import { createHash } from "node:crypto";
import { quoteParts } from "./quotes.js";
import type { Claim, Dose } from "./schema.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** The sha256 of a source text, as sources.yaml records it. */
export function textSha256(text: string): string {
  return sha(text);
}

/**
 * A claim's id: derived from its source, quote and statement (for a dose, its figures and words), so that
 * an edit makes a new version that needs review again. 10 hex digits.
 */
export function entryVersion(entry: Claim | Dose): string {
  const words =
    "statement" in entry
      ? { statement: entry.statement }
      : {
          dose: [entry.min, entry.max ?? null, entry.unit, entry.per, entry.route],
          purpose: entry.purpose,
          population: entry.population ?? null,
          duration: entry.duration ?? null,
          note: entry.note ?? null,
        };
  return sha(JSON.stringify({ source: entry.source, quote: quoteParts(entry.quote), ...words })).slice(0, 10);
}

/** The knowledge's version: a hash of every file it was read from, by path, so that replicas can be compared. */
export function knowledgeVersion(
  files: readonly { path: string; text: string }[],
  memo?: Map<string, { text: string; hash: string }>,
): string {
  const hash = createHash("sha256");
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kept = memo?.get(f.path);
    const fileHash = kept?.text === f.text ? kept.hash : sha(f.text);
    memo?.set(f.path, { text: f.text, hash: fileHash });
    hash.update(f.path).update("\0").update(fileHash).update("\0");
  }
  return hash.digest("hex").slice(0, 12);
}
