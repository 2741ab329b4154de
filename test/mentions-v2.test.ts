import { MessageFlags } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { answerMention, type MentionDeps } from "../src/discord/mentions.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { createLogger } from "../src/logger.js";
import { contextOf } from "../src/question/follow-up.js";
import { tokenize } from "../src/question/tokens.js";
import { translate } from "../src/question/translate.js";
import { componentCount, textLength } from "../src/reply/v2/count.js";
import { V2_LIMITS } from "../src/reply/v2/types.js";
import { testContext } from "./support/bot.js";
import { BOT_ID } from "./support/fake-discord.js";
import { cardHeadings, cardText, isV2 } from "./support/cards.js";
import { channelMessage } from "./support/messages.js";

/** Mentions answered with the same Components V2 cards as slash commands, in the server's language. */

const ctx = testContext();
const logger = createLogger({ level: "silent" });
const deps = (extra: Partial<MentionDeps> = {}): MentionDeps => ({
  botId: () => BOT_ID,
  router: cachedRouter(ctx),
  logger,
  ...extra,
});
const languageOf = (text: string) => translate(ctx.ask.question.translator, tokenize(text)).language?.id;
const ask = async (question: string, extra: Partial<MentionDeps> = {}) =>
  (await answerMention(channelMessage(question, { mentionBot: true }), deps(extra)))!.body;

describe("a mention's answer", () => {
  it("is a V2 card within V2's limits, no embeds, pinging no one", async () => {
    for (const q of ["noopept dose?", "is noopept safe", "piracetam vs noopept", "what helps memory", ""]) {
      const body = await ask(q);
      expect(isV2(body), q).toBe(true);
      expect(body.embeds).toBeUndefined();
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect((body.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
      const components = body.components as Parameters<typeof componentCount>[0];
      expect(componentCount(components), q).toBeLessThanOrEqual(V2_LIMITS.components);
      expect(textLength(components), q).toBeLessThanOrEqual(V2_LIMITS.text);
    }
  });

  it("is in the server's preferred locale, else the question's language, else English", async () => {
    const german = await ask("noopept dose?", { guildLocale: () => "de", languageOf });
    expect(cardText(german)).toMatch(/keine medizinische Beratung/);
    expect(cardHeadings(german)[0]).toBe("Noopept: Dosis");
    const russian = await ask("ноопепт доза?", { languageOf });
    expect(cardText(russian)).toMatch(/не медицинский совет/);
    expect(cardHeadings(russian)[0]).toBe("Noopept: доза");
    const english = await ask("noopept dose?", { languageOf });
    expect(cardText(english)).toMatch(/Educational only/);
    // The note that the quotes are in English is said once, in the answer's language.
    expect(cardText(russian).match(/на английском/g)).toHaveLength(1);
  });

  it("to a bare mention says how to ask, in the server's language", async () => {
    expect(cardText(await ask("", { guildLocale: () => "fr" }))).toMatch(/Posez-moi une question/);
  });

  it("is read back as a follow-up's context: its first heading", async () => {
    const body = await ask("noopept dose?");
    expect(contextOf({ content: "", components: body.components as unknown[] })).toBe("Noopept: dose");
  });
});
