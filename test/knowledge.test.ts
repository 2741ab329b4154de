import { describe, expect, it } from "vitest";
import { coverage } from "../src/knowledge/coverage.js";
import { parseKnowledge } from "../src/knowledge/parse.js";
import { quoteParts } from "../src/knowledge/quotes.js";
import type { Compound, Dose } from "../src/knowledge/schema.js";
import {
  hasSourceTexts,
  parseEdited,
  problemsOf,
  realInput,
  realKnowledge,
  realSourceTexts,
} from "./support/knowledge.js";

const compound = (id: string): Compound => {
  const found = realKnowledge().compounds.find((c) => c.id === id);
  if (!found) throw new Error(`no compound ${id}`);
  return found;
};
const dose = (id: string, pred: (d: Dose) => boolean) => compound(id).doses.find(pred);

describe("the real knowledge", () => {
  it.skipIf(!hasSourceTexts)("loads every compound file and every source, with every quote verbatim", () => {
    const k = realKnowledge();
    const files = realInput().compounds.map((f) => /([^/]+)\.yaml$/.exec(f.path)?.[1]);
    expect(k.compounds.map((c) => c.id).sort()).toEqual(files.sort());
    expect(k.compounds.length).toBeGreaterThan(0);
    expect(k.sources.length).toBeGreaterThan(0);
  });

  it("leaves a compound without doses or caveats only where its file says the sources give no dose", () => {
    const files = new Map(realInput().compounds.map((f) => [/([^/]+)\.yaml$/.exec(f.path)?.[1], f.text]));
    for (const row of coverage(realKnowledge())) {
      if (row.doses > 0 || row.counts.evidence > 0) continue;
      expect(files.get(row.compound), `${row.compound} has neither doses nor caveats`).toMatch(
        /^doses: \[\]$/m,
      );
    }
  });

  it.skipIf(!hasSourceTexts)("matches sources.json in ids, titles and kinds", async () => {
    const fs = await import("node:fs");
    const { sourcesDir } = await import("../src/paths.js");
    const json = JSON.parse(fs.readFileSync(`${sourcesDir()}/sources.json`, "utf8")) as Array<
      Record<string, unknown>
    >;
    const registry = realKnowledge().sources;
    expect(registry.map((s) => [s.id, s.file, s.title, s.kind, s.author, s.published])).toEqual(
      json.map((s) => [s.id, s.file, s.title, s.kind, s.author, s.published]),
    );
  });

  it("tags every promotional benefit claim with no evidence", () => {
    for (const c of realKnowledge().compounds) {
      for (const claim of c.claims.filter(
        (x) => x.source === "noopept-closer-look" && x.topic === "effect",
      )) {
        expect(claim.evidence, claim.statement).not.toMatch(/human|animal|cell/);
      }
    }
    const hype = realKnowledge()
      .compounds.flatMap((c) => c.claims)
      .find((c) =>
        quoteParts(c.quote).some((q) => q.includes("There are little to no side effects when used together")),
      );
    expect(hype?.evidence).toBe("none-given");
  });
});

describe("golden facts from the sources", () => {
  it("noopept: 10-30 mg, 10-20 mg sublingual, half-life 1 hour, cycling of a month", () => {
    expect(dose("noopept", (d) => d.min === 10 && d.max === 30)?.source).toBe("noopept-closer-look");
    const sub = dose("noopept", (d) => d.min === 10 && d.max === 20);
    expect(sub).toMatchObject({ route: "sublingual", source: "noopept-personal-review", unit: "mg" });
    const claims = compound("noopept").claims;
    expect(
      claims.some((c) => c.topic === "pharmacokinetics" && /half-life is only 1 hour/.test(String(c.quote))),
    ).toBe(true);
    expect(claims.some((c) => c.topic === "cycling" && /one month/.test(String(c.quote)))).toBe(true);
  });

  it("piracetam: 1200-4800 mg", () => {
    expect(dose("piracetam", (d) => d.min === 1200 && d.max === 4800)).toBeDefined();
  });

  it("nefiracetam: 150-450 mg/day in dementia, 600-900 mg/day for 4 weeks safe, 900 mg after a stroke", () => {
    expect(dose("nefiracetam", (d) => d.min === 150 && d.max === 450)).toMatchObject({
      per: "day",
      evidence: "human-trial",
    });
    expect(dose("nefiracetam", (d) => d.min === 150)?.purpose).toMatch(/dementia/);
    expect(dose("nefiracetam", (d) => d.min === 600 && d.max === 900)).toMatchObject({
      per: "day",
      duration: "4 weeks",
    });
    expect(dose("nefiracetam", (d) => d.min === 900 && /depression/.test(d.purpose))).toBeDefined();
  });

  it("fasoracetam: 2.5-25 mg, 10 mg typical, code names NS-105, LAM-105, NFC-1", () => {
    expect(dose("fasoracetam", (d) => d.min === 2.5 && d.max === 25)).toBeDefined();
    expect(dose("fasoracetam", (d) => d.min === 10 && d.max === 10)?.purpose).toMatch(/most users/);
    expect(compound("fasoracetam").aliases).toEqual(expect.arrayContaining(["NS-105", "LAM-105", "NFC-1"]));
  });

  it("links the stacks and comparisons the sources describe", () => {
    const link = (from: string, topic: string, to: string) =>
      compound(from).claims.some((c) => c.topic === topic && c.with === to);
    expect(link("noopept", "stack", "choline")).toBe(true);
    expect(link("nefiracetam", "stack", "choline")).toBe(true);
    expect(link("fasoracetam", "stack", "alpha-gpc")).toBe(true);
    expect(link("noopept", "comparison", "piracetam")).toBe(true);
    expect(link("nefiracetam", "comparison", "aniracetam")).toBe(true);
    expect(link("fasoracetam", "comparison", "noopept")).toBe(true);
  });
});

