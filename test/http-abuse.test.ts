import net from "node:net";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInteractionServer, type InteractionServer } from "../src/http/server.js";
import { createLogger } from "../src/logger.js";
import { createMetrics } from "../src/metrics.js";
import { LogCapture } from "./support/bot.js";
import { generateSigningKeys, request, signRequest, SignedClient } from "./support/signed-client.js";

const keys = generateSigningKeys();
let ids = 0;
/** A PING as Discord sends it: each with its own id, so no two bodies (and signatures) are the same. */
const ping = () => ({
  id: String(++ids),
  application_id: "2",
  type: InteractionType.Ping,
  token: "t",
  version: 1,
});
const hi = () => ({ ...ping(), type: InteractionType.ApplicationCommand, data: { name: "hi" } });
const FAKE_SIGNATURE = "ab".repeat(64);

interface Running {
  server: InteractionServer;
  port: number;
  client: SignedClient;
  logs: LogCapture;
  metrics: ReturnType<typeof createMetrics>;
  answered: number;
}

async function start(limits: Parameters<typeof createInteractionServer>[0]["limits"]): Promise<Running> {
  const logs = new LogCapture();
  const metrics = createMetrics({ processDefaults: false });
  const running = { logs, metrics, answered: 0 } as Running;
  running.server = createInteractionServer({
    publicKey: keys.publicKeyHex,
    logger: createLogger({ level: "debug", destination: logs.stream }),
    metrics,
    maxBodyBytes: 60_000,
    requestTimeoutMs: 20_000,
    limits,
    respond: () => {
      running.answered += 1;
      return Promise.resolve({
        type: InteractionResponseType.ChannelMessageWithSource,
        data: { content: "hi" },
      });
    },
  });
  running.port = await running.server.listen(0, "127.0.0.1");
  running.client = new SignedClient(`http://127.0.0.1:${running.port}`, keys);
  return running;
}

/** A raw connection that sends a request head and part of its body, and collects what comes back. */
function partial(port: number, headers: Record<string, string>, declared: number, sent: number) {
  const socket = net.connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (d: Buffer) => (received += d.toString()));
  socket.on("error", () => undefined);
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  const head = Object.entries({ host: "127.0.0.1", "content-length": String(declared), ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  socket.write(`POST /interactions HTTP/1.1\r\n${head}\r\n`);
  if (sent > 0) socket.write(Buffer.alloc(sent, 0x20));
  return { socket, closed, received: () => received };
}

const fresh = () => String(Math.floor(Date.now() / 1000));
const madeUp = () => ({ "x-signature-ed25519": FAKE_SIGNATURE, "x-signature-timestamp": fresh() });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await sleep(10);
  }
}

let main: Running;
beforeAll(async () => {
  main = await start({
    maxBufferedBytes: 100_000,
    maxConnections: 50,
    bodyTimeoutMs: 1_500,
    evictAfterMs: 200,
  });
});
afterAll(async () => {
  main.client.close();
  await main.server.close(100);
});

describe("a request is refused before its body is read", () => {
  it.each([
    ["missing", {}],
    ["malformed", { "x-signature-ed25519": "zz", "x-signature-timestamp": fresh() }],
    ["stale", { "x-signature-ed25519": FAKE_SIGNATURE, "x-signature-timestamp": "1000000000" }],
  ])(
    "%s signature headers: 401 at once, connection closed, not a byte of the body waited for",
    async (_, h) => {
      const started = Date.now();
      const c = partial(main.port, h, 50_000, 0);
      await c.closed;
      expect(c.received()).toMatch(/^HTTP\/1\.1 401/);
      // The server would wait 20 s (requestTimeoutMs) for a body it read.
      expect(Date.now() - started).toBeLessThan(5_000);
    },
  );
});

