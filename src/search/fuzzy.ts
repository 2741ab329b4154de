import Fuse, { type IFuseOptions } from "fuse.js";
import type { NameEntry, SearchIndex } from "./index.js";
import { candidates } from "./ngram.js";

/** How many names the bigram index hands on to be scored. */
const CANDIDATES = 24;

const FUSE_OPTIONS: IFuseOptions<unknown> = { ignoreLocation: true, threshold: 0.5, isCaseSensitive: true };

export interface Scored {
  entry: NameEntry;
  /** Fuse's score: 0 is a perfect match, 1 none at all. */
  score: number;
}

/**
 * The names that fuzzily match key, best first: the bigram index picks the candidates, and Fuse's bitap
 * matcher scores each one, so no query scans every name.
 */
export function fuzzyMatches(index: SearchIndex, key: string, anchorEnd = true): Scored[] {
  const out: Scored[] = [];
  for (const id of candidates(index.grams, key, CANDIDATES, anchorEnd)) {
    const entry = index.entries[id]!;
    const match = Fuse.match(key, entry.key, FUSE_OPTIONS);
    if (match.isMatch) out.push({ entry, score: match.score });
  }
  return out.sort((a, b) => a.score - b.score);
}
