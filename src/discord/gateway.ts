import { REST } from "@discordjs/rest";
import {
  GatewayDispatchEvents,
  GatewayIntentBits,
  type APIInteraction,
  type GatewayDispatchPayload,
} from "discord-api-types/v10";
import { shuttingDown, type Boundary } from "../interactions/boundary.js";
import type { ChannelPoster } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import { InFlight, type DrainResult } from "../in-flight.js";
import type { Metrics } from "../metrics.js";
import { createCallbackSender } from "./callback.js";
import { connectToGateway } from "./connection.js";
import { answerMention, type MentionDeps } from "./mentions.js";
import { logRestEvents } from "./rest-log.js";

export interface BotOptions {
  token: string;
  /** Discord's API base URL, e.g. https://discord.com/api; the end-to-end tests point it at a local fake. */
  apiUrl?: string;
  /** The one boundary every interaction goes through, built by the entry point. */
  boundary: Boundary;
  logger: Logger;
  /** Counts each shard's status, when metrics are served (the boundary counts interactions). */
  metrics?: Metrics;
  /**
   * Answer questions that @mention the bot in chat (src/discord/mentions.ts), posted with the one channel
   * poster; needs the message intents.
   */
  mentions?: {
    poster: ChannelPoster;
    /** The language a question is written in, when it is not English: a mention is answered in it. */
    languageOf?: (text: string) => string | undefined;
  };
}

export interface RunningBot {
  /** The bot's own user id, from READY. */
  botId: () => string | undefined;
  /** Stops taking new work (what arrives is told the bot is restarting), waits for what is in flight up to graceMs, then disconnects. */
  stop(options?: { graceMs?: number }): Promise<DrainResult>;
}

/** The intents the bot asks for: none is privileged. Guilds for interactions' context. */
export const INTENTS = [GatewayIntentBits.Guilds] as const;
/** With mentions on: the messages of servers and DMs (content arrives only for those that mention the bot). */
export const MENTION_INTENTS = [GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;
const DEFAULT_GRACE_MS = 10_000;

/**
 * The gateway adapter: each raw INTERACTION_CREATE goes through the shared boundary and its response is
 * posted to the interaction's callback as it is; each raw MESSAGE_CREATE that mentions the bot is answered
 * in its channel. Every answer is in-flight work the drain waits for; the channel poster, which the entry
 * point settles after this drain, holds the posts.
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { logger, boundary, metrics } = options;
  const sendCallback = createCallbackSender({ apiUrl: options.apiUrl, logger });
  const inFlight = new InFlight(logger);
  let draining = false;
  const rest = new REST({ ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  logRestEvents(rest, logger);

  const respond = async (raw: APIInteraction, receivedAt: number) => {
    const answered = draining ? { response: shuttingDown(raw) } : await boundary.respond(raw);
    await sendCallback(raw, answered.response, receivedAt, answered.files);
  };
  // From READY, the first dispatch: the mentions that follow it in the same read need it already.
  let selfId: string | undefined;
  // Each server's preferred locale, from GUILD_CREATE and GUILD_UPDATE: the language mentions are answered in.
  const guildLocales = new Map<string, string>();
  const { settings } = boundary;
  const mentionDeps: MentionDeps = {
    router: boundary.router,
    limiter: boundary.limiter,
    logger,
    botId: () => (draining ? undefined : selfId),
    guildLocale: (guildId) => guildLocales.get(guildId),
    ...(options.mentions?.languageOf ? { languageOf: options.mentions.languageOf } : {}),
    ...(settings
      ? {
          answersMentions: async (g) => (await settings.get(g)).answerMentions,
          showsDrafts: async (g) => (await settings.get(g)).showDrafts,
        }
      : {}),
    ...(boundary.onAnswered ? { onAnswered: boundary.onAnswered } : {}),
  };
  const onDispatch = (payload: GatewayDispatchPayload) => {
    try {
      dispatch(payload);
    } catch (err) {
      logger.error({ err, event: payload.t }, "could not handle a gateway dispatch");
    }
  };
  const dispatch = (payload: GatewayDispatchPayload) => {
    if (payload.t === GatewayDispatchEvents.Ready) {
      selfId = payload.d.user.id;
    } else if (
      payload.t === GatewayDispatchEvents.GuildCreate ||
      payload.t === GatewayDispatchEvents.GuildUpdate
    ) {
      const { id, preferred_locale: locale } = payload.d as { id?: unknown; preferred_locale?: unknown };
      if (typeof id === "string" && typeof locale === "string") guildLocales.set(id, locale);
    } else if (payload.t === GatewayDispatchEvents.GuildDelete) {
      if (!payload.d.unavailable) guildLocales.delete(payload.d.id);
    } else if (payload.t === GatewayDispatchEvents.InteractionCreate) {
      const receivedAt = Date.now();
      void inFlight.track({ what: "interaction answer", interactionId: payload.d.id }, () =>
        respond(payload.d, receivedAt),
      );
    } else if (payload.t === GatewayDispatchEvents.MessageCreate && options.mentions) {
      // While draining, mentions are left unanswered like any new work. The drain waits for the answer;
      // its post is then the poster's in-flight work (waited for, or logged as abandoned, once, by it).
      const pending = answerMention(payload.d, mentionDeps);
      const { poster } = options.mentions;
      if (pending)
        void inFlight.track({ what: "mention reply", channelId: payload.d.channel_id }, async () => {
          const reply = await pending;
          if (reply) void poster.post(reply.channelId, reply.body, "mention answer");
        });
    }
  };

  const connection = await connectToGateway({
    token: options.token,
    rest,
    intents: [...INTENTS, ...(options.mentions ? MENTION_INTENTS : [])].reduce((a, b) => a | b, 0),
    logger,
    metrics,
    onDispatch,
  });
  return {
    botId: () => selfId,
    async stop(stopOptions = {}) {
      draining = true;
      const graceMs = stopOptions.graceMs ?? DEFAULT_GRACE_MS;
      if (inFlight.size > 0)
        logger.info({ inFlight: inFlight.size, graceMs }, "draining: finishing the work in flight");
      const result = await inFlight.drain(Date.now() + graceMs);
      await connection.destroy();
      return result;
    },
  };
}
