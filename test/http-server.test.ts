import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInteractionServer, type InteractionServer } from "../src/http/server.js";
import { createVerifier } from "../src/http/verify.js";
import { createLogger } from "../src/logger.js";
import { createMetrics } from "../src/metrics.js";
import { LogCapture } from "./support/bot.js";
import { generateSigningKeys, request, signRequest, SignedClient } from "./support/signed-client.js";

const keys = generateSigningKeys();
const logs = new LogCapture();
const metrics = createMetrics({ processDefaults: false });
let ready = false;
let answered = 0;
let server: InteractionServer;
let client: SignedClient;
let base = "";

const ping = {
  id: "1",
  application_id: "2",
  type: InteractionType.Ping,
  token: "interaction-token-secret",
  version: 1,
};
const command = { ...ping, type: InteractionType.ApplicationCommand, data: { name: "boom" } };
let sent = 0;
/** A PING with its own id, as Discord sends each: the same signed body twice would be a replay. */
const freshPing = () => ({ ...ping, id: String(++sent) });

beforeAll(async () => {
  server = createInteractionServer({
    publicKey: keys.publicKeyHex,
    logger: createLogger({ level: "debug", destination: logs.stream }),
    metrics,
    isReady: () => ready,
    maxBodyBytes: 4096,
    answerTimeoutMs: 200,
    requestTimeoutMs: 300,
    respond: async (raw) => {
      answered += 1;
      if (raw.type === InteractionType.ApplicationCommand && raw.data.name === "boom")
        throw new Error("kaboom at secret place");
      if (raw.type === InteractionType.ApplicationCommand && raw.data.name === "slow")
        await new Promise((r) => setTimeout(r, 1000));
      return { type: InteractionResponseType.ChannelMessageWithSource, data: { content: "hi" } };
    },
  });
  const port = await server.listen(0, "127.0.0.1");
  base = `http://127.0.0.1:${port}`;
  client = new SignedClient(base, keys);
});

afterAll(async () => {
  client.close();
  await server.close(100);
});

describe("the signature check", () => {
  it("accepts a request signed with the matching key and refuses one changed after signing", () => {
    const verify = createVerifier({ publicKey: keys.publicKeyHex });
    const headers = signRequest(keys, "{}");
    expect(
      verify(headers["x-signature-ed25519"], headers["x-signature-timestamp"], Buffer.from("{}")),
    ).toEqual({ ok: true });
    expect(
      verify(headers["x-signature-ed25519"], headers["x-signature-timestamp"], Buffer.from("{ }")),
    ).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses a timestamp from more than five minutes ago or ahead", () => {
    const verify = createVerifier({ publicKey: keys.publicKeyHex, now: () => 1_000_000_000 });
    for (const ts of [1_000_000 - 301, 1_000_000 + 301]) {
      const headers = signRequest(keys, "{}", String(ts));
      expect(
        verify(headers["x-signature-ed25519"], headers["x-signature-timestamp"], Buffer.from("{}")),
      ).toEqual({ ok: false, reason: "stale" });
    }
    const fresh = signRequest(keys, "{}", String(1_000_000 - 299));
    expect(verify(fresh["x-signature-ed25519"], fresh["x-signature-timestamp"], Buffer.from("{}"))).toEqual({
      ok: true,
    });
  });

  it("refuses a public key that is not 64 hex characters", () => {
    expect(() => createVerifier({ publicKey: "abc" })).toThrow(/64 hexadecimal/);
  });
});

