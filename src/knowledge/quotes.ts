import type { Quote } from "./schema.js";

/**
 * Folds the differences a quote check may ignore, and nothing more: runs of whitespace, curly versus
 * straight quotes and apostrophes, and the kinds of dash.
 */
export function foldText(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The parts of a quote, whether it is one run of words or several. */
export function quoteParts(quote: Quote): readonly string[] {
  return typeof quote === "string" ? [quote] : quote;
}

/** How a quote reads when shown: its parts joined by an ellipsis. */
export function quoteText(quote: Quote): string {
  return quoteParts(quote).join(" … ");
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** An image caption run into the next heading, e.g. "learningAttenuates": never quote across it. */
const CAPTION_SEAM = /\b[a-z]{3,}[A-Z][a-z]{2,}/;

/**
 * Where a folded needle occurs in a folded source as a run of whole words: it starts at a word boundary and
 * ends at one, a digit right after it allowed, since footnote markers are glued to words ("effects3"
 * quotes as "effects").
 */
export function wordRunsAt(needle: string, foldedSource: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let at = foldedSource.indexOf(needle); at >= 0; at = foldedSource.indexOf(needle, at + 1)) {
    const before = foldedSource[at - 1];
    const after = foldedSource[at + needle.length];
    const startsOnBoundary =
      before === undefined || !WORD_CHAR.test(before) || !WORD_CHAR.test(needle[0] ?? "");
    const endsOnBoundary = after === undefined || !LETTER.test(after) || !WORD_CHAR.test(needle.at(-1) ?? "");
    if (startsOnBoundary && endsOnBoundary) out.push(at);
  }
  return out;
}

/** Why one part of a quote is not a verbatim run of words of the source, or null when it is. */
export function quotePartProblem(part: string, foldedSource: string): string | null {
  const needle = foldText(part);
  if (needle.length === 0) return "is empty";
  const seam = CAPTION_SEAM.exec(needle);
  if (seam) return `runs across a caption seam ("${seam[0]}")`;
  return wordRunsAt(needle, foldedSource).length > 0 ? null : "is not found verbatim in the source text";
}
