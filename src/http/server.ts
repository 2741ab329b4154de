import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import { watchConnections } from "./connections.js";
import { BodyIntake } from "./intake.js";
import { RefusalLog, type RefusalReason } from "./refusals.js";
import { ReplayGuard } from "./replay.js";
import { createVerifier, DEFAULT_MAX_SKEW_SECONDS } from "./verify.js";

/**
 * The transport-agnostic part: the same boundary the gateway adapter calls, which answers every
 * interaction (over the limit too) and logs and counts each itself. Must not throw, but is guarded.
 */
export type RespondToInteraction = (raw: APIInteraction) => Promise<APIInteractionResponse>;

export interface InteractionServerOptions {
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  respond: RespondToInteraction;
  logger: Logger;
  /** Whether the knowledge is loaded and the index built: /readyz answers 503 until then and while draining. */
  isReady?: () => boolean;
  /** The knowledge's version, shown by /readyz so that replicas can be checked to agree. */
  knowledgeVersion?: () => string;
  /** POST /reload from this machine (127.0.0.1 or ::1 only): reloads the knowledge; 200, or 422 when refused. */
  reload?: () => Promise<{ ok: boolean }>;
  metrics?: Metrics;
  maxBodyBytes?: number;
  /** Discord waits 3 s for the inline answer; past this (a report sink that waits too long) we answer 503. */
  answerTimeoutMs?: number;
  /** A client has this long to send a whole request (headers: at most 5 s of it); node answers 408 after. */
  requestTimeoutMs?: number;
  maxSkewSeconds?: number;
  now?: () => number;
  limits?: Partial<HttpLimits>;
}

/** What one replica spends on requests at most, whoever sends them (HTTP_MAX_BUFFERED_MB, HTTP_MAX_CONNECTIONS). */
export interface HttpLimits {
  /**
   * Bytes of request bodies held at once across all requests (each reserves its declared length before it is
   * read); a body that does not fit evicts those arriving for longer than evictAfterMs, else gets 503 unread.
   */
  maxBufferedBytes: number;
  evictAfterMs: number;
  /** Open connections; a request on a connection past the cap gets 503 and the connection is closed. */
  maxConnections: number;
  /** A body must arrive whole this soon after its headers (Discord sends it at once); else 408. */
  bodyTimeoutMs: number;
  /** Signatures remembered for the replay check, at most. */
  replayEntries: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxBufferedBytes: 8 * 1024 * 1024,
  evictAfterMs: 500,
  maxConnections: 1_000,
  bodyTimeoutMs: 2_000,
  replayEntries: 200_000,
};

export interface InteractionServer {
  readonly server: http.Server;
  /** Open connections and bytes of bodies held right now. */
  stats(): { connections: number; bufferedBytes: number };
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking requests (readiness fails at once), lets the ones in flight finish, then closes. */
  close(graceMs?: number): Promise<void>;
}

export const INTERACTIONS_PATH = "/interactions";
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
const DEFAULT_ANSWER_TIMEOUT_MS = 2500;

type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void;

function replier(res: http.ServerResponse): Reply {
  return (status, body, headers = {}) => {
    if (res.headersSent) return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(text)),
      ...headers,
    });
    res.end(text);
  };
}

/** Answers and closes the connection once the answer is out, without reading the rest of the request. */
function refuseAndClose(req: http.IncomingMessage, res: http.ServerResponse, status: number, error: string) {
  res.on("finish", () => req.socket.destroy());
  replier(res)(status, { error }, { connection: "close" });
}

const BODY_REFUSALS = {
  "too-large": [413, "request body too large", "too-large"],
  "over-budget": [503, "server busy", "over-budget"],
  timeout: [408, "request body not received in time", "body-timeout"],
} as const;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * Discord's HTTP interactions endpoint on node:http: POST /interactions, signature checked on every request,
 * PING answered with PONG, anything else answered inline by the shared boundary. Also /healthz and /readyz
 * (metrics have their own port). Responses and log lines carry no stack trace and no token. What anyone can
 * make it spend is bounded: signature headers are checked before the body is read, bodies share one byte
 * budget and a deadline, connections have a cap, replays within the window are refused, and refusals are
 * counted and summarised rather than logged one by one.
 */
