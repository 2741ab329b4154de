import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { describe, expect, expectTypeOf, it } from "vitest";
import { EVERYWHERE, slashCommand } from "../src/interactions/define.js";
import { route } from "../src/interactions/route.js";
import type { OptionsOf, SlashCommandData } from "../src/interactions/types.js";
import { testContext } from "./support/bot.js";

/** A command's handler sees its options typed from its data, and the values it is given match those types. */

const data = {
  name: "sample",
  description: "A sample",
  options: [
    { type: ApplicationCommandOptionType.String, name: "name", description: "d", required: true },
    {
      type: ApplicationCommandOptionType.String,
      name: "section",
      description: "d",
      choices: [
        { name: "A", value: "a" },
        { name: "B", value: "b" },
      ],
    },
    { type: ApplicationCommandOptionType.Integer, name: "count", description: "d" },
    { type: ApplicationCommandOptionType.Boolean, name: "private", description: "d" },
  ],
  ...EVERYWHERE,
} as const satisfies SlashCommandData;

describe("options typed from the data", () => {
  it("a required option is never undefined; choices are a union of their values", () => {
    expectTypeOf<OptionsOf<typeof data>>().toEqualTypeOf<{
      readonly name: string;
      readonly section?: "a" | "b";
      readonly count?: number;
      readonly private?: boolean;
    }>();
  });

  it("a value that does not match the data (missing, or not one of the choices) never reaches the handler", () => {
    const seen: unknown[] = [];
    const sample = slashCommand({
      data,
      examples: [],
      execute: (_ctx, options) => (
        seen.push(options),
        { embeds: [], components: [], allowed_mentions: { parse: [] } }
      ),
    });
    const ctx = testContext();
    const withSample = { ...ctx, commands: { ...ctx.commands, get: () => sample } };
    const run = (options: Record<string, string>) =>
      route(withSample, { type: "command", name: "sample", options });
    expect(() => run({ section: "a" })).toThrow(/name/);
    expect(() => run({ name: "x", section: "c" })).toThrow(/section/);
    run({ name: "x", section: "b" });
    expect(seen).toEqual([{ name: "x", section: "b" }]);
  });

  it("the real commands read a required option without a fallback", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const { PROJECT_ROOT } = await import("../src/paths.js");
    const dir = path.join(PROJECT_ROOT, "commands");
    const fallbacks = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /options\.\w+ \?\? ""/.test(fs.readFileSync(path.join(dir, f), "utf8")));
    expect(fallbacks).toEqual([]);
  });
});
