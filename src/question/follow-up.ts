/**
 * What a follow-up refers to: the message it replies to, as Discord sends it (a member's message, or one
 * of the bot's answers, whose first embed title names the compound and topic, "Noopept: dose"). Pure.
 */

export interface Referenced {
  content?: string | null;
  embeds?: readonly { title?: string | null }[] | null;
}

/** Longest context read: the question reading looks at 600 characters anyway. */
const MAX_CONTEXT = 600;

/** The text a follow-up takes its compounds and topic from, or undefined when there is none. */
export function contextOf(referenced: Referenced | null | undefined): string | undefined {
  if (!referenced) return undefined;
  const content = typeof referenced.content === "string" ? referenced.content.trim() : "";
  const title = referenced.embeds?.[0]?.title;
  const text = content !== "" ? content : typeof title === "string" ? title.trim() : "";
  return text === "" ? undefined : text.slice(0, MAX_CONTEXT);
}
