import {
  ComponentType,
  type APIComponentInContainer,
  type APIMessageTopLevelComponent,
} from "discord-api-types/v10";
import { unescapeMarkdown } from "../reply/markdown.js";
import type { MessagePayload } from "../reply/payload.js";
import { toComponentsV2 } from "../reply/v2/convert.js";

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

/** A text display as terminal lines: "## T" a title, "### F" a part's heading, "-# f" the small footer. */
function textLines(content: string): string[] {
  return content.split("\n").map((line) => {
    if (line.startsWith("## ")) return `== ${unmark(line.slice(3))} ==`;
    if (line.startsWith("### ")) return `\n-- ${unmark(line.slice(4))}`;
    if (line.startsWith("-# ")) return `(${unmark(line.slice(3))})`;
    return unmark(line);
  });
}

/**
 * A payload as plain text, laid out as the V2 card Discord shows: each container's title, its parts (a
 * part with a button beside it says which letter presses it), the chart's alt text, the footer; then every
 * button keyed by letter. Whether Discord would show it only to the asker is not said: in a terminal
 * everything is.
 */
export function renderText(payload: MessagePayload): string {
  const buttons = payload.components.flatMap((row) => row.components);
  const keyOf = (customId: string) => buttonKey(buttons.findIndex((b) => b.custom_id === customId));
  const out: string[] = [];
  const render = (components: readonly (APIMessageTopLevelComponent | APIComponentInContainer)[]) => {
    for (const c of components) {
      if (c.type === ComponentType.Container) {
        render(c.components);
        out.push("");
      } else if (c.type === ComponentType.TextDisplay) out.push(...textLines(c.content));
      else if (c.type === ComponentType.Section) {
        for (const t of c.components) out.push(...textLines(t.content));
        const b = c.accessory;
        if (b.type === ComponentType.Button && "custom_id" in b && b.label)
          out.push(`[${keyOf(b.custom_id)}) ${b.label}]`);
      } else if (c.type === ComponentType.MediaGallery)
        for (const item of c.items) out.push(`[picture: ${item.description ?? item.media.url}]`);
    }
  };
  render(toComponentsV2(payload).components.filter((c) => c.type !== ComponentType.ActionRow));
  if (buttons.length) {
    out.push(
      `Buttons (type the letter): ${buttons.map((b, i) => `${buttonKey(i)}) ${b.label}${b.disabled ? " (shown)" : ""}`).join("  ")}`,
    );
  }
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd();
}
