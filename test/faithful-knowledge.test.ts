import { describe, expect, it } from "vitest";
import { quoteText } from "../src/knowledge/quotes.js";
import type { Claim, Compound } from "../src/knowledge/schema.js";
import { silentSafety } from "../src/knowledge/subjects.js";
import { sentencesOf, sourceUsage } from "../src/knowledge/usage.js";
import { buildSearchIndex } from "../src/search/index.js";
import { resolve } from "../src/search/resolve.js";
import {
  hasSourceTexts,
  parseEdited,
  problemsOf,
  realKnowledge,
  realSourceTexts,
} from "./support/knowledge.js";

const compound = (id: string): Compound => {
  const found = realKnowledge().compounds.find((c) => c.id === id);
  if (!found) throw new Error(`no compound ${id}`);
  return found;
};
const quoting = (id: string, text: string): Claim | undefined =>
  compound(id).claims.find((c) => quoteText(c.quote).includes(text));

describe("knowledge:check enforces faithfulness mechanically", () => {
  it("a statement that drops its quote's hedge fails, naming file and claim", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) =>
        t.replace(
          "statement: The personal review says it appears to have mild psychostimulatory and anxiolytic effects.",
          "statement: Has mild psychostimulatory and anxiolytic effects.",
        ),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^knowledge\/compounds\/noopept\.yaml: claims\[\d+\]: the quote hedges \("appears"\) but the statement "Has mild/,
    );
  });

  it("an animal or cell result must say so", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) =>
        t.replace(
          "statement: A few studies in rats showed it can reduce",
          "statement: A few studies showed it can reduce",
        ),
      ),
    );
    expect(
      problems.some((p) => /noopept\.yaml: claims\[\d+\]: an animal-study result must say so/.test(p)),
    ).toBe(true);
  });

  it("a linking claim must name both compounds", () => {
    const problems = problemsOf(() =>
      parseEdited("nefiracetam", (t) =>
        t.replace(
          /(with: choline\n\s+statement: ).*/,
          "$1Adding a choline source is said to largely avoid its side effects.",
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /nefiracetam\.yaml: claims\[\d+\]: a linking claim is shown on both cards, so its statement must name Nefiracetam and Choline/,
      ),
    ]);
  });

  it("a statement may not give a number its quote does not", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) => t.replace("Developed in Russia in 1996", "Developed in Russia in 1986")),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /noopept\.yaml: claims\[\d+\]: the statement gives 1986, which its quote does not/,
      ),
    ]);
  });

  it("an animal dose is never in the human dose list", () => {
    const problems = problemsOf(() =>
      parseEdited("fasoracetam", (t) =>
        t.replace(/(purpose: depression[\s\S]*?evidence: )none-given/, "$1animal-study"),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/fasoracetam\.yaml: doses\[\d+\]: an animal-study dose is not a dose for people/),
    ]);
  });

  it("a safety claim about chronic use must answer the long-term question, so silence is never claimed wrongly", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) =>
        t.replace(
          /(id: no-tolerance-study[\s\S]*?)subjects: \[long-term-use, tolerance-dependence\]\n\s*/,
          "$1",
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /noopept\.yaml: claims\[\d+\]\.subjects: the quote speaks to long-term use \("chronic"\)/,
      ),
    ]);
  });

  it("a dose note may not give a number its quote does not (the '3 doses a day' misreading)", () => {
    const problems = problemsOf(() =>
      parseEdited("piracetam", (t) =>
        t.replace(
          "    purpose: general use (given only in comparison with noopept)",
          "    purpose: general use\n    note: users are said to take up to 3 doses a day",
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/piracetam\.yaml: doses\[0\]\.note: gives 3, which the dose's quote does not/),
    ]);
  });

  it("a dose note that drops its quote's hedge fails", () => {
    const problems = problemsOf(() =>
      parseEdited("fasoracetam", (t) =>
        t.replace(
          "note: the article says it is probably best to start with 2.5 mg and phase up slowly",
          "note: start with 2.5 mg and phase up slowly",
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/fasoracetam\.yaml: doses\[1\]\.note: the quote hedges \("probably"\)/),
    ]);
  });

  it("a disagreement points at claims that exist", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) => t.replace(/sides: \[([\w-]+),/, "sides: [nowhere,")),
    );
    expect(problems).toEqual([
      expect.stringMatching(/noopept\.yaml: disagreements\[0\]\.sides\[0\]: no claim with id 'nowhere'/),
    ]);
  });
});

