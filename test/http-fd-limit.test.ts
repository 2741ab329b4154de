import { spawnSync } from "node:child_process";
import net from "node:net";
import { InteractionType } from "discord-api-types/v10";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, waitFor200 } from "./support/ports.js";
import { generateSigningKeys, SignedClient } from "./support/signed-client.js";
import { spawnEntry, type Spawned } from "./support/spawn.js";

/**
 * File descriptors the bot may hold: about 30 once it is ready, so most go to connections. Not lower: node
 * loads the ES modules of the bot and its libraries in parallel, and at 256 starting alone runs out.
 */
const FD_LIMIT = 512;
const CONNECTIONS = FD_LIMIT + 100;
const hasPrlimit = spawnSync("prlimit", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasPrlimit) console.log("skipped: the file-descriptor limit test needs prlimit (util-linux)");

const keys = generateSigningKeys();
let run: Spawned | undefined;
afterAll(() => {
  if (run && run.child.exitCode === null) run.child.kill("SIGKILL");
});

/** Opens a connection and resolves once it is open (or failed): the bot may accept it or not. */
function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.on("error", () => undefined);
    socket.once("connect", () => resolve(socket));
    socket.once("close", () => resolve(socket));
  });
}

describe.skipIf(!hasPrlimit)("out of file descriptors (the bot run under prlimit --nofile)", () => {
  it("logs it once, does not crash, and serves again once descriptors are free", async () => {
    const port = await freePort();
    run = spawnEntry(
      "src/bin/start.ts",
      [],
      { DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info" },
      undefined,
      ["prlimit", `--nofile=${FD_LIMIT}:${FD_LIMIT}`, "--"],
    );
    const base = `http://127.0.0.1:${port}`;
    expect(await waitFor200(`${base}/readyz`, 30_000, () => run!.child.exitCode === null)).toBe(true);
    const outOfFds = () =>
      run!
        .stdout()
        .split("\n")
        .filter((l) => l.includes("EMFILE"));

    // Far more connections than descriptors, in two rounds: the accepts past the limit fail in both.
    const sockets: net.Socket[] = [];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < CONNECTIONS; i++) sockets.push(await connect(port));
      await expect.poll(() => outOfFds().length, { timeout: 10_000 }).toBeGreaterThan(0);
    }
    expect(outOfFds()).toHaveLength(1);
    expect(outOfFds()[0]).toMatch(/file descriptors/);

    for (const socket of sockets) socket.destroy();
    const client = new SignedClient(base, keys);
    const ping = { id: "1", application_id: "2", type: InteractionType.Ping, token: "t", version: 1 };
    await expect
      .poll(async () => (await client.post(ping).catch(() => undefined))?.status, { timeout: 20_000 })
      .toBe(200);
    client.close();
    expect(run.child.exitCode).toBeNull();
    expect(outOfFds()).toHaveLength(1);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  }, 60_000);
});
