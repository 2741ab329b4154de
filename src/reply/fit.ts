import { t } from "../i18n/t.js";
import type { APIEmbed as Embed, APIEmbedField as EmbedField } from "discord-api-types/v10";
import { LIMITS } from "./limits.js";
import { shorten } from "./text.js";

/** Characters Discord counts toward the 6,000 per message. */
export function embedLength(embed: Embed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function shortenField(field: EmbedField): EmbedField {
  return {
    ...field,
    name: shorten(field.name, LIMITS.fieldName),
    value: shorten(field.value, LIMITS.fieldValue),
  };
}

function shortenParts(embed: Embed): Embed {
  return {
    ...embed,
    ...(embed.title !== undefined ? { title: shorten(embed.title, LIMITS.title) } : {}),
    ...(embed.description !== undefined
      ? { description: shorten(embed.description, LIMITS.description) }
      : {}),
    ...(embed.fields ? { fields: embed.fields.slice(0, LIMITS.fields).map(shortenField) } : {}),
  };
}

/**
 * Brings embeds within every Discord limit: each part clipped at a natural break, at most 10 embeds and 25
 * fields, and 6,000 characters in all. When fields must go, the last ones go first and a closing field
 * says how many were left out and where the rest is (`more`).
 */
export function fitEmbeds(
  embeds: readonly Embed[],
  more: string,
  budget: number = LIMITS.embedsTotal,
): Embed[] {
  const out = embeds.slice(0, LIMITS.embeds).map(shortenParts);
  const total = () => out.reduce((n, e) => n + embedLength(e), 0);
  let dropped = 0;
  const noteName = t("fit.notShown");
  while (total() > budget) {
    for (const e of out) if (e.fields?.at(-1)?.name === noteName) e.fields.pop();
    const last = [...out].reverse().find((e) => (e.fields?.length ?? 0) > 0);
    if (!last?.fields) break;
    last.fields.pop();
    dropped += 1;
    last.fields.push({
      name: noteName,
      value: shorten(t("fit.more", { n: dropped, more }), LIMITS.fieldValue),
    });
  }
  // Still too long with no fields left to drop: shorten descriptions, the longest first.
  while (total() > budget) {
    const longest = out.reduce((a, b) =>
      (b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a,
    );
    const excess = total() - budget;
    if (!longest.description) break;
    longest.description = shorten(longest.description, Math.max(0, longest.description.length - excess - 1));
  }
  return out;
}
