import type { Compound } from "../knowledge/schema.js";
import { allowedEdits, editDistance } from "./distance.js";
import { fuzzyMatches, type Scored } from "./fuzzy.js";
import type { NameEntry, SearchIndex } from "./index.js";
import { normalizeName } from "../knowledge/normalize.js";

export type MatchKind = "name" | "alias" | "fuzzy";

export type Resolution =
  | { kind: "covered"; compound: Compound; match: MatchKind; matched: string; confidence: number }
  | {
      kind: "not-covered";
      name: string;
      match: MatchKind;
      matched: string;
      confidence: number;
      suggestions: Compound[];
    }
  | { kind: "unknown"; reason: "empty" | "too-short" | "no-match" | "ambiguous"; suggestions: Compound[] };

const MAX_SUGGESTIONS = 3;

function found(entry: NameEntry, match: MatchKind, confidence: number, index: SearchIndex): Resolution {
  if (entry.target.kind === "covered") {
    return { kind: "covered", compound: entry.target.compound, match, matched: entry.display, confidence };
  }
  const { name } = entry.target.entry;
  return {
    kind: "not-covered",
    name,
    match,
    matched: entry.display,
    confidence,
    suggestions: suggest(index, normalizeName(name)),
  };
}

/** Up to three covered compounds among fuzzy matches (best first). */
function coveredAmong(matches: readonly Scored[]): Compound[] {
  const out: Compound[] = [];
  for (const { entry } of matches) {
    if (entry.target.kind === "covered" && !out.includes(entry.target.compound))
      out.push(entry.target.compound);
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}

/** Up to three covered compounds whose names are closest to key, best first. */
export function suggest(index: SearchIndex, key: string): Compound[] {
  return key.length < 2 ? [] : coveredAmong(fuzzyMatches(index, key));
}

/**
 * Resolves what a user typed to one compound, covered or known-not-covered, or to nothing. An exact name
 * or alias wins; otherwise the closest name by edit distance among the fuzzy candidates, if it is close enough
 * for the query's length and no name of a different compound is as close. Never throws.
 */
export function resolve(index: SearchIndex, input: string): Resolution {
  const key = normalizeName(input);
  if (key === "") return { kind: "unknown", reason: "empty", suggestions: [] };
  if (key.length < 2) return { kind: "unknown", reason: "too-short", suggestions: [] };

  const exact = index.exact.get(key);
  if (exact) return found(exact, exact.primary ? "name" : "alias", 1, index);

  const allowed = allowedEdits(key.length);
  let best: NameEntry | undefined;
  let bestDistance = allowed + 1;
  let tied = false;
  const matches = fuzzyMatches(index, key);
  for (const { entry: item } of matches) {
    // A typo rarely changes the first letter: a name that differs there ("racetam" / "piracetam") needs to be
    // within one edit.
    const limit = item.key[0] === key[0] ? allowed : Math.min(allowed, 1);
    const distance = editDistance(key, item.key, limit);
    if (distance > limit) continue;
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && best && sameTarget(best, item) === false) {
      tied = true;
    }
  }
  if (!best) return { kind: "unknown", reason: "no-match", suggestions: coveredAmong(matches) };
  if (tied) return { kind: "unknown", reason: "ambiguous", suggestions: coveredAmong(matches) };
  const confidence = 1 - bestDistance / Math.max(key.length, best.key.length);
  return found(best, "fuzzy", Math.round(confidence * 100) / 100, index);
}

function sameTarget(a: NameEntry, b: NameEntry): boolean {
  if (a.target.kind === "covered" && b.target.kind === "covered")
    return a.target.compound === b.target.compound;
  if (a.target.kind === "not-covered" && b.target.kind === "not-covered")
    return a.target.entry === b.target.entry;
  return false;
}
