/**
 * What a follow-up refers to: the message it replies to, as Discord sends it (a member's message, or one
 * of the bot's answers, whose first heading names the compound and topic, "Noopept: dose": an embed's title,
 * or a Components V2 card's first "## " line). Pure.
 */

export interface Referenced {
  content?: string | null;
  embeds?: readonly { title?: string | null }[] | null;
  components?: readonly unknown[] | null;
}

type Node = { type?: unknown; content?: unknown; components?: unknown };

/** The "## " headings of a Components V2 message (its text displays, inside its containers), at most MAX_EMBEDS. */
function v2Headings(components: readonly unknown[] | null | undefined, depth = 0): string[] {
  if (!Array.isArray(components) || depth > 3) return [];
  const out: string[] = [];
  for (const c of components as Node[]) {
    if (typeof c?.content === "string")
      for (const line of c.content.split("\n")) if (line.startsWith("## ")) out.push(line.slice(3).trim());
    out.push(...v2Headings(c?.components as unknown[] | undefined, depth + 1));
    if (out.length >= MAX_EMBEDS) break;
  }
  return out.slice(0, MAX_EMBEDS).filter((h) => h !== "");
}

/** Longest context read: the question reading looks at 600 characters anyway. */
const MAX_CONTEXT = 600;

/** A part's title in an answer to several questions: "2. Piracetam: legal status". */
const PART_TITLE = /^\d+\. /;
/** Discord sends at most 10 embeds. */
const MAX_EMBEDS = 10;

/**
 * The text a follow-up takes its compounds and topic from, or undefined when there is none: a member's
 * text, or the title of the bot's answer; of an answer to several questions, every part's title, so "are
 * they safe?" refers to the compounds of all its parts, not only the first.
 */
export function contextOf(referenced: Referenced | null | undefined): string | undefined {
  if (!referenced) return undefined;
  const content = typeof referenced.content === "string" ? referenced.content.trim() : "";
  const embedTitles = (referenced.embeds ?? [])
    .slice(0, MAX_EMBEDS)
    .flatMap((e) => (typeof e.title === "string" && e.title.trim() !== "" ? [e.title.trim()] : []));
  const titles = embedTitles.length > 0 ? embedTitles : v2Headings(referenced.components);
  const parts = titles.filter((t) => PART_TITLE.test(t)).map((t) => t.replace(PART_TITLE, ""));
  const title = parts.length > 1 ? parts.join(" and ") : (titles[0] ?? "");
  const text = content !== "" ? content : title;
  return text === "" ? undefined : text.slice(0, MAX_CONTEXT);
}