describe("POST /interactions", () => {
  it("answers PING with PONG", async () => {
    const res = await client.post(freshPing());
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ type: InteractionResponseType.Pong });
  });

  it("answers 401 to a missing, malformed, wrong or stale signature, and never calls the handler", async () => {
    const before = answered;
    const body = JSON.stringify(command);
    const good = signRequest(keys, body);
    const other = signRequest(generateSigningKeys(), body);
    const stale = signRequest(keys, body, String(Math.floor(Date.now() / 1000) - 3600));
    const cases: Record<string, string>[] = [
      {},
      { "x-signature-timestamp": good["x-signature-timestamp"]! },
      { "x-signature-ed25519": good["x-signature-ed25519"]! },
      { ...good, "x-signature-ed25519": "zz" + good["x-signature-ed25519"]!.slice(2) },
      { ...good, "x-signature-timestamp": "yesterday" },
      other,
      stale,
    ];
    for (const headers of cases) {
      const res = await request(`${base}/interactions`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", ...headers },
      });
      expect(res.status).toBe(401);
    }
    expect(answered).toBe(before);
  });

  it("answers 413 to a body over the cap, declared or streamed, and keeps serving", async () => {
    const big = JSON.stringify({ ...ping, padding: "x".repeat(10_000) });
    expect(
      (await request(`${base}/interactions`, { method: "POST", body: big, headers: signRequest(keys, big) }))
        .status,
    ).toBe(413);
    const chunked = await new Promise<number>((resolve, reject) => {
      import("node:http").then(({ default: http }) => {
        const req = http.request(
          `${base}/interactions`,
          { method: "POST", headers: { ...signRequest(keys, big), "transfer-encoding": "chunked" } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on("error", reject);
        for (let i = 0; i < 10; i++) req.write(big.slice(i * 1000, (i + 1) * 1000));
        req.end(big.slice(10_000));
      }, reject);
    });
    expect(chunked).toBe(413);
    expect((await client.post(freshPing())).status).toBe(200);
  });

  it("answers 408 and closes the connection when a client sends its request too slowly", async () => {
    const { default: net } = await import("node:net");
    const socket = net.connect(Number(new URL(base).port), "127.0.0.1");
    const signed = Object.entries(signRequest(keys, "{}"))
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("");
    socket.write(`POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\n${signed}Content-Length: 100\r\n\r\n{`);
    let received = "";
    socket.on("data", (d: Buffer) => (received += d.toString()));
    await new Promise((resolve) => socket.on("close", resolve));
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect((await client.post(freshPing())).status).toBe(200);
  });

  it("answers 400 to bytes that are not HTTP, and keeps serving", async () => {
    const { default: net } = await import("node:net");
    const socket = net.connect(Number(new URL(base).port), "127.0.0.1");
    socket.write("\u0000\u0001 not http at all\r\n\r\n");
    let received = "";
    socket.on("data", (d: Buffer) => (received += d.toString()));
    await new Promise((resolve) => socket.on("close", resolve));
    expect(received).toMatch(/^HTTP\/1\.1 400/);
    expect((await client.post(freshPing())).status).toBe(200);
  });

  it("answers 400 to a signed body that is not an interaction", async () => {
    const body = "not json";
    expect(
      (await request(`${base}/interactions`, { method: "POST", body, headers: signRequest(keys, body) }))
        .status,
    ).toBe(400);
  });

  it("answers 500 without any detail when the handler throws, and 503 when it is too slow", async () => {
    const res = await client.post(command);
    expect(res.status).toBe(500);
    expect(res.text).not.toMatch(/kaboom|secret|at /);
    const slow = await client.post({ ...command, data: { name: "slow" } });
    expect(slow.status).toBe(503);
    expect((await client.post(freshPing())).status).toBe(200);
  });

  it("answers an interaction inline with what the handler returned", async () => {
    const res = await client.post({ ...command, data: { name: "hi" } });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: "hi" },
    });
  });
});

describe("other routes", () => {
  it("answers 404 to other paths and 405 to other methods", async () => {
    expect((await request(`${base}/`)).status).toBe(404);
    expect((await request(`${base}/interactions/x`, { method: "POST" })).status).toBe(404);
    const get = await request(`${base}/interactions`);
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe("POST");
    expect((await request(`${base}/healthz`, { method: "POST" })).status).toBe(405);
  });

  it("is healthy at once and ready only when the knowledge is", async () => {
    expect((await request(`${base}/healthz`)).status).toBe(200);
    ready = false;
    expect((await request(`${base}/readyz`)).status).toBe(503);
    ready = true;
    expect((await request(`${base}/readyz`)).status).toBe(200);
  });

  it("counts what it answered in its metrics, which it does not serve on the public port", async () => {
    expect((await request(`${base}/metrics`)).status).toBe(404);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/nootropic_http_requests_total\{path="\/interactions",status="401"\} 7/);
    expect(text).toMatch(/nootropic_http_requests_total\{path="other",status="404"\} 3/);
    expect(text).toMatch(/nootropic_http_refusals_total\{reason="missing"\} 3/);
  });

  it("never logs a stack trace or an interaction token", () => {
    const text = logs.lines.join("\n");
    expect(text).toMatch(/refusing requests/);
    expect(text).not.toMatch(/kaboom|interaction-token-secret|\\n\s+at /);
  });
});
