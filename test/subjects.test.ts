import { describe, expect, it } from "vitest";
import { parseKnowledge } from "../src/knowledge/parse.js";
import { claimsAnswering, silentSafety } from "../src/knowledge/subjects.js";
import { sourcesReply } from "../src/reply/sources.js";
import { parseEdited, problemsOf, realInput, realKnowledge } from "./support/knowledge.js";

/** Subjects (knowledge/subjects.yaml) and what qualifies a claim: the rules knowledge:check enforces. */

const compound = (id: string) => realKnowledge().compounds.find((c) => c.id === id)!;
const withSubjects = (edit: (text: string) => string) => {
  const input = realInput();
  return () => parseKnowledge({ ...input, subjects: { ...input.subjects, text: edit(input.subjects.text) } });
};

describe("knowledge:check rejects", () => {
  it("a caveat that qualifies nothing", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) => t.replace(/\n\s*qualifies: \{ claims: \[gaba-rats\] \}/, "")),
    );
    expect(problems).toEqual([
      expect.stringMatching(/noopept\.yaml: claims\[\d+\]\.qualifies: a caveat \(topic evidence\) must name/),
    ]);
  });
  it("a qualifier pointing at a claim that does not exist", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) =>
        t.replace("qualifies: { claims: [gaba-rats] }", "qualifies: { claims: [gaba-mice] }"),
      ),
    );
    expect(problems).toEqual([expect.stringMatching(/qualifies\.claims\[0\]: no claim with id 'gaba-mice'/)]);
  });
  it("a claim naming a subject that is not in subjects.yaml", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) => t.replace("subjects: [kind]", "subjects: [taste]")),
    );
    expect(problems).toEqual([expect.stringMatching(/subjects\[0\]: unknown subject 'taste'/)]);
  });
  it("a subject nobody can ask about (no words)", () => {
    const problems = problemsOf(withSubjects((t) => t.replace(/words: \[racetam, [^\]]*\]/, "words: []")));
    expect(problems).toEqual([
      expect.stringMatching(/subjects\.yaml: subjects\[\d+\]\.words: a subject needs at least one word/),
    ]);
  });
  it("a word that asks about two subjects", () => {
    const problems = problemsOf(withSubjects((t) => t.replace("words: [history,", "words: [dose, history,")));
    expect(problems).toEqual([expect.stringMatching(/'dose' already asks about 'dose'/)]);
  });
});

describe("the real knowledge's subjects", () => {
  it("fasoracetam's tolerance is answered (no tolerance or addiction), so it is never called silent", () => {
    expect(
      claimsAnswering(realKnowledge(), compound("fasoracetam"), "tolerance-dependence"),
    ).not.toHaveLength(0);
  });
  it("choline has an effect claim (better concentration and memory)", () => {
    expect(claimsAnswering(realKnowledge(), compound("choline"), "effect")).not.toHaveLength(0);
  });
  it("no source names a side effect of noopept, and its safety is answered by the sceptical verdict", () => {
    const k = realKnowledge();
    expect(silentSafety(k, compound("noopept")).map((s) => s.id)).toContain("side-effects");
    expect(claimsAnswering(k, compound("noopept"), "safety").some((c) => c.verdict)).toBe(true);
  });
  it("whether noopept feels like a stimulant is a recorded disagreement", () => {
    expect(compound("noopept").disagreements.map((d) => d.about)).toContain(
      "Whether it feels like a stimulant",
    );
  });
  it("fasoracetam's GABA(B) sides, which agree, are not recorded as a disagreement", () => {
    expect(compound("fasoracetam").disagreements.some((d) => /GABA/.test(d.about))).toBe(false);
  });
});

describe("/sources", () => {
  it("says which source is promotional, sceptical or a personal review, with the trust note of each", () => {
    const text = JSON.stringify(sourcesReply(realKnowledge()));
    for (const stance of ["promotional", "sceptical", "personal review"])
      expect(text).toContain(`Stance: ${stance}`);
    for (const s of realKnowledge().sources) expect(text).toContain(s.trust.slice(0, 40).replace(/'/g, "'"));
  });
});