describe("bounded memory under a flood of bodies that never finish", () => {
  it("holds at most the configured bytes across all requests, answers 503 past it, and still answers a signed request", async () => {
    const attackers = Array.from({ length: 5 }, () => partial(main.port, madeUp(), 50_000, 49_999));
    const refused = () => attackers.filter((a) => a.received().startsWith("HTTP/1.1 503")).length;
    await until(() => refused() >= 3);
    expect(main.server.stats().bufferedBytes).toBeLessThanOrEqual(100_000);
    // A new body takes the place of one that has been arriving for too long, however full the budget.
    await sleep(250);
    const res = await main.client.post(hi());
    expect(res.status).toBe(200);
    expect(refused()).toBe(4);
    expect(main.server.stats().bufferedBytes).toBeLessThanOrEqual(100_000);
    for (const a of attackers) a.socket.destroy();
    await Promise.all(attackers.map((a) => a.closed));
    await until(() => main.server.stats().bufferedBytes === 0);
  });

  it("gives up on a body not finished in time (408) and releases what it held", async () => {
    const slow = partial(main.port, madeUp(), 50_000, 30_000);
    await until(() => main.server.stats().bufferedBytes >= 30_000);
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(main.server.stats().bufferedBytes).toBe(0);
  });

  it("answers 503 to a connection past the cap and keeps serving the ones it has", async () => {
    const capped = await start({ maxConnections: 3 });
    try {
      expect((await capped.client.post(ping())).status).toBe(200);
      const idle = [net.connect(capped.port, "127.0.0.1"), net.connect(capped.port, "127.0.0.1")];
      await until(() => capped.server.stats().connections === 3);
      const extra = partial(capped.port, madeUp(), 10, 0);
      await extra.closed;
      expect(extra.received()).toMatch(/^HTTP\/1\.1 503/);
      expect((await capped.client.post(ping())).status).toBe(200);
      for (const s of idle) s.destroy();
      const metrics = await capped.metrics.registry.metrics();
      expect(metrics).toMatch(/nootropic_http_refusals_total\{reason="too-many-connections"\} 1/);
    } finally {
      capped.client.close();
      await capped.server.close(100);
    }
  });
});

describe("replays", () => {
  it("a signed request sent again within the window is refused, and the handler is not called twice", async () => {
    const body = JSON.stringify(hi());
    const headers: Record<string, string> = {
      "content-type": "application/json",
      ...signRequest(keys, body),
    };
    const url = `http://127.0.0.1:${main.port}/interactions`;
    const before = main.answered;
    expect((await request(url, { method: "POST", body, headers })).status).toBe(200);
    expect((await request(url, { method: "POST", body, headers })).status).toBe(401);
    const upper = { ...headers, "x-signature-ed25519": headers["x-signature-ed25519"]!.toUpperCase() };
    expect((await request(url, { method: "POST", body, headers: upper })).status).toBe(401);
    expect(main.answered).toBe(before + 1);
    expect(await main.metrics.registry.metrics()).toMatch(
      /nootropic_http_refusals_total\{reason="replay"\} 2/,
    );
  });
});

describe("what an attacker costs", () => {
  it("bad signatures are counted in a metric and summarised in the log, not logged one line each", async () => {
    const body = JSON.stringify(hi());
    const url = `http://127.0.0.1:${main.port}/interactions`;
    const linesBefore = main.logs.lines.length;
    for (let i = 0; i < 30; i++)
      expect((await request(url, { method: "POST", body, headers: madeUp() })).status).toBe(401);
    expect(await main.metrics.registry.metrics()).toMatch(
      /nootropic_http_refusals_total\{reason="bad-signature"\} 30/,
    );
    const refusalLines = main.logs.lines.slice(linesBefore).filter((l) => /refus/i.test(l));
    expect(refusalLines.length).toBeLessThanOrEqual(1);
  });

  it("does not serve /metrics on the public port", async () => {
    expect((await request(`http://127.0.0.1:${main.port}/metrics`)).status).toBe(404);
  });

  it("logs running out of file descriptors once, and keeps serving", async () => {
    const emfile = Object.assign(new Error("accept EMFILE"), { code: "EMFILE", syscall: "accept" });
    main.server.server.emit("error", emfile);
    main.server.server.emit("error", emfile);
    const lines = main.logs.lines.filter((l) => l.includes("EMFILE"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/file descriptors/);
    expect((await main.client.post(ping())).status).toBe(200);
  });
});
