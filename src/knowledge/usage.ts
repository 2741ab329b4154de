import { foldText, quoteParts } from "./quotes.js";
import type { Knowledge } from "./schema.js";

/** How much of one source the knowledge quotes, sentence by sentence, so a curator sees what is unused. */
export interface SourceUsage {
  source: string;
  sentences: number;
  quoted: number;
  unquoted: string[];
}

/** Lines shorter than this many words are headings or list items, not sentences. */
const MIN_WORDS = 5;
/** A sentence counts as quoted when this many of its characters (or all, if fewer) are inside a quote. */
const MIN_COVERED = 20;

/** A source text folded like quotes are, but keeping its line breaks. */
function foldLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => foldText(line))
    .join("\n");
}

/** The sentences of a text, with where each starts in foldLines(text); headings and short items left out. */
export function sentencesOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let offset = 0;
  for (const line of foldLines(text).split("\n")) {
    let at = 0;
    for (const piece of line.split(/(?<=[.?!]["')]?)\s+/)) {
      const start = line.indexOf(piece, at);
      at = start + piece.length;
      if (piece.split(/\s+/).length >= MIN_WORDS) out.push({ start: offset + start, text: piece });
    }
    offset += line.length + 1;
  }
  return out;
}

/** For each source text, how many of its sentences some quote in the knowledge covers. */
export function sourceUsage(knowledge: Knowledge, texts: ReadonlyMap<string, string>): SourceUsage[] {
  const parts = new Map<string, string[]>();
  for (const compound of knowledge.compounds) {
    for (const item of [...compound.doses, ...compound.claims]) {
      const list = parts.get(item.source) ?? [];
      list.push(...quoteParts(item.quote).map((q) => foldText(q)));
      parts.set(item.source, list);
    }
  }
  return knowledge.sources.map((source) => {
    const text = texts.get(source.id) ?? "";
    const haystack = foldLines(text).replace(/\n/g, " ");
    const covered = new Uint8Array(haystack.length);
    for (const part of parts.get(source.id) ?? []) {
      for (let at = haystack.indexOf(part); at >= 0; at = haystack.indexOf(part, at + 1))
        covered.fill(1, at, at + part.length);
    }
    const sentences = sentencesOf(text);
    const unquoted = sentences.filter((s) => {
      let n = 0;
      for (let i = s.start; i < s.start + s.text.length; i++) n += covered[i] ?? 0;
      return n < Math.min(MIN_COVERED, s.text.length);
    });
    return {
      source: source.id,
      sentences: sentences.length,
      quoted: sentences.length - unquoted.length,
      unquoted: unquoted.map((s) => s.text),
    };
  });
}

/** "noopept-closer-look: 31 of 92 sentences quoted (34%)" a line each. */
export function formatUsage(rows: readonly SourceUsage[], listUnquoted = false): string {
  const out: string[] = [];
  for (const r of rows) {
    const pct = r.sentences ? Math.round((100 * r.quoted) / r.sentences) : 0;
    out.push(`${r.source}: ${r.quoted} of ${r.sentences} sentences quoted (${pct}%)`);
    if (listUnquoted) out.push(...r.unquoted.map((s) => `    unquoted: ${s}`));
  }
  return out.join("\n");
}
