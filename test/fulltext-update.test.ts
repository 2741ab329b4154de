import { describe, expect, it } from "vitest";
import { buildFullTextIndex, searchKnowledge, type FullTextHit } from "../src/search/fulltext.js";
import { planFullTextUpdate } from "../src/search/fulltext-update.js";
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
    const updated = update!();
    const fresh = buildFullTextIndex(after);
    for (const words of QUERIES)
      expect(seen(searchKnowledge(updated, words, 50))).toEqual(seen(searchKnowledge(fresh, words, 50)));
    expect(seen(searchKnowledge(updated, ["zzzedited"]))).toEqual([expect.stringMatching(/^syn-3: /)]);
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
