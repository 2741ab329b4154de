import { describe, expect, it } from "vitest";
import { route } from "../src/interactions/route.js";
import type { BotContext } from "../src/interactions/types.js";
import { GOALS } from "../src/knowledge/schema.js";
import { goalHits } from "../src/reply/goal-claims.js";
import { testContext } from "./support/bot.js";
import { toComponentsV2 } from "../src/reply/v2/convert.js";
import { cardText } from "./support/cards.js";
import { embedsText, isShown, plain } from "./support/matrix.js";

/**
 * "X vs Y for Z": what the sources say comparing the two on Z comes first, and each side that has claims on Z
 * gets at least one of them shown, with its sources' verdict (a side with stronger evidence does not push the
 * other out of the answer).
 */

const ctx: BotContext = testContext();
const { knowledge } = ctx;

function ask(question: string): string {
  const out = route(ctx, { type: "command", name: "ask", options: { question } });
  if (out.type !== "reply") throw new Error(`no reply to ${question}`);
  return embedsText(out.payload);
}

const byId = (id: string) => knowledge.compounds.find((c) => c.id === id)!;

describe("X vs Y for a goal", () => {
  it("shows the claim comparing the two on that goal, and does not call the other side silent", () => {
    const text = ask("nefiracetam vs aniracetam which is better for mood");
    const linking = byId("nefiracetam").claims.find(
      (c) => c.topic === "comparison" && c.with === "aniracetam" && /mood/.test([c.quote].flat().join(" ")),
    )!;
    expect(isShown(text, linking)).toBe(true);
    expect(text).not.toMatch(/say nothing on it for Aniracetam/);
  });

  it("a stack claim linking the sides on what is asked is shown, and that side is not called silent", () => {
    const text = ask("citicoline or alpha gpc for fasoracetam headaches");
    expect(text).toContain("Stacking with a choline source such as Alpha GPC synergizes the actions");
    expect(text).not.toMatch(/say nothing on it for Alpha-GPC/);
  });

  it("shows at least one claim of every side that has claims on the goal, or names it as left out for room, for every pair and goal", () => {
    const failures: string[] = [];
    const compounds = knowledge.compounds;
    for (const goal of GOALS)
      for (const [i, a] of compounds.entries())
        for (const b of compounds.slice(i + 1)) {
          const text = ask(`${a.name.toLowerCase()} vs ${b.name.toLowerCase()} for ${goal}`);
          for (const side of [a, b]) {
            const hits = goalHits(knowledge, goal, side);
            const cut = new RegExp(
              `for [^\\n]*${side.name}[^\\n]* does not fit beside the rest: \`/stack goal:${goal} compound:${side.id}\``,
            );
            if (hits.length > 0 && !hits.some((h) => isShown(text, h.claim)) && !cut.test(text))
              failures.push(`${a.id} vs ${b.id} for ${goal}: nothing of ${side.id} shown`);
          }
        }
    expect(failures).toEqual([]);
  });

  it("nefiracetam vs noopept for memory carries noopept's claims and its sources' verdict", () => {
    const text = ask("nefiracetam vs noopept for memory");
    expect(text).toContain("Noopept: In a study in rats it improved their learning rate");
    expect(text).toContain("Little research has been done");
  });
});

describe("X vs Y for a goal beside another question", () => {
  it("takes its share of the message: no field of the message is dropped to fit", () => {
    for (const q of [
      "noopept vs piracetam for anxiety. also fasoracetam side effects",
      "nefiracetam vs aniracetam for mood? is nefiracetam safe?",
    ]) {
      const out = route(ctx, { type: "command", name: "ask", options: { question: q } });
      if (out.type !== "reply") throw new Error(`no reply to ${q}`);
      // As a V2 card, the 4,000 characters a new message has.
      const text = plain(cardText(toComponentsV2(out.payload)));
      expect(text, q).toContain("Your message asks 2 things");
      expect(text, q).not.toMatch(/Not shown/);
    }
  });
});

describe("what a comparison is about", () => {
  it("is what the question asks of the sides (stronger), not the other words of a long message", () => {
    const text = ask(
      "hey so i've been reading a lot about racetams lately and my friend told me that noopept is basically 1000 times stronger than piracetam, is that true or just marketing?",
    );
    expect(text).toMatch(/^Noopept vs Piracetam: stronger/);
    expect(text).not.toMatch(/\bve\b/);
    expect(text).toContain("claimed to be up to 1,000x more potent than piracetam");
  });
});
