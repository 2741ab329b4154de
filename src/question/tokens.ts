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

/**
 * Discord mentions, channel links, custom emoji, URLs and code: text that is never part of a question. A link
 * may come without its scheme ("discord.gg/abc", "www.example.com", "evil.example/x"): a host whose last part
 * is letters, then a path, or anything after "www.". An amount ("1.5mg/kg") is no host: its dot is followed by
 * a digit.
 */
const NOISE =
  /<a?:\w+:\d+>|<[@#][!&]?\d+>|<\/[\w -]+:\d+>|https?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*|```[\s\S]*?```/giu;

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

/**
 * The words of a question, in order; hyphens, slashes and other punctuation separate words. Past MAX_TOKENS
 * words, its first third and its last words are read (a long question usually asks at its end).
 */
export function tokenize(text: string): Token[] {
  const raws = [...cleanQuestion(text).matchAll(WORD)].map((m) => m[0]);
  const head = Math.floor(MAX_TOKENS / 3);
  const kept = raws.length <= MAX_TOKENS ? raws : [...raws.slice(0, head), ...raws.slice(head - MAX_TOKENS)];
  return kept.map((raw) => ({
    raw,
    word: wordOf(raw),
    key: normalizeName(/[\u0400-\u04ff]/.test(raw) ? latin(raw) : raw),
  }));
}

export interface Amount {
  /** The amount in the unit the sources use: mg, or mg/kg. */
  value: number;
  unit: "mg" | "mg/kg";
  /** As typed, e.g. "1.2 g". */
  text: string;
  /** How many times a day it is taken, when the question says ("twice a day", "3x daily"). */
  perDay?: number;
  /**
   * What the amount is, when the question says so without saying how often: a day's total ("40 mg per day",
   * "450mg/day", "10 mg daily") or one dose ("300 mg per dose", "at a time").
   */
  basis?: "day" | "dose";
}

const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3, one: 1, two: 2, three: 3, four: 4 };
const FREQUENCY =
  /\b(?:(once|twice|thrice)|(one|two|three|four|[1-6])\s*(?:x|times?))\s*(?:a|per|each|every|\/)?\s*(?:day|daily)\b|\b(b\.?i\.?d|t\.?i\.?d)\b/giu;

/** "twice a day", "3x daily", "2 times per day", "bid": how many times a day, and where it was said. */
function frequencies(text: string): { perDay: number; at: number }[] {
  return [...text.matchAll(FREQUENCY)].flatMap((m) => {
    const word = (m[1] ?? m[2] ?? "").toLowerCase();
    const short = (m[3] ?? "").toLowerCase().replace(/\./g, "");
    const perDay = short ? (short === "bid" ? 2 : 3) : (TIMES[word] ?? Number(word));
    return Number.isFinite(perDay) && perDay > 0 ? [{ perDay, at: m.index }] : [];
  });
}

/**
 * "per day", "a day", "/day", "daily" (and "в день", "por día", "pro Tag", "par jour", "por dia"): the amount
 * is a day's total (unless a frequency says how often).
 */
const DAILY =
  /(?:\b(?:per|a|an|each|every)\s+day\b|\/\s*(?:day|d)\b|\bdaily\b|\ba\s+day\b|(?<!\p{L})(?:в\s+(?:день|сутки)|ежедневно|por\s+d[ií]a|al\s+d[ií]a|pro\s+tag|am\s+tag|t[äa]glich|par\s+jour|por\s+dia|ao\s+dia)(?!\p{L}))/giu;
/** "per dose", "each dose", "at a time", "in one go": the amount is one dose. */
const PER_DOSE =
  /\b(?:(?:per|a|each|every)\s+(?:dose|serving|sitting)|at\s+(?:a\s+time|once)|in\s+one\s+(?:dose|go|sitting))\b/giu;

/** Where each of a pattern's matches starts and ends. */
const spans = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({ at: m.index, end: m.index + m[0].length }));

