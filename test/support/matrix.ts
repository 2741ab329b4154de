import type { Claim, Compound, Dose, Knowledge, Subject } from "../../src/knowledge/schema.js";
import type { MessagePayload } from "../../src/reply/payload.js";
import { claimsAnswering } from "../../src/knowledge/subjects.js";

/**
 * The generated matrix of issue "every answer carries what its sources attach to it": questions for every
 * compound × every subject × several phrasings, and the checks (a)–(f) every answer must pass. The checks
 * read the text a member reads, not the planner's data, so they hold for any way of composing an answer.
 */

export interface Asked {
  text: string;
  compound: Compound;
  subject?: Subject;
  amount?: number;
}

const TEMPLATES = [
  (c: string, w: string) => `${c} ${w}`,
  (c: string, w: string) => `${w} ${c}?`,
  (c: string, w: string) => `what do the sources say about ${w} for ${c}`,
  (c: string, w: string) => `tell me about ${c} and ${w}`,
];

/** Every compound × every subject × up to 4 of its words × 4 phrasings, then amounts for every compound. */
export function matrixQuestions(knowledge: Knowledge): Asked[] {
  const out: Asked[] = [];
  for (const compound of knowledge.compounds) {
    const name = compound.name.toLowerCase();
    for (const subject of knowledge.subjects)
      for (const word of subject.words.slice(0, 4))
        for (const template of TEMPLATES) out.push({ text: template(name, word), compound, subject });
    const figures = compound.doses.flatMap((d) => [d.min, d.max ?? d.min * 3]);
    const amounts = new Set([1, 50, 100, 2000, ...figures, ...figures.map((f) => f * 10)]);
    for (const amount of amounts) {
      out.push({ text: `is ${amount}mg ${name} ok`, compound, amount });
      out.push({ text: `${name} ${amount} mg dose?`, compound, amount });
    }
  }
  return out;
}

