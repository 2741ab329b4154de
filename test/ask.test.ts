import { MessageFlags } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { TerminalSession } from "../src/cli/session.js";
import { answerMention, mentionsBot, type MentionDeps } from "../src/discord/mentions.js";
import { parseEnv } from "../src/env.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { Limiter } from "../src/interactions/limiter.js";
import { route } from "../src/interactions/route.js";
import { KnowledgeError } from "../src/knowledge/parse.js";
import { parseOtherDrugs } from "../src/knowledge/other-drugs.js";
import { createLogger } from "../src/logger.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { buildFullTextIndex, searchKnowledge } from "../src/search/fulltext.js";
import { testContext } from "./support/bot.js";
import { BOT_ID } from "./support/fake-discord.js";
import { limitProblems } from "./support/limits.js";
import { channelMessage } from "./support/messages.js";
import { spawnEntry } from "./support/spawn.js";

const ctx = testContext();
const text = (p: MessagePayload) => JSON.stringify(p.embeds).toLowerCase();
const command = (name: string, options: Record<string, string | boolean>) => {
  const out = route(ctx, { type: "command", name, options });
  if (out.type !== "reply") throw new Error(`expected a reply, got ${out.type}`);
  return out.payload;
};

describe("knowledge/other-drugs.yaml", () => {
  const parse = (yaml: string) => parseOtherDrugs({ path: "other-drugs.yaml", text: yaml }, ctx.knowledge);
  const problems = (yaml: string) => {
    try {
      parse(yaml);
      return [];
    } catch (error) {
      if (error instanceof KnowledgeError) return error.problems;
      throw error;
    }
  };

  it("loads: every entry has a name and a kind, and the classes a drug belongs to exist", () => {
    const drugs = ctx.ask.question.others;
    expect(drugs.size).toBeGreaterThan(30);
    expect([...drugs.values()].map((d) => d.name)).toEqual(
      expect.arrayContaining([
        "SSRIs",
        "MAOIs",
        "Alcohol",
        "Benzodiazepines",
        "Blood thinners",
        "Stimulants",
      ]),
    );
  });

  it("rejects a name that belongs to a compound or a not-covered entry, a duplicate, an unknown class, a bad kind", () => {
    expect(problems("drugs:\n  - name: Noopept\n    kind: drug\n")).toEqual([
      "other-drugs.yaml: drugs[0].name: 'Noopept' is already a name of compound noopept",
    ]);
    expect(problems("drugs:\n  - name: X\n    kind: drug\n    aliases: [Adderall]\n")[0]).toMatch(
      /aliases\[0\]: 'Adderall' is already a name of not-covered 'Amphetamine'/,
    );
    expect(problems("drugs:\n  - name: Zz\n    kind: drug\n  - name: zz\n    kind: drug\n")[0]).toMatch(
      /drugs\[1\]\.name: 'zz' is already a name of 'Zz'/,
    );
    expect(problems("drugs:\n  - name: Zz\n    kind: drug\n    member_of: Nope\n")[0]).toMatch(
      /member_of: 'Nope' is not the name of a class/,
    );
    expect(problems("drugs:\n  - name: Zz\n    kind: pill\n")[0]).toMatch(/drugs\[0\]\.kind/);
    expect(problems("drugs: [")[0]).toMatch(/malformed YAML/);
  });
});

