import http from "node:http";
import type { AddressInfo } from "node:net";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The bot's Prometheus metrics, on their own registry so that several bots in one process do not collide. */
export interface Metrics {
  readonly registry: Registry;
  readonly interactions: Counter<"kind" | "command" | "outcome">;
  readonly latency: Histogram<"kind">;
  readonly limiterRefusals: Counter<"kind">;
  readonly reports: Counter<"outcome">;
  readonly gatewayShards: Gauge<"shard" | "status">;
  readonly httpRequests: Counter<"path" | "status">;
  readonly httpRefusals: Counter<"reason">;
  readonly httpBufferedBytes: Gauge;
  readonly httpConnections: Gauge;
  readonly httpAcceptErrors: Counter<"code">;
  /** 1 for the knowledge version answering (an info metric: replicas agree when their versions do). */
  readonly knowledgeVersion: Gauge<"version">;
  readonly knowledgeReloads: Counter<"outcome">;
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop lag, handles); on by default. */
  processDefaults?: boolean;
}

const LATENCY_BUCKETS_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const LABEL_MAX = 32;

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processDefaults ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    interactions: new Counter({
      name: "nootropic_interactions_total",
      help: "Interactions answered, by kind (command, autocomplete, button, modal, message-command), command and outcome",
      labelNames: ["kind", "command", "outcome"],
      registers,
    }),
    latency: new Histogram({
      name: "nootropic_interaction_duration_seconds",
      help: "Time from receiving an interaction to having its answer, by kind",
      labelNames: ["kind"],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers,
    }),
    limiterRefusals: new Counter({
      name: "nootropic_limiter_refusals_total",
      help: "Interactions over the per-user limit, each answered with a short note instead of its answer, by kind",
      labelNames: ["kind"],
      registers,
    }),
    reports: new Counter({
      name: "nootropic_reports_total",
      help: "Reports members sent about a card: stored, not-stored (the member was told it failed), and their channel post: posted, or failed after every retry",
      labelNames: ["outcome"],
      registers,
    }),
    gatewayShards: new Gauge({
      name: "nootropic_gateway_shard_status",
      help: "1 for the current status of each gateway shard (gateway mode only)",
      labelNames: ["shard", "status"],
      registers,
    }),
    httpRequests: new Counter({
      name: "nootropic_http_requests_total",
      help: "Requests to the HTTP endpoint by path and status (HTTP mode only)",
      labelNames: ["path", "status"],
      registers,
    }),
    httpRefusals: new Counter({
      name: "nootropic_http_refusals_total",
      help: "Requests refused before the boundary (bad or replayed signature, too large, over the byte or connection cap, body too slow), by reason (HTTP mode only)",
      labelNames: ["reason"],
      registers,
    }),
    httpBufferedBytes: new Gauge({
      name: "nootropic_http_buffered_bytes",
      help: "Bytes of request bodies held while being read, across all requests (HTTP mode only)",
      registers,
    }),
    httpConnections: new Gauge({
      name: "nootropic_http_connections",
      help: "Open connections to the HTTP endpoint (HTTP mode only)",
      registers,
    }),
    httpAcceptErrors: new Counter({
      name: "nootropic_http_accept_errors_total",
      help: "Connections the endpoint could not accept, by error code, such as EMFILE when out of file descriptors (HTTP mode only)",
      labelNames: ["code"],
      registers,
    }),
    knowledgeVersion: new Gauge({
      name: "nootropic_knowledge_version_info",
      help: "1 for the version (a hash of the knowledge files) this process answers from",
      labelNames: ["version"],
      registers,
    }),
    knowledgeReloads: new Counter({
      name: "nootropic_knowledge_reloads_total",
      help: "Reloads of the knowledge (SIGHUP or POST /reload) by outcome: swapped, unchanged, refused",
      labelNames: ["outcome"],
      registers,
    }),
  };
}

/**
 * Bounds a label value: command names come from Discord, custom ids carry arguments after the first colon.
 * Whatever a signed body carries (a number, an object), the label is a short string and this never throws.
 */
export function commandLabel(command: unknown): string {
  if (typeof command !== "string" || !command) return "none";
  return (command.split(":")[0] ?? "").slice(0, LABEL_MAX) || "none";
}

export interface InteractionObservation {
  kind: string;
  command?: unknown;
  outcome: string;
  latencyMs: number;
}

export function observeInteraction(metrics: Metrics, o: InteractionObservation): void {
  const command = commandLabel(o.command);
  metrics.interactions.inc({ kind: o.kind, command, outcome: o.outcome });
  metrics.latency.observe({ kind: o.kind }, o.latencyMs / 1000);
  if (o.outcome === "rate-limited") metrics.limiterRefusals.inc({ kind: o.kind });
}

const SHARD_STATUSES = ["ready", "connecting", "reconnecting", "disconnected"] as const;
export type ShardStatus = (typeof SHARD_STATUSES)[number];

/** Sets one shard's status: its gauge is 1 for that status and 0 for the others. */
export function setShardStatus(metrics: Metrics, shard: number, status: ShardStatus): void {
  for (const s of SHARD_STATUSES)
    metrics.gatewayShards.set({ shard: String(shard), status: s }, s === status ? 1 : 0);
}

/** Writes the registry in Prometheus' text format. */
export async function writeMetrics(metrics: Metrics, res: http.ServerResponse): Promise<void> {
  const body = await metrics.registry.metrics();
  res.writeHead(200, { "content-type": metrics.registry.contentType });
  res.end(body);
}

/**
 * Serves GET /metrics on its own port, in both modes (never on the public interactions port, where it would
 * show internals and cost more than a forged request). Bound to 127.0.0.1 unless told otherwise, so the
 * numbers are not public by accident.
 */
export async function startMetricsServer(
  metrics: Metrics,
  port: number,
  host = "127.0.0.1",
): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    if (req.url !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    } else if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("method not allowed\n");
    } else {
      writeMetrics(metrics, res).catch(() => res.writeHead(500).end());
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
