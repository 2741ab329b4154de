import { describe, expect, it } from "vitest";
import { formatEnvProblems, parseEnv } from "../src/env.js";
import { TEST_TOKEN } from "./support/bot.js";

describe("parseEnv", () => {
  it("accepts an empty environment (terminal mode) with defaults", () => {
    const result = parseEnv({});
    expect(result.ok && result.config).toMatchObject({
      LOG_LEVEL: "info",
      COMMAND_COOLDOWN_COUNT: 5,
      COMMAND_COOLDOWN_SECONDS: 10,
    });
  });
  it("accepts a full configuration", () => {
    const result = parseEnv({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: "111111111111111111",
      DISCORD_GUILD_ID: "444444444444444444",
      DISCORD_API_URL: "http://127.0.0.1:1234/api",
      LOG_LEVEL: "debug",
      COMMAND_COOLDOWN_COUNT: "3",
    });
    expect(result.ok && result.config).toMatchObject({
      DISCORD_GUILD_ID: "444444444444444444",
      LOG_LEVEL: "debug",
      COMMAND_COOLDOWN_COUNT: 3,
    });
  });
  it("treats blank values as unset", () => {
    expect(parseEnv({ DISCORD_TOKEN: "", DISCORD_GUILD_ID: "  " }).ok).toBe(true);
  });
  it("lists every problem by key, without echoing values", () => {
    const result = parseEnv({
      DISCORD_TOKEN: "secret value",
      DISCORD_GUILD_ID: "12",
      DISCORD_API_URL: "ftp://x",
      COMMAND_COOLDOWN_COUNT: "-1",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const keys = result.problems.map((p) => p.split(":")[0]);
    expect(keys.sort()).toEqual([
      "COMMAND_COOLDOWN_COUNT",
      "DISCORD_API_URL",
      "DISCORD_GUILD_ID",
      "DISCORD_TOKEN",
    ]);
    const message = formatEnvProblems(result.problems);
    expect(message).toMatch(/^The configuration is not valid:/);
    expect(message).not.toContain("secret value");
  });
});
