import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import {
  APP_ID,
  BOT_ID,
  FakeRest,
  type CreatedMessage,
  type RecordedRequest,
  type UploadedFile,
} from "./fake-rest.js";

/**
 * A small fake Discord on 127.0.0.1 for end-to-end tests: the REST routes the bot uses and a gateway that
 * speaks v10 JSON (HELLO, IDENTIFY, heartbeats, READY, RESUME, dispatches). Tests wait on what the bot
 * sends, never on fixed sleeps, and can inject faults.
 */

export { APP_ID, BOT_ID, type CreatedMessage, type RecordedRequest } from "./fake-rest.js";

type Waiter = { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void };
type RestFault = {
  match: (method: string, path: string) => boolean;
  status: number;
  retryAfter?: number;
  code?: number;
  /** Until when it answers every matching request (else it answers the next one only). */
  until?: number;
  /** Whether the request is handled (a message created, an interaction answered) before the error is sent. */
  processed?: boolean;
};
type RestDelay = { match: (method: string, path: string) => boolean; ms: number };
/** One gateway session: the shard it is for, the socket it is on now, its id and its last sequence number. */
type Session = { socket: WebSocket; id: string; seq: number };

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** False for long load runs: requests still resolve waiters but are not kept, so the fake's memory stays flat. */
  keepRequests = true;
  readonly gatewayLog: Array<{ op: number; d?: unknown }> = [];
  identifies = 0;
  resumes = 0;
  private waiters: Waiter[] = [];
  private gatewayWaiters: Array<{ match: () => boolean; resolve: () => void }> = [];
  private faults: RestFault[] = [];
  private delays: RestDelay[] = [];
  /** Sessions by shard id: each shard identifies on its own connection. */
  private sessions = new Map<number, Session>();
  private readonly rest: FakeRest;

  private constructor(
    private readonly server: http.Server,
    private readonly wss: WebSocketServer,
    /** The shard count GET /gateway/bot recommends. */
    readonly shards: number,
  ) {
    this.rest = new FakeRest(() => this.gatewayUrl, shards);
  }

  static async start(options: { shards?: number } = {}): Promise<FakeDiscord> {
    const server = http.createServer();
    const wss = new WebSocketServer({ server, path: "/gateway" });
    const fake = new FakeDiscord(server, wss, options.shards ?? 1);
    server.on("request", (req, res) => void fake.onRequest(req, res));
    wss.on("connection", (socket) => fake.onConnection(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  snowflake(): string {
    return this.rest.snowflake();
  }

  /** Registered application commands, by guild id or "global". */
  get commands(): Map<string, unknown[]> {
    return this.rest.commands;
  }

  /** Messages created in channels: a repeated post with the same nonce and enforce_nonce adds none. */
  get createdMessages(): readonly CreatedMessage[] {
    return this.rest.created;
  }

  /** Resolves with the first request (already seen or still to come) that matches. */
  waitForRequest(
    match: (r: RecordedRequest) => boolean,
    from = 0,
    timeoutMs = 10_000,
  ): Promise<RecordedRequest> {
    const seen = this.requests.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.match !== match);
        reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  /** Resolves once the gateway state matches (e.g. a second IDENTIFY arrived); rejects after timeoutMs. */
  waitForGateway(match: () => boolean, timeoutMs = 15_000): Promise<void> {
    if (match()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.gatewayWaiters = this.gatewayWaiters.filter((w) => w.match !== match);
        reject(new Error(`fake Discord: the gateway did not reach the awaited state within ${timeoutMs} ms`));
      }, timeoutMs);
      this.gatewayWaiters.push({ match, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** The next REST request matching `path` answers with this status (and retry-after, for 429) once. */
  failNext(method: string, pathPattern: RegExp, status: number, retryAfter?: number, code?: number): void {
    this.faults.push({ match: (m, p) => m === method && pathPattern.test(p), status, retryAfter, code });
  }

  /**
   * For `ms` from now every matching REST request answers `status`. With `processed`, Discord's worst case:
   * the request is handled first (the message created, the interaction answered), then the error is sent.
   */
  failFor(method: string, pathPattern: RegExp, status: number, ms: number, processed = false): void {
    this.faults.push({
      match: (m, p) => m === method && pathPattern.test(p),
      status,
      until: Date.now() + ms,
      processed,
    });
  }

  /** Ends every fault set with failFor, whatever time it had left. */
  endTimedFaults(): void {
    this.faults = this.faults.filter((f) => f.until === undefined);
  }

  /** Matching REST requests are recorded at once but answered only after `ms` (0 to stop), like a slow Discord. */
  delay(method: string, pathPattern: RegExp, ms: number): void {
    this.delays =
      ms > 0 ? [...this.delays, { match: (m, p) => m === method && pathPattern.test(p), ms }] : [];
  }

  /** Faults set with failNext that no request has hit yet. */
  get pendingFaults(): number {
    return this.faults.filter((f) => f.until === undefined).length;
  }

  /** The shard Discord sends a guild's events on: (guild_id >> 22) % shards. */
  shardOf(guildId: string | undefined): number {
    return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(this.shards)) : 0;
  }

  /** Sends INTERACTION_CREATE on its guild's shard and resolves with the bot's interaction callback. */
  async interact(interaction: { id: string; guild_id?: string }): Promise<RecordedRequest> {
    const from = this.requests.length;
    this.dispatch("INTERACTION_CREATE", interaction, this.shardOf(interaction.guild_id));
    return this.waitForRequest(
      (r) => r.method === "POST" && r.path.startsWith(`/api/v10/interactions/${interaction.id}/`),
      from,
    );
  }

  /**
   * Sends MESSAGE_CREATE and resolves with the bot's reply to it (a channel message POST referencing it), or
   * with undefined once `settleMs` pass without one (for messages the bot must ignore).
   */
  async message(
    message: { id: string; channel_id: string },
    settleMs?: number,
  ): Promise<RecordedRequest | undefined> {
    const from = this.requests.length;
    this.dispatch("MESSAGE_CREATE", message);
    const reply = this.waitForRequest(
      (r) =>
        r.method === "POST" &&
        r.path === `/api/v10/channels/${message.channel_id}/messages` &&
        (r.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id ===
          message.id,
      from,
    );
    if (settleMs === undefined) return reply;
    return Promise.race([
      reply,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), settleMs)),
    ]);
  }

  /** Channel messages the bot posted (replies to mentions). */
  get channelPosts(): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === "POST" && /^\/api\/v10\/channels\/\d+\/messages$/.test(r.path),
    );
  }

  dispatch(t: string, d: unknown, shard = 0): void {
    const session = this.sessions.get(shard);
    if (session) this.send({ op: 0, t, s: ++session.seq, d }, shard);
  }

  /** Drops the gateway connection as a network failure would (the bot should resume). */
  dropConnection(code = 4000, shard = 0): void {
    this.sessions.get(shard)?.socket.close(code, "fake: dropped");
  }
  /** Op 7: asks the bot to reconnect (and resume). */
  requestReconnect(shard = 0): void {
    this.send({ op: 7, d: null }, shard);
  }
  /** Op 9: invalid session; not resumable, so the bot must identify again. */
  invalidateSession(shard = 0): void {
    const session = this.sessions.get(shard);
    if (!session) return;
    session.id = "";
    this.send({ op: 9, d: false }, shard);
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(payload: { op: number; t?: string; s?: number; d: unknown }, shard = 0): void {
    this.sessions.get(shard)?.socket.send(JSON.stringify(payload));
  }

  private settleGateway(): void {
    this.gatewayWaiters = this.gatewayWaiters.filter((w) => (w.match() ? (w.resolve(), false) : true));
  }

  private onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on("message", (raw) => {
      const message = JSON.parse(raw.toString()) as {
        op: number;
        d?: { session_id?: string; shard?: [number, number] };
      };
      this.gatewayLog.push(message);
      if (message.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (message.op === 2) this.onIdentify(socket, message.d?.shard?.[0] ?? 0);
      if (message.op === 6) this.onResume(socket, message.d?.session_id);
      this.settleGateway();
    });
  }

  private onIdentify(socket: WebSocket, shard: number): void {
    this.identifies += 1;
    const session = { socket, id: `session-${this.identifies}`, seq: 0 };
    this.sessions.set(shard, session);
    const ready = {
      v: 10,
      user: {
        id: BOT_ID,
        username: "nootropic-bot",
        discriminator: "0",
        global_name: null,
        avatar: null,
        bot: true,
      },
      guilds: [],
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      application: { id: APP_ID, flags: 0 },
      shard: [shard, this.shards],
    };
    this.dispatch("READY", ready, shard);
  }

  private onResume(socket: WebSocket, sessionId: string | undefined): void {
    const found = [...this.sessions].find(([, s]) => s.id !== "" && s.id === sessionId);
    if (!found) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    const [shard, session] = found;
    session.socket = socket;
    this.resumes += 1;
    this.dispatch("RESUMED", {}, shard);
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const text = raw.toString();
    const type = req.headers["content-type"] ?? "";
    let body: unknown = text && type.includes("json") ? (JSON.parse(text) as unknown) : text || undefined;
    const files: UploadedFile[] = [];
    if (type.startsWith("multipart/form-data")) {
      // As Discord takes files: the JSON as payload_json, each file as files[n].
      const form = await new Response(raw, { headers: { "content-type": type } }).formData();
      const json = form.get("payload_json");
      body = typeof json === "string" ? (JSON.parse(json) as unknown) : undefined;
      for (const [field, value] of form)
        if (typeof value !== "string")
          files.push({
            field,
            name: value.name,
            type: value.type,
            data: Buffer.from(await value.arrayBuffer()),
          });
    }
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body,
      headers: req.headers,
      ...(files.length ? { files } : {}),
    };
    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(data));
    };

    this.faults = this.faults.filter((f) => f.until === undefined || f.until > Date.now());
    const fault = this.faults.find((f) => f.match(record.method, record.path));
    if (fault && fault.until === undefined) this.faults.splice(this.faults.indexOf(fault), 1);
    if (fault && !fault.processed) {
      if (fault.status === 429) {
        json(
          429,
          { message: "You are being rate limited.", retry_after: fault.retryAfter ?? 0.1, global: false },
          { "retry-after": String(fault.retryAfter ?? 0.1), "x-ratelimit-scope": "user" },
        );
      } else {
        json(fault.status, { message: "fake failure", code: fault.code ?? 0 });
      }
      return;
    }

    if (this.keepRequests) this.requests.push(record);
    this.waiters = this.waiters.filter((w) => (w.match(record) ? (w.resolve(record), false) : true));
    const delay = this.delays.find((d) => d.match(record.method, record.path));
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay.ms));
    const reply = this.rest.handle(record);
    if (fault) json(fault.status, { message: "fake failure after processing", code: fault.code ?? 0 });
    else if (reply.data === undefined) res.writeHead(reply.status).end();
    else json(reply.status, reply.data);
  }
}