describe("the loader rejects bad knowledge, naming file and path", () => {
  it.skipIf(!hasSourceTexts)("a quote not found in its source", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) =>
        t.replace("The half-life is only 1 hour", "The half-life is barely 1 hour"),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^knowledge\/compounds\/noopept\.yaml: claims\[0\]\.quote: .*not found verbatim.*noopept-personal-review/,
    );
  });

  it.skipIf(!hasSourceTexts)("a quote that starts or ends mid-word", () => {
    const problems = problemsOf(() =>
      parseEdited("noopept", (t) =>
        t.replace('"Put simply, noopept stimulates both NMDA and AMPA receptors."', '"ut simply, noopept"'),
      ),
    );
    expect(problems[0]).toMatch(
      /noopept\.yaml: claims\[\d+\]\.quote(\[\d+\])?: "ut simply, noopept" is not found verbatim/,
    );
  });

  it.skipIf(!hasSourceTexts)("a quote across a caption seam", () => {
    const problems = problemsOf(() =>
      parseEdited("nefiracetam", (t) =>
        t.replace(
          '"Created in the 1990s, nefiracetam is one of the newer racetam nootropics."',
          '"young man and woman learningAttenuates Learning"',
        ),
      ),
    );
    expect(problems[0]).toMatch(/nefiracetam\.yaml: claims\[\d+\]\.quote: .*caption seam/);
  });

  it("an unknown source id", () => {
    const problems = problemsOf(() =>
      parseEdited("piracetam", (t) =>
        t.replace(
          "source: noopept-closer-look\n    evidence: personal-experience",
          "source: foo\n    evidence: personal-experience",
        ),
      ),
    );
    expect(problems).toContain("knowledge/compounds/piracetam.yaml: claims[7].source: unknown source 'foo'");
  });

  it("min greater than max", () => {
    const problems = problemsOf(() => parseEdited("piracetam", (t) => t.replace("min: 1200", "min: 9000")));
    expect(problems).toEqual([
      "knowledge/compounds/piracetam.yaml: doses[0].min: min must not be greater than max",
    ]);
  });

  it("an unknown unit", () => {
    const problems = problemsOf(() => parseEdited("piracetam", (t) => t.replace("unit: mg", "unit: grams")));
    expect(problems[0]).toMatch(
      /^knowledge\/compounds\/piracetam\.yaml: doses\[0\]\.unit: must be one of: mg, mg\/kg/,
    );
  });

  it("an alias that belongs to two compounds, however it is spelt", () => {
    const problems = problemsOf(() =>
      parseEdited("piracetam", (t) => t.replace("aliases: [Nootropil,", "aliases: [ns 105, Nootropil,")),
    );
    expect(problems).toContain(
      "knowledge/compounds/piracetam.yaml: aliases[0]: 'ns 105' is already a name or alias of fasoracetam",
    );
  });

  it("a missing required field", () => {
    const problems = problemsOf(() => parseEdited("choline", (t) => t.replace(/^class: .*\n/m, "")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^knowledge\/compounds\/choline\.yaml: class: /);
  });

  it("a missing doses list (absence of doses must be explicit)", () => {
    const problems = problemsOf(() => parseEdited("choline", (t) => t.replace(/^doses: \[\]\n/m, "")));
    expect(problems[0]).toMatch(/^knowledge\/compounds\/choline\.yaml: doses: /);
  });

  it("malformed YAML", () => {
    const problems = problemsOf(() =>
      parseEdited("aniracetam", (t) => t.replace("claims:", "claims: [unclosed")),
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(
      /^knowledge\/compounds\/aniracetam\.yaml: malformed YAML at line \d+, column \d+/,
    );
  });

  it("a link to a compound that does not exist", () => {
    const problems = problemsOf(() =>
      parseEdited("fasoracetam", (t) => t.replace("with: alpha-gpc", "with: citicoline")),
    );
    expect(
      problems.some((p) => /fasoracetam\.yaml: claims\[\d+\]\.with: unknown compound 'citicoline'/.test(p)),
    ).toBe(true);
  });

  it("lists every problem at once, across files", () => {
    const input = realInput();
    const compounds = input.compounds.map((f) => ({ ...f, text: f.text.replace("unit: mg", "unit: kg") }));
    const problems = problemsOf(() => parseKnowledge({ ...input, compounds }, realSourceTexts()));
    const files = new Set(problems.map((p) => p.split(":")[0]));
    expect(files.size).toBe(4); // the four compounds that have doses
  });
});

describe("the quote check without the source texts", () => {
  it("says so plainly and skips outside CI, and fails when they are required (CI)", async () => {
    const { loadKnowledge } = await import("../src/knowledge/load.js");
    expect(loadKnowledge({ sourcesDir: "/nonexistent/sources", quotes: "if-present" }).quoteCheck).toEqual({
      status: "skipped",
      dir: "/nonexistent/sources",
    });
    const problems = problemsOf(() =>
      loadKnowledge({ sourcesDir: "/nonexistent/sources", quotes: "required" }),
    );
    expect(problems).toEqual([
      "/nonexistent/sources: source texts folder not found, so the quotes cannot be checked",
    ]);
  });
});
