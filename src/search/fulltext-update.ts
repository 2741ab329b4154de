import type { Compound, Knowledge } from "../knowledge/schema.js";
import { compoundDocs, docWeights, sourceTitles, type Passage } from "./fulltext-docs.js";
import type { FullTextIndex } from "./fulltext.js";
import { buildVocabulary, mergedPostings, type Postings } from "./fulltext-terms.js";

/** Above this share of compounds changed, building a new index costs no more than updating the old one. */
const MAX_CHANGED_SHARE = 0.2;

/**
 * How to bring a full-text index from one knowledge to the next by replacing only the documents of the
 * compounds that changed (a changed compound is a new object; one that links to it changes with it): only
 * the lists of their words are rewritten, and a document's weights depend on that document alone, so the
 * result searches like a fresh build. Returns the update to run (it leaves `old` as it is and returns the
 * new index), or undefined when a full build is due (source titles changed, or too much did).
 */
export function planFullTextUpdate(
  old: FullTextIndex,
  before: Pick<Knowledge, "compounds" | "sources">,
  after: Pick<Knowledge, "compounds" | "sources">,
): (() => FullTextIndex) | undefined {
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
  return () => {
    const passages: Passage[] = [...old.passages];
    const byCompound = new Map(old.byCompound);
    const removed = new Set<number>();
    const touched = new Set<string>();
    const added = new Map<string, { docs: number[]; weights: number[] }>();
    for (const id of changed) {
      for (const doc of byCompound.get(id) ?? []) removed.add(doc);
      byCompound.delete(id);
      const gone = was.get(id);
      if (gone)
        for (const { fields } of compoundDocs(gone, was, oldTitles))
          for (const term of docWeights(fields).keys()) touched.add(term);
      const compound = now.get(id);
      if (!compound) continue;
      const ids: number[] = [];
      for (const { passage, fields } of compoundDocs(compound, now, titles)) {
        const doc = passages.length;
        ids.push(doc);
        passages.push(passage);
        for (const [term, weight] of docWeights(fields)) {
          touched.add(term);
          const list = added.get(term);
          if (list) {
            list.docs.push(doc);
            list.weights.push(weight);
          } else added.set(term, { docs: [doc], weights: [weight] });
        }
      }
      byCompound.set(id, ids);
    }
    const postings = new Map<string, Postings>(old.postings);
    let wordsChanged = false;
    for (const term of touched) {
      const list = mergedPostings(old.postings.get(term), removed, added.get(term));
      if (list) postings.set(term, list);
      else postings.delete(term);
      wordsChanged ||= !list !== !old.postings.get(term);
    }
    const live = old.live - removed.size + (passages.length - old.passages.length);
    const vocabulary = wordsChanged ? buildVocabulary(postings.keys()) : old.vocabulary;
    return { passages, byCompound, postings, vocabulary, live };
  };
}
