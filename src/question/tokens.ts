import { normalizeName } from "../knowledge/normalize.js";

/** Longest question we read: a chat message is at most 4,000 characters, and a question is far shorter. */
export const MAX_QUESTION_LENGTH = 600;
/** Most words we look at, which bounds the work for any input. */
export const MAX_TOKENS = 80;

export interface Token {
  /** As typed. */
  raw: string;
  /** Lower case with diacritics removed: what the vocabulary is matched on. */
  word: string;
  /** The name key (normalizeName): what compound names are matched on. */
  key: string;
}

/** Discord mentions, channel links, custom emoji, URLs and code: text that is never part of a question. */
const NOISE = /<a?:\w+:\d+>|<[@#][!&]?\d+>|<\/[\w -]+:\d+>|https?:\/\/\S+|```[\s\S]*?```/g;

/** A word: letters and digits, joined by an apostrophe or a dot inside ("lion's", "1.2"). */
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

export function cleanQuestion(text: string): string {
  return text.slice(0, MAX_QUESTION_LENGTH).replace(NOISE, " ");
}

/** Text with the noise (mentions, emoji, links, code) replaced by spaces, at any length. */
export function withoutNoise(text: string): string {
  return text.replace(NOISE, " ");
}

const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sch",
  ы: "y",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** Cyrillic spelt in Latin letters, so "ноопепт" is read as "noopept" (names are matched on their Latin key). */
export function latin(word: string): string {
  return word.toLowerCase().replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? "");
}

/** A word as the vocabulary is matched on: lower case, diacritics removed, one kind of apostrophe. */
export function wordOf(raw: string): string {
  return raw.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/’/g, "'");
}

/** The words of a question, in order; hyphens, slashes and other punctuation separate words. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of cleanQuestion(text).matchAll(WORD)) {
    const raw = match[0];
    out.push({ raw, word: wordOf(raw), key: normalizeName(/[\u0400-\u04ff]/.test(raw) ? latin(raw) : raw) });
    if (out.length === MAX_TOKENS) break;
  }
  return out;
}

export interface Amount {
  /** The amount in the unit the sources use: mg, or mg/kg. */
  value: number;
  unit: "mg" | "mg/kg";
  /** As typed, e.g. "1.2 g". */
  text: string;
}

const AMOUNT =
  /(\d+(?:[.,]\d+)?)\s*(mg\s*\/\s*kg|mgs?|milligrams?|mcg|µg|μg|ug|micrograms?|g|grams?|gr)(?![\p{L}\p{N}])/giu;
const TO_MG: Record<string, number> = {
  mg: 1,
  mgs: 1,
  milligram: 1,
  milligrams: 1,
  g: 1000,
  gr: 1000,
  gram: 1000,
  grams: 1000,
  mcg: 0.001,
  µg: 0.001,
  μg: 0.001,
  ug: 0.001,
  microgram: 0.001,
  micrograms: 0.001,
};

/** Amounts such as "20mg", "1.2 g", "500 mcg" or "10 mg/kg", converted to mg (or mg/kg). */
export function amounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const match of cleanQuestion(text).matchAll(AMOUNT)) {
    const number = Number(match[1]!.replace(",", "."));
    const unit = match[2]!.toLowerCase().replace(/\s+/g, "");
    if (!Number.isFinite(number) || number <= 0) continue;
    if (unit === "mg/kg") out.push({ value: number, unit: "mg/kg", text: match[0] });
    else
      out.push({ value: Math.round(number * (TO_MG[unit] ?? 1) * 1000) / 1000, unit: "mg", text: match[0] });
    if (out.length === 5) break;
  }
  return out;
}
