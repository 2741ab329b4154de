import { describe, expect, it } from "vitest";
import { MAX_MESSAGE, splitMessage } from "../src/question/split.js";
import { testContext } from "./support/bot.js";

const ctx = testContext();

/** The compounds and topics the parts of a message are read as. */
function read(message: string) {
  const { parts } = splitMessage(ctx.ask.question, message);
  return parts.map((p) => ({
    typed: p.typed,
    compounds: p.question.mentions.flatMap((m) =>
      m.named.kind === "covered" ? [m.named.compound.name] : [],
    ),
    topics: p.question.topics,
  }));
}

describe("a message longer than the bot reads whole", () => {
  const chatter = "I have been reading a lot about nootropics this year. ";

  it("still reads the question at its end (a question usually ends a message)", () => {
    const message = `${chatter.repeat(100)}What is the piracetam dose?`;
    expect(message.length).toBeGreaterThan(MAX_MESSAGE);
    const parts = read(message);
    expect(parts).toContainEqual(
      expect.objectContaining({ compounds: ["Piracetam"], topics: expect.arrayContaining(["dose"]) }),
    );
  });

  it("reads its start and its end, and no word cut in two", () => {
    const message = `Is noopept safe? ${chatter.repeat(100)}What is the piracetam dose?`;
    const parts = read(message);
    expect(parts.map((p) => p.compounds)).toEqual([["Noopept"], ["Piracetam"]]);
    const words = new Set(message.split(/\s+/).map((w) => w.replace(/\W/g, "")));
    for (const p of parts)
      for (const w of p.typed.split(/\s+/)) expect(words).toContain(w.replace(/\W/g, ""));
  });

  it("reads the end of one run-on sentence too long to read whole", () => {
    const message = `so my friend said ${"that it was great and ".repeat(250)}anyway what is the piracetam dose?`;
    const parts = read(message);
    expect(parts).toContainEqual(
      expect.objectContaining({ compounds: ["Piracetam"], topics: expect.arrayContaining(["dose"]) }),
    );
  });
});
