import { quoteParts } from "./quotes.js";
import type { Claim, Compound, Dose, Knowledge } from "./schema.js";

/**
 * Rules that keep our own words no stronger than the quote under them. Each returns problems naming the
 * file and the claim, like every other knowledge check.
 */

/** Words by which a source hedges or reports a claim rather than asserting it. */
const QUOTE_HEDGE =
  /\b(may|might|appears?|appeared|seems?|seemed|suggests?|suggested|suggesting|claimed|claims?|probably|possibly|speculative|hypothesi[sz]ed|believe[sd]?|preliminary|potential|promising|indicated|imply|implied)\b/i;

/** Words by which our statement hedges, or says who is speaking, or that the point is unsettled. */
const STATEMENT_HEDGE =
  /\b(may|might|appears?|seems?|suggests?|suggested|claim(s|ed)?|said|says|say|reported|reports?|according|reviewer|source|study|studies|trial|researchers|believe[sd]?|probably|possibly|speculative|hypothes\w+|unconfirmed|not confirmed|unclear|uncertain|questionable|not (yet )?(fully )?understood|users?|some|promotional|preliminary|potential|promising|could)\b/i;

/** The statement must say an animal or cell result is one. */
const CONTEXT_WORDS: Partial<Record<Claim["evidence"], RegExp>> = {
  "animal-study": /\b(rats?|mice|mouse|animals?|snails?|rodents?)\b/i,
  "cell-study": /\b(cells?|in vitro)\b/i,
};

/**
 * Words by which a safety claim speaks to long-term or repeated use (a length of use counts: "for 4 weeks");
 * such a claim must say so in `subjects`, so that the bot never says the sources are silent on it.
 */
const LONG_TERM =
  /\b(chronic|long-term|tolerance|over time|downregulat\w*|cycle|cycling|repeated|daily use|for (up to |at least )?\d+\s*(days?|weeks?|months?|years?)|\d+-(day|week|month|year))\b/i;
const SAFETY_TOPICS: readonly Claim["topic"][] = ["caution", "side-effect", "cycling", "evidence"];

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
/** "1,000" and "1000" alike; "10-30" gives 10 and 30. */
const numbers = (text: string) =>
  [...text.matchAll(/(?<![\p{L}\d])\d+(,\d{3})*(\.\d+)?/gu)].map((m) => m[0].replace(/,/g, ""));

export function quoteHedges(claim: Pick<Claim, "quote">): string | undefined {
  for (const part of quoteParts(claim.quote)) {
    const m = QUOTE_HEDGE.exec(part);
    if (m) return m[0];
  }
  return undefined;
}

export function statementHedges(statement: string): boolean {
  return STATEMENT_HEDGE.test(statement);
}

/** Every name a compound goes by, folded for a containment test. */
function namesOf(compound: Compound): string[] {
  return [compound.name, compound.id, ...compound.aliases].map(fold).filter(Boolean);
}

function mentions(statement: string, compound: Compound): boolean {
  const s = ` ${fold(statement)} `;
  return namesOf(compound).some((n) => s.includes(` ${n} `));
}

function claimProblems(knowledge: Knowledge, compound: Compound, claim: Claim, where: string): string[] {
  const problems: string[] = [];
  const hedge = quoteHedges(claim);
  if (hedge && !statementHedges(claim.statement)) {
    problems.push(
      `${where}: the quote hedges ("${hedge}") but the statement "${claim.statement}" neither hedges nor says who claims it`,
    );
  }
  const longTerm = quoteParts(claim.quote).join(" ").match(LONG_TERM);
  if (longTerm && SAFETY_TOPICS.includes(claim.topic) && !claim.subjects?.includes("long-term-use")) {
    problems.push(
      `${where}.subjects: the quote speaks to long-term use ("${longTerm[0]}"), so the claim must list long-term-use, or the bot would call the sources silent on it`,
    );
  }
  const context = CONTEXT_WORDS[claim.evidence];
  if (context && !context.test(claim.statement)) {
    problems.push(
      `${where}: an ${claim.evidence} result must say so in its statement ("in rats", "in a cell study"): "${claim.statement}"`,
    );
  }
  if (claim.population && !` ${fold(claim.statement)} `.includes(` ${fold(claim.population)} `)) {
    problems.push(`${where}.population: the statement must name the population '${claim.population}'`);
  }
  const quoted = new Set(numbers(quoteParts(claim.quote).join(" ")));
  for (const n of new Set(numbers(claim.statement))) {
    if (!quoted.has(n)) problems.push(`${where}: the statement gives ${n}, which its quote does not`);
  }
  if (claim.with !== undefined) {
    const partner = knowledge.compounds.find((c) => c.id === claim.with);
    if (partner && !(mentions(claim.statement, compound) && mentions(claim.statement, partner))) {
      problems.push(
        `${where}: a linking claim is shown on both cards, so its statement must name ${compound.name} and ${partner.name}`,
      );
    }
  }
  return problems;
}

function doseProblems(dose: Dose, where: string): string[] {
  const problems: string[] = [];
  if (dose.evidence === "animal-study" || dose.evidence === "cell-study") {
    problems.push(
      `${where}: an ${dose.evidence} dose is not a dose for people; give it as a claim that says so`,
    );
  }
  const quoted = new Set(numbers(quoteParts(dose.quote).join(" ")));
  for (const field of ["purpose", "duration", "note"] as const) {
    for (const n of new Set(numbers(dose[field] ?? ""))) {
      if (!quoted.has(n)) problems.push(`${where}.${field}: gives ${n}, which the dose's quote does not`);
    }
  }
  const hedge = quoteHedges(dose);
  if (hedge && dose.note && !statementHedges(dose.note)) {
    problems.push(
      `${where}.note: the quote hedges ("${hedge}") but the note "${dose.note}" neither hedges nor says who claims it`,
    );
  }
  return problems;
}

function disagreementProblems(compound: Compound, file: string): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  compound.claims.forEach((c, i) => {
    if (c.id === undefined) return;
    if (ids.has(c.id)) problems.push(`${file}: claims[${i}].id: duplicate claim id '${c.id}'`);
    ids.set(c.id, i);
  });
  compound.disagreements.forEach((d, i) => {
    d.sides.forEach((side, j) => {
      if (!ids.has(side))
        problems.push(`${file}: disagreements[${i}].sides[${j}]: no claim with id '${side}'`);
    });
    if (new Set(d.sides).size !== d.sides.length)
      problems.push(`${file}: disagreements[${i}].sides: a claim is listed twice`);
  });
  return problems;
}

/** The faithfulness rules over every compound: hedges, context, numbers, linking names, disagreements. */
export function faithfulnessProblems(knowledge: Knowledge): string[] {
  const problems: string[] = [];
  for (const compound of knowledge.compounds) {
    const file = knowledge.files.get(compound.id) ?? compound.id;
    compound.claims.forEach((claim, i) =>
      problems.push(...claimProblems(knowledge, compound, claim, `${file}: claims[${i}]`)),
    );
    compound.doses.forEach((dose, i) => problems.push(...doseProblems(dose, `${file}: doses[${i}]`)));
    problems.push(...disagreementProblems(compound, file));
  }
  return problems;
}
