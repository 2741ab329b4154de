import { normalizeName } from "../knowledge/normalize.js";
import type { Language } from "../knowledge/vocabulary-data.js";
import { wordOf, type Token } from "./tokens.js";

/**
 * Questions in other languages read as English: each word or phrase of knowledge/languages.yaml is replaced
 * by the English words it stands for, which the English reading understands. A short word ("с", "con",
 * "e") or one that is also an English word ("kind") is replaced only in a message that reads as foreign
 * (at least as many foreign words as English ones, or any Cyrillic), and so are the everyday words that are skipped.
 */

interface Meaning {
  to: readonly string[];
  languages: readonly string[];
}

export interface Translator {
  /** Normalised phrase ("побочные эффекты") -> its English words. */
  readonly phrases: ReadonlyMap<string, Meaning>;
  /** Stems ("алкогол") -> English words, longest first. */
  readonly stems: readonly (Meaning & { stem: string })[];
  /** Everyday words -> the languages they belong to. */
  readonly everyday: ReadonlyMap<string, readonly string[]>;
  readonly maxWords: number;
  readonly languages: ReadonlyMap<string, Language>;
  /** English words: a foreign word that is one of them is replaced only in a foreign message. */
  readonly english: ReadonlySet<string>;
  /** A mark only one language writes ("¿") -> that language's id. */
  readonly marks: ReadonlyMap<string, string>;
}

export interface Translated {
  tokens: Token[];
  /** The language the message reads as, when it is not English. */
  language?: Language;
}

/** French and Italian elision: "l'anxiété" is read as "anxiété", "d'action" as "action". */
const ELISION = /^(?:l|d|j|n|s|c|m|t|qu)'(?=\p{L}{2})/u;

/** A data word as the tokenizer spells it: lower case, diacritics dropped ("какой" -> "какои"), no elision. */
export function dataWords(phrase: string): string[] {
  return phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => wordOf(w.replace(/\*$/, "")).replace(ELISION, ""));
}

function withoutElision(token: Token): Token {
  if (!ELISION.test(token.word)) return token;
  const raw = token.raw.replace(/^[^'’]+['’]/, "");
  return { raw, word: token.word.replace(ELISION, ""), key: normalizeName(raw) };
}

export function buildTranslator(languages: readonly Language[], english: ReadonlySet<string>): Translator {
  const phrases = new Map<string, { to: string[]; languages: string[] }>();
  const stems = new Map<string, { to: string[]; languages: string[] }>();
  const everyday = new Map<string, string[]>();
  let maxWords = 1;
  const add = (
    map: Map<string, { to: string[]; languages: string[] }>,
    key: string,
    to: string[],
    l: string,
  ) => {
    const current = map.get(key);
    if (current) current.languages.push(l);
    else map.set(key, { to, languages: [l] });
  };
  for (const language of languages) {
    for (const [meaning, words] of Object.entries(language.words)) {
      const to = meaning.toLowerCase().split(/\s+/);
      for (const w of words) {
        const parts = dataWords(w);
        maxWords = Math.max(maxWords, parts.length);
        add(w.endsWith("*") ? stems : phrases, parts.join(" "), to, language.id);
      }
    }
    for (const w of language.everyday) {
      const key = dataWords(w).join(" ");
      everyday.set(key, [...(everyday.get(key) ?? []), language.id]);
    }
  }
  return {
    phrases,
    stems: [...stems].map(([stem, m]) => ({ stem, ...m })).sort((a, b) => b.stem.length - a.stem.length),
    everyday,
    maxWords,
    languages: new Map(languages.map((l) => [l.id, l])),
    english,
    marks: new Map(languages.flatMap((l) => l.marks.map((m) => [m, l.id] as const))),
  };
}

interface Match extends Meaning {
  first: number;
  last: number;
  /** Replaced only in a foreign message. */
  weak: boolean;
}

function matchAt(tr: Translator, tokens: readonly Token[], i: number): Match | undefined {
  let phrase = "";
  let best: Match | undefined;
  for (let n = 0; n < tr.maxWords && i + n < tokens.length; n++) {
    phrase += (n === 0 ? "" : " ") + tokens[i + n]!.word;
    const meaning = tr.phrases.get(phrase);
    if (meaning) best = { ...meaning, first: i, last: i + n, weak: false };
  }
  const word = tokens[i]!.word;
  if (!best) {
    const stem = tr.stems.find((s) => word.startsWith(s.stem));
    if (stem) best = { to: stem.to, languages: stem.languages, first: i, last: i, weak: false };
  }
  if (best && best.first === best.last) best.weak = word.length <= 3 || tr.english.has(word);
  return best;
}

const CYRILLIC = /[\u0400-\u04ff]/;

function englishToken(word: string): Token {
  return { raw: word, word, key: normalizeName(word) };
}

/** The tokens of a question with the words of other languages read as English. Bounded by the tokens given. */
export function translate(tr: Translator, typed: readonly Token[], text = ""): Translated {
  if (tr.phrases.size === 0 && tr.stems.length === 0) return { tokens: [...typed] };
  const tokens = typed.map(withoutElision);
  const matches: (Match | undefined)[] = [];
  const votes = new Map<string, number>();
  let foreign = 0;
  let english = 0;
  let cyrillic = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (CYRILLIC.test(token.raw)) cyrillic = true;
    const match = matchAt(tr, tokens, i);
    matches[i] = match;
    const langs = match?.languages ?? tr.everyday.get(token.word) ?? [];
    for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1);
    if (match && !match.weak) foreign++;
    else if (tr.english.has(token.word)) english++;
    else if (tr.everyday.has(token.word)) foreign++;
    if (match) i = match.last;
  }
  // A mark only one language writes ("¿noopept y alcohol?") says the language when its words are too weak to.
  const marked = [...tr.marks].find(([mark]) => text.includes(mark))?.[1];
  const isForeign = cyrillic || marked !== undefined || (foreign > 0 && foreign >= english);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matches[i];
    if (match && (!match.weak || isForeign)) {
      out.push(...match.to.map(englishToken));
      i = match.last;
    } else if (!(isForeign && tr.everyday.has(tokens[i]!.word))) out.push(tokens[i]!);
  }
  if (!isForeign) return { tokens: out };
  const ranked = [...tr.languages.keys()].sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0));
  const id = cyrillic ? "ru" : (marked ?? ranked.find((l) => (votes.get(l) ?? 0) > 0));
  return { tokens: out, language: id ? tr.languages.get(id) : undefined };
}