/** "1,200mg" and "12,000 mg" group thousands; "0,5 g" and "1,5g" are a decimal comma. */
const AMOUNT =
  /(\d{1,3}(?:,\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?)\s*(mg\s*\/\s*kg|мг\s*\/\s*кг|mgs?|milligrams?|mcg|µg|μg|ug|micrograms?|g|grams?|gr|миллиграмм(?:а|ов)?|мг|мкг|грамм(?:а|ов)?|гр|г)(?![\p{L}\p{N}])/giu;
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
  мг: 1,
  миллиграмм: 1,
  миллиграмма: 1,
  миллиграммов: 1,
  мкг: 0.001,
  г: 1000,
  гр: 1000,
  грамм: 1000,
  грамма: 1000,
  граммов: 1000,
};

/** Amounts such as "20mg", "1.2 g", "500 mcg" or "10 mg/kg", converted to mg (or mg/kg). */
export function amounts(text: string): Amount[] {
  const out: (Amount & { at: number })[] = [];
  const clean = cleanQuestion(text);
  for (const match of clean.matchAll(AMOUNT)) {
    const digits = match[1]!;
    const number = Number(
      /^\d{1,3}(?:,\d{3})+$/.test(digits) ? digits.replace(/,/g, "") : digits.replace(",", "."),
    );
    const unit = match[2]!.toLowerCase().replace(/\s+/g, "");
    if (!Number.isFinite(number) || number <= 0) continue;
    const at = match.index;
    if (unit === "mg/kg" || unit === "мг/кг") out.push({ value: number, unit: "mg/kg", text: match[0], at });
    else
      out.push({
        value: Math.round(number * (TO_MG[unit] ?? 1) * 1000) / 1000,
        unit: "mg",
        text: match[0],
        at,
      });
    if (out.length === 5) break;
  }
  // A frequency belongs to the amount said last before it ("20mg twice a day"), else to the first one after.
  const ownerOf = (at: number) => out.filter((a) => a.at < at).at(-1) ?? out.find((a) => a.at > at);
  for (const { perDay, at } of frequencies(clean)) {
    const owner = ownerOf(at);
    if (owner && owner.perDay === undefined) owner.perDay = perDay;
  }
  // "per day" or "per dose" said of an amount whose frequency is not said: what the amount is. Words that are
  // part of a frequency ("twice a day") are not read again.
  const often = spans(clean, FREQUENCY);
  const inFrequency = (s: { at: number; end: number }) => often.some((f) => s.at < f.end && f.at < s.end);
  for (const [pattern, basis] of [
    [DAILY, "day"],
    [PER_DOSE, "dose"],
  ] as const)
    for (const span of spans(clean, pattern)) {
      const owner = inFrequency(span) ? undefined : ownerOf(span.at);
      if (owner && owner.perDay === undefined && owner.basis === undefined) owner.basis = basis;
    }
  return out.map(({ at: _at, ...amount }) => amount);
}

/**
 * Numbers said without a unit where an amount could be meant ("is 900 too much?"): not part of an amount,
 * a frequency, a time ("3 weeks"), a count of times ("1000 times stronger") or a list number.
 */
export function unitlessNumbers(text: string): string[] {
  const clean = cleanQuestion(text);
  const taken = [...spans(clean, AMOUNT), ...spans(clean, FREQUENCY)];
  const out: string[] = [];
  for (const m of clean.matchAll(
    /(?<![\p{L}\p{N}.,/-])(\d+(?:[.,]\d+)?)(?![\p{L}\p{N}%]|[.,]\d)(?!\s*(?:x\b|times?\b|days?\b|weeks?\b|months?\b|years?\b|hours?\b|hrs?\b|minutes?\b|mins?\b|h\b|%|percent\b|\)|\.\s))/giu,
  )) {
    if (taken.some((t) => m.index >= t.at && m.index < t.end)) continue;
    out.push(m[1]!);
    if (out.length === 3) break;
  }
  return out;
}

/** The words that say how often ("twice", "times", "daily", "bid"): read as a frequency, never as a topic's word. */
export const FREQUENCY_WORDS = new Set([...Object.keys(TIMES), ...["times", "time", "daily", "bid", "tid"]]);
