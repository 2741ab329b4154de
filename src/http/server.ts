import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import { writeMetrics, type Metrics } from "../metrics.js";
import { readBody } from "./body.js";
import { createVerifier } from "./verify.js";

/**
 * The transport-agnostic part: the same boundary the gateway adapter calls, which logs and counts each
 * interaction itself. Undefined means "send nothing" (a user over the limit). Must not throw, but is guarded.
 */
export type AnswerInteraction = (
  raw: APIInteraction,
) => APIInteractionResponse | undefined | Promise<APIInteractionResponse | undefined>;

export interface InteractionServerOptions {
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  answer: AnswerInteraction;
  logger: Logger;
  /** Whether the knowledge is loaded and the index built: /readyz answers 503 until then and while draining. */
  isReady?: () => boolean;
  metrics?: Metrics;
  maxBodyBytes?: number;
  /** Discord waits 3 s for the inline answer; past this we give up and answer 503. */
  answerTimeoutMs?: number;
  /** A client has this long to send a whole request (headers: at most 5 s of it); node answers 408 after. */
  requestTimeoutMs?: number;
  maxSkewSeconds?: number;
  now?: () => number;
}

export interface InteractionServer {
  readonly server: http.Server;
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

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What to answer when the boundary sends nothing (a user over the limit, already warned): an autocomplete
 * gets no choices and a click is acknowledged without change; a command gets an error status, so Discord
 * shows that user "interaction failed", as it does in gateway mode when the bot does not answer.
 */
function silentAnswer(type: InteractionType): APIInteractionResponse | undefined {
  if (type === InteractionType.ApplicationCommandAutocomplete)
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  if (type === InteractionType.MessageComponent)
    return { type: InteractionResponseType.DeferredMessageUpdate };
  return undefined;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * Discord's HTTP interactions endpoint on node:http: POST /interactions, signature checked on every request,
 * PING answered with PONG, anything else answered inline by the shared boundary. Also /healthz, /readyz and
 * (with metrics) /metrics. Responses and log lines carry no stack trace and no token.
 */
export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const { logger, metrics } = options;
  const verify = createVerifier({
    publicKey: options.publicKey,
    maxSkewSeconds: options.maxSkewSeconds,
    now: options.now,
  });
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const answerTimeout = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  const isReady = options.isReady ?? (() => true);
  let draining = false;

  async function interaction(req: http.IncomingMessage, reply: Reply): Promise<void> {
    const started = performance.now();
    const body = await readBody(req, maxBody);
    if (body === "too-large") return reply(413, { error: "request body too large" }, { connection: "close" });
    if (body === "aborted") return;
    const signature = req.headers["x-signature-ed25519"];
    const timestamp = req.headers["x-signature-timestamp"];
    const verdict = verify(
      typeof signature === "string" ? signature : undefined,
      typeof timestamp === "string" ? timestamp : undefined,
      body,
    );
    if (!verdict.ok) {
      logger.info({ reason: verdict.reason }, "request refused: invalid signature");
      return reply(401, { error: "invalid request signature" });
    }
    let raw: APIInteraction;
    try {
      raw = JSON.parse(body.toString("utf8")) as APIInteraction;
    } catch {
      return reply(400, { error: "body is not JSON" });
    }
    if (typeof raw !== "object" || raw === null || typeof raw.type !== "number")
      return reply(400, { error: "not an interaction" });
    if (raw.type === InteractionType.Ping) return reply(200, { type: InteractionResponseType.Pong });

    let outcome: APIInteractionResponse | undefined | "timeout";
    try {
      const answered = options.answer(raw);
      outcome = answered instanceof Promise ? await withTimeout(answered, answerTimeout) : answered;
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
    const response = outcome ?? silentAnswer(raw.type);
    if (response) reply(200, response);
    else reply(429, { error: "rate limited" });
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const reply = replier(res);
    const path = (req.url ?? "/").split("?")[0];
    const isGet = req.method === "GET" || req.method === "HEAD";
    if (path === INTERACTIONS_PATH) {
      if (req.method !== "POST") return reply(405, { error: "method not allowed" }, { allow: "POST" });
      return interaction(req, reply);
    }
    if (path === "/healthz" || path === "/readyz" || (path === "/metrics" && metrics)) {
      if (!isGet) return reply(405, { error: "method not allowed" }, { allow: "GET, HEAD" });
      if (path === "/healthz") return reply(200, { status: "ok" });
      if (path === "/readyz")
        return isReady() && !draining
          ? reply(200, { status: "ready" })
          : reply(503, { status: draining ? "draining" : "starting" });
      if (metrics) return writeMetrics(metrics, res);
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
      route(req, res).catch((error: unknown) => {
        logger.error({ error: errorName(error) }, "request failed");
        replier(res)(500, { error: "internal error" });
      });
    },
  );

  return {
    server,
    listen(port, host = "0.0.0.0") {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      });
    },
    async close(graceMs = 10_000) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(force);
    },
  };
}

const KNOWN_PATHS = new Set([INTERACTIONS_PATH, "/healthz", "/readyz", "/metrics"]);

/** The path as a metric label: one of ours, or "other", so random paths cannot grow the label set. */
function knownPath(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0] ?? "/";
  return KNOWN_PATHS.has(path) ? path : "other";
}
