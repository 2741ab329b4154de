import { describe, expect, it } from "vitest";
import { route } from "../src/interactions/route.js";
import { toComponentsV2 } from "../src/reply/v2/convert.js";
import type { BotContext, OptionValues } from "../src/interactions/types.js";
import { SECTIONS } from "../src/reply/compound/sections.js";
import { testContext } from "./support/bot.js";
import { cardText } from "./support/cards.js";
import {
  embedsText,
  falseSilences,
  isShown,
  missingQualifiers,
  missingSides,
  plain,
} from "./support/matrix.js";
import {
  aboutSection,
  COMPARE_TOPICS,
  verdictsOf,
  viewCuts,
  viewVerdicts,
  type View,
} from "./support/views.js";

/**
 * The views half of the answers matrix: every compound's card (overview and each section) and /compare for
 * every ordered pair, each held to the same checks as the questions (test/support/matrix.ts, views.ts).
 */

const ctx: BotContext = testContext();
const knowledge = ctx.knowledge;

/** The reply as embeds, and as the Components V2 card a new message is sent as (4,000 characters). */
function read(name: string, options: OptionValues): string[] {
  const out = route(ctx, { type: "command", name, options });
  if (out.type !== "reply" && out.type !== "update") return [""];
  const v2 = cardText(toComponentsV2(out.payload)).replace(/^#+ /gm, "");
  return [embedsText(out.payload), plain(v2)];
}

const each = (label: string, texts: string[], rest: Omit<View, "label" | "text">): View[] =>
  texts.map((text, i) => ({ label: `${label}${i === 0 ? "" : " [V2]"}`, text, ...rest }));

const views: View[] = [
  ...knowledge.compounds.flatMap((c) =>
    SECTIONS.flatMap((section) =>
      each(`/compound ${c.id} ${section}`, read("compound", { name: c.id, section }), {
        compounds: [c],
        about: aboutSection(knowledge, c, section),
        verdicts: verdictsOf(section),
      }),
    ),
  ),
  ...knowledge.compounds.flatMap((a) =>
    knowledge.compounds
      .filter((b) => b !== a)
      .flatMap((b) =>
        each(`/compare ${a.id} ${b.id}`, read("compare", { first: a.id, second: b.id }), {
          compounds: [a, b],
          about: [a, b].flatMap((c) => c.claims.filter((x) => COMPARE_TOPICS.includes(x.topic))),
          verdicts: ["efficacy", "safety"],
        }),
      ),
  ),
];

function failures(check: (view: View) => string[]): string[] {
  const out = views.flatMap((v) => check(v).map((f) => `${v.label} → ${f}`));
  return out.slice(0, 12).concat(out.length > 12 ? [`…and ${out.length - 12} more`] : []);
}

describe("the answers matrix: card views and /compare", () => {
  it("covers every compound's overview and sections and every pair, as embeds and as V2 cards", () => {
    const n = knowledge.compounds.length;
    expect(views.length).toBe(2 * (n * SECTIONS.length + n * (n - 1)));
  });
  it("(a) shows every caveat that qualifies a shown claim", () => {
    expect(failures((v) => missingQualifiers(knowledge, v.text))).toEqual([]);
  });
  it("(b) shows every side of a disagreement it touches", () => {
    expect(failures((v) => missingSides(knowledge, v.text))).toEqual([]);
  });
  it("(c) never calls the sources silent on a subject a claim answers", () => {
    expect(failures((v) => v.compounds.flatMap((c) => falseSilences(knowledge, v.text, c)))).toEqual([]);
  });
  it('(d) never leaves a claim out without "…and N more", nor drops a field to fit', () => {
    expect(failures(viewCuts)).toEqual([]);
  });
  it("(f) carries the verdicts on whether it works and is safe", () => {
    expect(failures((v) => viewVerdicts(knowledge, v))).toEqual([]);
  });
  it("the overview quotes a mechanism where the sources describe one", () => {
    expect(
      failures((v) =>
        / overview( \[V2\])?$/.test(v.label) &&
        v.compounds[0]!.claims.some((c) => c.topic === "mechanism") &&
        !v.compounds[0]!.claims.some((c) => c.topic === "mechanism" && isShown(v.text, c))
          ? ["no mechanism shown"]
          : [],
      ),
    ).toEqual([]);
  });
  it("says no more than the quotes: no 'both ways' unless the sources point both ways", () => {
    expect(failures((v) => (/both ways/.test(v.text) ? ["says 'both ways'"] : []))).toEqual([]);
  });
});
