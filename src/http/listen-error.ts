/** A server that could not start listening, named as such (never as a Discord error), without a stack. */

const REASONS: Record<string, string> = {
  EADDRINUSE: "the port is in use",
  EACCES: "permission denied (a port below 1024 needs privileges)",
  EADDRNOTAVAIL: "the address is not one of this machine's",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name could not be resolved now",
};

export class ListenError extends Error {
  readonly code: string | undefined;
  constructor(host: string, port: number, cause: unknown) {
    const code = (cause as { code?: unknown } | undefined)?.code;
    const known = typeof code === "string" ? code : undefined;
    const reason = (known && REASONS[known]) ?? (cause instanceof Error ? cause.message : String(cause));
    super(`cannot listen on ${host}:${port}: ${reason}${known ? ` (${known})` : ""}`);
    this.name = "ListenError";
    this.code = known;
  }
}

/** Runs `listen` and turns its failure into a ListenError naming host and port. */
export async function listenOrExplain<T>(host: string, port: number, listen: () => Promise<T>): Promise<T> {
  try {
    return await listen();
  } catch (error) {
    throw new ListenError(host, port, error);
  }
}
