import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExpectedError } from "../src/interactions/errors.js";
import { route } from "../src/interactions/route.js";
import type { Incoming } from "../src/interactions/types.js";
import { createLogger } from "../src/logger.js";
import { channelReportSink } from "../src/reports/channel-sink.js";
import { reportFeature } from "../src/reports/feature.js";
import { testContext } from "./support/bot.js";
import { FUZZ_RUNS } from "./support/fuzz.js";

const ctx = testContext();

/** A host no answer of ours ever names, so any link to it came from the user's text. */
const MARK = "zqxmark";

/** What Discord turns into something clickable or pinging, in message content and embed text alike. */
const CLICKABLE: Array<[string, RegExp]> = [
  ["a URL", new RegExp(`[a-z][\\w+.-]*://[^\\s<]*${MARK}`, "i")],
  ["an invite", new RegExp(`(discord(app)?\\.(gg|com/invite)|dsc\\.gg)/${MARK}`, "i")],
  ["a masked link", new RegExp(`(?<!\\\\)\\[[^\\]]*(?<!\\\\)\\]\\(\\s*<?[a-z]+:`, "i")],
  ["a user mention", /<@!?123456789012345678>/],
  ["a role mention", /<@&123456789012345678>/],
  ["a channel mention", /<#123456789012345678>/],
  ["@everyone or @here", /@(everyone|here)\b/],
];

const linky = fc.array(
  fc.oneof(
    fc.constantFrom(
      `https://${MARK}.example/x`,
      `http://www.${MARK}.com`,
      `HTTPS://${MARK}.EXAMPLE`,
      `steam://${MARK}`,
      `discord.gg/${MARK}`,
      `discordapp.com/invite/${MARK}`,
      `discord.com/invite/${MARK}`,
      `dsc.gg/${MARK}`,
      `[click](https://${MARK}.example)`,
      `[noopept](<https://${MARK}.io>)`,
      "<@123456789012345678>",
      "<@!123456789012345678>",
      "<@&123456789012345678>",
      "<#123456789012345678>",
      "@everyone",
      "@here",
      "noopept",
      "piracetam",
      "dose",
      " ",
      "?",
      "“",
      "\u200b",
    ),
    fc.string({ maxLength: 6 }),
  ),
  { minLength: 1, maxLength: 10 },
);

function clickable(text: string): string[] {
  return CLICKABLE.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

function answerText(incoming: Incoming): string {
  try {
    const out = route(ctx, incoming);
    return JSON.stringify(out);
  } catch (error) {
    if (error instanceof ExpectedError) return error.message;
    throw error;
  }
}

const runs = { numRuns: Math.max(200, FUZZ_RUNS / 2) };

describe("no text a user wrote is clickable in any answer", () => {
  it.each([
    ["ask", "question"],
    ["compound", "name"],
    ["compare", "first"],
    ["stack", "compound"],
  ])("/%s %s: no link, invite, masked link or mention survives", (name, option) => {
    fc.assert(
      fc.property(linky, (parts) => {
        const text = parts.join(" ");
        expect(clickable(answerText({ type: "command", name, options: { [option]: text } }))).toEqual([]);
      }),
      runs,
    );
  });

  it("the message command and a mention's question: no link survives", () => {
    fc.assert(
      fc.property(linky, (parts) => {
        const content = parts.join("");
        const answer = answerText({ type: "message-command", name: "Ask the sources", content });
        expect(clickable(answer)).toEqual([]);
      }),
      runs,
    );
  });

  it("a report posted to the moderators' channel carries the user's text, never clickable", async () => {
    const bodies: unknown[] = [];
    const poster = { post: (_channel: string, body: unknown) => (bodies.push(body), Promise.resolve(true)) };
    const logger = createLogger({ level: "silent" });
    const reports = reportFeature(channelReportSink({ logger, channelId: "222222222222222222", poster }));
    const caller = { userId: "555555555555555555", mustBePrivate: false };
    await fc.assert(
      fc.asyncProperty(linky, linky, async (what, source) => {
        const fields = { what: `wrong ${what.join(" ")}`, source: source.join(" ") };
        bodies.length = 0;
        await reports.modal?.(ctx, ["noopept", "dosing"], fields, caller);
        expect(bodies).toHaveLength(1);
        const posted = JSON.stringify(bodies[0]);
        expect(clickable(posted)).toEqual([]);
        if (`${fields.what} ${fields.source}`.includes(MARK)) expect(posted).toContain(MARK);
      }),
      runs,
    );
  });

  it("a known link is shown, broken, not dropped: the reader still sees where it pointed", () => {
    const out = answerText({ type: "command", name: "compound", options: { name: `https://${MARK}.io` } });
    expect(out).toContain(MARK);
    expect(clickable(out)).toEqual([]);
  });
});
