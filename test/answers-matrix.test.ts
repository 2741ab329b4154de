import { describe, expect, it } from "vitest";
import { route } from "../src/interactions/route.js";
import type { BotContext, OptionValues } from "../src/interactions/types.js";
import { GOALS } from "../src/knowledge/schema.js";
import { SECTIONS } from "../src/reply/compound/sections.js";
import { toComponentsV2 } from "../src/reply/v2/convert.js";
import { testContext } from "./support/bot.js";
import { cardText } from "./support/cards.js";
import {
  amountProblems,
  type Asked,
  embedsText,
  falseSilences,
  matrixQuestions,
  missingQualifiers,
  missingSides,
  missingVerdicts,
  plain,
  silentCuts,
} from "./support/matrix.js";

/**
 * Every compound × every subject × several phrasings (and amounts), plus every card view, /compare and
 * /stack: each answer must carry what its sources attach to what it shows (checks (a)–(f), test/support/matrix.ts).
 */

const ctx: BotContext = testContext();
const knowledge = ctx.knowledge;

function read(name: string, options: OptionValues): string {
  const out = route(ctx, { type: "command", name, options });
  if (out.type !== "reply" && out.type !== "update") return "";
  return embedsText(out.payload);
}

/** The answer as the Components V2 card a new message is sent as (4,000 characters, not 6,000). */
function readV2(name: string, options: OptionValues): string {
  const out = route(ctx, { type: "command", name, options });
  if (out.type !== "reply" && out.type !== "update") return "";
  return plain(cardText(toComponentsV2(out.payload)).replace(/^#+ /gm, ""));
}

const questions = matrixQuestions(knowledge);
// As V2 cards too, for the questions asked one at a time ("tell me about X and Y" is two questions sharing a
// message: that sharing is not yet held to V2's room).
const answers = questions.flatMap((q) => [
  { q, text: read("ask", { question: q.text }) },
  ...(q.text.includes(" and ")
    ? []
    : [{ q: { ...q, text: `${q.text} [V2]` }, text: readV2("ask", { question: q.text }) }]),
]);

const views: { label: string; text: string }[] = [
  ...knowledge.compounds.flatMap((c) =>
    SECTIONS.map((section) => ({
      label: `/compound ${c.id} ${section}`,
      text: read("compound", { name: c.id, section }),
    })),
  ),
  ...knowledge.compounds.flatMap((a) =>
    knowledge.compounds
      .filter((b) => b !== a)
      .map((b) => ({
        label: `/compare ${a.id} ${b.id}`,
        text: read("compare", { first: a.id, second: b.id }),
      })),
  ),
  ...knowledge.compounds.map((c) => ({ label: `/stack ${c.id}`, text: read("stack", { compound: c.id }) })),
  ...GOALS.flatMap((goal) => [
    { label: `/stack goal:${goal}`, text: read("stack", { goal }) },
    { label: `best nootropic for ${goal}`, text: read("ask", { question: `best nootropic for ${goal}` }) },
  ]),
  ...knowledge.compounds.flatMap((a) =>
    knowledge.compounds
      .filter((b) => b !== a)
      .map((b) => {
        const question = `${a.name} vs ${b.name} for memory`;
        return { label: question, text: read("ask", { question }) };
      }),
  ),
];

/** The failures of one check over the whole matrix, each labelled with its question, at most 12 shown. */
function failures(check: (text: string, q?: Asked) => string[], withViews = false): string[] {
  const out = [
    ...answers.flatMap(({ q, text }) => check(text, q).map((f) => `${q.text} → ${f}`)),
    ...(withViews ? views.flatMap(({ label, text }) => check(text).map((f) => `${label} → ${f}`)) : []),
  ];
  return out.slice(0, 12).concat(out.length > 12 ? [`…and ${out.length - 12} more`] : []);
}

describe("the answers matrix", () => {
  it("asks at least 2,000 questions", () => {
    expect(questions.length).toBeGreaterThanOrEqual(2000);
  });
  it("(a) shows every caveat that qualifies a shown claim", () => {
    expect(failures((t) => missingQualifiers(knowledge, t))).toEqual([]);
  });
  it("(b) shows every side of a disagreement it touches", () => {
    expect(failures((t) => missingSides(knowledge, t))).toEqual([]);
  });
  it("(c) never calls the sources silent on a subject a claim answers", () => {
    expect(failures((t, q) => falseSilences(knowledge, t, q?.compound))).toEqual([]);
  });
  it('(d) never cuts a list without "…and N more"', () => {
    expect(failures((t, q) => silentCuts(knowledge, t, q))).toEqual([]);
  });
  it('(e) never calls an amount "within" an open or exceeded figure, and says how far above it is', () => {
    expect(failures((t, q) => (q?.amount ? amountProblems(t, q.compound, q.amount) : []), false)).toEqual([]);
  });
  it("(g) says where the rest is by a command a member can send: no '<name>' left to fill in", () => {
    const placeholder =
      /\/compound name:<name>|\/stack goal:\S+ compound:<name>|more: `?\/stack compound:<name>/;
    expect(failures((t) => (placeholder.test(t) ? [placeholder.exec(t)![0]] : []), true)).toEqual([]);
  });
  it("(f) gives the sceptical verdict with safety and efficacy answers", () => {
    expect(failures((t, q) => (q ? missingVerdicts(knowledge, t, q) : []), false)).toEqual([]);
  });
});
