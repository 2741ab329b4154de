import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_TOKEN } from "./support/bot.js";
import { FakeDiscord } from "./support/fake-discord.js";
import { generateSigningKeys } from "./support/signed-client.js";
import { spawnEntry } from "./support/spawn.js";

/** A port or host the bot cannot listen on is named as such, never as a Discord error, and the bot exits 1. */

const keys = generateSigningKeys();
let taken: net.Server;
let port: number;
beforeAll(async () => {
  taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  port = (taken.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => taken.close(() => resolve()));
});

const httpMode = (env: Record<string, string>) =>
  spawnEntry("src/bin/start.ts", [], { DISCORD_PUBLIC_KEY: keys.publicKeyHex, LOG_LEVEL: "info", ...env });

describe("listen errors", () => {
  it("HTTP mode on a port in use: 'cannot listen on HOST:PORT' with EADDRINUSE, exit 1", async () => {
    const run = httpMode({ HOST: "127.0.0.1", PORT: String(port), DISCORD_TOKEN: TEST_TOKEN });
    expect(await run.exited).toBe(1);
    const output = run.stdout() + run.stderr();
    expect(output).toContain(`cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE)`);
    expect(output).not.toMatch(/discord\.com|logging in/);
  });

  it("HTTP mode on a host that does not resolve: 'cannot listen on HOST:PORT' with ENOTFOUND, exit 1", async () => {
    const run = httpMode({ HOST: "no-such-host.invalid", PORT: "8080" });
    expect(await run.exited).toBe(1);
    const output = run.stdout() + run.stderr();
    expect(output).toMatch(/cannot listen on no-such-host\.invalid:8080: .*\((ENOTFOUND|EAI_AGAIN)\)/);
    expect(output).not.toMatch(/discord\.com|cannot reach/);
  });

  it("gateway mode with METRICS_PORT in use: 'cannot listen on' the metrics address, exit 1", async () => {
    const fake = await FakeDiscord.start();
    try {
      const run = spawnEntry("src/bin/start.ts", [], {
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        METRICS_PORT: String(port),
      });
      expect(await run.exited).toBe(1);
      const output = run.stdout() + run.stderr();
      expect(output).toContain(`cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE)`);
      expect(output).not.toMatch(/logging in to/);
    } finally {
      await fake.stop();
    }
  });
});
