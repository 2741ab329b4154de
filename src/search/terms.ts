/**
 * The words a text is searched by: lower case, accents dropped, split on anything that is not a letter or a
 * digit, one-letter words and function words left out. Plain ASCII text (nearly every quote) takes a path
 * without Unicode normalisation, with the same result.
 */

/**
 * Words too common to rank by: "whether" is here so that "weather" is not read as a typo of it, and
 * "nootropic" because nearly every claim is about one.
 */
const STOP = new Set(
  "a an and are as at be been but by can could did do does for from had has have how i if in into is it its may might of on or so such than that the their them then there these they this to was were what when where whether which while who why will with would you your nootropic nootropics".split(
    " ",
  ),
);

/** Printable ASCII and line breaks: where the fast path gives the same words as the full one. */
const ASCII = /^[\t\n\r -~]*$/;

export function searchTerms(text: string): string[] {
  const lower = text.toLowerCase();
  const words = ASCII.test(lower)
    ? lower.split(/[^a-z0-9]+/)
    : lower
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .split(/[^\p{L}\p{N}]+/u);
  return words.filter((t) => t.length > 1 && !STOP.has(t));
}
