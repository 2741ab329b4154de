import { unescapeMarkdown } from "../reply/markdown.js";
import type { MessagePayload } from "../reply/payload.js";

/** Discord markdown made readable in a terminal: bold and italic markers and escapes removed. */
function unmark(text: string): string {
  return unescapeMarkdown(
    text.replace(/\*\*(.+?)\*\*/g, "$1").replace(/(^|[\s(])\*([^*\s][^*]*?)\*(?=$|[\s.,;:)])/gm, "$1$2"),
  ).replace(/\u200b/g, "");
}

/** The key that presses the i-th button in the terminal: a letter, so it cannot be read as a source reference [1]. */
export function buttonKey(i: number): string {
  return String.fromCharCode("a".charCodeAt(0) + i);
}

/**
 * A payload as plain text: embeds with their fields, buttons keyed by letter. Whether Discord would show it
 * only to the asker is not said: in a terminal everything is.
 */
export function renderText(payload: MessagePayload): string {
  const out: string[] = [];
  if (payload.content) out.push(unmark(payload.content));
  for (const embed of payload.embeds) {
    if (embed.title) out.push(`== ${unmark(embed.title)} ==`);
    if (embed.description) out.push(unmark(embed.description));
    for (const field of embed.fields ?? []) {
      if (field.name.trim() === "" || field.name === "\u200b") continue;
      out.push("", `-- ${unmark(field.name)}`, unmark(field.value));
    }
    if (embed.footer) out.push("", `(${embed.footer.text})`);
    out.push("");
  }
  const buttons = payload.components.flatMap((row) => row.components);
  if (buttons.length) {
    out.push(
      `Buttons (type the letter): ${buttons.map((b, i) => `${buttonKey(i)}) ${b.label}${b.disabled ? " (shown)" : ""}`).join("  ")}`,
    );
  }
  return out.join("\n").trimEnd();
}
