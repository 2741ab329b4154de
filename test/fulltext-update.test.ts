import { describe, expect, it } from "vitest";
import { buildFullTextIndex, searchKnowledge, type FullTextHit } from "../src/search/fulltext.js";
import { planFullTextUpdate } from "../src/search/fulltext-update.js";
import {
  buildVocabulary,
  mergedPostings,
  sortedPostings,
  updatedVocabulary,
  wordsOneEditFrom,
  wordsStartingWith,
} from "../src/search/fulltext-terms.js";
import { runWhole } from "../src/slices.js";
import type { Knowledge } from "../src/knowledge/schema.js";
import { realKnowledge } from "./support/knowledge.js";
import { synthetic } from "./support/synthetic.js";

const QUERIES = [
  ["memory"],
  ["headache", "choline"],
  ["dose"],
  ["rats", "bdnf"],
  ["absorbed"],
  ["zzzedited"],
];
const seen = (hits: FullTextHit[]) =>
  hits.map((h) => `${h.compound.id}: ${h.kind === "claim" ? h.claim.statement : h.dose.purpose}`).sort();

describe("updating the full-text index for the compounds that changed", () => {
  it("finds what a fresh build finds, after a compound is edited, added and removed", () => {
    const before: Knowledge = synthetic(realKnowledge(), 60);
    const old = buildFullTextIndex(before);
    const edited = before.compounds.find((c) => c.id === "syn-3")!;
    const compounds = before.compounds
      .filter((c) => c.id !== "syn-7")
      .map((c) =>
        c === edited
          ? {
              ...c,
              claims: [
                { ...c.claims[0]!, statement: `${c.claims[0]!.statement} zzzedited` },
                ...c.claims.slice(1),
              ],
            }
          : c,
      );
    compounds.push({ ...edited, id: "syn-new", name: "Newracetam", aliases: [] });
    const after: Knowledge = { ...before, compounds };
    const update = planFullTextUpdate(old, before, after);
    expect(update).toBeDefined();
    const updated = runWhole(update!);
    const fresh = buildFullTextIndex(after);
    for (const words of QUERIES)
      expect(seen(searchKnowledge(updated, words, 50))).toEqual(seen(searchKnowledge(fresh, words, 50)));
    expect(seen(searchKnowledge(updated, ["zzzedited"]))).toEqual([expect.stringMatching(/^syn-3: /)]);
    // Every hit points at the compounds and claims of the new knowledge, those of unchanged documents too.
    const hits = [...QUERIES, ["newracetam"]].flatMap((words) => searchKnowledge(updated, words, 50));
    expect(hits.some((h) => h.compound.id === "syn-3")).toBe(true);
    for (const hit of hits) {
      expect(hit.compound).toBe(compounds.find((c) => c.id === hit.compound.id));
      if (hit.kind === "claim") expect(hit.compound.claims).toContain(hit.claim);
    }
  });

  it("corrects a typo of a word an edit brings, and no longer corrects to a word it takes away", () => {
    const before: Knowledge = synthetic(realKnowledge(), 60);
    const old = buildFullTextIndex(before);
    // A made-up name long enough to be corrected (six letters or more), found only in its compound.
    const gone = before.compounds.find((c) => c.id.startsWith("syn-") && /^[a-z]{8,}$/i.test(c.name))!;
    const goneWord = gone.name.toLowerCase();
    expect(seen(searchKnowledge(old, [goneWord.slice(0, 3) + goneWord.slice(4)]))).not.toEqual([]);
    const edited = before.compounds.find((c) => c.id === "syn-3")!;
    const compounds = before.compounds
      .filter((c) => c !== gone)
      .map((c) =>
        c === edited
          ? { ...c, claims: [{ ...c.claims[0]!, statement: "Frobnicated wholly." }, ...c.claims.slice(1)] }
          : c,
      );
    const after: Knowledge = { ...before, compounds };
    const updated = runWhole(planFullTextUpdate(old, before, after)!);
    const fresh = buildFullTextIndex(after);
    const typos = [["frobnicatd"], ["frobnicatde"], [goneWord.slice(0, 3) + goneWord.slice(4)], ["frobni"]];
    for (const words of typos)
      expect(seen(searchKnowledge(updated, words, 50))).toEqual(seen(searchKnowledge(fresh, words, 50)));
    expect(seen(searchKnowledge(updated, ["frobnicatd"]))).toEqual(["syn-3: Frobnicated wholly."]);
    expect(searchKnowledge(updated, [goneWord.slice(0, 3) + goneWord.slice(4)])).toEqual([]);
    expect(updated.vocabulary.sorted).toEqual(fresh.vocabulary.sorted);
    // The old index is left as it was: it answers until the new one is swapped in.
    expect(seen(searchKnowledge(old, [goneWord.slice(0, 3) + goneWord.slice(4)]))).not.toEqual([]);
    expect(searchKnowledge(old, ["frobnicatd"])).toEqual([]);
  });

  it("asks for a full build when a source's title changes", () => {
    const before = realKnowledge();
    const after = {
      ...before,
      sources: before.sources.map((s, i) => (i === 0 ? { ...s, title: "Renamed" } : s)),
    };
    expect(planFullTextUpdate(buildFullTextIndex(before), before, after)).toBeUndefined();
  });
});

