import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExpectedError } from "../src/interactions/errors.js";
import { route } from "../src/interactions/route.js";
import type { OptionValues } from "../src/interactions/types.js";
import { testContext } from "./support/bot.js";
import { FUZZ_RUNS } from "./support/fuzz.js";
import { limitProblems } from "./support/limits.js";

const ctx = testContext();

/** What a hostile or careless user types: any unicode, control characters, mentions, markdown, 6,000 characters. */
const nasty = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "binary", maxLength: 120 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(
            "<@123456789012345678>",
            "<@!1>",
            "<@&2>",
            "<#3>",
            "@everyone",
            "@here",
            "**",
            "__",
            "`",
            "```",
            "||",
            "> ",
            "# ",
            "[x](https://e.com)",
            "\u0000",
            "\u001b[31m",
            "\u202e",
            "\n",
            "noopept",
            "NS-105",
          ),
          fc.string({ maxLength: 8 }),
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 5_000, maxLength: 6_000 }) },
);

const STACK_TRACE = /\n\s+at .+(:\d+:\d+|\(native\))|\b(TypeError|RangeError|ReferenceError):/;

function check(name: string, options: OptionValues): void {
  let out;
  try {
    out = route(ctx, { type: "command", name, options });
  } catch (error) {
    if (error instanceof ExpectedError) return;
    throw error;
  }
  if (out.type !== "reply") throw new Error("a command answered with something else than a message");
  expect(limitProblems(out.payload)).toEqual([]);
  expect(JSON.stringify(out.payload)).not.toMatch(STACK_TRACE);
}

const cases: Array<[command: string, option: string, others: OptionValues]> = [
  ["compound", "name", {}],
  ["compound", "section", { name: "noopept" }],
  ["compare", "first", { second: "piracetam" }],
  ["compare", "second", { first: "noopept" }],
  ["compare", "third", { first: "noopept", second: "piracetam" }],
  ["stack", "compound", {}],
  ["stack", "with", { compound: "noopept" }],
  ["stack", "goal", {}],
];

describe(`${FUZZ_RUNS.toLocaleString("en")} random strings per string option`, () => {
  it.each(cases)(
    "/%s %s: a reply within every limit, no ping, no stack trace, no exception",
    (command, option, others) => {
      fc.assert(
        fc.property(nasty, (value) => check(command, { ...others, [option]: value })),
        { numRuns: FUZZ_RUNS },
      );
    },
  );

  it("autocomplete on every compound option stays within Discord's limits", () => {
    fc.assert(
      fc.property(
        nasty,
        fc.constantFrom(...cases.filter(([, o]) => o !== "section" && o !== "goal")),
        (value, [command, option]) => {
          const out = route(ctx, {
            type: "autocomplete",
            name: command,
            focused: { name: option, value },
            options: {},
          });
          expect(out.type).toBe("choices");
          if (out.type !== "choices") return;
          expect(out.choices.length).toBeLessThanOrEqual(25);
          for (const c of out.choices)
            expect(c.name.length >= 1 && c.name.length <= 100 && c.value.length <= 100).toBe(true);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("a button custom id of any shape is answered, never thrown", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 100 }),
          fc.string().map((s) => `compound:${s}`),
          fc.string().map((s) => `compound:noopept:${s}`),
        ),
        (customId) => {
          const out = route(ctx, { type: "button", customId });
          if (out.type !== "reply" && out.type !== "update")
            throw new Error("a button answered with something else than a message");
          expect(limitProblems(out.payload)).toEqual([]);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