describe("full-text search", () => {
  it("finds the claims that mention a word, across compounds, ranked", () => {
    const hits = searchKnowledge(ctx.ask.fulltext, ["headaches"]);
    expect(new Set(hits.map((h) => h.compound.id)).size).toBeGreaterThan(2);
    expect(new Set(searchKnowledge(ctx.ask.fulltext, ["TrkB"]).map((h) => h.compound.id))).toEqual(
      new Set(["noopept"]),
    );
  });

  it("takes typos and prefixes, and finds nothing for nonsense", () => {
    expect(searchKnowledge(ctx.ask.fulltext, ["acetylcholin"]).length).toBeGreaterThan(0);
    expect(searchKnowledge(ctx.ask.fulltext, ["hedaches"]).length).toBeGreaterThan(0);
    expect(searchKnowledge(ctx.ask.fulltext, ["asdfgh"])).toEqual([]);
    expect(searchKnowledge(ctx.ask.fulltext, [])).toEqual([]);
  });

  it("searches compound names too: every hit for a name is that compound's or names it", () => {
    const index = buildFullTextIndex(ctx.knowledge);
    const hits = searchKnowledge(index, ["nefiracetam"]);
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits)
      expect(
        hit.compound.id === "nefiracetam" ||
          (hit.kind === "claim" && /nefiracetam/i.test(hit.claim.statement)),
      ).toBe(true);
  });
});

describe("/ask, /compound with a phrase, and the message command", () => {
  it("/ask answers from the sources within every limit; private:true is ephemeral", () => {
    const reply = command("ask", { question: "is noopept safe with ssris" });
    expect(text(reply)).toContain("no information is not the same as safe");
    expect(limitProblems(reply)).toEqual([]);
    expect(command("ask", { question: "noopept dose", private: true }).flags).toBe(64);
  });

  it("/compound opens the section a phrase asks for, and says when it read a short form", () => {
    expect(command("compound", { name: "noopept dose?" }).embeds[0]?.title).toBe("Noopept: dosing");
    expect(command("compound", { name: "piracetam 800mg" }).embeds[0]?.title).toBe("Piracetam: dosing");
    const short = command("compound", { name: "faso" });
    expect(short.embeds[0]?.title).toBe("Fasoracetam");
    expect(short.embeds[0]?.description).toContain("Closest match for “faso”");
    expect(text(command("compound", { name: "zoloft dose" }))).toContain(
      "sertraline (“zoloft”) (one of the ssris)** is not a nootropic",
    );
    const near = command("compound", { name: "phenylpiracetam dose" });
    expect(text(near)).toContain("phenylpiracetam");
    expect(text(near)).not.toContain("1200");
  });

  it("the message command answers the message's content, only to whoever asked", () => {
    const out = route(ctx, {
      type: "message-command",
      name: "Ask the sources",
      content: "how long does noopept last?",
    });
    if (out.type !== "reply") throw new Error("expected a reply");
    expect(out.payload.flags).toBe(64);
    expect(text(out.payload)).toContain("1 hour");
  });
});

describe("the terminal", () => {
  it("takes a line that is not a command as a question, and still runs commands", () => {
    const session = new TerminalSession(ctx);
    expect(session.replyTo("is noopept safe with ssris").embeds[0]?.title).toBe(
      "Noopept + SSRIs (one of the Antidepressants)",
    );
    expect(session.replyTo("/ask noopept dose?").embeds[0]?.title).toBe("Noopept: dose");
    expect(session.replyTo("/compound nopept").embeds[0]?.title).toBe("Noopept");
    expect(session.replyTo("/nonsense").embeds[0]?.title).toBe("Not understood");
    expect(session.replyTo("stack noopept with choline").embeds[0]?.title).toBe("Noopept + Choline");
  });

  it("reads a question as a follow-up of its last answer, as a reply in Discord is: 'and with choline?'", () => {
    const session = new TerminalSession(ctx);
    expect(session.replyTo("noopept dose?").embeds[0]?.title).toBe("Noopept: dose");
    expect(session.replyTo("and with choline?").embeds[0]?.title).toBe("Noopept + Choline");
    expect(session.replyTo("and piracetam?").embeds[0]?.title).toMatch(/^Piracetam/);
    expect(session.replyTo("aniracetam half life").embeds[0]?.title).toMatch(/^Aniracetam: half-life/);
  });

  it('npm run ask -- "noopept dose?" prints the answer', async () => {
    const run = spawnEntry("src/bin/ask.ts", ["noopept dose?"], {});
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain("== Noopept: dose ==");
    expect(run.stdout()).toContain("10–30 mg");
  });
});