describe("the word list and its lists of documents, updated", () => {
  it("an updated word list finds the prefixes and typos a fresh one finds, and leaves the old one as it was", () => {
    const words = ["memory", "memorize", "mnemonic", "focus", "focused", "racetam", "piracetam", "cat"];
    const old = buildVocabulary(words);
    const added = ["memorise", "phenylpiracetam", "zzz", "focusing"];
    const removed = ["memorize", "cat", "focused"];
    const now = words.filter((w) => !removed.includes(w)).concat(added);
    const updated = updatedVocabulary(old, added, removed);
    const fresh = buildVocabulary(now);
    expect(updated.sorted).toEqual(fresh.sorted);
    const entries = (v: typeof fresh) => [...v.deletions].map(([k, ws]) => [k, [...ws].sort()]).sort();
    expect(entries(updated)).toEqual(entries(fresh));
    for (const query of [
      "memorise",
      "memorize",
      "memoryy",
      "focsing",
      "focuse",
      "piracetan",
      "phenylpiracetm",
    ])
      expect(wordsOneEditFrom(updated, query)).toEqual(wordsOneEditFrom(fresh, query));
    for (const prefix of ["mem", "foc", "pira", "phen", "z"])
      expect(wordsStartingWith(updated, prefix)).toEqual(wordsStartingWith(fresh, prefix));
    expect(wordsOneEditFrom(updated, "memorise")).toEqual(["memorize"].filter((w) => now.includes(w)));
    expect(wordsOneEditFrom(old, "memorise")).toEqual(["memorize"]);
    expect(old.sorted).toEqual([...words].sort());
  });

  it("a merged list is the list a fresh sort gives, ties by document number", () => {
    const docs = [0, 1, 2, 3, 4, 5, 6, 7];
    const weights = [0.5, 2, 0.5, 1, 3, 0.25, 1, 2];
    const old = sortedPostings(docs, weights);
    const removed = new Set([1, 6]);
    const added = { docs: [8, 9, 10], weights: [1, 0.5, 4] };
    const merged = mergedPostings(old, removed, added)!;
    const keep = docs.flatMap((d, i) => (removed.has(d) ? [] : [[d, weights[i]!] as const]));
    const fresh = sortedPostings(
      [...keep.map(([d]) => d), ...added.docs],
      [...keep.map(([, w]) => w), ...added.weights],
    );
    expect([...merged.docs]).toEqual([...fresh.docs]);
    expect([...merged.weights]).toEqual([...fresh.weights]);
    expect(mergedPostings(old, new Set(docs), undefined)).toBeUndefined();
  });
});
