import { handleInteraction, type BoundaryDeps } from "../interactions/boundary.js";
import { cachedRouter } from "../interactions/cache.js";
import type { Limiter } from "../interactions/limiter.js";
import type { BotContext } from "../interactions/types.js";
import type { Logger } from "../logger.js";
import { observeInteraction, type Metrics } from "../metrics.js";
import { listenOrExplain } from "./listen-error.js";
import { createChannelPoster } from "./rest.js";
import { createInteractionServer, type HttpLimits, type InteractionServer } from "./server.js";

export interface HttpModeOptions {
  ctx: BotContext;
  publicKey: string;
  logger: Logger;
  limiter?: Limiter;
  metrics?: Metrics;
  port: number;
  host?: string;
  /** The bot token, used only to post after answering (reports); without it such posts are logged and skipped. */
  token?: string;
  apiUrl?: string;
  reportChannelId?: string;
  /** What anyone can make this replica spend on requests (bytes held, connections); defaults otherwise. */
  limits?: Partial<HttpLimits>;
}

export interface RunningHttpMode {
  server: InteractionServer;
  port: number;
}

/**
 * HTTP interactions mode: Discord POSTs each interaction to us and takes the answer inline. The same
 * boundary, router, cache and limiter as the gateway; nothing here depends on which replica rendered a
 * card, since a button's custom id carries everything needed to answer it. It listens only once the
 * knowledge is loaded and the index built, so /readyz is 200 from the first request until shutdown begins.
 */
export async function startHttpMode(options: HttpModeOptions): Promise<RunningHttpMode> {
  const { logger, metrics } = options;
  const deps: BoundaryDeps = {
    answer: cachedRouter(options.ctx),
    logger,
    limiter: options.limiter,
    reportChannelId: options.reportChannelId,
  };
  if (metrics) deps.onOutcome = (outcome) => observeInteraction(metrics, outcome);
  const post = createChannelPoster({ token: options.token, apiUrl: options.apiUrl, logger });
  const server = createInteractionServer({
    publicKey: options.publicKey,
    logger,
    metrics,
    limits: options.limits,
    answer: (raw) => {
      const answered = handleInteraction(raw, deps);
      if (answered.post) void post(answered.post);
      return answered.response;
    },
  });
  const host = options.host ?? "0.0.0.0";
  const port = await listenOrExplain(host, options.port, () => server.listen(options.port, host));
  logger.info({ port, host, path: "/interactions" }, "serving HTTP interactions");
  return { server, port };
}
