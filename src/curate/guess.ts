import type { Dose, Evidence, Topic } from "../knowledge/schema.js";

/** What the draft verb guesses from a sentence and its neighbours; the curator confirms or corrects it. */

const EVIDENCE_CUES: readonly [Evidence, RegExp][] = [
  [
    "personal-experience",
    /\b(I (found|felt|noticed|took|tried|take|use|used|have|had|experienced)|my own|in my experience)\b/i,
  ],
  ["cell-study", /\b(cells?|in vitro|cultured?|test tubes?)\b/i],
  ["animal-study", /\b(rats?|mice|mouse|animals?|rodents?|snails?|monkeys?|dogs?|in vivo)\b/i],
  [
    "human-trial",
    /\b(trials?|patients|placebo|participants|volunteers|randomi[sz]ed|double-blind|subjects)\b/i,
  ],
];
/** A footnote glued to the end ("effects.3"), a number in brackets or parentheses, or "et al.". */
const CITATION = /([.!?]["')]?\d{1,3}$)|(\[\d{1,3}\])|(\(\d{1,3}(,\s*\d{1,3})*\))|\bet al\b/;

export interface EvidenceGuess {
  evidence: Evidence;
  /** The words that gave it away, and whether they were in a neighbouring sentence. */
  why: string;
}

function cue(text: string): { evidence: Evidence; word: string } | undefined {
  for (const [evidence, pattern] of EVIDENCE_CUES) {
    const m = pattern.exec(text);
    if (m) return { evidence, word: m[0] };
  }
  return undefined;
}

const FIRST_PERSON = /\b(I|me|my|mine|myself)\b/i;

/**
 * The evidence kind: the sentence's own cues first, then a footnote, then the sentences either side (a
 * neighbour's "I found" only for a sentence that is in the first person too).
 */
export function guessEvidence(sentence: string, raw: string, before = "", after = ""): EvidenceGuess {
  const own = cue(sentence);
  if (own) return { evidence: own.evidence, why: `"${own.word}"` };
  if (CITATION.test(raw)) return { evidence: "cited-study", why: "a footnote or citation" };
  const next = (text: string) => {
    const found = cue(text);
    return found?.evidence === "personal-experience" && !FIRST_PERSON.test(sentence) ? undefined : found;
  };
  const near = next(before) ?? next(after);
  if (near) return { evidence: near.evidence, why: `"${near.word}" in the sentence next to it` };
  return { evidence: "none-given", why: "no study, trial or experience named" };
}

const TOPIC_CUES: readonly [Topic, RegExp][] = [
  ["side-effect", /\b(side effects?|headaches?|nausea|upset|insomnia|irritab\w+|adverse)\b/i],
  ["caution", /\b(pregnan\w*|breastfeed\w*|long-term|safety|unsafe|unknown|avoid|warning|interact\w*)\b/i],
  [
    "evidence",
    /\b(small|larger studies|not (been )?confirmed|no (firm|good) evidence|more research|evidence)\b/i,
  ],
  ["mechanism", /\b(receptors?|acts? on|mechanism|levels of|acetylcholine|glutamate|modulat\w+)\b/i],
  ["history", /\b(first (made|developed|synthesi[sz]ed)|discovered|history|invented|in the (19|20)\d\ds)\b/i],
  ["legal-status", /\b(legal|prescription|FDA|approved|regulated)\b/i],
  ["stack", /\b(stack\w*|combined? with|together with|choline source)\b/i],
  ["comparison", /\b(compared (to|with)|stronger than|weaker than|than piracetam)\b/i],
];

export function guessTopic(sentence: string): Topic {
  return TOPIC_CUES.find(([, p]) => p.test(sentence))?.[0] ?? "effect";
}

const POPULATION =
  /\b((?:(?:elderly|older|young|healthy|adult|post-stroke|pregnant)\s+)*(?:patients|adults|children|adolescents|volunteers|women|men|students|people)(?:\s+with\s+[a-z-]+(?:\s+[a-z-]+){0,2})?)(?=[\s,.;:]|$)/i;
const ANIMALS = /\b(rats|mice|snails|monkeys|dogs|rodents)\b/i;

/** Who the sentence is about, when it names a group: "elderly patients with mild dementia", "rats". */
export function guessPopulation(sentence: string, evidence: Evidence): string | undefined {
  if (evidence === "animal-study") return ANIMALS.exec(sentence)?.[1]?.toLowerCase();
  const m = POPULATION.exec(sentence)?.[1];
  if (!m || /^(people|some people|adults)$/i.test(m)) return undefined;
  return m.toLowerCase().replace(/\s+(for|who|and|was|were|had)$/, "");
}

export type DoseDraft = Pick<Dose, "min" | "unit" | "per" | "route"> & { max?: number };

const AMOUNT = /(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*)?(mg\/kg|mg)\b/i;

/** A dose's figures when the sentence gives an amount in mg; per and route "unspecified" when it does not say. */
export function guessDose(sentence: string): DoseDraft | undefined {
  const m = AMOUNT.exec(sentence);
  if (!m) return undefined;
  const min = Number(m[1]);
  const open = /\b(more than|over|at least|above|up from)\s*$/i.test(sentence.slice(0, m.index));
  const max = m[2] !== undefined ? Number(m[2]) : open ? undefined : min;
  const per: Dose["per"] = /\b(twice|three times|\d+ times) (a|per) day\b|\bper dose\b|\beach dose\b/i.test(
    sentence,
  )
    ? "dose"
    : /\b(a|per) day\b|\bdaily\b|\/day\b/i.test(sentence)
      ? "day"
      : "unspecified";
  const route: Dose["route"] = /\b(sublingual\w*|under the tongue)\b/i.test(sentence)
    ? "sublingual"
    : /\b(by mouth|orally|oral|swallow\w*|capsules?|tablets?)\b/i.test(sentence)
      ? "oral"
      : "unspecified";
  return {
    min,
    ...(max !== undefined ? { max } : {}),
    unit: m[3]!.toLowerCase() as Dose["unit"],
    per,
    route,
  };
}
