import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { spawnEntry, type Spawned } from "./support/spawn.js";
import { tempWorkspace } from "./support/workspace.js";

let ws: ReturnType<typeof tempWorkspace> | undefined;
let run: Spawned | undefined;
afterEach(async () => {
  if (run?.child.exitCode === null) {
    run.child.kill("SIGTERM");
    await run.exited;
  }
  ws?.dispose();
});

/** Waits (bounded) until the bot's output matches, or it exits; the output either way. */
async function until(spawned: Spawned, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const said = () => spawned.stdout() + spawned.stderr();
  while (Date.now() < deadline && !pattern.test(said()) && spawned.child.exitCode === null)
    await new Promise((r) => setTimeout(r, 50));
  return said();
}

describe("npm start without a token (the terminal console)", () => {
  it("reloads the knowledge on SIGHUP (npm run curate -- reload --pid) and keeps answering, instead of dying", async () => {
    ws = tempWorkspace({ withSources: false });
    run = spawnEntry("src/bin/start.ts", [], {
      NOOTROPIC_KNOWLEDGE_DIR: ws.knowledgeDir,
      // No source texts: the quote checks are skipped, so the test runs on a clone without ../shared.
      NOOTROPIC_SOURCES_DIR: path.join(ws.sourcesDir, "absent"),
      LOG_LEVEL: "info",
    });
    // The greeting says how to reload this very process.
    expect(await until(run, /nootropic> /)).toContain(`kill -HUP ${run.child.pid}`);

    const file = path.join(ws.knowledgeDir, "compounds", "piracetam.yaml");
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace("summary: >-\n", "summary: >-\n  Edited while it ran.\n"));
    run.child.kill("SIGHUP");
    expect(await until(run, /knowledge reloaded/)).toMatch(/knowledge reloaded/);
    expect(run.child.exitCode).toBeNull();

    run.child.stdin?.write("/compound name:piracetam\n");
    expect(await until(run, /Edited while it ran\./)).toContain("Edited while it ran.");
    run.child.stdin?.end("exit\n");
    expect(await run.exited).toBe(0);
  }, 240_000);
});
