import { describe, expect, it } from "vitest";
import { route, type Outgoing } from "../src/interactions/route.js";
import type { BotContext, OptionValues } from "../src/interactions/types.js";
import { GOALS } from "../src/knowledge/schema.js";
import { SECTIONS } from "../src/reply/compound/sections.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { limitProblems } from "./support/limits.js";
import { testContext } from "./support/bot.js";
import { realKnowledge } from "./support/knowledge.js";

const knowledge = realKnowledge();
const ctx: BotContext = testContext();
const ids = knowledge.compounds.map((c) => c.id);

function run(name: string, options: OptionValues): MessagePayload {
  const out: Outgoing = route(ctx, { type: "command", name, options });
  if (out.type !== "reply" && out.type !== "update") throw new Error("expected a reply");
  return out.payload;
}

function expectWithinLimits(label: string, payload: MessagePayload) {
  expect(limitProblems(payload), label).toEqual([]);
}

describe("every reply stays within Discord's limits and cannot ping", () => {
  it("every compound x every section, and every button", () => {
    for (const id of ids) {
      for (const section of SECTIONS) {
        const payload = run("compound", { name: id, section });
        expectWithinLimits(`${id}/${section}`, payload);
        for (const button of payload.components.flatMap((r) => r.components)) {
          const out = route(ctx, { type: "button", customId: button.custom_id });
          expect(out.type).toBe(button.custom_id.startsWith("report:") ? "modal" : "update");
          if (out.type === "update") expectWithinLimits(button.custom_id, out.payload);
        }
      }
    }
  });

  it("every ordered pair and triple for /compare", () => {
    for (const a of ids)
      for (const b of ids) {
        if (a === b) continue;
        expectWithinLimits(`${a} ${b}`, run("compare", { first: a, second: b }));
        for (const c of ids)
          if (c !== a && c !== b)
            expectWithinLimits(`${a} ${b} ${c}`, run("compare", { first: a, second: b, third: c }));
      }
  });

  it("every /stack form and goal", () => {
    expectWithinLimits("stack", run("stack", {}));
    for (const a of ids) {
      expectWithinLimits(`stack ${a}`, run("stack", { compound: a }));
      for (const b of ids) expectWithinLimits(`stack ${a} ${b}`, run("stack", { compound: a, with: b }));
      for (const goal of GOALS) expectWithinLimits(`stack ${goal} ${a}`, run("stack", { goal, compound: a }));
    }
    for (const goal of GOALS) expectWithinLimits(`stack ${goal}`, run("stack", { goal }));
  });

  it("/sources, /help and the not-covered replies", () => {
    expectWithinLimits("sources", run("sources", {}));
    expectWithinLimits("help", run("help", {}));
    for (const name of ["phenylpiracetam", "xyzzy", "", "<@123> @everyone **x**", "x".repeat(6000)]) {
      expectWithinLimits(name.slice(0, 20), run("compound", { name }));
    }
  });

  it("private:true makes any reply ephemeral", () => {
    expect(run("compound", { name: "noopept", private: true }).flags).toBe(64);
    expect(run("compare", { first: "noopept", second: "piracetam", private: true }).flags).toBe(64);
    expect(run("stack", { private: true }).flags).toBe(64);
    expect(run("sources", { private: true }).flags).toBe(64);
    expect(run("compound", { name: "noopept" }).flags).toBeUndefined();
  });

  it("answers not-covered and unknown names ephemerally, with suggestions and what we cover", () => {
    const payload = run("compound", { name: "phenylpiracetam" });
    expect(payload.flags).toBe(64);
    const text = JSON.stringify(payload.embeds);
    expect(text).toMatch(/Phenylpiracetam\*\* is a nootropic I know of, but my sources do not cover it/);
    expect(text).toMatch(/Did you mean: .*Piracetam/);
    expect(text).toMatch(
      /I cover: Alpha-GPC, Aniracetam, Choline, Fasoracetam, Nefiracetam, Noopept, Piracetam/,
    );
  });

  it("escapes user text echoed back", () => {
    const text = JSON.stringify(run("compound", { name: "**zzqx** <@123456> @everyone" }).embeds);
    expect(text).toContain("\\\\*\\\\*zzqx\\\\*\\\\*");
    expect(text).not.toMatch(/<@123456>/);
    expect(text).not.toMatch(/@everyone/);
  });

  it("says so when the same compound is given twice", () => {
    const text = JSON.stringify(run("compare", { first: "noopept", second: "nopept" }).embeds);
    expect(text).toMatch(/Same compound twice/);
  });
});
