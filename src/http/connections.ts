import type http from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";

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
 * per error code, so it is seen without flooding the log, and counted in a metric every time.
 */
export function watchConnections(
  server: http.Server,
  maxConnections: number,
  logger: Logger,
  metrics?: Metrics,
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
  return {
    count: () => open,
    overCap: (socket) => over.has(socket),
    onError: (error) => {
      const code = error.code ?? "unknown";
      metrics?.httpAcceptErrors.inc({ code });
      if (logged.has(code)) return;
      logged.add(code);
      const fds = code === "EMFILE" || code === "ENFILE";
      logger.error(
        { code, syscall: error.syscall },
        fds
          ? `cannot accept connections (${code}): out of file descriptors; raise the limit (ulimit -n) or lower HTTP_MAX_CONNECTIONS. Logged once, counted in nootropic_http_accept_errors_total`
          : `cannot accept a connection (${code}). Logged once, counted in nootropic_http_accept_errors_total`,
      );
    },
  };
}
