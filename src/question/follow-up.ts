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

/** The first "## " heading of a Components V2 message (its text displays, inside its containers). */
function v2Heading(components: readonly unknown[] | null | undefined, depth = 0): string | undefined {
  if (!Array.isArray(components) || depth > 3) return undefined;
  for (const c of components as Node[]) {
    if (typeof c?.content === "string") {
      const line = c.content.split("\n").find((l) => l.startsWith("## "));
      if (line) return line.slice(3);
    }
    const inner = v2Heading(c?.components as unknown[] | undefined, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** Longest context read: the question reading looks at 600 characters anyway. */
const MAX_CONTEXT = 600;

/** The text a follow-up takes its compounds and topic from, or undefined when there is none. */
export function contextOf(referenced: Referenced | null | undefined): string | undefined {
  if (!referenced) return undefined;
  const content = typeof referenced.content === "string" ? referenced.content.trim() : "";
  const title = referenced.embeds?.[0]?.title ?? v2Heading(referenced.components);
  const text = content !== "" ? content : typeof title === "string" ? title.trim() : "";
  return text === "" ? undefined : text.slice(0, MAX_CONTEXT);
}
