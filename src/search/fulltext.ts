import type { Claim, Compound, Dose, Knowledge } from "../knowledge/schema.js";
import { compoundDocs, docWeights, sourceTitles, type Passage } from "./fulltext-docs.js";
import {
  sortedPostings,
  vocabularyBuild,
  wordsOneEditFrom,
  wordsStartingWith,
  type Postings,
  type Vocabulary,
} from "./fulltext-terms.js";
import { searchTerms } from "./terms.js";
import { runWhole, type Sliced } from "../slices.js";

/**
 * Full-text search over the whole knowledge (our own small inverted index): every claim's statement and
 * verbatim quote, every dose's quote, compound names and aliases, and source titles, ranked by BM25 with a
 * hit in a name above one in a statement, above one in a quote or title; it takes prefixes and, when the
 * words as typed match nothing, typos. A search reads the strongest HEAD documents of the lists of at most
 * 12 words and their closest forms, so its work does not grow with the size of the knowledge. Built when
 * the knowledge loads, or loaded serialised (fulltext-file.ts); a search reads the index only.
 */

export type { Passage } from "./fulltext-docs.js";

/** What a hit points at: a claim or a dose, by its compound and its place in that compound's file. */
export type FullTextHit =
  | { kind: "claim"; compound: Compound; claim: Claim; score: number; terms: string[] }
  | { kind: "dose"; compound: Compound; dose: Dose; score: number; terms: string[] };

export interface FullTextIndex {
  /** By document id; a replaced document's slot keeps its old passage, never returned by a search. */
  readonly passages: readonly Passage[];
  /** Each compound's live document ids, for updating the index when a compound changes. */
  readonly byCompound: ReadonlyMap<string, readonly number[]>;
  /** Each word's documents, strongest first. */
  readonly postings: ReadonlyMap<string, Postings>;
  readonly vocabulary: Vocabulary;
  /** How many documents are live (what a word's rarity is measured against). */
  readonly live: number;
}

export function buildFullTextIndex(knowledge: Pick<Knowledge, "compounds" | "sources">): FullTextIndex {
  return runWhole(fullTextBuild(knowledge));
}

/** buildFullTextIndex as sliced work: it yields after each compound and every few lists. */
export function* fullTextBuild(knowledge: Pick<Knowledge, "compounds" | "sources">): Sliced<FullTextIndex> {
  const titles = sourceTitles(knowledge);
  const byId = new Map(knowledge.compounds.map((c) => [c.id, c]));
  const passages: Passage[] = [];
  const byCompound = new Map<string, number[]>();
  const lists = new Map<string, { docs: number[]; weights: number[] }>();
  for (const compound of knowledge.compounds) {
    const ids: number[] = [];
    for (const { passage, fields } of compoundDocs(compound, byId, titles)) {
      const id = passages.length;
      ids.push(id);
      passages.push(passage);
      for (const [term, weight] of docWeights(fields)) {
        const list = lists.get(term);
        if (list) {
          list.docs.push(id);
          list.weights.push(weight);
        } else lists.set(term, { docs: [id], weights: [weight] });
      }
    }
    byCompound.set(compound.id, ids);
    yield;
  }
  const postings = new Map<string, Postings>();
  let size = 0;
  for (const [term, list] of lists) {
    postings.set(term, sortedPostings(list.docs, list.weights));
    size += list.docs.length;
    if (size >= 2000) {
      size = 0;
      yield;
    }
  }
  return {
    passages,
    byCompound,
    postings,
    vocabulary: yield* vocabularyBuild(postings.keys()),
    live: passages.length,
  };
}

/** How many documents of each word's list a search reads: its strongest. */
const HEAD = 256;
/** A hit scoring under this share of the best one is left out: it matched only a stray word. */
const RELATIVE_FLOOR = 0.25;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

interface Found {
  score: number;
  queryTerms: Set<string>;
  terms: Set<string>;
}

/** The words a query word stands for, with how much each counts. */
function expansions(index: FullTextIndex, word: string, typos: boolean): [string, number][] {
  const out: [string, number][] = [[word, 1]];
  if (word.length >= 4)
    for (const w of wordsStartingWith(index.vocabulary, word))
      out.push([w, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (w.length - word.length))]);
  if (typos && word.length >= 6) {
    const seen = new Set(out.map(([w]) => w));
    for (const w of wordsOneEditFrom(index.vocabulary, word))
      if (!seen.has(w)) out.push([w, (FUZZY_WEIGHT * word.length) / (word.length + 1)]);
  }
  return out;
}

function run(index: FullTextIndex, query: readonly string[], typos: boolean): Map<number, Found> {
  const found = new Map<number, Found>();
  for (const word of query)
    for (const [term, weight] of expansions(index, word, typos)) {
      const list = index.postings.get(term);
      if (!list) continue;
      const df = list.docs.length;
      const idf = Math.log(1 + (index.live - df + 0.5) / (df + 0.5));
      for (let i = 0; i < Math.min(df, HEAD); i++) {
        const doc = list.docs[i]!;
        const score = weight * idf * list.weights[i]!;
        const at = found.get(doc);
        if (at) {
          at.score += score;
          at.queryTerms.add(word);
          at.terms.add(term);
        } else found.set(doc, { score, queryTerms: new Set([word]), terms: new Set([term]) });
      }
    }
  return found;
}

/** The claims and doses that best match the words, best first; none for words nothing matches. */
export function searchKnowledge(index: FullTextIndex, words: readonly string[], limit = 8): FullTextHit[] {
  const query = [...new Set(words.flatMap(searchTerms))].slice(0, 12);
  if (query.length === 0) return [];
  // Typos are looked for only when the words as typed (or as the start of a word) match nothing.
  let found = run(index, query, false);
  if (found.size === 0) found = run(index, query, true);
  // A document matching more of the question's words ranks above one matching a single word strongly.
  const ranked = [...found]
    .map(([doc, f]) => ({ doc, score: f.score * f.queryTerms.size, terms: [...f.terms] }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
  const best = ranked[0]?.score ?? 0;
  return ranked
    .filter((r) => r.score >= best * RELATIVE_FLOOR)
    .slice(0, limit)
    .map((r) => ({ ...index.passages[r.doc]!, score: r.score, terms: r.terms }));
}
