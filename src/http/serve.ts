import { createFollowUp, deferralFor } from "./follow-up.js";
import type { Boundary } from "../interactions/boundary.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import { listenOrExplain } from "./listen-error.js";
import { createInteractionServer, type HttpLimits, type InteractionServer } from "./server.js";

export interface HttpModeOptions {
  /** The one boundary every interaction goes through, built by the entry point. */
  boundary: Boundary;
  publicKey: string;
  /** Discord's API base URL, for answers that follow a deferral (those with a file); tests point it at a fake. */
  apiUrl?: string;
  logger: Logger;
  metrics?: Metrics;
  port: number;
  host?: string;
  /** What anyone can make this replica spend on requests (bytes held, connections); defaults otherwise. */
  limits?: Partial<HttpLimits>;
  /** The knowledge's version for /readyz, and POST /reload (see createInteractionServer). */
  knowledgeVersion?: () => string;
  reload?: () => Promise<{ ok: boolean }>;
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
  const followUp = createFollowUp({ apiUrl: options.apiUrl, logger });
  const server = createInteractionServer({
    publicKey: options.publicKey,
    logger,
    metrics,
    limits: options.limits,
    knowledgeVersion: options.knowledgeVersion,
    reload: options.reload,
    respond: async (raw) => {
      const answered = await options.boundary.respond(raw);
      if (!answered.files?.length) return answered.response;
      // A file cannot go in the inline JSON answer: defer, then send the answer with its file.
      void followUp(raw, answered.response, answered.files);
      return deferralFor(answered.response);
    },
  });
  const host = options.host ?? "0.0.0.0";
  const port = await listenOrExplain(host, options.port, () => server.listen(options.port, host));
  logger.info({ port, host, path: "/interactions" }, "serving HTTP interactions");
  return { server, port };
}