/** The answer's text with markdown escapes removed, so our statements can be found in it. */
export function plain(text: string): string {
  return text.replace(/\\([\\*_~`|>#[\]()-])/g, "$1");
}

/** A reply's embeds as one text a member reads (titles, descriptions, fields), without markdown escapes. */
export function embedsText(payload: Pick<MessagePayload, "embeds">): string {
  return plain(
    payload.embeds
      .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])
      .join("\n"),
  );
}

/** A claim counts as shown when the start of its statement is in the answer. */
const marker = (claim: Claim) => claim.statement.slice(0, 60);
export const isShown = (text: string, claim: Claim) => text.includes(marker(claim));

const qualifiersOf = (knowledge: Knowledge, compound: Compound, claim: Claim): Claim[] =>
  compound.claims.filter(
    (q) =>
      q !== claim &&
      ((claim.id !== undefined && q.qualifies?.claims?.includes(claim.id)) ||
        (q.qualifies?.subjects ?? []).some((s) => claimsAnswering(knowledge, compound, s).includes(claim))),
  );

/** (a) every shown claim's qualifying caveats are shown. */
export function missingQualifiers(knowledge: Knowledge, text: string): string[] {
  return knowledge.compounds.flatMap((compound) =>
    compound.claims
      .filter((c) => isShown(text, c))
      .flatMap((c) =>
        qualifiersOf(knowledge, compound, c)
          .filter((q) => !isShown(text, q))
          .map((q) => `${compound.id}: "${marker(c)}" shown without its qualifier "${marker(q)}"`),
      ),
  );
}

/** (b) every side of a touched disagreement is shown. */
export function missingSides(knowledge: Knowledge, text: string): string[] {
  return knowledge.compounds.flatMap((compound) =>
    compound.disagreements.flatMap((d) => {
      const sides = d.sides.map((id) => compound.claims.find((c) => c.id === id)!);
      // A claim that quotes a side's words (the same sentence, quoted again for a comparison) touches it too.
      const runs = (c: Claim) => [c.quote].flat();
      const quotesSide = (c: Claim) =>
        sides.some((s) => s.source === c.source && runs(s).every((r) => runs(c).some((q) => q.includes(r))));
      const touching = compound.claims.filter((c) => !sides.includes(c) && quotesSide(c));
      if (![...sides, ...touching].some((s) => isShown(text, s))) return [];
      return sides
        .filter((s) => !isShown(text, s))
        .map((s) => `${compound.id}: "${d.about}" without "${marker(s)}"`);
    }),
  );
}

/**
 * What a sentence of silence says the sources are silent on: the subjects' labels, and the older wordings
 * ("cycling and tolerance", "the evidence", "The sources report no effects").
 */
function silencesIn(
  knowledge: Knowledge,
  text: string,
): { compound: Compound; subjects: string[]; sentence: string }[] {
  const out: { compound: Compound; subjects: string[]; sentence: string }[] = [];
  const older: Record<string, string[]> = {
    "cycling and tolerance": ["tolerance-dependence"],
    "the evidence": ["efficacy"],
    "side effects and safety": ["safety", "side-effects"],
    "half-life and duration": ["pharmacokinetics"],
  };
  for (const compound of knowledge.compounds) {
    const labels = [...knowledge.subjects.map((s) => [s.label, [s.id]] as const), ...Object.entries(older)];
    for (const [label, ids] of labels) {
      const sentence = `The sources say nothing about ${label} for ${compound.name}`;
      if (text.includes(sentence)) out.push({ compound, subjects: [...ids], sentence });
    }
  }
  return out;
}

/** (c) no silence sentence contradicts a claim that answers that subject. */
export function falseSilences(knowledge: Knowledge, text: string, asked?: Compound): string[] {
  const found = silencesIn(knowledge, text).flatMap(({ compound, subjects, sentence }) =>
    subjects.some((s) => claimsAnswering(knowledge, compound, s).length > 0) ? [sentence] : [],
  );
  if (
    asked &&
    text.includes("The sources report no effects") &&
    claimsAnswering(knowledge, asked, "effect").length > 0
  )
    found.push(`${asked.id}: "The sources report no effects"`);
  return found;
}

/**
 * (d) no list is cut without "…and N more": no field was dropped to fit Discord ("Not shown"), and when
 * fewer of the claims answering the one subject asked are shown than exist, the answer says how many more.
 */
export function silentCuts(knowledge: Knowledge, text: string, asked?: Asked): string[] {
  const out: string[] = [];
  if (/\nNot shown\n/.test(`\n${text}\n`)) out.push("a field was dropped to fit (Not shown)");
  if (asked?.subject && !asked.amount) {
    const answering = claimsAnswering(knowledge, asked.compound, asked.subject.id);
    const shown = answering.filter((c) => isShown(text, c)).length;
    const topicShown = shown > 0;
    if (topicShown && shown < answering.length && !/…and \d+ more/.test(text))
      out.push(`${shown} of ${answering.length} ${asked.subject.id} claims shown, with no "…and N more"`);
  }
  return out;
}

/** (e) no amount is "within" an open or exceeded figure, and an amount above a bounded figure says so. */
export function amountProblems(text: string, compound: Compound, amount: number): string[] {
  const out: string[] = [];
  const mg = compound.doses.filter((d) => d.unit === "mg");
  const inside = mg.filter((d) => d.max !== undefined && d.min <= amount && amount <= d.max);
  if (/\bis within\b/.test(text) && inside.length === 0)
    out.push(`${amount} mg called "within", though no bounded figure contains it`);
  const exceeded = mg.filter((d): d is Dose & { max: number } => d.max !== undefined && amount > d.max);
  if (exceeded.length > 0 && !/×|\babove\b/.test(text))
    out.push(
      `${amount} mg is above ${exceeded.map((d) => d.max).join(", ")} mg, and the answer does not say by how much`,
    );
  return out;
}

/** (f) safety and efficacy answers include the sceptical verdict where the knowledge has one. */
export function missingVerdicts(knowledge: Knowledge, text: string, asked: Asked): string[] {
  const id = asked.subject?.id;
  const via =
    id === "efficacy" ? "efficacy" : id === "safety" || id === "side-effects" ? "safety" : undefined;
  if (!via) return [];
  return claimsAnswering(knowledge, asked.compound, via)
    .filter((c) => c.verdict && !isShown(text, c))
    .map((c) => `verdict "${marker(c)}" missing`);
}
