import fc from "fast-check";
import { cardText } from "./support/cards.js";
import { describe, expect, it } from "vitest";
import { answerMention } from "../src/discord/mentions.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { route } from "../src/interactions/route.js";
import { createLogger } from "../src/logger.js";
import { splitMessage } from "../src/question/split.js";
import { answerMessage } from "../src/reply/message-answer.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { testContext } from "./support/bot.js";
import { BOT_ID } from "./support/fake-discord.js";
import { limitProblems } from "./support/limits.js";
import { channelMessage } from "./support/messages.js";

const ctx = testContext();
/** What a reader sees, whether it was sent as embeds or as a V2 card (mentions are answered as V2). */
const text = (p: MessagePayload | undefined) => cardText(p).toLowerCase();
const deps = { botId: () => BOT_ID, router: cachedRouter(ctx), logger: createLogger({ level: "silent" }) };

describe("follow-ups through the front doors", () => {
  it("a mention replying to the bot's answer takes its compound: 'and with choline?' after Noopept: dose", async () => {
    const alone = await answerMention(channelMessage("and with choline?", { mentionBot: true }), deps);
    expect(text(alone?.body as MessagePayload)).not.toContain("noopept + choline");
    const reply = {
      ...channelMessage("and with choline?", { mentionBot: true }),
      referenced_message: { ...channelMessage(""), embeds: [{ title: "Noopept: dose" }] },
    };
    const post = await answerMention(reply, deps);
    expect(text(post?.body as MessagePayload)).toContain("noopept + choline");
  });

  it("a mention replying to the bot's answer of several parts takes the compounds of every part", async () => {
    const answer = answerMessage(ctx.knowledge, ctx.ask, "noopept dose? and is piracetam legal?", {});
    expect(answer.embeds.filter((e) => /^\d\. /.test(e.title ?? "")).length).toBe(2);
    const reply = {
      ...channelMessage("are they safe?", { mentionBot: true }),
      referenced_message: { ...channelMessage(""), embeds: answer.embeds.map((e) => ({ title: e.title })) },
    };
    const body = (await answerMention(reply, deps))?.body as MessagePayload;
    expect(text(body)).toContain("noopept");
    expect(text(body)).toContain("piracetam");
  });

  it("a mention replying to a member's message takes its compound and topic", async () => {
    const reply = {
      ...channelMessage("and aniracetam?", { mentionBot: true }),
      referenced_message: channelMessage("what's the dose of piracetam"),
    };
    const body = (await answerMention(reply, deps))?.body as MessagePayload;
    expect(text(body)).toContain("aniracetam: dose");
  });

  it("the message command on a reply takes what that message replies to", () => {
    const out = route(ctx, {
      type: "message-command",
      name: "Ask the sources",
      content: "so is it safe or not",
      context: "noopept side effects",
    });
    if (out.type !== "reply") throw new Error("expected a reply");
    expect(text(out.payload)).toContain("noopept");
    expect(text(out.payload)).not.toContain("which compound do you mean");
  });

  it("with no compound and nothing replied to, asks which compound, with a button for each likely one", () => {
    const out = route(ctx, { type: "command", name: "ask", options: { question: "what's the dose?" } });
    if (out.type !== "reply") throw new Error("expected a reply");
    expect(text(out.payload)).toContain("which compound do you mean");
    const ids = out.payload.components.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(ids).toContain("compound:noopept:dosing");
    const click = route(ctx, { type: "button", customId: "compound:noopept:dosing" });
    expect(click.type === "update" || click.type === "reply").toBe(true);
  });

  it("/compare gains 'for': each side answers the purpose", () => {
    const out = route(ctx, {
      type: "command",
      name: "compare",
      options: { first: "noopept", second: "piracetam", for: "anxiety" },
    });
    if (out.type !== "reply") throw new Error("expected a reply");
    expect(text(out.payload)).toContain("noopept vs piracetam: anxiety");
    expect(text(out.payload)).toContain("say nothing on it for piracetam");
  });
});

/** Every word the reading knows in any language, names of compounds and drugs, and noise. */
const vocabulary = [
  ...ctx.ask.question.translator.phrases.keys(),
  ...[...ctx.ask.question.translator.everyday.keys()].slice(0, 80),
  "dose",
  "and",
  "with",
  "vs",
  "for",
  "memory",
  "is",
  "it",
  "safe",
  "?",
  ".",
  "racetam",
  "choline source",
  "alcohol",
  "ssris",
  "https://evil.example/x",
  "discord.gg/abc",
  "[click](https://x.y)",
];
const compounds = ctx.knowledge.compounds;
const claimsByStatement = compounds.flatMap((c) => c.claims.map((claim) => ({ claim, owner: c })));

/**
 * The compounds an answer quotes claims about (a field's name carries the claim's statement): the claim's
 * own compound and, for a stack or comparison claim, the one it links to; either may be the one asked.
 */
function quotedCompounds(payload: MessagePayload): string[][] {
  const out: string[][] = [];
  // "With it (Nefiracetam): …" is what comes with a shown claim (its qualifier), about that claim's compounds.
  for (const field of payload.embeds
    .flatMap((e) => e.fields ?? [])
    .filter((f) => !f.name.startsWith("With it")))
    for (const { claim, owner } of claimsByStatement)
      if (field.name === claim.statement || field.name.endsWith(`: ${claim.statement}`))
        out.push([owner.id, ...(claim.with ? [claim.with] : [])]);
  return out;
}

describe("properties over any mix of words, in any language", () => {
  const message = fc
    .array(
      fc.oneof(
        fc.constantFrom(...vocabulary),
        fc.constantFrom(...compounds.map((c) => c.name.toLowerCase())),
        fc.string({ maxLength: 5 }),
      ),
      { maxLength: 14 },
    )
    .map((words) => words.join(" "));

  it("an answer quotes only compounds the message (or its class) names", () => {
    fc.assert(
      fc.property(message, (q) => {
        const { parts } = splitMessage(ctx.ask.question, q);
        const asked = new Set(
          parts.flatMap((p) => [
            ...p.question.mentions.flatMap((m) => (m.named.kind === "covered" ? [m.named.compound.id] : [])),
            ...p.question.classes.flatMap((c) => c.members.map((m) => m.id)),
          ]),
        );
        const answer = answerMessage(ctx.knowledge, ctx.ask, q);
        // With no compound named, a goal or a search across compounds may quote any of them.
        if (asked.size === 0) return;
        for (const about of quotedCompounds(answer))
          expect(
            about.some((id) => asked.has(id)),
            `${q}: quotes ${about.join(" + ")}`,
          ).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it("within every Discord limit, and no link from the message survives", () => {
    fc.assert(
      fc.property(message, (q) => {
        const answer = answerMessage(ctx.knowledge, ctx.ask, q);
        expect(limitProblems(answer)).toEqual([]);
        const shown = JSON.stringify(answer.embeds);
        expect(shown).not.toContain("https://evil.example");
        expect(shown).not.toContain("discord.gg/abc");
        expect(shown).not.toContain("](https://x.y)");
      }),
      { numRuns: 600 },
    );
  });
});
