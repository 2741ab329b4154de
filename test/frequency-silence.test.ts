import { describe, expect, it } from "vitest";
import { answerMessage } from "../src/reply/message-answer.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { testContext } from "./support/bot.js";

const ctx = testContext();

const textOf = (p: MessagePayload) =>
  p.embeds
    .map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join("\n"))
    .join("\n");

const SILENT = /say nothing about how often/i;

describe("how often it is taken: silent only when no source says", () => {
  it("is not called silent where a source gives the amount taken each day", () => {
    const daily = ctx.knowledge.compounds.filter((c) => c.doses.some((d) => d.per === "day"));
    expect(daily.map((c) => c.name)).toEqual(expect.arrayContaining(["Fasoracetam", "Nefiracetam"]));
    for (const c of daily)
      for (const q of [`how often should I take ${c.name}?`, `how many times a day ${c.name}`]) {
        const text = textOf(answerMessage(ctx.knowledge, ctx.ask, q));
        expect(text, q).not.toMatch(SILENT);
        // What says how often is shown: the figures given as a day's amount.
        expect(text, q).toContain("per day");
      }
  });

  it("is still called silent where no source says how often or how much a day", () => {
    const text = textOf(answerMessage(ctx.knowledge, ctx.ask, "how often should I take aniracetam?"));
    expect(text).toMatch(SILENT);
  });
});
