import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Compound, Knowledge, Topic } from "../knowledge/schema.js";
import { searchTerms } from "./terms.js";
import { runWhole, type Sliced } from "../slices.js";

/**
 * Ranks the claims of the compounds a question names by how well their words (statement and verbatim
 * quote) answer the question's words: each word weighs by how rare it is among the compound's claims (idf), a word's
 * forms and synonyms from the lexicon count for half, and a claim on a topic the question asks about gets a
 * boost (a boost, never a filter, so a specific fact on another topic is still found). Only the named
 * compounds' claims are scored, so the cost does not grow with the size of the knowledge.
 */

interface Entry {
  claim: Claim;
  terms: ReadonlySet<string>;
}

/** One compound's claims with their terms, and how rare each term is among them (idf). */
interface CompoundTerms {
  entries: readonly Entry[];
  idf: ReadonlyMap<string, number>;
}

export interface RelevanceIndex {
  /** Filled the first time a compound is asked about: nothing is tokenised at load, whatever the size. */
  readonly byCompound: Map<Compound, CompoundTerms>;
  /** Words of compound names and aliases: never ranked by (every claim of a compound is about it). */
  readonly nameWords: ReadonlySet<string>;
}

export interface Ranked {
  compound: Compound;
  claim: Claim;
  score: number;
  /** The question's words this claim matched, directly or through a form or synonym. */
  matched: string[];
}

/** A word's stem: plural, -ing and -ed endings dropped, so "tested", "tests" and "test" agree. */
export function stem(term: string): string {
  if (term.length > 5 && term.endsWith("ing")) return term.slice(0, -3);
  if (term.length > 4 && term.endsWith("ied")) return `${term.slice(0, -3)}y`;
  if (term.length > 4 && term.endsWith("ies")) return `${term.slice(0, -3)}y`;
  if (term.length > 4 && term.endsWith("ed")) return term.slice(0, -2);
  if (term.length > 3 && term.endsWith("s") && !term.endsWith("ss")) return term.slice(0, -1);
  return term;
}

function termsOf(text: string): Set<string> {
  return new Set(searchTerms(text).map(stem));
}

export function buildRelevanceIndex(
  knowledge: Pick<Knowledge, "compounds">,
  /** The index of the knowledge before a reload: the terms of compounds that did not change are kept. */
  previous?: RelevanceIndex,
): RelevanceIndex {
  return runWhole(relevanceIndexBuild(knowledge, previous));
}

/** buildRelevanceIndex as sliced work: it yields every few dozen compounds. */
export function* relevanceIndexBuild(
  knowledge: Pick<Knowledge, "compounds">,
  previous?: RelevanceIndex,
): Sliced<RelevanceIndex> {
  const byCompound = new Map<Compound, CompoundTerms>();
  const nameWords = new Set<string>();
  for (const [i, compound] of knowledge.compounds.entries()) {
    if (i % 64 === 63) yield;
    const known = previous?.byCompound.get(compound);
    if (known) byCompound.set(compound, known);
    for (const name of [compound.name, compound.id, ...compound.aliases])
      for (const term of searchTerms(name)) nameWords.add(stem(term));
  }
  return { byCompound, nameWords };
}

/**
 * A compound's claim terms, built on first use and kept (bounded by the knowledge). A word weighs by how
 * rare it is among that compound's own claims: what tells its claims apart is what ranks them.
 */
function termsOfCompound(index: RelevanceIndex, compound: Compound): CompoundTerms {
  const known = index.byCompound.get(compound);
  if (known) return known;
  const entries = compound.claims.map((claim) => ({
    claim,
    terms: termsOf(`${claim.statement} ${quoteText(claim.quote)}`),
  }));
  const df = new Map<string, number>();
  for (const e of entries) for (const t of e.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + entries.length / n));
  const built = { entries, idf };
  index.byCompound.set(compound, built);
  return built;
}

/** How much a claim on an asked topic gains: about one rare word's worth. */
const TOPIC_BOOST = 1.5;
const RELATED_WEIGHT = 0.5;

export interface RankQuery {
  /** The question's words, as read (translated). */
  words: readonly string[];
  /** Claim topics the question asks about. */
  topics?: readonly Topic[];
  /** Word -> its forms and synonyms. */
  related?: ReadonlyMap<string, readonly string[]>;
}

/** The query's terms, each with its stems and its related stems (names and function words dropped). */
export function queryTerms(
  index: RelevanceIndex,
  query: RankQuery,
): { term: string; direct: string; related: string[] }[] {
  const seen = new Set<string>();
  return query.words.flatMap(searchTerms).flatMap((word) => {
    const direct = stem(word);
    if (seen.has(direct) || index.nameWords.has(direct)) return [];
    seen.add(direct);
    const related = (query.related?.get(word) ?? query.related?.get(direct) ?? [])
      .flatMap(searchTerms)
      .map(stem)
      .filter((r) => r !== direct);
    return [{ term: word, direct, related: [...new Set(related)] }];
  });
}

/** The claims of the compounds, best answer first; ties keep the knowledge's order. */
export function rankClaims(
  index: RelevanceIndex,
  compounds: readonly Compound[],
  query: RankQuery,
): Ranked[] {
  const terms = queryTerms(index, query);
  const topics = new Set(query.topics ?? []);
  const out: Ranked[] = [];
  for (const compound of compounds) {
    const { entries, idf } = termsOfCompound(index, compound);
    for (const { claim, terms: has } of entries) {
      let score = topics.has(claim.topic) ? TOPIC_BOOST : 0;
      const matched: string[] = [];
      for (const t of terms) {
        const direct = has.has(t.direct) ? (idf.get(t.direct) ?? 0) : 0;
        let best = direct;
        for (const r of t.related) if (has.has(r)) best = Math.max(best, RELATED_WEIGHT * (idf.get(r) ?? 0));
        if (best > 0) {
          score += best;
          matched.push(t.term);
        }
      }
      out.push({ compound, claim, score, matched });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}
