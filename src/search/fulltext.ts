import MiniSearch from "minisearch";
import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Compound, Dose, Knowledge } from "../knowledge/schema.js";

/**
 * Full-text search over the whole knowledge: every claim's statement and verbatim quote, every dose's quote,
 * compound names and aliases, and source titles. MiniSearch ranks with BM25, takes prefixes and typos, and
 * weighs a hit in a compound's name above one in a statement, above one in a quote or a title. Built once
 * when the knowledge loads; a search reads the index only.
 */

/** What a hit points at: a claim or a dose, by its compound and its place in that compound's file. */
export type FullTextHit =
  | { kind: "claim"; compound: Compound; claim: Claim; score: number; terms: string[] }
  | { kind: "dose"; compound: Compound; dose: Dose; score: number; terms: string[] };

export type Passage =
  { kind: "claim"; compound: Compound; claim: Claim } | { kind: "dose"; compound: Compound; dose: Dose };

export interface FullTextIndex {
  readonly search: MiniSearch<Doc>;
  /** By document id; a replaced document's slot keeps its old target, never returned by a search. */
  readonly passages: readonly Passage[];
  /** Each compound's live document ids, for updating the index when a compound changes. */
  readonly byCompound: ReadonlyMap<string, readonly number[]>;
}

export interface Doc {
  id: number;
  compound: string;
  statement: string;
  quote: string;
  source: string;
}

/**
 * Words too common to rank by: "whether" is here so that "weather" is not read as a typo of it, and
 * "nootropic" because nearly every claim is about one.
 */
const STOP = new Set(
  "a an and are as at be been but by can could did do does for from had has have how i if in into is it its may might of on or so such than that the their them then there these they this to was were what when where whether which while who why will with would you your nootropic nootropics".split(
    " ",
  ),
);

export function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !STOP.has(t));
}

export const OPTIONS = {
  fields: ["compound", "statement", "quote", "source"],
  tokenize: searchTerms,
  processTerm: (term: string) => term,
  searchOptions: {
    boost: { compound: 3, statement: 2, quote: 1, source: 1 },
    prefix: (term: string) => term.length >= 4,
    fuzzy: (term: string) => (term.length >= 6 ? 0.2 : false),
    maxFuzzy: 1,
    combineWith: "OR" as const,
  },
};

/** The search documents of one compound, numbered from `firstId`, with what each points at. */
export function compoundDocs(
  compound: Compound,
  byId: ReadonlyMap<string, Compound>,
  titles: ReadonlyMap<string, string>,
  firstId: number,
): { docs: Doc[]; passages: Passage[] } {
  const names = (c: Compound | undefined) => (c ? [c.name, ...c.aliases].join(" ") : "");
  const docs: Doc[] = [];
  const passages: Passage[] = [];
  for (const claim of compound.claims) {
    docs.push({
      id: firstId + passages.length,
      compound: `${names(compound)} ${names(claim.with ? byId.get(claim.with) : undefined)}`,
      statement: claim.statement,
      quote: quoteText(claim.quote),
      source: titles.get(claim.source) ?? "",
    });
    passages.push({ kind: "claim", compound, claim });
  }
  for (const dose of compound.doses) {
    docs.push({
      id: firstId + passages.length,
      compound: names(compound),
      statement: `dose ${dose.purpose} ${dose.note ?? ""}`,
      quote: quoteText(dose.quote),
      source: titles.get(dose.source) ?? "",
    });
    passages.push({ kind: "dose", compound, dose });
  }
  return { docs, passages };
}

export const sourceTitles = (knowledge: Pick<Knowledge, "sources">) =>
  new Map(knowledge.sources.map((s) => [s.id, s.title]));

export function buildFullTextIndex(knowledge: Pick<Knowledge, "compounds" | "sources">): FullTextIndex {
  const titles = sourceTitles(knowledge);
  const byId = new Map(knowledge.compounds.map((c) => [c.id, c]));
  const passages: Passage[] = [];
  const docs: Doc[] = [];
  const byCompound = new Map<string, number[]>();
  for (const compound of knowledge.compounds) {
    const part = compoundDocs(compound, byId, titles, passages.length);
    byCompound.set(
      compound.id,
      part.docs.map((d) => d.id),
    );
    docs.push(...part.docs);
    passages.push(...part.passages);
  }
  const search = new MiniSearch<Doc>(OPTIONS);
  search.addAll(docs);
  return { search, passages, byCompound };
}

/** A hit scoring under this share of the best one is left out: it matched only a stray word. */
const RELATIVE_FLOOR = 0.25;

/** The claims and doses that best match the words, best first; none for words nothing matches. */
export function searchKnowledge(index: FullTextIndex, words: readonly string[], limit = 8): FullTextHit[] {
  const query = words.flatMap(searchTerms).slice(0, 12).join(" ");
  if (query === "") return [];
  // Typos are looked for only when the words as typed (or as the start of a word) match nothing.
  const exact = index.search.search(query, { fuzzy: false });
  const results = exact.length > 0 ? exact : index.search.search(query);
  const best = results[0]?.score ?? 0;
  return results
    .filter((r) => r.score >= best * RELATIVE_FLOOR)
    .slice(0, limit)
    .map((r) => ({ ...index.passages[r.id as number]!, score: r.score, terms: r.terms }));
}
