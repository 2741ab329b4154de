import type { Compound, Knowledge, NotCovered } from "../knowledge/schema.js";
import { bigramIndexBuild, type BigramIndex } from "./ngram.js";
import { normalizeName } from "../knowledge/normalize.js";
import { runWhole, type Sliced } from "../slices.js";

export type Target = { kind: "covered"; compound: Compound } | { kind: "not-covered"; entry: NotCovered };

/** One name a compound goes by, with the key it is matched on. */
export interface NameEntry {
  key: string;
  display: string;
  /** The compound's own name (or id), as against an alias or code name. */
  primary: boolean;
  target: Target;
}

/** Everything a query needs, built once when the knowledge loads. */
export interface SearchIndex {
  readonly covered: readonly Compound[];
  readonly entries: readonly NameEntry[];
  readonly exact: ReadonlyMap<string, NameEntry>;
  readonly grams: BigramIndex;
}

export function buildSearchIndex(knowledge: Pick<Knowledge, "compounds" | "notCovered">): SearchIndex {
  return runWhole(searchIndexBuild(knowledge));
}

/** buildSearchIndex as sliced work: it yields every few dozen compounds. */
export function* searchIndexBuild(
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
): Sliced<SearchIndex> {
  const entries: NameEntry[] = [];
  const add = (name: string, primary: boolean, target: Target) => {
    const key = normalizeName(name);
    if (key.length > 0) entries.push({ key, display: name, primary, target });
  };
  for (const [i, compound] of knowledge.compounds.entries()) {
    const target: Target = { kind: "covered", compound };
    add(compound.name, true, target);
    if (normalizeName(compound.id) !== normalizeName(compound.name)) add(compound.id, true, target);
    for (const alias of compound.aliases) add(alias, false, target);
    if (i % 64 === 63) yield;
  }
  for (const entry of knowledge.notCovered) {
    const target: Target = { kind: "not-covered", entry };
    add(entry.name, true, target);
    for (const alias of entry.aliases) add(alias, false, target);
  }
  const exact = new Map<string, NameEntry>();
  for (const entry of entries) if (!exact.has(entry.key)) exact.set(entry.key, entry);
  yield;
  const covered = [...knowledge.compounds].sort((a, b) => a.name.localeCompare(b.name));
  yield;
  const grams = yield* bigramIndexBuild(entries.map((e) => e.key));
  return { covered, entries, exact, grams };
}
