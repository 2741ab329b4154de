/** The one place that knows which characters Discord reads as formatting. */
const INLINE = /([\\*_~`|[\]])/g;
/** Block quotes, headings and list items are formatting only at the start of a line. */
const LINE_START = /^(\s*)([>#-])/gm;
const ESCAPED = /\\([\\*_~`|[\]>#-])/g;

/** Text shown as is in Discord: every character Discord would read as formatting is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE, "\\$1").replace(LINE_START, "$1\\$2");
}

/** The reverse of escapeMarkdown, for showing a reply outside Discord (the terminal). */
export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, "$1");
}
