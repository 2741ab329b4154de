/**
 * The posting lists of the full-text index and the look-up of the words a query word may stand for. A
 * word's list holds the documents it occurs in with its weight there, strongest first, so that a search
 * reads only the head of each list. The vocabulary finds the words a query word begins (a prefix) and the
 * words one edit away from it (a typo) through sorted words and their one-letter deletions, without
 * scanning the vocabulary.
 */
import { runWhole, type Sliced } from "../slices.js";

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

/** Whether document `a` of weight `wa` comes before `b` of weight `wb` in a list: heavier first, then lower. */
const before = (wa: number, a: number, wb: number, b: number) => wa > wb || (wa === wb && a < b);

/**
 * A list without the removed documents, with the added ones in their places: the old list is in order
 * already, so the few added documents are merged into it in one pass, not the whole list sorted again (a
 * common word's list holds most documents: at 1,000 compounds, sorting the lists an edit touches took
 * 200 ms).
 */
export function mergedPostings(
  old: Postings | undefined,
  removed: ReadonlySet<number>,
  added: { docs: number[]; weights: number[] } | undefined,
): Postings | undefined {
  const extra = added
    ? sortedPostings(
        added.docs,
        added.weights.map((w) => Math.fround(w)),
      )
    : { docs: new Int32Array(0), weights: new Float32Array(0) };
  let kept = 0;
  for (let i = 0; old && i < old.docs.length; i++) if (!removed.has(old.docs[i]!)) kept += 1;
  const length = kept + extra.docs.length;
  if (length === 0) return undefined;
  // Sized exactly: an edit rewrites the lists of common words, the most memory a reload allocates.
  const docs = new Int32Array(length);
  const weights = new Float32Array(length);
  let n = 0;
  let j = 0;
  const take = (doc: number, weight: number) => {
    docs[n] = doc;
    weights[n++] = weight;
  };
  for (let i = 0; old && i < old.docs.length; i++) {
    const doc = old.docs[i]!;
    if (removed.has(doc)) continue;
    const weight = old.weights[i]!;
    for (; j < extra.docs.length && before(extra.weights[j]!, extra.docs[j]!, weight, doc); j++)
      take(extra.docs[j]!, extra.weights[j]!);
    take(doc, weight);
  }
  for (; j < extra.docs.length; j++) take(extra.docs[j]!, extra.weights[j]!);
  return { docs, weights };
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
  return runWhole(vocabularyBuild(words));
}

/** buildVocabulary as sliced work: it yields every few hundred words. */
export function* vocabularyBuild(words: Iterable<string>): Sliced<Vocabulary> {
  const sorted = [...words].sort();
  yield;
  const deletions = new Map<string, string[]>();
  for (const [i, word] of sorted.entries()) {
    if (i % 256 === 255) yield;
    if (word.length < FUZZY_MIN) continue;
    for (const key of new Set(deletionsOf(word))) {
      const at = deletions.get(key);
      if (at) at.push(word);
      else deletions.set(key, [word]);
    }
  }
  return { sorted, deletions };
}

/** Where `word` is, or would go, in a sorted list. */
function place(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The word list with some words added and some taken away, as buildVocabulary would make it, without
 * going over every word again: only the typo keys of the changed words are rewritten. `old` is left as it
 * is (it answers until the new index is swapped in); what did not change is shared with it.
 */
export function updatedVocabulary(
  old: Vocabulary,
  added: Iterable<string>,
  removed: Iterable<string>,
): Vocabulary {
  const gone = new Set(removed);
  const sorted = old.sorted.filter((w) => !gone.has(w));
  const deletions = new Map(old.deletions);
  for (const word of gone) {
    if (word.length < FUZZY_MIN) continue;
    for (const key of new Set(deletionsOf(word))) {
      const left = (deletions.get(key) ?? []).filter((w) => w !== word);
      if (left.length > 0) deletions.set(key, left);
      else deletions.delete(key);
    }
  }
  for (const word of new Set(added)) {
    if (gone.has(word)) continue;
    const at = place(sorted, word);
    if (sorted[at] === word) continue;
    sorted.splice(at, 0, word);
    if (word.length < FUZZY_MIN) continue;
    for (const key of new Set(deletionsOf(word))) {
      const words = [...(deletions.get(key) ?? [])];
      words.splice(place(words, word), 0, word);
      deletions.set(key, words);
    }
  }
  return { sorted, deletions };
}

/** How many words a prefix or a typo may stand for: the closest ones, so a search reads a bounded number of lists. */
const MAX_EXPANSIONS = 16;

/** The words that begin with `prefix` (itself excluded), shortest first. */
export function wordsStartingWith(vocabulary: Vocabulary, prefix: string): string[] {
  const { sorted } = vocabulary;
  const found: string[] = [];
  for (let i = place(sorted, prefix); i < sorted.length && found.length < MAX_EXPANSIONS * 8; i++) {
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
