import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/paths.js";

/** The gateway path runs on discord.js's own lower-level packages, through their public API, at pinned versions. */

const GATEWAY_PACKAGES = ["@discordjs/ws", "@discordjs/rest", "discord-api-types"];
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
const manifest = readJson(path.join(PROJECT_ROOT, "package.json")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sourceFiles(): string[] {
  return ["src", "commands"].flatMap((folder) =>
    fs
      .readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(folder, f)),
  );
}

describe("the gateway's dependencies", () => {
  it("imports nothing from discord.js itself: no Client whose unread conversions would need switching off", () => {
    const importers = sourceFiles().filter((f) =>
      /from\s+"discord\.js"/.test(fs.readFileSync(path.join(PROJECT_ROOT, f), "utf8")),
    );
    expect(importers).toEqual([]);
    expect(Object.keys(manifest.dependencies)).not.toContain("discord.js");
  });

  it("pins the exact version of every package the gateway path uses, and that version is the one installed", () => {
    for (const name of GATEWAY_PACKAGES) {
      const wanted = manifest.dependencies[name];
      expect(wanted, name).toMatch(/^\d+\.\d+\.\d+$/);
      const installed = readJson(path.join(PROJECT_ROOT, "node_modules", name, "package.json")).version;
      expect(installed, name).toBe(wanted);
    }
  });
});
