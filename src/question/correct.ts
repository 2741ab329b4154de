import { editDistance } from "../search/distance.js";
import type { Phrases } from "../knowledge/phrases.js";

/**
 * Typos in the words that ask, not only in names ("half lfe", "sid efects", "dosgae"): a word the reading
 * does not know is read as the one word of a topic, goal or advice phrase one edit away (a swap counts as
 * one) that starts with the same letter, when no other such word is as near. A word of four letters or fewer, where a slip leaves a
 * different word, only when it then makes a two-word phrase with the word beside it ("half life").
 */

export interface Corrector {
  /** Phrase words of three letters or more, by length. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
  /** Two-word phrases ("half life", "side effects"), and the first two words of longer ones. */
  readonly pairs: ReadonlySet<string>;
}

const MIN_TYPED = 3;
const SHORT = 4;

export function buildCorrector(phrases: Phrases, advice: readonly string[]): Corrector {
  const all = [...Object.values(phrases.topics), ...Object.values(phrases.goals), advice].flat();
  const byLength = new Map<number, string[]>();
  for (const w of new Set(all.flatMap((p) => p.split(" ")))) {
    if (w.length < MIN_TYPED || /[^a-z]/.test(w)) continue;
    byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  }
  const pairs = new Set<string>();
  for (const p of all) {
    const parts = p.split(" ");
    for (let i = 0; i + 1 < parts.length; i++) pairs.add(`${parts[i]} ${parts[i + 1]}`);
  }
  return { byLength, pairs };
}

/** The phrase words one edit from `word` that start like it: a slip seldom hits the first letter, and "affect" is not "effect". */
function near(corrector: Corrector, word: string): string[] {
  const found: string[] = [];
  for (let n = word.length - 1; n <= word.length + 1; n++)
    for (const w of corrector.byLength.get(n) ?? [])
      if (w[0] === word[0] && editDistance(word, w, 1) <= 1) found.push(w);
  return found;
}

/** The one element, if there is exactly one. */
const only = (xs: readonly string[]) => (xs.length === 1 ? xs[0] : undefined);

/**
 * The words with their typos read: `known` says which words the reading knows (never corrected); "§"
 * marks a name. Bounded: each unknown word is compared with the phrase words of its length ±1.
 */
export function correctWords(
  corrector: Corrector,
  words: readonly string[],
  known: (word: string) => boolean,
): string[] {
  const out = [...words];
  const unknown = (w: string) => w !== "§" && w.length >= MIN_TYPED && /^[a-z]+$/.test(w) && !known(w);
  out.forEach((w, i) => {
    if (w.length > SHORT && unknown(w)) out[i] = only(near(corrector, w)) ?? w;
  });
  words.forEach((w, i) => {
    if (w.length > SHORT || !unknown(w)) return;
    const before = out[i - 1];
    const after = out[i + 1];
    const c = only(
      near(corrector, w).filter(
        (c) =>
          (before !== undefined && corrector.pairs.has(`${before} ${c}`)) ||
          (after !== undefined && corrector.pairs.has(`${c} ${after}`)),
      ),
    );
    if (c) out[i] = c;
  });
  return out;
}
