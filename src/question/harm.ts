// Its own leaf, so that reading a question (understand) and planning its answer (src/answer) share it.
const CAUSE =
  /\b(?:cause|causes|causing|give you|gives you|give me|make you|makes you|make me|lead to|leads to|trigger|triggers)\s+(?:any\s+|a\s+|an\s+|you\s+|me\s+)?([\p{L}-]{3,})(?:\s+([\p{L}-]{3,}))?/iu;
const NOT_A_HARM = new Set(["side", "effects", "problems", "issues", "anything", "harm", "damage"]);

/** "can noopept cause headaches" → "headaches": a harm asked about as something the compound may cause. */
export function harmAsked(text: string): string | undefined {
  const m = CAUSE.exec(text.slice(0, 600));
  const word = m?.[1]?.toLowerCase();
  return word && !NOT_A_HARM.has(word) ? word : undefined;
}
