import { unescapeMarkdown } from "../reply/markdown.js";
import { isEphemeral, type MessagePayload } from "../reply/payload.js";

/** Discord markdown made readable in a terminal: bold markers and escapes removed. */
function unmark(text: string): string {
  return unescapeMarkdown(text.replace(/\*\*(.+?)\*\*/g, "$1")).replace(/\u200b/g, "");
}

/** A payload as plain text: embeds with their fields, buttons as a numbered list. */
export function renderText(payload: MessagePayload): string {
  const out: string[] = [];
  if (isEphemeral(payload)) out.push("(only you can see this)");
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
    out.push(`Buttons: ${buttons.map((b, i) => `[${i + 1}] ${b.label}${b.disabled ? " (shown)" : ""}`).join("  ")}`);
  }
  return out.join("\n").trimEnd();
}
