import { cardText, isV2 } from "./support/cards.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../src/paths.js";
import { TEST_TOKEN } from "./support/bot.js";
import { APP_ID, FakeDiscord } from "./support/fake-discord.js";
import { chatInput } from "./support/interactions.js";
import { spawnEntry } from "./support/spawn.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.stop();
});

describe("npm start with a token", () => {
  it("logs in through the real entry point, answers, and shuts down cleanly on SIGTERM", async () => {
    const run = spawnEntry("src/bin/start.ts", [], {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: "info",
    });
    await fake.waitForGateway(() => fake.identifies >= 1);
    const cb = await fake.interact(chatInput("compound", { name: "fasoracetam" }));
    expect(JSON.stringify(cb.body)).toContain("2.5–25 mg");
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toMatch(/shutting down/);
    expect(run.stdout() + run.stderr()).not.toContain(TEST_TOKEN);
  });
});

describe("npm start without a token", () => {
  it("says how to connect and answers in the terminal", async () => {
    const run = spawnEntry(
      "src/bin/start.ts",
      [],
      {},
      "/compound nopept\n/compare noopept piracetam\nexit\n",
    );
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toMatch(/No DISCORD_TOKEN is set/);
    expect(run.stdout()).toMatch(/== Noopept ==/);
    expect(run.stdout()).toMatch(/== Noopept vs Piracetam ==/);
  });
});

describe("a bad configuration or knowledge file stops the bot with a readable message", () => {
  it("lists what is wrong in the environment, without a stack trace or the value", async () => {
    const run = spawnEntry("src/bin/start.ts", [], {
      DISCORD_TOKEN: "not a token",
      DISCORD_APPLICATION_ID: "abc",
      LOG_LEVEL: "loud",
      SHUTDOWN_GRACE_SECONDS: "2147484",
      REPORT_CHANNEL: "123456789012345678",
    });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/SHUTDOWN_GRACE_SECONDS: must be a whole number from 1 to 3,600/);
    expect(run.stderr()).toMatch(
      /warning: REPORT_CHANNEL is not a setting .*did you mean REPORT_CHANNEL_ID\?/,
    );
    expect(run.stderr()).toMatch(/DISCORD_TOKEN: does not look like a bot token/);
    expect(run.stderr()).toMatch(/DISCORD_APPLICATION_ID: must be a Discord id/);
    expect(run.stderr()).toMatch(/LOG_LEVEL: /);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
    expect(run.stderr()).not.toContain("not a token");
  });

  it("refuses to start on an invalid knowledge file, naming file, path and problem", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "knowledge-"));
    fs.cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    const file = path.join(dir, "compounds", "piracetam.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("min: 1200", "min: 9000"));
    const run = spawnEntry("src/bin/start.ts", [], {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      NOOTROPIC_KNOWLEDGE_DIR: dir,
    });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/piracetam\.yaml: doses\[0\]\.min: min must not be greater than max/);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
    fs.rmSync(dir, { recursive: true });
  });
});

describe("npm run deploy-commands and npm run ask", () => {
  it("deploy-commands registers globally and says what it did", async () => {
    const run = spawnEntry("src/bin/deploy-commands.ts", [], {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toMatch(
      /Registered 8 commands \(global\): \/ask, \/compound, \/compare, \/stack, \/sources, \/help, \/settings, “Ask the sources”/,
    );
    const again = spawnEntry("src/bin/deploy-commands.ts", [], {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(await again.exited).toBe(0);
    expect(again.stdout()).toMatch(/already up to date/);
  });

  it("ask --json prints the exact Discord payload", async () => {
    const run = spawnEntry("src/bin/ask.ts", ["/stack", "compound:noopept", "--json"], {});
    expect(await run.exited).toBe(0);
    const payload = JSON.parse(run.stdout()) as { allowed_mentions: unknown };
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(isV2(payload)).toBe(true);
    expect(cardText(payload)).toContain("With Choline");
  });
});