describe("mentions (the pure part)", () => {
  const logger = createLogger({ level: "silent" });
  const deps = (limiter?: Limiter): MentionDeps => ({
    botId: () => BOT_ID,
    router: cachedRouter(ctx),
    logger,
    limiter,
  });

  it("is on unless MENTIONS_ENABLED says otherwise", () => {
    const value = (env: NodeJS.ProcessEnv) => {
      const result = parseEnv(env);
      return result.ok ? result.config.MENTIONS_ENABLED : result.problems;
    };
    expect(value({})).toBe(true);
    expect(value({ MENTIONS_ENABLED: "false" })).toBe(false);
    expect(value({ MENTIONS_ENABLED: "off" })).toBe(false);
    expect(value({ MENTIONS_ENABLED: "maybe" })).toEqual(["MENTIONS_ENABLED: must be true or false"]);
  });

  it("ignores messages without a mention of the bot, from bots, from itself and from webhooks", () => {
    expect(answerMention(channelMessage("noopept dose?"), deps())).toBeUndefined();
    expect(
      answerMention(
        channelMessage("noopept dose?", { mentionBot: true, bot: true, authorId: "777777777777777777" }),
        deps(),
      ),
    ).toBeUndefined();
    expect(
      answerMention(channelMessage("noopept dose?", { mentionBot: true, authorId: BOT_ID }), deps()),
    ).toBeUndefined();
    expect(
      answerMention({ ...channelMessage("noopept dose?", { mentionBot: true }), webhook_id: "1" }, deps()),
    ).toBeUndefined();
    expect(mentionsBot({ mentions: [] }, undefined)).toBe(false);
  });

  it("answers a mention as a reply that pings no one, not even the asker, and never ephemeral", async () => {
    const message = channelMessage("phenylpiracetam dose?", { mentionBot: true });
    const post = await answerMention(message, deps());
    expect(post?.channelId).toBe(message.channel_id);
    expect(post?.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post?.body.message_reference?.message_id).toBe(message.id);
    expect(post?.body.flags).toBe(MessageFlags.IsComponentsV2);
    expect(JSON.stringify(post?.body.components)).toContain("Phenylpiracetam");
  });

  it("answers a bare mention with how to ask, and leaves a user over the limit unanswered", async () => {
    expect(
      JSON.stringify((await answerMention(channelMessage("", { mentionBot: true }), deps()))?.body),
    ).toContain("Mention me with a question");
    const limiter = new Limiter({ command: { count: 1, windowMs: 60_000 } });
    const ask = () => answerMention(channelMessage("noopept dose", { mentionBot: true }), deps(limiter));
    expect(JSON.stringify((await ask())?.body)).toContain("10–30 mg");
    expect(await ask()).toBeUndefined();
  });
});

describe("a name read from a typo", () => {
  it("is the name it was read as, never a word the sources are said to be silent on", () => {
    for (const compound of ctx.knowledge.compounds) {
      // One letter changed in the middle of the name: read as the compound, by the typo matching.
      const name = compound.name.toLowerCase();
      const i = Math.floor(name.length / 2);
      const typo = name.slice(0, i) + (name[i] === "e" ? "a" : "e") + name.slice(i + 1);
      const reply = text(command("ask", { question: `is ${typo} safe` }));
      expect(reply).toContain(name);
      expect(reply).not.toContain(`mentions “${typo}”`);
      expect(reply).not.toContain(`“${typo}”: they do not say`);
    }
  });

  it("in another script is the name it was read as too (ноопепт is noopept)", () => {
    for (const [typed, name] of [
      ["ноопепт", "noopept"],
      ["пирацетам", "piracetam"],
      ["нефирацетам", "nefiracetam"],
    ] as const) {
      const reply = text(command("ask", { question: `${typed} побочные эффекты` }));
      expect(reply).toContain(name);
      expect(reply).not.toContain(`“${typed}”`);
    }
  });
});
