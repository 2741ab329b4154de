import { t } from "../i18n/t.js";
import type { Knowledge } from "../knowledge/schema.js";
import { compoundById } from "../knowledge/lookup.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, reply, type MessagePayload } from "./payload.js";

/**
 * /sources: each source with its title, how it stands (promotional, sceptical, a personal review) and the
 * trust note sources.json gives it, its author and date where known, kind, and the compounds it covers.
 */
export function sourcesReply(knowledge: Knowledge, options: { ephemeral?: boolean } = {}): MessagePayload {
  const fields = knowledge.sources.map((s) => {
    const byline = [
      s.author ? t("sources.by", { author: s.author }) : t("sources.noAuthor"),
      s.published ?? t("sources.noDate"),
    ].join(" · ");
    const covers = s.covers.map((id) => compoundById(knowledge, id)?.name ?? id).join(", ");
    return {
      name: s.title,
      value: escapeMarkdown(
        [
          `${t("sources.stance", { stance: s.stance })} · ${s.kind} · ${byline}`,
          t("sources.trust", { note: s.trust }),
          t("sources.covers", { names: covers }),
        ].join("\n"),
      ),
    };
  });
  return reply(
    [{ title: t("sources.title"), description: t("sources.provenance"), color: COLORS.info, fields }],
    {
      ephemeral: options.ephemeral,
    },
  );
}
