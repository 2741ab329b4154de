import { runWhole, type Sliced } from "../slices.js";

/**
 * A bigram index over the name keys, built once: it narrows a query to the few names that share most of
 * its letter pairs, so the cost of a keystroke does not grow with every name we know.
 */
export interface BigramIndex {
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly size: number;
}

function bigrams(key: string, anchorEnd: boolean): string[] {
  const padded = `^${key}${anchorEnd ? "$" : ""}`;
  const out = new Set<string>();
  for (let i = 0; i + 1 < padded.length; i++) out.add(padded.slice(i, i + 2));
  return [...out];
}

export function buildBigramIndex(keys: readonly string[]): BigramIndex {
  return runWhole(bigramIndexBuild(keys));
}

/** buildBigramIndex as sliced work: it yields every few hundred names. */
export function* bigramIndexBuild(keys: readonly string[]): Sliced<BigramIndex> {
  const postings = new Map<string, number[]>();
  for (const [id, key] of keys.entries()) {
    for (const gram of bigrams(key, true)) {
      const list = postings.get(gram);
      if (list) list.push(id);
      else postings.set(gram, [id]);
    }
    if (id % 256 === 255) yield;
  }
  return { postings, size: keys.length };
}

/**
 * Up to limit ids of the names sharing the most bigrams with key, most first (ties: lower id first).
 * anchorEnd: false when key may be only the start of a name, as in autocomplete.
 */
export function candidates(index: BigramIndex, key: string, limit: number, anchorEnd = true): number[] {
  const counts = new Uint16Array(index.size);
  const touched: number[] = [];
  let most = 0;
  for (const gram of bigrams(key, anchorEnd)) {
    const list = index.postings.get(gram);
    if (!list) continue;
    for (const id of list) {
      if (counts[id] === 0) touched.push(id);
      const count = ++counts[id]!;
      if (count > most) most = count;
    }
  }
  // Bucket by count (a count is at most the number of bigrams), then take from the top.
  const buckets: number[][] = Array.from({ length: most + 1 }, () => []);
  for (const id of touched) buckets[counts[id]!]!.push(id);
  const out: number[] = [];
  for (let count = most; count > 0 && out.length < limit; count--) {
    const bucket = buckets[count]!.sort((a, b) => a - b);
    out.push(...bucket.slice(0, limit - out.length));
  }
  return out;
}
