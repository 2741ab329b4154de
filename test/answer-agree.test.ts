import { describe, expect, it } from "vitest";
import { quoteText } from "../src/knowledge/quotes.js";
import type { Compound } from "../src/knowledge/schema.js";
import { claimsAnswering } from "../src/knowledge/subjects.js";
import { route } from "../src/interactions/route.js";
import { intentOf } from "../src/question/intent.js";
import { understand } from "../src/question/understand.js";
import { QUESTION_GOALS, SAFETY_SUBJECTS } from "../src/question/vocabulary.js";
import { answerMessage } from "../src/reply/message-answer.js";
import type { Embed, MessagePayload } from "../src/reply/payload.js";
import { CASES } from "./support/questions.js";
import { testContext } from "./support/bot.js";
import { embedsText, plain } from "./support/matrix.js";

/** Answers to one question asked two ways must agree: what one shows, the other never calls silent. */

const ctx = testContext();
const k = ctx.knowledge;
const ask = (q: string) => embedsText(answerMessage(k, ctx.ask, q));

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
  it("is it safe with alcohol: no compound is offered, no source speaks of interactions", () => {
    expect(offered("is it safe with alcohol")).toEqual(
      k.compounds.filter((c) => claimsAnswering(k, c, "interactions").length > 0).map((c) => c.name),
    );
    const said = plain(
      routed("is it safe with alcohol")
        .embeds.map((e) => e.description ?? "")
        .join("\n"),
    );
    expect(said).toContain("No source I quote says anything about drug interactions");
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

/** The sections of a multi-part answer, by part: each starts with an embed titled "n. …". */
function sections(payload: MessagePayload): Embed[][] {
  const out: Embed[][] = [];
  for (const e of payload.embeds)
    if (/^\d\. /.test(e.title ?? "")) out.push([e]);
    else out.at(-1)?.push(e);
  return out;
}

/** The heading of the first quoted claim an answer leads with; none when it leads with a nearest mention. */
function firstQuote(embeds: readonly Embed[]): string | undefined {
  for (const f of embeds.flatMap((e) => e.fields ?? [])) {
    if (f.name.startsWith("Nearest mention")) return undefined;
    if (/^> “/m.test(f.value)) return f.name;
  }
  return undefined;
}

describe("a question sharing its message with another", () => {
  it("is noopept a stimulant? will it keep me up at night: the stimulant sides, and silence on insomnia, never safe", () => {
    const t = ask("is noopept a stimulant? will it keep me up at night");
    expect(t).toContain("Whether it feels like a stimulant");
    expect(t).toContain("psychostimulatory effects to be very noticeable");
    expect(t).toContain(
      "No source says whether Noopept causes insomnia, and none mentions it. No information is not the same as safe.",
    );
  });
  it("every part shows what it leads with when asked alone, or says it does not fit beside the others", () => {
    const singles = CASES.filter((c) => c.finds.length === 1 && !/[?.!]$/.test(c.q)).map((c) => c.q);
    const wrong: string[] = [];
    let crowded = 0;
    for (const [i, a] of singles.entries())
      for (const b of singles.slice(i + 1, i + 4)) {
        const message = `${a}? ${b}?`;
        const parts = sections(answerMessage(k, ctx.ask, message, {}));
        if (parts.length !== 2) continue;
        [a, b].forEach((q, n) => {
          const first = firstQuote(answerMessage(k, ctx.ask, q, {}).embeds);
          const part = parts[n]!;
          if (!first || part.some((e) => (e.fields ?? []).some((f) => f.name === first))) return;
          if (part[0]?.description?.includes("does not fit beside the other answers")) crowded++;
          else wrong.push(`${message}: part ${n + 1} lacks “${first.slice(0, 40)}”`);
        });
      }
    // Only noopept's mechanism leads with a group (a claim and its seven caveats) too long to share a message.
    expect(crowded).toBeLessThan(15);
    expect(wrong.slice(0, 8).concat(wrong.length > 8 ? [`…and ${wrong.length - 8} more`] : [])).toEqual([]);
  });
});
