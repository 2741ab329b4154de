import { describe, expect, it } from "vitest";
import { askReply } from "../src/reply/ask.js";
import { unansweredOf } from "../src/reply/unanswered.js";
import { testContext } from "./support/bot.js";
import { matrixQuestions } from "./support/matrix.js";

const ctx = testContext();
const text = (q: string) => JSON.stringify(askReply(ctx.knowledge, ctx.ask, q));
/**
 * What the answer itself admits: a name not covered, or sources silent on a topic or subject asked ("say
 * nothing about driving for Noopept"); not the list of safety questions every safety answer ends with.
 */
const ADMITS = /do not cover|don't cover|not a nootropic my sources cover|say nothing about [^.]* for /;

describe("unanswered questions", () => {
  it("reads the gaps an answer admits: names not covered, silent topics and subjects, no match", () => {
    expect(unansweredOf(ctx.knowledge, ctx.ask, "what about bromantane")).toEqual([
      { compound: "bromantane", subject: "not covered" },
    ]);
    expect(unansweredOf(ctx.knowledge, ctx.ask, "piracetam legal status")).toEqual([
      { compound: "piracetam", subject: "legal status" },
    ]);
    expect(unansweredOf(ctx.knowledge, ctx.ask, "is noopept safe while pregnant")).toEqual([
      { compound: "noopept", subject: "use in pregnancy or nursing" },
    ]);
    expect(unansweredOf(ctx.knowledge, ctx.ask, "quantum flux capacitor")).toEqual([
      { compound: "(none named)", subject: "quantum flux capacitor" },
    ]);
  });

  it("finds none where the answer is quoted claims", () => {
    for (const q of [
      "noopept dose?",
      "noopept half life",
      "can noopept cause headaches",
      "piracetam vs noopept",
    ])
      expect(unansweredOf(ctx.knowledge, ctx.ask, q), q).toEqual([]);
  });

  it("agrees with the answer: a gap is kept exactly when the reply says the sources do not cover it", () => {
    const questions = [
      "what about bromantane",
      "piracetam legal status",
      "semax dose",
      "noopept dose?",
      "aniracetam mechanism",
      "can noopept cause headaches",
      "phenibut and alcohol",
      "is piracetam safe for kids",
    ];
    for (const q of questions)
      expect(unansweredOf(ctx.knowledge, ctx.ask, q).length > 0, q).toBe(ADMITS.test(text(q)));
  });
});

describe("unanswered questions over the answers matrix", () => {
  it("keeps a gap exactly for each 'say nothing about S for X' the answer itself says (the plan's silence)", () => {
    const out: string[] = [];
    for (const q of matrixQuestions(ctx.knowledge)) {
      const said = new Set(
        [...text(q.text).matchAll(/say nothing about ([^.]*?) for ([^.]*?)\./g)].map(
          ([, subject, name]) => `${name!.toLowerCase()}: ${subject}`,
        ),
      );
      const kept = new Set(
        unansweredOf(ctx.knowledge, ctx.ask, q.text)
          .filter((g) => g.subject !== "not covered")
          .map(
            (g) =>
              `${ctx.knowledge.compounds.find((c) => c.id === g.compound)?.name.toLowerCase() ?? g.compound}: ${g.subject}`,
          ),
      );
      const missing = [...said].filter((s) => !kept.has(s));
      const extra = [...kept].filter((s) => !said.has(s));
      if (missing.length || extra.length)
        out.push(
          `${q.text}: said but not kept ${JSON.stringify(missing)}, kept but not said ${JSON.stringify(extra)}`,
        );
    }
    expect(out.slice(0, 10).concat(out.length > 10 ? [`…and ${out.length - 10} more`] : [])).toEqual([]);
  });
});
