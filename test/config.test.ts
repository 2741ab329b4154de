import { describe, expect, it } from "vitest";
import { settingWarnings } from "../src/env-check.js";
import { EnvSchema, formatEnvProblems, parseEnv } from "../src/env.js";
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

describe("configuration holes", () => {
  const known = Object.keys(EnvSchema.shape);

  it("refuses a grace that would overflow node's timers (2,147,484 s became a 1 ms grace)", () => {
    const result = parseEnv({ SHUTDOWN_GRACE_SECONDS: "2147484" });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual(["SHUTDOWN_GRACE_SECONDS: must be a whole number from 1 to 3,600"]);
    expect(parseEnv({ SHUTDOWN_GRACE_SECONDS: "3600" }).ok).toBe(true);
  });

  it("every number setting has an upper bound", () => {
    const numeric = known.filter((key) => {
      const parsed = parseEnv({ [key]: "5" });
      return parsed.ok && typeof (parsed.config as Record<string, unknown>)[key] === "number";
    });
    expect(numeric).toEqual(
      expect.arrayContaining(["SHUTDOWN_GRACE_SECONDS", "COMMAND_COOLDOWN_SECONDS", "PORT"]),
    );
    for (const key of numeric) expect(parseEnv({ [key]: "2147484000" }).ok, key).toBe(false);
  });

  it("names a misspelt setting in a warning, with the setting it is close to", () => {
    const warnings = settingWarnings(
      {
        REPORT_CHANNEL: "1",
        SHUTDOWN_GRACE_SECOND: "5",
        NOOTROPIC_SOURCE_DIR: "x",
        port: "80",
        DISCORD_SECRET: "s3cret",
      },
      known,
    );
    expect(warnings).toEqual([
      "DISCORD_SECRET is not a setting this bot reads, so it has no effect",
      "NOOTROPIC_SOURCE_DIR is not a setting this bot reads, so it has no effect; did you mean NOOTROPIC_SOURCES_DIR?",
      "REPORT_CHANNEL is not a setting this bot reads, so it has no effect; did you mean REPORT_CHANNEL_ID?",
      "SHUTDOWN_GRACE_SECOND is not a setting this bot reads, so it has no effect; did you mean SHUTDOWN_GRACE_SECONDS?",
      "port is not a setting this bot reads, so it has no effect; did you mean PORT?",
    ]);
    expect(warnings.join("\n")).not.toContain("s3cret");
  });

  it("leaves the settings it reads and other programs' variables alone", () => {
    const env = Object.fromEntries(
      [
        ...known,
        "HOME",
        "HOSTNAME",
        "PATH",
        "TERM",
        "USER",
        "LANG",
        "NODE_ENV",
        "HTTP_PROXY",
        "npm_config_cache",
      ].map((k) => [k, "x"]),
    );
    expect(settingWarnings(env, known)).toEqual([]);
  });

  it("refuses DISCORD_API_URL over plain http to anything but this machine: the token would travel in clear", () => {
    for (const url of ["http://discord.example/api", "http://10.0.0.5:8080/api"]) {
      const result = parseEnv({ DISCORD_API_URL: url });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]).toMatch(/^DISCORD_API_URL: must use https:\/\/.*in clear/);
    }
    for (const url of ["https://discord.com/api", "http://127.0.0.1:1234/api", "http://localhost:9/api"])
      expect(parseEnv({ DISCORD_API_URL: url }).ok, url).toBe(true);
  });
});
