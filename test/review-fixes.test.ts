import { Writable } from "node:stream";
import { InteractionType, type APIInteraction } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { answerInteraction } from "../src/interactions/boundary.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { route } from "../src/interactions/route.js";
import type { OptionValues } from "../src/interactions/types.js";
import { createLogger } from "../src/logger.js";
import { testContext } from "./support/bot.js";

/** Defects found by trying the bot as a member and an attacker would; each test failed before its fix. */

const ctx = testContext();
const text = (name: string, options: OptionValues) => {
  const out = route(ctx, { type: "command", name, options });
  if (out.type !== "reply") throw new Error("expected a reply");
  return JSON.stringify(out.payload.embeds);
};

describe("review fixes", () => {
  it("/stack with only `with` asks for the pairing instead of silently answering for that compound", () => {
    const t = text("stack", { with: "choline" });
    expect(t).toContain("Which pairing?");
    expect(t).not.toContain("Stacking Choline");
  });

  it("a disagreement shown in a list of several compounds names the compound and its sources by title", () => {
    const t = text("stack", { goal: "memory" });
    const flag = /⚖️ ([^"]*?): the sources differ/.exec(t);
    expect(flag?.[1]).toMatch(/Fasoracetam|Noopept|Nefiracetam|Piracetam/);
    expect(t).not.toMatch(/— \*supplement blog article\*/);
  });

  it("/compare never points at a placeholder ('/compound ...') when it has to leave something out", () => {
    expect(text("compare", { first: "noopept", second: "piracetam" })).not.toContain("/compound ...");
  });

  it("a command interaction without its data is answered and logged as unsupported, without a stack", () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: "debug",
      destination: new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) }),
    });
    const raw = {
      id: "1",
      application_id: "2",
      type: InteractionType.ApplicationCommand,
      token: "t",
      version: 1,
    } as unknown as APIInteraction;
    const response = answerInteraction(raw, { answer: cachedRouter(ctx), logger });
    expect(JSON.stringify(response)).toContain("Not something I handle");
    expect(lines.join("")).not.toMatch(/TypeError|"stack"/);
  });
});
