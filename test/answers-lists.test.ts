import { describe, expect, it } from "vitest";
import { verdictsOn } from "../src/answer/companions.js";
import { route } from "../src/interactions/route.js";
import type { BotContext, OptionValues } from "../src/interactions/types.js";
import { GOALS } from "../src/knowledge/schema.js";
import { toComponentsV2 } from "../src/reply/v2/convert.js";
import { testContext } from "./support/bot.js";
import { cardText } from "./support/cards.js";
import { embedsText, isShown, missingQualifiers, missingSides, plain } from "./support/matrix.js";

/**
 * The answers that list claims across compounds: /stack goal:, "what helps memory", "racetams for memory",
 * "noopept vs piracetam for anxiety", "noopept for focus" and questions that name no compound (a search of
 * the whole knowledge). Each claim they show comes with its caveats and every side of its disagreements,
 * nothing is dropped to fit, and an answer on what a compound is reported to do carries the sources'
 * verdict on whether it is shown to work (checks (a), (b), (d), (f) of test/support/matrix.ts).
 */

const ctx: BotContext = testContext();
const knowledge = ctx.knowledge;
const names = knowledge.compounds.map((c) => c.name.toLowerCase());

function read(name: string, options: OptionValues): string[] {
  const out = route(ctx, { type: "command", name, options });
  if (out.type !== "reply" && out.type !== "update") return [""];
  return [embedsText(out.payload), plain(cardText(toComponentsV2(out.payload)).replace(/^#+ /gm, ""))];
}

interface Listed {
  label: string;
  text: string;
  /** An answer on what compounds are reported to do: their verdicts on whether it works come with it. */
  efficacy: boolean;
}

const asked = (label: string, options: OptionValues, efficacy: boolean): Listed[] =>
  read(label.startsWith("/stack") ? "stack" : "ask", options).map((text, i) => ({
    label: `${label}${i === 0 ? "" : " [V2]"}`,
    text,
    efficacy,
  }));

const SEARCHES = ["hippocampus", "acetylcholine", "bdnf", "insomnia", "headaches", "rats", "glutamate"];

const answers: Listed[] = [
  ...GOALS.flatMap((g) => [
    ...asked(`/stack goal:${g}`, { goal: g }, true),
    ...knowledge.compounds.flatMap((c) =>
      asked(`/stack goal:${g} compound:${c.id}`, { goal: g, compound: c.id }, true),
    ),
    ...asked(`what helps ${g}`, { question: `what helps ${g}` }, true),
    ...asked(`racetams for ${g}`, { question: `racetams for ${g}` }, true),
    ...names.flatMap((a, i) =>
      names
        .slice(i + 1)
        .flatMap((b) => asked(`${a} vs ${b} for ${g}`, { question: `${a} vs ${b} for ${g}` }, true)),
    ),
    ...names.flatMap((n) => asked(`${n} for ${g}`, { question: `${n} for ${g}` }, true)),
  ]),
  ...SEARCHES.flatMap((w) => asked(w, { question: w }, false)),
];

function failures(check: (a: Listed) => string[]): string[] {
  const out = answers.flatMap((a) => check(a).map((f) => `${a.label} → ${f}`));
  return out.slice(0, 12).concat(out.length > 12 ? [`…and ${out.length - 12} more`] : []);
}

describe("answers that list claims across compounds", () => {
  it("asks every goal across compounds, classes and pairs, and searches that name no compound", () => {
    expect(answers.length).toBeGreaterThan(400);
  });
  it("(a) shows every caveat that qualifies a shown claim", () => {
    expect(failures((a) => missingQualifiers(knowledge, a.text))).toEqual([]);
  });
  it("(b) shows every side of a disagreement it touches", () => {
    expect(failures((a) => missingSides(knowledge, a.text))).toEqual([]);
  });
  it("(d) drops no field to fit", () => {
    expect(
      failures((a) => (/\nNot shown\n/.test(`\n${a.text}\n`) ? ["a field was dropped (Not shown)"] : [])),
    ).toEqual([]);
  });
  it("(f) a compound's claims on what it is reported to do come with its sources' verdict on whether it is shown to work", () => {
    expect(
      failures((a) =>
        !a.efficacy
          ? []
          : knowledge.compounds
              .filter((c) => c.claims.some((x) => isShown(a.text, x)))
              .flatMap((c) =>
                verdictsOn(knowledge, c, ["efficacy"])
                  .filter((v) => !isShown(a.text, v))
                  .map((v) => `${c.id}: verdict "${v.statement.slice(0, 50)}" missing`),
              ),
      ),
    ).toEqual([]);
  });
});
