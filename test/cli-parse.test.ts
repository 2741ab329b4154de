import { describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { parseCommandLine } from "../src/cli/parse.js";

describe("the terminal console reads a line as Discord would send it", () => {
  it("understands every slash-command example its greeting shows", () => {
    const examples = registry.list
      .filter((c) => c.execute)
      .flatMap((c) => c.examples)
      .filter((e) => e.startsWith("/"));
    expect(examples.length).toBeGreaterThan(5);
    for (const line of examples)
      expect([line, parseCommandLine(registry, line)]).toMatchObject([line, { ok: true }]);
  });

  it("reads an option whose name has an underscore (/settings show_drafts:true)", () => {
    expect(parseCommandLine(registry, "/settings show_drafts:true private_answers:no")).toEqual({
      ok: true,
      incoming: { type: "command", name: "settings", options: { show_drafts: true, private_answers: false } },
    });
  });
});
