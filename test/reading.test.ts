import { describe, expect, it } from "vitest";
import { splitMessage } from "../src/question/split.js";
import { answerMessage } from "../src/reply/message-answer.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { testContext } from "./support/bot.js";
import { limitProblems } from "./support/limits.js";
import { MEMBER_INPUTS } from "./support/member-inputs.js";

const ctx = testContext();

const textOf = (p: MessagePayload) =>
  p.embeds
    .map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join("\n"))
    .join("\n")
    .toLowerCase();

/** "c=Noopept; s=dose; p=2" -> { c: ["Noopept"], s: ["dose"], p: ["2"] } */
function expected(reading: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const pair of reading.split(";")) {
    const [key, value = ""] = pair.split("=").map((s) => s.trim());
    if (key) out[key] = value === "" ? [] : value.split(",").map((s) => s.trim());
  }
  return out;
}

/** What the reading finds across all the parts of a message. */
function read(q: string, context?: string) {
  const { parts } = splitMessage(ctx.ask.question, q, context);
  const unique = (xs: string[]) => [...new Set(xs)];
  const mentions = parts.flatMap((p) => p.question.mentions);
  return {
    c: unique(mentions.flatMap((m) => (m.named.kind === "covered" ? [m.named.compound.name] : []))),
    d: unique(mentions.flatMap((m) => (m.named.kind === "other" ? [m.named.drug.name] : []))),
    s: unique(
      parts.flatMap((p) => [
        ...p.question.topics,
        ...p.question.goals.map((g) => `goal:${g}`),
        ...p.question.classes.map((c) => `class:${c.cls.id}`),
      ]),
    ),
    p: [String(parts.length)],
    l: [parts.find((p) => p.question.language)?.question.language?.id ?? "en"],
  };
}

describe("member inputs: the reading each gets and what its answer says", () => {
  it("has at least 300 inputs, in every language", () => {
    expect(MEMBER_INPUTS.length).toBeGreaterThanOrEqual(300);
    for (const l of ["ru", "es", "de", "fr", "pt"])
      expect(MEMBER_INPUTS.filter((i) => i.reading.includes(`l=${l}`)).length).toBeGreaterThanOrEqual(15);
  });

  it.each(MEMBER_INPUTS)("$q ($context)", ({ q, context, reading, has = [], not = [] }) => {
    const want = expected(reading);
    const got = read(q, context);
    if (want.c) expect(got.c).toEqual(want.c);
    if (want.d) expect(got.d).toEqual(want.d);
    if (want.s) expect(got.s).toEqual(expect.arrayContaining(want.s));
    if (want.p) expect(got.p).toEqual(want.p);
    if (want.l) expect(got.l).toEqual(want.l);
    const answer = answerMessage(ctx.knowledge, ctx.ask, q, {
      ...(context !== undefined ? { context } : {}),
      compoundButton: (c, s) => `compound:${c.id}:${s}`,
    });
    expect(limitProblems(answer)).toEqual([]);
    const text = textOf(answer);
    for (const must of has) expect(text).toContain(must.toLowerCase());
    for (const mustNot of not) expect(text).not.toContain(mustNot.toLowerCase());
  });
});
