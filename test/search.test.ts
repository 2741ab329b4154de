import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { autocomplete, MAX_CHOICE_LENGTH, MAX_CHOICES } from "../src/search/autocomplete.js";
import { editDistance } from "../src/search/distance.js";
import { buildSearchIndex } from "../src/search/index.js";
import { normalizeName } from "../src/knowledge/normalize.js";
import { resolve, type Resolution } from "../src/search/resolve.js";
import { realKnowledge } from "./support/knowledge.js";
import { FUZZ_RUNS } from "./support/fuzz.js";
import { synthetic } from "./support/synthetic.js";

const index = buildSearchIndex(realKnowledge());

function outcome(r: Resolution): string {
  if (r.kind === "covered") return r.compound.id;
  if (r.kind === "not-covered") return `not-covered:${r.name}`;
  return "nothing";
}

describe("normalizeName", () => {
  it.each([["alpha gpc"], ["Alpha-GPC"], ["AlphaGPC"], ["α-GPC"], ["  ALPHA.gpc  "], ["álphá–gpc!"]])(
    "%s -> alphagpc",
    (input) => {
      expect(normalizeName(input)).toBe("alphagpc");
    },
  );
});

describe("editDistance", () => {
  it.each([
    ["noopept", "noopept", 0],
    ["nopept", "noopept", 1],
    ["noopetp", "noopept", 1],
    ["nupept", "noopept", 2],
    ["racetam", "piracetam", 2],
  ])("%s ~ %s = %i", (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });
  it("stops counting past the limit", () => {
    expect(editDistance("aaaaaaaa", "bbbbbbbb", 2)).toBe(3);
  });
});

