import type { Compound, Knowledge } from "../knowledge/schema.js";
import type { Resolution } from "../search/resolve.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, reply, type MessagePayload } from "./payload.js";
import { userText } from "./text.js";

type Miss = Exclude<Resolution, { kind: "covered" }>;

function suggestions(list: readonly Compound[]): string {
  return list.length ? `\nDid you mean: ${list.map((c) => `**${escapeMarkdown(c.name)}**`).join(", ")}?` : "";
}

/** The short, ephemeral answer to a name we do not cover or do not know. */
export function notFoundReply(knowledge: Knowledge, input: string, miss: Miss): MessagePayload {
  const typed = userText(input);
  let title = "Not found";
  let description: string;
  if (miss.kind === "not-covered") {
    title = "Not covered";
    description = `**${escapeMarkdown(miss.name)}** is a nootropic I know of, but my sources do not cover it, so I have nothing quoted to say about it.`;
  } else if (miss.reason === "empty" || miss.reason === "too-short") {
    title = "Name needed";
    description = "Type at least two letters of a compound's name.";
  } else if (miss.reason === "ambiguous") {
    description = `“${typed}” is equally close to more than one name, so I won't guess.`;
  } else {
    description = `I don't know “${typed}”.`;
  }
  const covered = knowledge.compounds
    .map((c) => c.name)
    .sort()
    .join(", ");
  return reply(
    [
      {
        title,
        description: `${description}${suggestions(miss.suggestions)}\n\nI cover: ${covered}.`,
        color: COLORS.muted,
      },
    ],
    { ephemeral: true },
  );
}
