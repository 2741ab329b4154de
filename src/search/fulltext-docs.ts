import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Compound, Dose, Knowledge } from "../knowledge/schema.js";
import { searchTerms } from "./terms.js";

/**
 * The documents of the full-text index and the weight of each of their words. A document is a claim (its
 * compound's names and those of the compound it is taken with, statement, verbatim quote, source title) or
 * a dose (names, purpose and note, quote, title). A word's weight in a document is BM25's term-frequency
 * part summed over the fields it occurs in, a hit in a name counting three times one in a quote or title,
 * one in a statement twice. Field lengths are measured against fixed typical lengths, not the average of
 * the other documents, so a document's weights depend on that document alone: the index can be updated
 * compound by compound and still equal a fresh build.
 */

export type Passage =
  { kind: "claim"; compound: Compound; claim: Claim } | { kind: "dose"; compound: Compound; dose: Dose };

const FIELDS = ["compound", "statement", "quote", "source"] as const;
const BOOST = { compound: 3, statement: 2, quote: 1, source: 1 };
/** Typical lengths in words of each field (about the averages of today's knowledge). */
const TYPICAL = { compound: 4, statement: 12, quote: 30, source: 9 };
/** BM25+ with MiniSearch's defaults. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

type Fields = Record<(typeof FIELDS)[number], string>;

/** The documents of one compound, in index order (its claims, then its doses), with what each points at. */
export function compoundDocs(
  compound: Compound,
  byId: ReadonlyMap<string, Compound>,
  titles: ReadonlyMap<string, string>,
): { passage: Passage; fields: Fields }[] {
  const names = (c: Compound | undefined) => (c ? [c.name, ...c.aliases].join(" ") : "");
  return [
    ...compound.claims.map((claim) => ({
      passage: { kind: "claim" as const, compound, claim },
      fields: {
        compound: `${names(compound)} ${names(claim.with ? byId.get(claim.with) : undefined)}`,
        statement: claim.statement,
        quote: quoteText(claim.quote),
        source: titles.get(claim.source) ?? "",
      },
    })),
    ...compound.doses.map((dose) => ({
      passage: { kind: "dose" as const, compound, dose },
      fields: {
        compound: names(compound),
        statement: `dose ${dose.purpose} ${dose.note ?? ""}`,
        quote: quoteText(dose.quote),
        source: titles.get(dose.source) ?? "",
      },
    })),
  ];
}

/** Each word of a document with its weight (rounded to the 32-bit float the index stores). */
export function docWeights(fields: Fields): Map<string, number> {
  const weights = new Map<string, number>();
  for (const field of FIELDS) {
    const terms = searchTerms(fields[field]);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const norm = K * (1 - B + (B * terms.length) / TYPICAL[field]);
    for (const [t, n] of tf)
      weights.set(t, (weights.get(t) ?? 0) + BOOST[field] * (D + (n * (K + 1)) / (n + norm)));
  }
  for (const [t, w] of weights) weights.set(t, Math.fround(w));
  return weights;
}

export const sourceTitles = (knowledge: Pick<Knowledge, "sources">) =>
  new Map(knowledge.sources.map((s) => [s.id, s.title]));

/** What each document points at, in index order: a built index numbers its documents this way. */
export function passagesOf(knowledge: Pick<Knowledge, "compounds">): {
  passages: Passage[];
  byCompound: Map<string, number[]>;
} {
  const passages: Passage[] = [];
  const byCompound = new Map<string, number[]>();
  for (const compound of knowledge.compounds) {
    const ids: number[] = [];
    for (const claim of compound.claims) {
      ids.push(passages.length);
      passages.push({ kind: "claim", compound, claim });
    }
    for (const dose of compound.doses) {
      ids.push(passages.length);
      passages.push({ kind: "dose", compound, dose });
    }
    byCompound.set(compound.id, ids);
  }
  return { passages, byCompound };
}
