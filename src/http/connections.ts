import type http from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import { fdLimit, fdUsage } from "./fd-usage.js";

/** How often the open file descriptors are counted while the server listens. */
const FD_SAMPLE_MS = 1_000;
/** Descriptors kept free of connections: node keeps one in reserve, the count takes one. */
const FD_SPARE = 3;

export interface ConnectionWatch {
  /** Open connections right now. */
  readonly count: () => number;
  /** Whether this connection was opened past the cap: its request gets 503 and the connection is closed. */
  readonly overCap: (socket: Socket) => boolean;
  /** The server's lasting error listener, attached once it listens: accept errors logged once per code. */
  readonly onError: (error: NodeJS.ErrnoException) => void;
}

/**
 * Counts a server's connections against a cap (past twice the cap node drops a connection before its
 * request is parsed) and watches for accept errors: running out of file descriptors (EMFILE) is logged once
 * per error code, so it is seen without flooding the log, and counted in a metric every time. Node (libuv)
 * usually reports no error when it runs out: it accepts each connection on a descriptor held in reserve and
 * closes it at once. So while the server listens the open descriptors are also counted (each second, on
 * Linux, where /proc tells them), and reaching the limit is logged the same way (process_open_fds and
 * process_max_fds in the metrics show how close it came).
 */
export function watchConnections(
  server: http.Server,
  maxConnections: number,
  logger: Logger,
  metrics?: Metrics,
  sampleMs = FD_SAMPLE_MS,
): ConnectionWatch {
  let open = 0;
  const over = new WeakSet<Socket>();
  server.maxConnections = maxConnections * 2;
  server.on("connection", (socket: Socket) => {
    open += 1;
    if (open > maxConnections) over.add(socket);
    metrics?.httpConnections.set(open);
    socket.once("close", () => {
      open -= 1;
      metrics?.httpConnections.set(open);
    });
  });
  const logged = new Set<string>();
  const onError = (error: NodeJS.ErrnoException, counted = true) => {
    const code = error.code ?? "unknown";
    if (counted) metrics?.httpAcceptErrors.inc({ code });
    if (logged.has(code)) return;
    logged.add(code);
    const fds = code === "EMFILE" || code === "ENFILE";
    logger.error(
      { code, syscall: error.syscall },
      fds
        ? `cannot accept connections (${code}): out of file descriptors; raise the limit (ulimit -n) or lower HTTP_MAX_CONNECTIONS. Logged once; process_open_fds and process_max_fds in the metrics show how many`
        : `cannot accept a connection (${code}). Logged once, counted in nootropic_http_accept_errors_total`,
    );
  };
  let sampler: NodeJS.Timeout | undefined;
  server.on("listening", () => {
    void fdLimit().then((limit) => {
      if (limit === undefined || !server.listening) return;
      sampler = setInterval(() => {
        void fdUsage(limit).then((usage) => {
          if (usage === "exhausted" || (usage && usage.open >= usage.limit - FD_SPARE))
            onError(
              { name: "Error", message: "out of file descriptors", code: "EMFILE", syscall: "accept" },
              false,
            );
        });
      }, sampleMs).unref();
    });
  });
  server.on("close", () => clearInterval(sampler));
  return { count: () => open, overCap: (socket) => over.has(socket), onError: (error) => onError(error) };
}
