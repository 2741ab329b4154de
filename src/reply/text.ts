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

const ZWSP = "\u200b";

/**
 * Text a user wrote, made inert for Discord wherever it is shown (a reply, an embed, a report post): control
 * and invisible characters removed (so no zero-width character of theirs can rejoin what is broken here),
 * markdown escaped (so `[x](url)` is no masked link), and a zero-width space put where Discord would start
 * something clickable or pinging: after every `@` (@everyone, @here), every `<` (`<@id>`, `<@&role>`,
 * `<#channel>`, `</command:id>`), inside every `://` (any URL) and after every dot followed by a letter
 * (`discord.gg/…` invites, bare domains). The reader still sees where a link pointed; nothing is clickable.
 */
export function inertText(input: string): string {
  return escapeMarkdown(input.replace(CONTROL, " "))
    .replace(/@/g, `@${ZWSP}`)
    .replace(/</g, `<${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\.(?=\p{L})/gu, `.${ZWSP}`);
}

/** User text echoed back in a reply: on one line, shortened (echoes stay short), and inert (see inertText). */
export function userText(input: string, max = 60): string {
  const plain = input.replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  const short = plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
  return inertText(short);
}
