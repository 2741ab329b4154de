import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_TOKEN } from "./support/bot.js";
import { FakeDiscord } from "./support/fake-discord.js";
import { chatInput } from "./support/interactions.js";
import { freePort, waitFor200 } from "./support/ports.js";
import { generateSigningKeys, request, SignedClient } from "./support/signed-client.js";
import { spawnEntry } from "./support/spawn.js";

const keys = generateSigningKeys();

describe("npm start with DISCORD_PUBLIC_KEY", () => {
  it("serves signed interactions on PORT instead of the gateway, and drains and exits on SIGTERM", async () => {
    const port = await freePort();
    const metricsPort = await freePort();
    const run = spawnEntry("src/bin/start.ts", [], {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_TOKEN: TEST_TOKEN,
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
    });
    const base = `http://127.0.0.1:${port}`;
    expect(await waitFor200(`${base}/readyz`, 20_000, () => run.child.exitCode === null)).toBe(true);
    const client = new SignedClient(base, keys);
    expect(
      (
        await client.post({
          id: "1",
          application_id: "2",
          type: InteractionType.Ping,
          token: "t",
          version: 1,
        })
      ).json(),
    ).toEqual({ type: InteractionResponseType.Pong });
    const card = await client.post(chatInput("compound", { name: "fasoracetam" }));
    expect(card.status).toBe(200);
    expect(card.text).toContain("2.5–25 mg");
    expect(
      (
        await client.post(chatInput("compound", { name: "fasoracetam" }), {
          "x-signature-ed25519": "0".repeat(128),
        })
      ).status,
    ).toBe(401);
    expect((await request(`${base}/metrics`)).status).toBe(404);
    const exported = (await request(`http://127.0.0.1:${metricsPort}/metrics`)).text;
    expect(exported).toMatch(/process_cpu_user_seconds_total/);
    expect(exported).toMatch(/nootropic_http_refusals_total\{reason="bad-signature"\} 1/);
    client.close();
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    const output = run.stdout() + run.stderr();
    expect(output).toMatch(/serving HTTP interactions/);
    expect(output).toMatch(/shutting down/);
    expect(output).not.toContain(TEST_TOKEN);
    expect(output).not.toMatch(/interaction-token-|\\n\s+at /);
  });

  it("refuses a public key that is not 64 hex characters, naming the key but not its value", async () => {
    const run = spawnEntry("src/bin/start.ts", [], { DISCORD_PUBLIC_KEY: "not-a-key-123", PORT: "1" });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/DISCORD_PUBLIC_KEY: must be the application's public key/);
    expect(run.stderr()).not.toContain("not-a-key-123");
  });
});

describe("npm start in gateway mode with METRICS_PORT", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it("serves Prometheus metrics on 127.0.0.1, with the shard's status and the interactions answered", async () => {
    const port = await freePort();
    const run = spawnEntry("src/bin/start.ts", [], {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      METRICS_PORT: String(port),
    });
    await fake.waitForGateway(() => fake.identifies >= 1);
    await fake.interact(chatInput("sources"));
    expect(await waitFor200(`http://127.0.0.1:${port}/metrics`)).toBe(true);
    const text = (await request(`http://127.0.0.1:${port}/metrics`)).text;
    expect(text).toContain('nootropic_gateway_shard_status{shard="0",status="ready"} 1');
    expect(text).toMatch(/nootropic_interactions_total\{kind="command",command="sources",outcome="ok"\} 1/);
    expect((await request(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toMatch(/"host":"127\.0\.0\.1"[^\n]*"msg":"serving metrics on \/metrics"/);
  });
});
