import type http from "node:http";

/**
 * What the fake Discord's REST routes answer, and the state they keep: registered commands, the interactions
 * already answered (a second callback is refused with 40060, as Discord does), and the messages created in
 * channels (a post repeating a nonce with enforce_nonce returns the message it created the first time).
 */

export const APP_ID = "111111111111111111";
export const BOT_ID = "222222222222222222";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: http.IncomingHttpHeaders;
  /** Files sent as multipart attachments. */
  files?: UploadedFile[];
}

export interface UploadedFile {
  field: string;
  name: string;
  type: string;
  data: Buffer;
}

export interface Reply {
  status: number;
  data?: unknown;
}

/** A message the fake created in a channel. */
export interface CreatedMessage {
  id: string;
  channelId: string;
  body: unknown;
}

export class FakeRest {
  commands = new Map<string, unknown[]>();
  /** Messages created in channels, in order: a post de-duplicated by its nonce adds none. */
  readonly created: CreatedMessage[] = [];
  private readonly byNonce = new Map<string, CreatedMessage>();
  private readonly acknowledged = new Set<string>();
  private nextId = BigInt("900000000000000000");

  constructor(
    private readonly gatewayUrl: () => string,
    private readonly shards: number,
  ) {}

  snowflake(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  /** Handles a request (its effects happen even if the caller then answers with an injected fault). */
  handle(r: RecordedRequest): Reply {
    const p = r.path.replace(/^\/api\/v10/, "");
    const commandsRoute = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p);
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(p);
    if (p === "/gateway/bot") {
      return {
        status: 200,
        data: {
          url: this.gatewayUrl(),
          shards: this.shards,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.shards },
        },
      };
    }
    if (p === "/gateway") return { status: 200, data: { url: this.gatewayUrl() } };
    if (callback) {
      if (this.acknowledged.has(callback[1]!))
        return { status: 400, data: { message: "Interaction has already been acknowledged.", code: 40060 } };
      this.acknowledged.add(callback[1]!);
      // Bounded, so a long load run does not grow the fake: only recent repeats matter.
      if (this.acknowledged.size > 20_000) this.acknowledged.delete(this.acknowledged.values().next().value!);
      return { status: 204 };
    }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(p))
      return { status: 200, data: this.message(this.snowflake(), "333333333333333333") };
    if (/^\/channels\/\d+\/messages$/.test(p) && r.method === "POST")
      return this.post(p.split("/")[2]!, r.body);
    if (commandsRoute) {
      const key = commandsRoute[2] ?? "global";
      if (r.method !== "PUT") return { status: 200, data: this.commands.get(key) ?? [] };
      const stored = (r.body as Array<Record<string, unknown>>).map((c) => ({
        id: this.snowflake(),
        application_id: APP_ID,
        version: "1",
        type: 1,
        default_member_permissions: null,
        nsfw: false,
        ...c,
      }));
      this.commands.set(key, stored);
      return { status: 200, data: stored };
    }
    return { status: 404, data: { message: `fake Discord has no route ${r.method} ${p}`, code: 0 } };
  }

  /** A channel message: created, or with a nonce seen before and enforce_nonce, the one created then. */
  private post(channelId: string, body: unknown): Reply {
    const { nonce, enforce_nonce: enforce } = (body ?? {}) as { nonce?: unknown; enforce_nonce?: unknown };
    const key = enforce === true && nonce !== undefined ? `${channelId}:${String(nonce)}` : undefined;
    const existing = key === undefined ? undefined : this.byNonce.get(key);
    if (existing) return { status: 200, data: this.message(existing.id, channelId) };
    const created = { id: this.snowflake(), channelId, body };
    this.created.push(created);
    if (key !== undefined) this.byNonce.set(key, created);
    return { status: 200, data: this.message(created.id, channelId) };
  }

  private message(id: string, channelId: string) {
    return {
      id,
      channel_id: channelId,
      type: 0,
      content: "",
      author: { id: BOT_ID, username: "nootropic-bot", discriminator: "0" },
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      flags: 0,
    };
  }
}
