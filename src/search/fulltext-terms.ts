/**
 * The posting lists of the full-text index and the look-up of the words a query word may stand for. A
 * word's list holds the documents it occurs in with its weight there, strongest first, so that a search
 * reads only the head of each list. The vocabulary finds the words a query word begins (a prefix) and the
 * words one edit away from it (a typo) through sorted words and their one-letter deletions, without
 * scanning the vocabulary.
 */

export interface Postings {
  readonly docs: Int32Array;
  readonly weights: Float32Array;
}

/** Documents by weight, strongest first; equal weights by document number. */
export function sortedPostings(docs: readonly number[], weights: readonly number[]): Postings {
  const order = docs.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || docs[a]! - docs[b]!);
  return {
    docs: Int32Array.from(order, (i) => docs[i]!),
    weights: Float32Array.from(order, (i) => weights[i]!),
  };
}

/** A list without the removed documents, with the added ones in their places. */
export function mergedPostings(
  old: Postings | undefined,
  removed: ReadonlySet<number>,
  added: { docs: number[]; weights: number[] } | undefined,
): Postings | undefined {
  const docs: number[] = [];
  const weights: number[] = [];
  if (old)
    for (let i = 0; i < old.docs.length; i++)
      if (!removed.has(old.docs[i]!)) {
        docs.push(old.docs[i]!);
        weights.push(old.weights[i]!);
      }
  if (added) {
    docs.push(...added.docs);
    weights.push(...added.weights);
  }
  return docs.length === 0 ? undefined : sortedPostings(docs, weights);
}

/** Words shorter than this are not matched as typos (nor are typos looked for in them). */
const FUZZY_MIN = 5;

export interface Vocabulary {
  readonly sorted: readonly string[];
  /** A word and each of its one-letter deletions -> the words (of FUZZY_MIN letters or more) that give it. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
}

function deletionsOf(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export function buildVocabulary(words: Iterable<string>): Vocabulary {
  const sorted = [...words].sort();
  const deletions = new Map<string, string[]>();
  for (const word of sorted) {
    if (word.length < FUZZY_MIN) continue;
    for (const key of new Set(deletionsOf(word))) {
      const at = deletions.get(key);
      if (at) at.push(word);
      else deletions.set(key, [word]);
    }
  }
  return { sorted, deletions };
}

/** How many words a prefix or a typo may stand for: the closest ones, so a search reads a bounded number of lists. */
const MAX_EXPANSIONS = 16;

/** The words that begin with `prefix` (itself excluded), shortest first. */
export function wordsStartingWith(vocabulary: Vocabulary, prefix: string): string[] {
  const { sorted } = vocabulary;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < sorted.length && found.length < MAX_EXPANSIONS * 8; i++) {
    const word = sorted[i]!;
    if (!word.startsWith(prefix)) break;
    if (word !== prefix) found.push(word);
  }
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_EXPANSIONS);
}

/** Whether two words are one insertion, deletion or substitution apart. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The words one edit away from `word`. */
export function wordsOneEditFrom(vocabulary: Vocabulary, word: string): string[] {
  if (word.length < FUZZY_MIN) return [];
  const found = new Set<string>();
  for (const key of deletionsOf(word))
    for (const candidate of vocabulary.deletions.get(key) ?? [])
      if (oneEdit(word, candidate)) found.add(candidate);
  return [...found].sort().slice(0, MAX_EXPANSIONS);
}
