import type { Compound, Knowledge } from "../knowledge/schema.js";
import { compoundDocs, docWeights, sourceTitles, type Passage } from "./fulltext-docs.js";
import type { FullTextIndex } from "./fulltext.js";
import { mergedPostings, updatedVocabulary, type Postings } from "./fulltext-terms.js";
import type { Sliced } from "../slices.js";

/** Above this share of compounds changed, building a new index costs no more than updating the old one. */
const MAX_CHANGED_SHARE = 0.2;
/** A document's words and weights, as one string: two documents with the same key are in the same lists alike. */
const keyOf = (weights: ReadonlyMap<string, number>) => JSON.stringify([...weights]);

/** How many documents of merged lists make one piece of the update's work (about a millisecond's). */
const PIECE = 20_000;

/**
 * How to bring a full-text index from one knowledge to the next by replacing only the documents of the
 * compounds that changed (a changed compound is a new object; one that links to it changes with it): only
 * the lists of their words are rewritten, and a document's weights depend on that document alone, so the
 * result searches like a fresh build; the word list takes only the words that came or went. Returns the
 * update as sliced work (it leaves `old` as it is and returns the new index; it yields after each compound
 * and every few lists, so that a reload never keeps an interaction waiting for the whole update), or
 * undefined when a full build is due (source titles changed, or too much did).
 */
export function planFullTextUpdate(
  old: FullTextIndex,
  before: Pick<Knowledge, "compounds" | "sources">,
  after: Pick<Knowledge, "compounds" | "sources">,
): Sliced<FullTextIndex> | undefined {
  const titles = sourceTitles(after);
  const oldTitles = sourceTitles(before);
  if (titles.size !== oldTitles.size || [...titles].some(([id, t]) => oldTitles.get(id) !== t))
    return undefined;
  const was = new Map(before.compounds.map((c) => [c.id, c]));
  const now = new Map(after.compounds.map((c) => [c.id, c]));
  const changed = new Set<string>();
  for (const [id, c] of now) if (was.get(id) !== c) changed.add(id);
  for (const id of was.keys()) if (!now.has(id)) changed.add(id);
  const links = (c: Compound) =>
    c.claims.some((claim) => claim.with !== undefined && changed.has(claim.with));
  for (const c of after.compounds) if (!changed.has(c.id) && links(c)) changed.add(c.id);
  if (changed.size > Math.max(1, after.compounds.length * MAX_CHANGED_SHARE)) return undefined;
  return (function* update(): Sliced<FullTextIndex> {
    const passages: Passage[] = [...old.passages];
    const byCompound = new Map(old.byCompound);
    const removed = new Set<number>();
    const touched = new Set<string>();
    const added = new Map<string, { docs: number[]; weights: number[] }>();
    for (const id of changed) {
      // A document whose words and weights did not change keeps its number (only what it points at is
      // renewed): the lists of its words stay as they are. The others leave their lists or join them.
      const free = new Map<string, number[]>();
      const wordsOf = new Map<number, Iterable<string>>();
      const gone = was.get(id);
      const oldIds = byCompound.get(id) ?? [];
      if (gone)
        compoundDocs(gone, was, oldTitles).forEach(({ fields }, i) => {
          const weights = docWeights(fields);
          const key = keyOf(weights);
          free.set(key, [...(free.get(key) ?? []), oldIds[i]!]);
          wordsOf.set(oldIds[i]!, weights.keys());
        });
      byCompound.delete(id);
      const compound = now.get(id);
      const ids: number[] = [];
      for (const { passage, fields } of compound ? compoundDocs(compound, now, titles) : []) {
        const weights = docWeights(fields);
        const same = free.get(keyOf(weights))?.shift();
        if (same !== undefined) {
          ids.push(same);
          passages[same] = passage;
          continue;
        }
        const doc = passages.length;
        ids.push(doc);
        passages.push(passage);
        for (const [term, weight] of weights) {
          touched.add(term);
          const list = added.get(term);
          if (list) {
            list.docs.push(doc);
            list.weights.push(weight);
          } else added.set(term, { docs: [doc], weights: [weight] });
        }
      }
      for (const left of free.values())
        for (const doc of left) {
          removed.add(doc);
          for (const term of wordsOf.get(doc) ?? []) touched.add(term);
        }
      if (compound) byCompound.set(id, ids);
      yield;
    }
    const postings = new Map<string, Postings>(old.postings);
    const came: string[] = [];
    const went: string[] = [];
    let size = 0;
    for (const term of touched) {
      const was = old.postings.get(term);
      const list = mergedPostings(was, removed, added.get(term));
      if (list) postings.set(term, list);
      else postings.delete(term);
      if (!was && list) came.push(term);
      if (was && !list) went.push(term);
      // A piece of about the same work whatever the lists' lengths: a common word's list is one piece.
      size += list?.docs.length ?? 0;
      if (size >= PIECE) {
        size = 0;
        yield;
      }
    }
    const live = old.live - removed.size + (passages.length - old.passages.length);
    const vocabulary =
      came.length + went.length > 0 ? updatedVocabulary(old.vocabulary, came, went) : old.vocabulary;
    return { passages, byCompound, postings, vocabulary, live };
  })();
}
