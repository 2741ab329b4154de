import fs from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TEST_TOKEN } from "./support/bot.js";
import { FakeDiscord } from "./support/fake-discord.js";
import { chatInput } from "./support/interactions.js";
import { spawnEntry, type Spawned } from "./support/spawn.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.stop();
});
let run: Spawned | undefined;
afterEach(() => {
  if (run && run.child.exitCode === null) run.child.kill("SIGKILL");
});

/** CPU seconds the process has used so far (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

describe("a log reader that goes away", () => {
  it(
    "keeps answering without spinning, notes it on stderr, and still stops on SIGTERM",
    { timeout: 15_000 },
    async () => {
      run = spawnEntry("src/bin/start.ts", [], {
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        LOG_LEVEL: "info",
      });
      const identifies = fake.identifies;
      await fake.waitForGateway(() => fake.identifies > identifies);
      run.child.stdout!.destroy();
      for (const name of ["noopept", "piracetam", "fasoracetam"]) {
        expect(JSON.stringify((await fake.interact(chatInput("compound", { name }))).body)).toMatch(
          new RegExp(name, "i"),
        );
      }
      const pid = run.child.pid!;
      const before = cpuSeconds(pid);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(cpuSeconds(pid) - before).toBeLessThan(0.5);
      expect(
        JSON.stringify((await fake.interact(chatInput("compound", { name: "choline" }))).body),
      ).toContain("Choline");
      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
      expect(run.stderr()).toMatch(/log output closed/);
      expect(run.stderr()).not.toContain(TEST_TOKEN);
    },
  );
});
