/** What went wrong when logging in to Discord, in words an operator can act on; never the token. */

const NETWORK = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
]);

interface ErrorLike {
  code?: unknown;
  status?: unknown;
  message?: unknown;
  cause?: unknown;
}

function codes(error: unknown): string[] {
  const out: string[] = [];
  for (
    let e = error as ErrorLike | undefined, depth = 0;
    e && typeof e === "object" && depth < 5;
    e = e.cause as ErrorLike | undefined, depth++
  ) {
    if (typeof e.code === "string" || typeof e.code === "number") out.push(String(e.code));
    if (e.status === 401) out.push("401");
  }
  return out;
}

/** A one-line reason such as "Discord rejected the token" or "cannot reach discord.com (ENOTFOUND)". */
export function describeLoginError(error: unknown, apiUrl = "https://discord.com/api"): string {
  const found = codes(error);
  const host = new URL(apiUrl).host;
  if (found.some((c) => c === "TokenInvalid" || c === "401" || c === "4004")) {
    return "Discord rejected the token: reset it in the Developer Portal (Bot > Reset Token) and set DISCORD_TOKEN";
  }
  if (found.some((c) => c === "DisallowedIntents" || c === "4014"))
    return "Discord refused the gateway intents the bot asks for";
  const network = found.find((c) => NETWORK.has(c));
  if (network) return `cannot reach ${host} (${network}): check the network, DNS and DISCORD_API_URL`;
  const message = error instanceof Error ? error.message : String(error);
  return `logging in to ${host} failed: ${message.split("\n")[0]!.slice(0, 200)}`;
}
