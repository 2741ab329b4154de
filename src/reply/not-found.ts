import { t } from "../i18n/t.js";
import type { Compound, Knowledge } from "../knowledge/schema.js";
import type { Resolution } from "../search/resolve.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, reply, type MessagePayload } from "./payload.js";
import { userText } from "./text.js";

type Miss = Exclude<Resolution, { kind: "covered" }>;

function suggestions(list: readonly Compound[]): string {
  return list.length
    ? `\n${t("notFound.didYouMean", { names: list.map((c) => `**${escapeMarkdown(c.name)}**`).join(", ") })}`
    : "";
}

/** The short, ephemeral answer to a name we do not cover or do not know. */
export function notFoundReply(knowledge: Knowledge, input: string, miss: Miss): MessagePayload {
  const typed = userText(input);
  let title = t("notFound.notFoundTitle");
  let description: string;
  if (miss.kind === "not-covered") {
    title = t("notFound.notCoveredTitle");
    description = t("notFound.notCovered", { name: escapeMarkdown(miss.name) });
  } else if (miss.reason === "empty" || miss.reason === "too-short") {
    title = t("notFound.nameNeededTitle");
    description = t("notFound.nameNeeded");
  } else if (miss.reason === "ambiguous") {
    description = t("notFound.ambiguous", { typed });
  } else {
    description = t("notFound.unknown", { typed });
  }
  const covered = knowledge.compounds
    .map((c) => c.name)
    .sort()
    .join(", ");
  return reply(
    [
      {
        title,
        description: `${description}${suggestions(miss.suggestions)}\n\n${t("notFound.covered", { names: covered })}`,
        color: COLORS.muted,
      },
    ],
    { ephemeral: true },
  );
}
