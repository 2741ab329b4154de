/** Where a sentence ends: ., ! or ? followed by a space, or a line break. */
const SENTENCE_END = /[.!?]\s+|\n+/gu;

/**
 * Text too long to read whole, bounded to `max` characters by keeping its start and its end (a question
 * usually ends a message, and sometimes starts it). Each end is cut between sentences where it has a
 * sentence break, else at a space, so that no sentence starts with a word from its middle and no word is
 * read cut in two. The two ends are joined by `join`: a line break keeps them apart as sentences.
 */
export function keepEnds(text: string, max: number, join = " "): string {
  if (text.length <= max) return text;
  const room = max - join.length;
  const head = text.slice(0, Math.floor(room / 3));
  const start = head.slice(0, lastBreak(head) ?? head.length);
  const tail = text.slice(text.length - (room - start.length));
  const end = tail.slice(firstBreak(tail) ?? 0);
  return `${start.trimEnd()}${join}${end.trimStart()}`;
}

/** Where the head may end: after its last sentence end, else at its last space (undefined: nowhere). */
function lastBreak(head: string): number | undefined {
  const ends = [...head.matchAll(SENTENCE_END)];
  const last = ends.at(-1);
  if (last) return last.index + last[0].length;
  const space = head.search(/\s\S*$/u);
  return space > 0 ? space : undefined;
}

/** Where the tail may start: after its first sentence end, else after its first space. */
function firstBreak(tail: string): number | undefined {
  const sentence = SENTENCE_END.exec(tail);
  SENTENCE_END.lastIndex = 0;
  if (sentence && sentence.index + sentence[0].length < tail.length)
    return sentence.index + sentence[0].length;
  const space = /\s+/u.exec(tail);
  return space ? space.index + space[0].length : undefined;
}