export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const { logger, metrics } = options;
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const maxSkewSeconds = options.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS;
  const verify = createVerifier({ publicKey: options.publicKey, maxSkewSeconds, now: options.now });
  const replays = new ReplayGuard(maxSkewSeconds * 1000, limits.replayEntries, options.now);
  const refusals = new RefusalLog(logger, metrics);
  const intake = new BodyIntake(
    {
      budgetBytes: limits.maxBufferedBytes,
      deadlineMs: limits.bodyTimeoutMs,
      evictAfterMs: limits.evictAfterMs,
    },
    (bytes) => metrics?.httpBufferedBytes.set(bytes),
  );
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const answerTimeout = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  const isReady = options.isReady ?? (() => true);
  let draining = false;

  const header = (req: http.IncomingMessage, name: string) => {
    const value = req.headers[name];
    return typeof value === "string" ? value : undefined;
  };

  async function interaction(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    reply: Reply,
  ): Promise<void> {
    const started = performance.now();
    const refuse = (reason: RefusalReason, status: number, error: string) => {
      refusals.refuse(reason);
      refuseAndClose(req, res, status, error);
    };
    if (connections.overCap(req.socket)) return refuse("too-many-connections", 503, "too many connections");
    const signature = header(req, "x-signature-ed25519");
    const timestamp = header(req, "x-signature-timestamp");
    // Refused before a byte of the body is read: a request without a fresh, well-formed signature costs
    // nothing but its headers.
    const early = verify.headers(signature, timestamp);
    if (!early.ok) return refuse(early.reason, 401, "invalid request signature");
    const body = await intake.read(req, maxBody);
    if (body === "aborted") return;
    if (!Buffer.isBuffer(body)) {
      const [status, error, reason] = BODY_REFUSALS[body];
      return refuse(reason, status, error);
    }
    const verdict = verify(signature, timestamp, body);
    if (!verdict.ok) return refuse(verdict.reason, 401, "invalid request signature");
    if (replays.repeated(signature!, Number(timestamp)))
      return refuse("replay", 401, "invalid request signature");
    let raw: APIInteraction;
    try {
      raw = JSON.parse(body.toString("utf8")) as APIInteraction;
    } catch {
      return reply(400, { error: "body is not JSON" });
    }
    if (typeof raw !== "object" || raw === null || typeof raw.type !== "number")
      return reply(400, { error: "not an interaction" });
    if (raw.type === InteractionType.Ping) return reply(200, { type: InteractionResponseType.Pong });

    let outcome: APIInteractionResponse | "timeout";
    try {
      outcome = await withTimeout(options.respond(raw), answerTimeout);
    } catch (error) {
      logger.error(
        { kind: raw.type, outcome: "error", error: errorName(error) },
        "interaction failed outside the boundary",
      );
      return reply(500, { error: "internal error" });
    }
    if (outcome === "timeout") {
      logger.warn(
        { kind: raw.type, outcome: "timeout", latencyMs: Math.round(performance.now() - started) },
        "interaction not answered in time",
      );
      return reply(503, { error: "not answered in time" });
    }
    reply(200, outcome);
  }

  async function handleRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const reply = replier(res);
    const path = (req.url ?? "/").split("?")[0];
    const isGet = req.method === "GET" || req.method === "HEAD";
    if (path === INTERACTIONS_PATH) {
      if (req.method !== "POST") return reply(405, { error: "method not allowed" }, { allow: "POST" });
      return interaction(req, res, reply);
    }
    if (path === "/healthz" || path === "/readyz") {
      if (!isGet) return reply(405, { error: "method not allowed" }, { allow: "GET, HEAD" });
      if (path === "/healthz") return reply(200, { status: "ok" });
      return isReady() && !draining
        ? reply(200, { status: "ready", knowledge: options.knowledgeVersion?.() })
        : reply(503, { status: draining ? "draining" : "starting" });
    }
    if (path === "/reload" && options.reload) {
      if (req.method !== "POST") return reply(405, { error: "method not allowed" }, { allow: "POST" });
      if (!isLoopback(req.socket.remoteAddress)) return reply(403, { error: "only from this machine" });
      req.resume();
      const outcome = await options.reload();
      return reply(outcome.ok ? 200 : 422, outcome);
    }
    reply(404, { error: "not found" });
  }

  const requestTimeout = options.requestTimeoutMs ?? 10_000;
  const server = http.createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(5_000, requestTimeout),
      connectionsCheckingInterval: Math.min(1_000, requestTimeout),
      // Longer than a load balancer's idle timeout, so the balancer closes idle connections, not us.
      keepAliveTimeout: 65_000,
    },
    (req, res) => {
      res.on("finish", () =>
        metrics?.httpRequests.inc({ path: knownPath(req.url), status: String(res.statusCode) }),
      );
      handleRequest(req, res).catch((error: unknown) => {
        logger.error({ error: errorName(error) }, "request failed");
        replier(res)(500, { error: "internal error" });
      });
    },
  );

  const connections = watchConnections(server, limits.maxConnections, logger, metrics);

  return {
    server,
    stats: () => ({ connections: connections.count(), bufferedBytes: intake.bufferedBytes }),
    listen(port, host = "0.0.0.0") {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          server.on("error", connections.onError);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    async close(graceMs = 10_000) {
      draining = true;
      refusals.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(force);
    },
  };
}

const KNOWN_PATHS = new Set([INTERACTIONS_PATH, "/healthz", "/readyz", "/reload"]);

const isLoopback = (address: string | undefined) =>
  address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";

/** The path as a metric label: one of ours, or "other", so random paths cannot grow the label set. */
function knownPath(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0] ?? "/";
  return KNOWN_PATHS.has(path) ? path : "other";
}
