import type { Compound, Knowledge } from "../knowledge/schema.js";
import { compoundDocs, sourceTitles, type FullTextIndex, type Passage } from "./fulltext.js";

/** Above this share of compounds changed, building a new index costs no more than updating the old one. */
const MAX_CHANGED_SHARE = 0.2;

/**
 * How to bring a full-text index from one knowledge to the next by replacing only the documents of the
 * compounds that changed (a changed compound is a new object; one that links to it changes with it).
 * Returns the update to run, which changes `old` in place and returns the new index, so the caller runs it
 * in the same synchronous step as the swap to the new knowledge; or undefined when a full build is due
 * (source titles changed, or too much did).
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
    for (const id of changed) {
      for (const doc of byCompound.get(id) ?? []) old.search.discard(doc);
      byCompound.delete(id);
      const compound = now.get(id);
      if (!compound) continue;
      const part = compoundDocs(compound, now, titles, passages.length);
      old.search.addAll(part.docs);
      passages.push(...part.passages);
      byCompound.set(
        id,
        part.docs.map((d) => d.id),
      );
    }
    return { search: old.search, passages, byCompound };
  };
}
