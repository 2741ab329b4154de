import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reply } from "../src/reply/payload.js";
import { shorten, userText } from "../src/reply/text.js";
import { limitProblems } from "./support/limits.js";

describe("shorten", () => {
  it("leaves short text alone", () => {
    expect(shorten("Short.", 10)).toBe("Short.");
  });
  it("cuts at a sentence end when one is near", () => {
    expect(shorten("First sentence here. Second sentence is longer than the room.", 40)).toBe(
      "First sentence here.…",
    );
  });
  it("never cuts mid-word: what is kept is a prefix ending where a word ends", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}\.?$/), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 15, max: 200 }),
        (words, max) => {
          const text = words.join(" ");
          const out = shorten(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          if (out === text) return;
          const body = out.slice(0, -1);
          expect(body.endsWith("…")).toBe(false);
          expect(text.startsWith(body)).toBe(true);
          expect([" ", undefined]).toContain(text[body.length]);
        },
      ),
    );
  });
});

describe("userText", () => {
  it("escapes markdown, breaks mentions, drops control characters and shortens", () => {
    expect(userText("**bold** _x_")).toBe("\\*\\*bold\\*\\* \\_x\\_");
    expect(userText("@everyone <@123>")).not.toMatch(/@everyone|<@123>/);
    expect(userText("a\u0000b\nc")).toBe("a b c");
    expect(userText("x".repeat(500)).length).toBeLessThanOrEqual(60);
  });
});

describe("reply", () => {
  it("brings an oversized reply within every limit and says what was left out", () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({
      name: `Field ${i} `.repeat(40),
      value: "word ".repeat(300),
    }));
    const payload = reply([{ title: "T".repeat(300), description: "d ".repeat(3000), fields }], {
      more: "the dosing section",
    });
    expect(limitProblems(payload)).toEqual([]);
    const last = payload.embeds[0]!.fields!.at(-1)!;
    expect(last.name).toBe("Not shown");
    expect(last.value).toMatch(/^\d+ more not shown here: the dosing section$/);
  });
  it("the limit check itself catches what Discord would reject", () => {
    const bad = {
      embeds: [{ title: "x", fields: Array.from({ length: 26 }, () => ({ name: "n", value: "v" })) }],
      components: [],
      allowed_mentions: { parse: [] },
    } as never;
    expect(limitProblems(bad)).toEqual(
      expect.arrayContaining(["embed 0 has too many fields", "embed 0 needs a footer within limits"]),
    );
  });
});
