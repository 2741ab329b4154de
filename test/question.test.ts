import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namedName } from "../src/question/names.js";
import { intentOf } from "../src/question/intent.js";
import { understand } from "../src/question/understand.js";
import { loadPhrases } from "../src/knowledge/phrases.js";
import { neverAName } from "../src/question/vocabulary.js";
import { askReply } from "../src/reply/ask.js";
import { claimProblems } from "../src/reply/audit.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { testContext } from "./support/bot.js";
import { limitProblems } from "./support/limits.js";
import { CASES } from "./support/questions.js";

const ctx = testContext();
const names = (q: string) => understand(ctx.ask.question, q).mentions.map((m) => namedName(m.named));
const textOf = (p: MessagePayload) =>
  p.embeds
    .map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join("\n"))
    .join("\n")
    .toLowerCase();

describe("questions as members ask them", () => {
  it("has a table of at least 80 questions", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CASES)("$q", ({ q, finds, topic, goal, has = [], not = [] }) => {
    const question = understand(ctx.ask.question, q);
    expect(question.mentions.map((m) => namedName(m.named))).toEqual(finds);
    if (topic) expect(question.topics).toContain(topic);
    if (goal) expect(question.goals).toContain(goal);
    const reply = askReply(ctx.knowledge, ctx.ask, q);
    expect(limitProblems(reply)).toEqual([]);
    const text = textOf(reply);
    for (const must of has) expect(text).toContain(must.toLowerCase());
    for (const mustNot of not) expect(text).not.toContain(mustNot.toLowerCase());
  });
});

describe("provenance (the audit knowledge:check runs over the other replies)", () => {
  it("every claim an answer shows carries its evidence badge and its source, and a caveat never the no-evidence badge", () => {
    // Claims only: an amount's verdict ("800 mg is below every range ... [1]") gives its ranges with their
    // source but without an evidence badge, which the dose-line check would flag.
    const problems = CASES.flatMap(({ q }) =>
      claimProblems(ctx.knowledge, q, askReply(ctx.knowledge, ctx.ask, q)),
    );
    expect(problems).toEqual([]);
  });
});

describe("understanding", () => {
  it("reads amounts in mg, g, mcg and mg/kg", () => {
    const amounts = understand(ctx.ask.question, "20mg, 1.2 g, 500 mcg or 10 mg/kg").amounts;
    expect(amounts.map((a) => `${a.value} ${a.unit}`)).toEqual(["20 mg", "1200 mg", "0.5 mg", "10 mg/kg"]);
  });

  it("reads a short form only when it starts exactly one name, and only for a covered compound", () => {
    expect(names("faso")).toEqual(["Fasoracetam"]);
    expect(names("nefi")).toEqual(["Nefiracetam"]);
    expect(names("noo")).toEqual([]); // Noopept and Nootropil (piracetam)
    expect(names("phen")).toEqual([]); // phenylpiracetam, phenibut, ...
    expect(names("pi")).toEqual([]); // too short
  });

  it("decides a pairing, a comparison, a goal or claims", () => {
    const kind = (q: string) => intentOf(understand(ctx.ask.question, q)).intent.kind;
    expect(kind("is noopept safe with ssris")).toBe("pair");
    expect(kind("noopept vs piracetam")).toBe("compare");
    expect(kind("what helps memory")).toBe("goal");
    expect(kind("noopept dose")).toBe("claims");
    expect(kind("BDNF")).toBe("search");
    expect(kind("phenylpiracetam")).toBe("not-covered");
  });
});

/** Words of a multi-word name ("ADHD medications", "energy drink") name something together, so they are left out. */
const nameWords = new Set(
  ctx.ask.question.names.entries.flatMap((e) => e.display.toLowerCase().split(/[^a-z']+/)),
);
const nameLike = fc.constantFrom(
  ...[...neverAName(loadPhrases())].filter((w) => /^[a-z']+$/.test(w) && !nameWords.has(w)),
);

describe("properties", () => {
  it("any text: a reply within every limit, no ping, no exception", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc
        .array(
          fc.oneof(
            fc.constantFrom(
              "noopept",
              "piracetam",
              "phenylpiracetam",
              "ssris",
              "with",
              "vs",
              "dose",
              "20mg",
              "<@1234567890123456789>",
              "@everyone",
              "**",
              "\n",
            ),
            fc.string({ maxLength: 6 }),
          ),
          { maxLength: 15 },
        )
        .map((p) => p.join(" ")),
      fc.string({ unit: "binary", minLength: 3000, maxLength: 5000 }),
    );
    fc.assert(
      fc.property(text, (q) => {
        const reply = askReply(ctx.knowledge, ctx.ask, q);
        expect(limitProblems(reply)).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  it("never a compound the text does not name: everyday words name nothing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(nameLike, fc.integer({ min: 0, max: 5000 }).map(String)), { maxLength: 20 }),
        (words) => {
          expect(names(words.join(" "))).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("a covered name inside any everyday sentence is found, and nothing else", () => {
    const compound = fc.constantFrom(...ctx.knowledge.compounds);
    fc.assert(
      fc.property(
        fc.array(nameLike, { maxLength: 8 }),
        compound,
        fc.array(nameLike, { maxLength: 8 }),
        (before, c, after) => {
          const text = [...before, c.name, ...after].join(" ");
          // "choline source" names the class of choline sources (knowledge/classes.yaml), not the compound.
          fc.pre(understand(ctx.ask.question, text).classes.length === 0);
          expect(names(text)).toEqual([c.name]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