describe("hedges and context kept in the data", () => {
  it("the cycling advice carries the reviewer's own 'speculative'", () => {
    const cycling = compound("noopept").claims.filter(
      (c) => c.topic === "cycling" && /one month phases/.test(quoteText(c.quote)),
    );
    expect(cycling).toHaveLength(1);
    expect(quoteText(cycling[0]!.quote)).toMatch(/more speculative and hypothesized/);
    expect(cycling[0]!.statement).toMatch(/speculative/);
  });
  it("fasoracetam's choline advice keeps 'most probably'", () => {
    const stack = compound("fasoracetam").claims.find((c) => c.topic === "stack" && c.with === "choline");
    expect(quoteText(stack!.quote)).toMatch(/most probably due to depletion/);
    expect(stack!.statement).toMatch(/probably/);
  });
  it("'little to no side-effects' is about nootropics in general, never a noopept side effect", () => {
    const c = quoting("noopept", "little to no side-effects, the development of nootropics");
    expect(c === undefined || (c.topic !== "side-effect" && c.population === "nootropics in general")).toBe(
      true,
    );
  });
  it("the nefiracetam task study is shown as an animal study", () => {
    expect(quoting("nefiracetam", "one hour before each task")?.evidence).toBe("animal-study");
  });
  it("post-stroke doses keep their population, and the unconfirmed-without-stroke caveat exists", () => {
    for (const d of compound("nefiracetam").doses.filter((x) => x.min === 900))
      expect(d.population).toBe("post-stroke patients");
    expect(quoting("nefiracetam", "people who have not experienced a stroke")?.topic).toBe("evidence");
  });
});

describe("doses never misread", () => {
  it("piracetam's dose note does not carry the '3 doses a day' sentence", () => {
    const d = compound("piracetam").doses[0]!;
    expect(`${d.note ?? ""} ${quoteText(d.quote)}`).not.toMatch(/3 doses/);
    const taste = quoting("piracetam", "up to 3 doses a day");
    expect(taste?.topic, "the '3 doses' sentence is about the taste, not the dose").toBe("side-effect");
  });
  it("fasoracetam's depression figure says the only depression study is in rats, which appears as an animal result", () => {
    const d = compound("fasoracetam").doses.find((x) => x.purpose === "depression");
    expect(d?.note).toMatch(/rats/);
    const rats = quoting("fasoracetam", "1 to 100mg/kg");
    expect(rats).toMatchObject({ evidence: "animal-study", population: "rats" });
  });
});

const silent = (c: Compound) => silentSafety(realKnowledge(), c).map((s) => s.id);

describe("disagreements, silence and both sides", () => {
  it("noopept's absorption and stimulation are modelled as disagreements; fasoracetam's GABA(B) sides agree, so are not", () => {
    expect(compound("noopept").disagreements.some((d) => /absorb/i.test(d.about))).toBe(true);
    expect(compound("noopept").disagreements.some((d) => /stimulant/i.test(d.about))).toBe(true);
    expect(compound("fasoracetam").disagreements.some((d) => /GABA/.test(d.about))).toBe(false);
  });
  it('a safety claim giving a length of use ("for 4 weeks") answers the long-term question too', () => {
    const problems = problemsOf(() =>
      parseEdited("nefiracetam", (t) =>
        t.replace(
          /(for 4 weeks\.\n\s*source: [\w-]+\n\s*evidence: human-trial\n\s*)subjects: \[long-term-use\]\n\s*/,
          "$1",
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /nefiracetam\.yaml: claims\[\d+\]\.subjects: the quote speaks to long-term use \("for 4 weeks"\)/,
      ),
    ]);
    expect(silent(compound("nefiracetam"))).not.toContain("long-term-use");
  });

  it("noopept's long-term use is answered (TrkB concern and the no-tolerance study), so the bot does not call it silent", () => {
    expect(silent(compound("noopept"))).not.toContain("long-term-use");
    expect(quoting("noopept", "did not result in a tolerance of BDNF availability")?.subjects).toContain(
      "long-term-use",
    );
    expect(
      compound("noopept").disagreements.some((d) => d.sides.length >= 2 && /BDNF|TrkB/.test(d.about)),
    ).toBe(true);
  });
  it("no compound's sources speak to interactions or pregnancy", () => {
    for (const c of realKnowledge().compounds)
      expect(silent(c)).toEqual(expect.arrayContaining(["interactions", "pregnancy"]));
  });
});

