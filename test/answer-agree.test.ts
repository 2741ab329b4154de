import { describe, expect, it } from "vitest";
import { intentOf } from "../src/question/intent.js";
import { understand } from "../src/question/understand.js";
import { QUESTION_GOALS } from "../src/question/vocabulary.js";
import { askReply } from "../src/reply/ask.js";
import { testContext } from "./support/bot.js";
import { plain } from "./support/matrix.js";

/** Answers to one question asked two ways must agree: what one shows, the other never calls silent. */

const ctx = testContext();
const k = ctx.knowledge;
const ask = (q: string) =>
  plain(
    askReply(k, ctx.ask, q)
      .embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])
      .join("\n"),
  );

describe("a goal asked of two compounds and of each alone", () => {
  it("nefiracetam or aniracetam for anxiety: aniracetam's anxiolytic claim is shown, not 'say nothing'", () => {
    const t = ask("nefiracetam or aniracetam for anxiety?");
    expect(t).toContain("“aniracetam, a common racetam nootropic utilized for its anxiolytic benefits”");
    expect(t).not.toMatch(/say nothing on it for [^\n]*Aniracetam/);
  });
  it("every goal × every pair: a compound whose goal answer shows claims is never called silent on it", () => {
    const wrong: string[] = [];
    for (const goal of QUESTION_GOALS)
      for (const a of k.compounds)
        for (const b of k.compounds.filter((x) => x !== a)) {
          const q = `${a.id} or ${b.id} for ${goal}`;
          const { intent } = intentOf(understand(ctx.ask.question, q));
          expect(intent.kind, q).toBe("compare-for");
          const silence = ask(q).match(/say nothing on it for ([^\n]*)/)?.[1] ?? "";
          for (const c of [a, b]) {
            const alone = ask(`${c.id} for ${goal}`);
            expect(alone, `${c.id} for ${goal}`).toMatch(/^Reported for /);
            const reports = !alone.includes(`report nothing about`);
            if (reports && silence.includes(c.name)) wrong.push(`${q}: silent on ${c.name}`);
          }
        }
    expect(wrong.slice(0, 8).concat(wrong.length > 8 ? [`…and ${wrong.length - 8} more`] : [])).toEqual([]);
  });
});
