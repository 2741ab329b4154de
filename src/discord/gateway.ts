import { REST } from "@discordjs/rest";
import {
  GatewayDispatchEvents,
  GatewayIntentBits,
  Routes,
  type APIInteraction,
  type GatewayDispatchPayload,
} from "discord-api-types/v10";
import { handleInteraction, shuttingDown, type BoundaryDeps } from "../interactions/boundary.js";
import { cachedRouter } from "../interactions/cache.js";
import type { Limiter } from "../interactions/limiter.js";
import type { ChannelPost } from "../interactions/report.js";
import type { BotContext } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import { InFlight, type DrainResult } from "../in-flight.js";
import { observeInteraction, type Metrics } from "../metrics.js";
import { createCallbackSender } from "./callback.js";
import { connectToGateway } from "./connection.js";
import { answerMention } from "./mentions.js";
import { logRestEvents, restFailure } from "./rest-log.js";

export interface BotOptions {
  token: string;
  /** Discord's API base URL, e.g. https://discord.com/api; the end-to-end tests point it at a local fake. */
  apiUrl?: string;
  ctx: BotContext;
  logger: Logger;
  limiter?: Limiter;
  /** Where "Report a problem" reports are posted; logged only when unset. */
  reportChannelId?: string;
  /** Counts interactions and each shard's status, when metrics are served. */
  metrics?: Metrics;
  /** Answer questions that @mention the bot in chat (src/discord/mentions.ts); needs the message intents. */
  mentions?: boolean;
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
 * in its channel. Every answer and post is in-flight work the drain waits for.
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { logger } = options;
  const deps: BoundaryDeps = {
    answer: cachedRouter(options.ctx),
    logger,
    limiter: options.limiter,
    reportChannelId: options.reportChannelId,
  };
  const { metrics } = options;
  if (metrics) deps.onOutcome = (outcome) => observeInteraction(metrics, outcome);
  const sendCallback = createCallbackSender({ apiUrl: options.apiUrl, logger });
  const inFlight = new InFlight(logger);
  let draining = false;
  const rest = new REST({ ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  logRestEvents(rest, logger);
  const post = async ({ channelId, body }: ChannelPost, kind: "report" | "mention") => {
    try {
      await rest.post(Routes.channelMessages(channelId), { body });
    } catch (error) {
      logger.error(
        { kind, channelId, ...restFailure(error, "POST /channels/:id/messages") },
        kind === "report"
          ? "could not post the report to the reports channel"
          : "could not post the answer to a mention",
      );
    }
  };

  const respond = async (raw: APIInteraction, receivedAt: number) => {
    const answered = draining ? { response: shuttingDown(raw) } : handleInteraction(raw, deps);
    await sendCallback(raw, answered.response, receivedAt);
    if (answered.post) await post(answered.post, "report");
  };
  // From READY, the first dispatch: the mentions that follow it in the same read need it already.
  let selfId: string | undefined;
  const mentionDeps = { ...deps, botId: () => (draining ? undefined : selfId) };
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
    } else if (payload.t === GatewayDispatchEvents.InteractionCreate) {
      const receivedAt = Date.now();
      void inFlight.track({ what: "interaction answer", interactionId: payload.d.id }, () =>
        respond(payload.d, receivedAt),
      );
    } else if (payload.t === GatewayDispatchEvents.MessageCreate && options.mentions) {
      // While draining, mentions are left unanswered like any new work.
      const reply = answerMention(payload.d, mentionDeps);
      if (reply)
        void inFlight.track({ what: "mention reply", channelId: reply.channelId }, () =>
          post(reply, "mention"),
        );
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
