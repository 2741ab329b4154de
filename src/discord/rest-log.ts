import type { REST } from "@discordjs/rest";
import type { Logger } from "../logger.js";

/** What a failed REST call is logged with: the route (never a token or a body), Discord's status and code. */
export function restFailure(
  error: unknown,
  route: string,
): { route: string; status?: number; code?: number | string; error?: string } {
  const { status, code, name } = (error ?? {}) as { status?: number; code?: number | string; name?: string };
  return { route, status, code, error: name };
}

/**
 * Server errors and rate limits, logged with route, status and retry-after. The REST client's burst handler
 * (interaction callbacks) emits no rateLimited event, so a 429 is also caught from the response itself.
 */
export function logRestEvents(rest: REST, logger: Logger): void {
  rest.on("response", (request, response) => {
    if (response.status >= 500) {
      logger.warn(
        { method: request.method, route: request.route, status: response.status, retry: request.retries },
        "Discord answered with a server error",
      );
    } else if (response.status === 429) {
      const retryAfter = Number(response.headers.get("retry-after"));
      logger.warn(
        {
          method: request.method,
          route: request.route,
          status: 429,
          retryAfterMs: Number.isFinite(retryAfter) ? Math.round(retryAfter * 1000) : undefined,
          scope: response.headers.get("x-ratelimit-scope") ?? undefined,
          global: response.headers.has("x-ratelimit-global"),
        },
        "rate limited by Discord (429)",
      );
    }
  });
  rest.on("rateLimited", (info) =>
    logger.warn(
      { route: info.route, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope },
      "rate limited by Discord",
    ),
  );
}
