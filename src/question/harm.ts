// Its own leaf, so that reading a question (understand) and planning its answer (src/answer) share it.
const CAUSE =
  /\b(?:cause|causes|causing|give you|gives you|give me|make you|makes you|make me|lead to|leads to|trigger|triggers)\s+(?:any\s+|a\s+|an\s+|you\s+|me\s+)?([\p{L}-]{3,})(?:\s+([\p{L}-]{3,}))?/iu;
const NOT_A_HARM = new Set(["side", "effects", "problems", "issues", "anything", "harm", "damage"]);

/** Harms asked in everyday words rather than by name: "does it keep you up at night" asks about insomnia. */
const SAID_OTHERWISE: readonly [RegExp, string][] = [
  [
    /\b(?:keeps?|kept|keeping)\s+(?:me|you|people|them|him|her)\s+(?:up|awake)\b|\bup (?:all|at) night\b|\b(?:can'?t|cannot|couldn'?t|unable to|trouble|hard to|difficulty)\s+(?:sleep|sleeping|fall(?:ing)? asleep)\b/iu,
    "insomnia",
  ],
];

/** "can noopept cause headaches" → "headaches": a harm asked about as something the compound may cause. */
export function harmAsked(text: string): string | undefined {
  return harmPhrase(text)?.harm;
}

/** The harm asked and the words that ask it ("keep you awake"): those words ask no goal of their own. */
export function harmPhrase(text: string): { harm: string; words: string; otherwise?: true } | undefined {
  const asked = text.slice(0, 600);
  const m = CAUSE.exec(asked);
  const word = m?.[1]?.toLowerCase();
  if (m && word && !NOT_A_HARM.has(word)) return { harm: word, words: m[0].toLowerCase() };
  for (const [pattern, harm] of SAID_OTHERWISE) {
    const said = pattern.exec(asked);
    if (said) return { harm, words: said[0].toLowerCase(), otherwise: true };
  }
  return undefined;
}
