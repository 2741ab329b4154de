import { escapeMarkdown } from "./markdown.js";

/** Text helpers for replies: shortening at a natural break, and making user text safe to echo. */

/**
 * Shortens text to at most max characters, cutting at the last sentence end or line break that leaves at
 * least half the room, else at a word boundary, never mid-word, and appends the suffix (e.g. a pointer to
 * the section with the rest).
 */
export function shorten(text: string, max: number, suffix = "…"): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - suffix.length);
  const head = text.slice(0, room + 1);
  const breaks = [head.lastIndexOf("\n"), ...[". ", "! ", "? "].map((s) => head.lastIndexOf(s) + 1)];
  const sentence = Math.max(...breaks);
  let cut = sentence >= room / 2 ? sentence : head.lastIndexOf(" ");
  if (cut <= 0) cut = room;
  return `${text.slice(0, cut).trimEnd()}${suffix}`.slice(0, max);
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f]/g;

/**
 * User text echoed back in a reply: control and invisible characters removed, markdown escaped, mentions
 * broken with a zero-width space (they cannot ping anyway: every reply parses no mentions), shortened.
 */
export function userText(input: string, max = 60): string {
  const plain = input.replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  const short = plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
  return escapeMarkdown(short)
    .replace(/@/g, "@\u200b")
    .replace(/<(?=[@#:/a])/g, "<\u200b");
}