describe("complete caveats and substantive claims", () => {
  const needed: [string, string][] = [
    ["noopept", "these still require further confirmation by follow-up studies"],
    ["noopept", "much more research is needed"],
    ["noopept", "it remains questionable whether this particular mechanism on GABA"],
    ["noopept", "did not show how those effects might explain"],
    ["noopept", "it has not been FDA-approved"],
    ["noopept", "I could not access the full text"],
    ["noopept", "may require dosing a few times throughout the day"],
    ["noopept", "you do not need to constantly redoes it"],
    ["fasoracetam", "only a professional can prescribe it"],
    ["fasoracetam", "needs to be taken in higher doses and for a longer time"],
    ["fasoracetam", "suppression of GABA(B) receptor-mediated responses"],
    ["nefiracetam", "safety and mechanisms of action are fairly well understood"],
    ["nefiracetam", "studies have not been conducted to compare their efficacy"],
    ["piracetam", "reported to give a boost to positive mood"],
  ];
  it.each(needed)("%s quotes “%s”", (id, text) => {
    const all = [
      ...compound(id).claims,
      ...realKnowledge().compounds.flatMap((c) => c.claims.filter((x) => x.with === id)),
    ];
    expect(all.some((c) => quoteText(c.quote).includes(text))).toBe(true);
  });
});

describe("names", () => {
  const index = buildSearchIndex(realKnowledge());
  it("drops Vitamin B4 and adds common alpha-GPC and choline names", () => {
    expect(compound("choline").aliases).not.toContain("Vitamin B4");
    for (const name of ["GPC", "glycerophosphocholine", "Gliatilin"]) {
      const r = resolve(index, name);
      expect(r.kind === "covered" && r.compound.id, name).toBe("alpha-gpc");
    }
    for (const name of ["choline bitartrate", "choline citrate"]) {
      const r = resolve(index, name);
      expect(r.kind === "covered" && r.compound.id, name).toBe("choline");
    }
    expect(compound("choline").summary).toMatch(/choline in general/);
  });
  it("knows the common names a server would type as not covered, and NALT as N-acetyl-L-tyrosine", () => {
    for (const name of [
      "emoxypine",
      "Mexidol",
      "bromantane",
      "NSI-189",
      "dihexa",
      "IDRA-21",
      "lecithin",
      "DM-232",
      "DM-235",
      "doliracetam",
      "nicoracetam",
      "citicoline sodium",
    ]) {
      expect(resolve(index, name).kind, name).toBe("not-covered");
    }
    const nalt = realKnowledge().notCovered.find((n) => n.aliases.includes("NALT"));
    expect(nalt?.name).toBe("N-acetyl-L-tyrosine");
  });
});

describe("source usage", () => {
  it("splits sentences and skips headings and short list items", () => {
    expect(
      sentencesOf("Heading\nThis is one sentence here. And this is another one here.\n• Headaches").map(
        (s) => s.text,
      ),
    ).toEqual(["This is one sentence here.", "And this is another one here."]);
  });
  it.skipIf(!hasSourceTexts)("counts the quoted sentences of each source", () => {
    const usage = sourceUsage(realKnowledge(), realSourceTexts()!);
    expect(usage).toHaveLength(realKnowledge().sources.length);
    for (const u of usage) {
      expect(u.sentences).toBeGreaterThan(10);
      expect(u.quoted).toBeGreaterThan(u.sentences / 4);
    }
  });
});
