import { normalizeName } from "../knowledge/normalize.js";
import { allowedEdits, editDistance } from "../search/distance.js";
import type { SearchIndex, Target } from "../search/index.js";
import { candidates, type BigramIndex } from "../search/ngram.js";
import { resolve } from "../search/resolve.js";
import { caseStems } from "./endings.js";
import type { NameEntry } from "../search/index.js";
import type { Token } from "./tokens.js";

/**
 * A word of a question read as a short form or a typo of a name ("faso", "nopept", "nopeptt",
 * "пирацетамом"), with the guards that keep everyday words and other names from being read as one.
 */

export type MentionMatch = "name" | "alias" | "short" | "fuzzy";

/** What the loose reading of a word needs from the question index. */
export interface LooseIndex {
  /** Only the nootropics' names, covered and not: the ones a typo is matched to. */
  readonly nootropics: SearchIndex;
  /** Short form -> the covered compound's name entry it starts, or null when it starts more than one name. */
  readonly shortForms: ReadonlyMap<string, NameEntry | null>;
  /** The everyday and vocabulary words, by bigram: a word closer to one of them than to a name is not a typo of the name. */
  readonly everyday: { words: readonly string[]; grams: BigramIndex };
  /** Everyday words and every word of a phrase: never read as a name, not as a typo nor a short form. */
  readonly neverAName: ReadonlySet<string>;
}

/** A short form is at least this long, and stops short of the whole name. */
export const MIN_SHORT = 3;
/** Typos are looked for only in words at least this long: shorter ones are too close to everyday words. */
export const MIN_FUZZY = 6;
/** Bigram candidates checked for a typo before asking resolve, which makes the final call. */
const FUZZY_CANDIDATES = 12;

export function sameTarget(a: Target, b: Target): boolean {
  return a.kind === "covered" && b.kind === "covered"
    ? a.compound === b.compound
    : a.kind === "not-covered" && b.kind === "not-covered" && a.entry === b.entry;
}

/**
 * How many edits a word in a sentence may be from a name: at most one up to 6 letters (a lone name may be
 * two off from 6 letters), since a sentence is full of everyday words one or two letters from some name;
 * from 7 letters two, when no other name is as near (nameAlone).
 */
function sentenceEdits(length: number): number {
  return length < 7 ? Math.min(1, allowedEdits(length)) : allowedEdits(length);
}

/** Whether no name of another compound or drug is within `distance` edits of the word: a typo that near is not read. */
function nameAlone(index: SearchIndex, key: string, target: Target, distance: number): boolean {
  return candidates(index.grams, key, FUZZY_CANDIDATES).every((id) => {
    const entry = index.entries[id]!;
    return sameTarget(entry.target, target) || editDistance(key, entry.key, distance) > distance;
  });
}

/** Whether some nootropic name is close enough to key to be worth asking resolve (a cheap pre-check). */
function nearSomeName(index: SearchIndex, key: string, max: number): boolean {
  return candidates(index.grams, key, FUZZY_CANDIDATES).some(
    (id) => editDistance(key, index.entries[id]!.key, max) <= max,
  );
}

/** A word read as a short form or a typo of a name; everyday words and numbers never are. */
export function looseAt(
  index: LooseIndex,
  token: Token,
): { target: Target; matched: string; match: MentionMatch } | undefined {
  if (token.key.length < MIN_SHORT || index.neverAName.has(token.word) || /\d/.test(token.key))
    return undefined;
  const short = index.shortForms.get(token.key);
  if (short) return { target: short.target, matched: short.display, match: "short" };
  const max = sentenceEdits(token.key.length);
  if (short === null || token.key.length < MIN_FUZZY || !nearSomeName(index.nootropics, token.key, max))
    return undefined;
  const found = resolve(index.nootropics, token.key);
  if (found.kind === "unknown" || found.match !== "fuzzy") return undefined;
  const entry = index.nootropics.exact.get(normalizeName(found.matched));
  const distance = entry ? editDistance(token.key, entry.key, max) : max + 1;
  if (!entry || distance > max) return undefined;
  // Two letters off from 7 or more: read only when it is the one name that near, and starts like it.
  if (
    distance >= 2 &&
    (token.key[0] !== entry.key[0] || !nameAlone(index.nootropics, token.key, entry.target, distance))
  )
    return undefined;
  // "nootrophic" is nearer "nootropic" than "Nootropil", "creation" as near "create" as "creatine": not typos of a name.
  const { words, grams } = index.everyday;
  if (
    candidates(grams, token.word, FUZZY_CANDIDATES).some(
      (id) => editDistance(token.word, words[id]!, distance) <= distance,
    )
  )
    return undefined;
  return { target: entry.target, matched: found.matched, match: "fuzzy" };
}

/** A Cyrillic word with a Russian case ending read as a typo or short form of a name ("пирацетамом"). */
export function russianLooseAt(index: LooseIndex, token: Token): ReturnType<typeof looseAt> {
  for (const key of caseStems(token, token.key, MIN_FUZZY)) {
    const hit = looseAt(index, { ...token, key });
    if (hit) return hit;
  }
  return undefined;
}
