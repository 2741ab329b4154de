import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { commandUsage } from "../src/interactions/usage.js";
import { PROJECT_ROOT } from "../src/paths.js";

/** The first cell of each row of the README's command table: "/compound", or "Apps › Ask the sources". */
function readmeCommands(): string[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
  const section = readme.split(/^## Commands$/m)[1]?.split(/^## /m)[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => /^\| `([^`]+)`/.exec(line)?.[1] ?? "")
    .map((cell) => (cell.startsWith("/") ? (cell.split(" ")[0] ?? cell) : cell));
}

describe("README", () => {
  it("names in its command table exactly the commands the registry has", () => {
    const registered = registry.list
      .map((c) => commandUsage(c))
      .map((usage) => (usage.startsWith("/") ? (usage.split(" ")[0] ?? usage) : usage));
    expect(readmeCommands().sort()).toEqual(registered.sort());
  });
});