describe("resolve", () => {
  const covered: Array<[string, string]> = [
    // names, case and spacing
    ["noopept", "noopept"],
    ["Noopept", "noopept"],
    ["  NOOPEPT  ", "noopept"],
    ["piracetam", "piracetam"],
    ["nefiracetam", "nefiracetam"],
    ["aniracetam", "aniracetam"],
    ["fasoracetam", "fasoracetam"],
    ["choline", "choline"],
    ["alpha-gpc", "alpha-gpc"],
    ["Alpha GPC", "alpha-gpc"],
    ["AlphaGPC", "alpha-gpc"],
    ["α-GPC", "alpha-gpc"],
    ["alpha.gpc", "alpha-gpc"],
    // one letter off, missing letter, swapped letters, two letters off
    ["nopept", "noopept"],
    ["noopetp", "noopept"],
    ["noopeptt", "noopept"],
    ["nupept", "noopept"],
    ["noopapt", "noopept"],
    ["piracetm", "piracetam"],
    ["pirecetam", "piracetam"],
    ["piractam", "piracetam"],
    ["pircaetam", "piracetam"],
    ["nefiracetm", "nefiracetam"],
    ["nefirecetam", "nefiracetam"],
    ["nefiractam", "nefiracetam"],
    ["aniracetm", "aniracetam"],
    ["anirecatam", "aniracetam"],
    ["fasoracetm", "fasoracetam"],
    ["fasorcaetam", "fasoracetam"],
    ["cholin", "choline"],
    ["cholnie", "choline"],
    ["alpha gcp", "alpha-gpc"],
  ];
  it.each(covered)("%s -> %s", (query, id) => {
    expect(outcome(resolve(index, query))).toBe(id);
  });

  it("resolves the same typos among 1,000 compounds with similar names", () => {
    const big = buildSearchIndex(synthetic(realKnowledge(), 1000));
    for (const [query, id] of covered) {
      const r = resolve(big, query);
      // A synthetic name may be as close as the real one (then: ambiguous), but never a different real compound.
      if (r.kind === "covered" && !r.compound.id.startsWith("syn-")) expect(r.compound.id, query).toBe(id);
    }
    const exactOrOneOff = covered.filter(([q]) =>
      ["noopept", "nopept", "piracetm", "fasoracetm", "cholin"].includes(q),
    );
    for (const [query, id] of exactOrOneOff) expect(outcome(resolve(big, query)), query).toBe(id);
  });

  it("finds every alias and code name as an alias match", () => {
    for (const compound of realKnowledge().compounds) {
      for (const alias of compound.aliases) {
        const r = resolve(index, alias);
        expect(r.kind === "covered" && r.compound.id, alias).toBe(compound.id);
        expect(r.kind === "covered" && r.match, alias).toBe("alias");
      }
    }
  });

  it.each([
    ["NS-105", "fasoracetam"],
    ["ns105", "fasoracetam"],
    ["ns 105", "fasoracetam"],
    ["LAM-105", "fasoracetam"],
    ["nfc-1", "fasoracetam"],
    ["GVS-111", "noopept"],
    ["omberacetam", "noopept"],
    ["DM-9384", "nefiracetam"],
    ["Nootropil", "piracetam"],
    ["choline alfoscerate", "alpha-gpc"],
  ])("code name or other name %s -> %s", (query, id) => {
    expect(outcome(resolve(index, query))).toBe(id);
  });

  it("prefers an exact match over a fuzzy one and reports confidence", () => {
    const exact = resolve(index, "noopept");
    const fuzzy = resolve(index, "nopept");
    expect(exact).toMatchObject({ kind: "covered", match: "name", confidence: 1 });
    expect(fuzzy).toMatchObject({ kind: "covered", match: "fuzzy" });
    expect(fuzzy.kind === "covered" && fuzzy.confidence).toBeLessThan(1);
  });

  const notCovered = [
    "phenylpiracetam",
    "Phenylpiracetam",
    "phenylpiracetm",
    "phenyl piracetam",
    "levetiracetam",
    "levetiracetm",
    "brivaracetam",
    "oxiracetam",
    "oxiracetm",
    "pramiracetam",
    "coluracetam",
    "seletracetam",
    "etiracetam",
    "keppra",
    "carphedon",
    "modafinil",
    "adrafinil",
    "citicoline",
    "cdp-choline",
    "huperzine a",
    "bacopa",
    "phenibut",
    "semax",
    "l-theanine",
    "citicoline sodium",
  ];
  it.each(notCovered)("%s is known but not covered", (query) => {
    const r = resolve(index, query);
    expect(r.kind).toBe("not-covered");
  });

  it("suggests close covered names for a not-covered one", () => {
    const r = resolve(index, "phenylpiracetam");
    expect(r.kind === "not-covered" && r.suggestions.length).toBeGreaterThan(0);
    expect(r.kind === "not-covered" && r.suggestions.length).toBeLessThanOrEqual(3);
  });

  const gibberish = [
    "xyzzy",
    "asdfgh",
    "qwertyuiop",
    "racetam",
    "the best nootropic",
    "1234",
    "zzzz",
    "hello world",
    "aaaaaaa",
  ];
  it.each(gibberish)("%s resolves to nothing", (query) => {
    expect(outcome(resolve(index, query))).toBe("nothing");
  });

  const bad = [
    "",
    "   ",
    "a",
    "x".repeat(6000),
    "💊🧠",
    "\u0000\u0007\u001b[31m",
    "<@123456789012345678>",
    "@everyone",
    "@here",
    "**bold** `code`",
    "<#1> <@&2>",
  ];
  it.each(bad)("bad input %j resolves to nothing without throwing", (query) => {
    expect(outcome(resolve(index, query))).toBe("nothing");
  });

  it("never throws, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const r = resolve(index, s);
        expect(["covered", "not-covered", "unknown"]).toContain(r.kind);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe("autocomplete", () => {
  const names = (q: string) => autocomplete(index, q).map((c) => c.name);

  it("lists every covered compound for empty input", () => {
    expect(
      autocomplete(index, "")
        .map((c) => c.value)
        .sort(),
    ).toEqual(
      realKnowledge()
        .compounds.map((c) => c.id)
        .sort(),
    );
  });
  it("puts Noopept first for 'noo'", () => {
    expect(names("noo")[0]).toBe("Noopept");
  });
  it("finds Fasoracetam by 'ns-1' and shows the alias", () => {
    expect(names("ns-1")[0]).toBe("Fasoracetam (NS-105)");
    expect(autocomplete(index, "ns-1")[0]?.value).toBe("fasoracetam");
  });
  it("ranks a name prefix above an alias prefix above a fuzzy hit", () => {
    expect(names("pira")[0]).toBe("Piracetam");
    expect(names("alpha")[0]).toBe("Alpha-GPC");
    expect(names("nopep")).toEqual(["Noopept"]);
  });
  it("lists covered compounds before known names we do not cover", () => {
    const choices = autocomplete(index, "pi");
    const firstNotCovered = choices.findIndex((c) => c.name.endsWith("(not covered)"));
    expect(firstNotCovered).toBeGreaterThan(0);
    expect(choices.slice(firstNotCovered).every((c) => c.name.endsWith("(not covered)"))).toBe(true);
  });
  it("does not offer a covered compound for a not-covered prefix", () => {
    expect(names("phenylpi")).toEqual([
      "Phenylpiracetam (not covered)",
      "Phenylpiracetam hydrazide (not covered)",
    ]);
  });
  it("respects Discord's limits for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const choices = autocomplete(index, s);
        expect(choices.length).toBeLessThanOrEqual(MAX_CHOICES);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(MAX_CHOICE_LENGTH);
          expect(c.value.length).toBeLessThanOrEqual(MAX_CHOICE_LENGTH);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
  it("caps at 25 choices when many names match", () => {
    expect(autocomplete(index, "a").length).toBeLessThanOrEqual(MAX_CHOICES);
    const big = buildSearchIndex({
      compounds: Array.from({ length: 60 }, (_, i) => ({
        ...realKnowledge().compounds[0]!,
        id: `x${i}`,
        name: `Xcompound ${i}`,
        aliases: [],
      })),
      notCovered: [],
    });
    expect(autocomplete(big, "xcomp")).toHaveLength(MAX_CHOICES);
    expect(autocomplete(big, "")).toHaveLength(MAX_CHOICES);
  });
});
