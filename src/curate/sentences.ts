/** One sentence of a source text: where it is in the raw text, and its paragraph (line) number. */
export interface Sentence {
  text: string;
  /** The sentence as a quote: without a footnote marker glued to its end ("effects.3" quotes as "effects."). */
  quote: string;
  start: number;
  paragraph: number;
}

/** Lines shorter than this many words are headings or list items, not sentences. */
const MIN_WORDS = 5;
const END = /(?<=[.?!]["')\u201D\u2019]?\d{0,3})\s+(?=["'(\u201C\u2018]?[A-Z0-9])/u;
const FOOTNOTE = /(?<=[.?!]["')\u201D\u2019]?)\d{1,3}$/u;

/** The sentences of a text, paragraph by paragraph (a paragraph is a line); headings left out. */
export function splitSentences(raw: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  raw.split("\n").forEach((line, paragraph) => {
    let at = 0;
    for (const piece of line.split(END)) {
      const start = line.indexOf(piece, at);
      at = start + piece.length;
      const text = piece.trim();
      if (text.split(/\s+/).length < MIN_WORDS) continue;
      out.push({
        text,
        quote: text.replace(FOOTNOTE, ""),
        start: offset + start + piece.indexOf(text),
        paragraph,
      });
    }
    offset += line.length + 1;
  });
  return out;
}
