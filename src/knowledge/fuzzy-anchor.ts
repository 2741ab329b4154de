import { anchorAt, type FoldedSource } from "./anchor.js";
import { foldText } from "./quotes.js";
import type { Anchor } from "./schema.js";

/** A place in the source whose words are close to a quote that is no longer there verbatim. */
export interface Suggestion {
  /** The source's words there, verbatim: what the quote would become. */
  text: string;
  anchor: Anchor;
  /** 0 to 1: how many of the quote's words the place shares, in order (longest common subsequence). */
  score: number;
}

/** Below this the suggestion is not worth a curator's time. */
const MIN_SCORE = 0.6;

const key = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

function words(folded: string): { at: number; end: number; key: string }[] {
  return [...folded.matchAll(/\S+/g)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    key: key(m[0]),
  }));
}

function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++)
      row[j + 1] = x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!);
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The run of the source's words most like the quote (exact matching having failed), for the curator to
 * confirm; undefined when nothing comes close. Windows of the quote's length, a few words either way.
 */
export function suggestAnchor(part: string, source: FoldedSource): Suggestion | undefined {
  const quote = words(foldText(part)).map((w) => w.key);
  const text = words(source.folded);
  if (quote.length === 0 || text.length === 0) return undefined;
  const wanted = new Set(quote);
  let best: { from: number; to: number; score: number } | undefined;
  const slack = Math.max(2, Math.ceil(quote.length / 5));
  for (let from = 0; from < text.length; from++) {
    if (!wanted.has(text[from]!.key)) continue;
    for (let n = Math.max(1, quote.length - slack); n <= quote.length + slack; n++) {
      const to = from + n;
      if (to > text.length) break;
      const window = text.slice(from, to).map((w) => w.key);
      const common = lcs(quote, window);
      const score = (2 * common) / (quote.length + window.length);
      if (!best || score > best.score) best = { from, to, score };
    }
  }
  if (!best || best.score < MIN_SCORE) return undefined;
  const at = text[best.from]!.at;
  const end = text[best.to - 1]!.end;
  const anchor = anchorAt(source, at, end - at);
  return { text: source.raw.slice(anchor.start, anchor.end), anchor, score: Number(best.score.toFixed(2)) };
}
