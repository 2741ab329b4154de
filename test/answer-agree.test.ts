import { describe, expect, it } from "vitest";
import { quoteText } from "../src/knowledge/quotes.js";
import type { Compound } from "../src/knowledge/schema.js";
import { claimsAnswering } from "../src/knowledge/subjects.js";
import { route } from "../src/interactions/route.js";
import { intentOf } from "../src/question/intent.js";
import { understand } from "../src/question/understand.js";
import { QUESTION_GOALS, SAFETY_SUBJECTS } from "../src/question/vocabulary.js";
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

/** The reply to /ask as a member reads it (a question naming no compound is asked which one is meant). */
function routed(q: string) {
  const out = route(ctx, { type: "command", name: "ask", options: { question: q } });
  if (out.type !== "reply") throw new Error(`no reply to ${q}`);
  return out.payload;
}

/** The compounds a "which compound do you mean?" reply says the sources say something on it about. */
function offered(q: string): string[] {
  const payload = routed(q);
  const said = plain(payload.embeds.map((e) => e.description ?? "").join("\n"));
  const names = said.match(/say something on it about ([^:\n]*):/)?.[1] ?? "";
  const buttons = payload.components.flatMap((row) => row.components.map((b) => b.label ?? ""));
  return [...new Set([...names.split(", ").filter(Boolean), ...buttons])];
}

describe("a safety subject asked with no compound named", () => {
  const said = (c: Compound, s: { id?: string; mentioned?: RegExp }) =>
    s.mentioned
      ? c.claims.some((x) => s.mentioned!.test(`${x.statement} ${quoteText(x.quote)}`))
      : claimsAnswering(k, c, s.id!).length > 0;
  const subjects = [
    ...k.subjects.filter((s) => s.kind === "safety").map((s) => ({ words: s.words, id: s.id })),
    ...SAFETY_SUBJECTS.map((s) => ({ words: s.words, mentioned: s.mentioned })),
  ];
  it("what about during breastfeeding / is it safe while breastfeeding: no compound is offered, no source covers nursing", () => {
    for (const q of ["what about during breastfeeding", "is it safe while breastfeeding"]) {
      expect(offered(q), q).toEqual([]);
      const said = plain(
        routed(q)
          .embeds.map((e) => e.description ?? "")
          .join("\n"),
      );
      expect(said, q).toContain("No source I quote says anything about use in pregnancy or nursing");
      expect(said, q).toContain("No information is not the same as safe");
    }
  });
  it("every safety subject's words: a compound is offered only when its sources say something on it", () => {
    const wrong: string[] = [];
    for (const s of subjects)
      for (const word of s.words)
        for (const q of [`what about during ${word}`, `is it safe while ${word}`])
          for (const name of offered(q)) {
            const c = k.compounds.find((x) => x.name === name)!;
            if (!said(c, s)) wrong.push(`${q}: ${name}`);
          }
    expect(wrong.slice(0, 8).concat(wrong.length > 8 ? [`…and ${wrong.length - 8} more`] : [])).toEqual([]);
  });
});
