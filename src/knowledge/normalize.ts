const GREEK: Record<string, string> = { α: "alpha", β: "beta", γ: "gamma", δ: "delta", ω: "omega" };

/** Longest input we look at: nothing a user types for a compound name is longer, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The key two names are compared by: lower case, Greek letters spelt out, diacritics dropped, and every
 * character that is not a letter or digit removed, so "Alpha-GPC", "alpha gpc", "AlphaGPC" and "α-GPC" agree.
 */
export function normalizeName(input: string): string {
  return input
    .slice(0, MAX_QUERY_LENGTH * 2)
    .toLowerCase()
    .replace(/[αβγδω]/g, (c) => GREEK[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .slice(0, MAX_QUERY_LENGTH);
}
