import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeLoginError } from "../src/discord/login-error.js";
import { TEST_TOKEN } from "./support/bot.js";
import { FakeDiscord } from "./support/fake-discord.js";
import { spawnEntry, type Spawned } from "./support/spawn.js";

const ENTRY = "src/bin/start.ts";
let fake: FakeDiscord;
let run: Spawned | undefined;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.stop();
});
afterEach(() => {
  if (run && run.child.exitCode === null) run.child.kill("SIGKILL");
});

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("a failed login", () => {
  it("says Discord rejected the token and exits 1, without the token or a stack trace", async () => {
    fake.failNext("GET", /\/gateway\/bot$/, 401);
    run = spawnEntry(ENTRY, [], { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl });
    expect(await run.exited).toBe(1);
    const output = run.stdout() + run.stderr();
    expect(output).toMatch(/Discord rejected the token/);
    expect(output).not.toContain(TEST_TOKEN);
    expect(output).not.toMatch(/\n\s+at |unhandled rejection/);
  });

  it("says which host it cannot reach and exits 1", async () => {
    const port = await closedPort();
    run = spawnEntry(ENTRY, [], {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
    });
    expect(await run.exited).toBe(1);
    expect(run.stdout() + run.stderr()).toMatch(
      new RegExp(`cannot reach 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`),
    );
  });
});

describe("describeLoginError", () => {
  it("names the cause from discord.js and undici errors", () => {
    expect(
      describeLoginError(
        Object.assign(new Error("An invalid token was provided."), { code: "TokenInvalid" }),
      ),
    ).toMatch(/^Discord rejected the token/);
    expect(
      describeLoginError(Object.assign(new Error("fetch failed"), { cause: { code: "ENOTFOUND" } })),
    ).toBe("cannot reach discord.com (ENOTFOUND): check the network, DNS and DISCORD_API_URL");
    expect(describeLoginError(new Error("odd\nsecond line"), "http://127.0.0.1:1/api")).toBe(
      "logging in to 127.0.0.1:1 failed: odd",
    );
  });
});
