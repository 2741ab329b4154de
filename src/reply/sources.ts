import type { Knowledge } from "../knowledge/schema.js";
import { compoundById } from "../knowledge/lookup.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, reply, type MessagePayload } from "./payload.js";

const PROVENANCE = [
  "Every claim the bot shows is a verbatim quote of one of these sources, tagged with the evidence the source itself gives.",
  "Names, code names and summaries are ours (from general knowledge), as is the one-line statement beside each quote, which says no more than the quote.",
].join("\n");

/** /sources: each source with its title, author and date where known, kind, and the compounds it covers. */
export function sourcesReply(knowledge: Knowledge, options: { ephemeral?: boolean } = {}): MessagePayload {
  const fields = knowledge.sources.map((s) => {
    const byline = [s.author ? `by ${s.author}` : "author not given", s.published ?? "date not given"].join(
      " · ",
    );
    const covers = s.covers.map((id) => compoundById(knowledge, id)?.name ?? id).join(", ");
    return { name: s.title, value: escapeMarkdown(`${s.kind} · ${byline}\nCovers: ${covers}`) };
  });
  return reply([{ title: "Sources", description: PROVENANCE, color: COLORS.info, fields }], {
    ephemeral: options.ephemeral,
  });
}
