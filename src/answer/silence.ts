import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Compound, Dose, Knowledge, Subject } from "../knowledge/schema.js";
import { claimsAnswering, subjectById } from "../knowledge/subjects.js";
import type { Note } from "./types.js";

/**
 * What an answer says the sources do not say, computed from the claims' subjects: silent only when no claim
 * answers (or, for how much and how often, no dose figure); for side effects, whether any is named and that no
 * other is; for length of use, how far they go.
 */

/** A length of use: "for 4 weeks", "over 28 days", "38 days in a row" (not "a stroke within 3 months"). */
const LENGTH =
  /\b(?:for|over)\s+(\d+)\s*(days?|weeks?|months?|years?)\b|\b(\d+)\s*(days?|weeks?|months?|years?)\s+in a row\b|^(\d+)\s*(days?|weeks?|months?|years?)$/gi;
const OPEN_ENDED = /\b(chronic|long-term|over time|years)\b/i;
const DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

function textsOf(item: { quote: Claim["quote"]; duration?: string }): string[] {
  return [quoteText(item.quote), item.duration ?? ""];
}

/** The longest length of use written in these texts, as written ("12 weeks"), with its length in days. */
function longest(texts: readonly string[]): { text: string; days: number } | undefined {
  let best: { text: string; days: number } | undefined;
  for (const t of texts)
    for (const m of t.matchAll(LENGTH)) {
      const n = m[1] ?? m[3] ?? m[5];
      const word = m[2] ?? m[4] ?? m[6] ?? "";
      const days = Number(n) * (DAYS[word.toLowerCase().replace(/s$/, "")] ?? 0);
      if (!best || days > best.days) best = { text: `${n} ${word}`, days };
    }
  return best;
}

/** How far in time the sources go, when none speaks of chronic or open-ended use. */
export function lengthNote(knowledge: Knowledge, compound: Compound): Note | undefined {
  const onLongTerm = claimsAnswering(knowledge, compound, "long-term-use");
  if (onLongTerm.some((c) => OPEN_ENDED.test(quoteText(c.quote)))) return undefined;
  const all = longest([...compound.claims, ...compound.doses].flatMap(textsOf));
  if (!all) return undefined;
  const safety = longest(claimsAnswering(knowledge, compound, "safety").flatMap(textsOf));
  return { kind: "length", longest: all.text, safety: safety?.text };
}

/**
 * Whether a dose figure answers a subject: every one answers how much; one a source gives as a day's amount
 * ("10mg daily", "450 mg/day") also says how often it is taken.
 */
export function doseAnswers(dose: Dose, subjectId: string): boolean {
  return subjectId === "dose" || (subjectId === "frequency" && dose.per === "day");
}

/** The notes of silence for the subjects asked. */
export function silenceNotes(knowledge: Knowledge, compound: Compound, subjects: readonly Subject[]): Note[] {
  const notes: Note[] = [];
  const answered = (id: string) =>
    claimsAnswering(knowledge, compound, id).length > 0 || compound.doses.some((d) => doseAnswers(d, id));
  for (const subject of subjects) if (!answered(subject.id)) notes.push({ kind: "silent", subject });
  const ids = subjects.map((s) => s.id);
  if (ids.includes("safety") || ids.includes("side-effects")) {
    const named = claimsAnswering(knowledge, compound, "side-effects").length;
    notes.push(named > 0 ? { kind: "only-side-effects", count: named } : { kind: "no-side-effect" });
    // The safety subjects no claim answers, so that "safe?" never reads as "nothing against it".
    const gaps = ["long-term-use", "interactions", "pregnancy"]
      .filter((id) => !ids.includes(id) && !answered(id))
      .flatMap((id) => subjectById(knowledge, id) ?? []);
    if (gaps.length > 0) notes.push({ kind: "safety-gaps", subjects: gaps });
  }
  if (ids.includes("long-term-use") || ids.includes("safety")) {
    const length = lengthNote(knowledge, compound);
    if (length) notes.push(length);
  }
  return notes.filter((n) => !(n.kind === "silent" && n.subject.id === "side-effects"));
}
