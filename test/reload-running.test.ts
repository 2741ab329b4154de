import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pending } from "../src/curate/pending.js";
import { reloadVerb } from "../src/curate/reload.js";
import { review } from "../src/curate/review.js";
import { TEST_TOKEN } from "./support/bot.js";
import { curateExample } from "./support/curator.js";
import { chatInput } from "./support/interactions.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { freePort, waitFor200 } from "./support/ports.js";
import { generateSigningKeys, request, SignedClient } from "./support/signed-client.js";
import { spawnEntry, type Spawned } from "./support/spawn.js";
import { lines, tempWorkspace } from "./support/workspace.js";

const keys = generateSigningKeys();
let ws: ReturnType<typeof tempWorkspace> | undefined;
let run: Spawned | undefined;
afterEach(async () => {
  run?.child.kill("SIGTERM");
  await run?.exited;
  ws?.dispose();
});

const readyVersion = async (base: string) =>
  (await request(`${base}/readyz`)).json<{ knowledge: string }>().knowledge;

describe.skipIf(!hasSourceTexts)("a running bot takes the curators' changes without a restart", () => {
  it("POST /reload (npm run curate -- reload) and SIGHUP swap in the new knowledge; an invalid change is refused with one line", async () => {
    ws = tempWorkspace();
    const port = await freePort();
    const metricsPort = await freePort();
    run = spawnEntry("src/bin/start.ts", [], {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_TOKEN: TEST_TOKEN,
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      NOOTROPIC_KNOWLEDGE_DIR: ws.knowledgeDir,
      NOOTROPIC_SOURCES_DIR: ws.sourcesDir,
    });
    const base = `http://127.0.0.1:${port}`;
    expect(await waitFor200(`${base}/readyz`, 20_000, () => run!.child.exitCode === null)).toBe(true);
    const client = new SignedClient(base, keys);
    const first = await readyVersion(base);
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect((await client.post(chatInput("compound", { name: "oxiracetam" }))).text).toMatch(/do not cover/);

    curateExample(ws);
    const [claimId] = pending(ws).filter((l) => /^[0-9a-f]{10} /.test(l) && !l.includes("dose "));
    expect(review(ws, claimId!.slice(0, 10), "bob").ok).toBe(true);
    const said = lines();
    expect(
      await reloadVerb.run({
        args: ["--url", base],
        out: said.out,
        err: said.out,
        store: undefined as never,
      }),
    ).toBe(0);
    expect(said.text()).toMatch(/^Reloaded: now answering from [0-9a-f]{12} \(was [0-9a-f]{12}\)/);
    const second = await readyVersion(base);
    expect(second).not.toBe(first);
    expect((await request(`http://127.0.0.1:${metricsPort}/metrics`)).text).toContain(
      `nootropic_knowledge_version_info{version="${second}"} 1`,
    );
    expect(
      (await client.post(chatInput("compound", { name: "oxiracetam", section: "effects" }))).text,
    ).toContain("elderly patients with mild dementia");

    const file = path.join(ws.knowledgeDir, "compounds", "oxiracetam.yaml");
    const good = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, good.replace("reviewer: bob", "reviewer: alice"));
    const refused = lines();
    expect(
      await reloadVerb.run({
        args: ["--url", base],
        out: refused.out,
        err: refused.out,
        store: undefined as never,
      }),
    ).toBe(1);
    expect(refused.text()).toMatch(
      /Refused: still answering from [0-9a-f]{12}[\s\S]*'alice' is also its author/,
    );
    expect(await readyVersion(base)).toBe(second);
    expect((await client.post(chatInput("compound", { name: "oxiracetam" }))).text).toContain("Oxiracetam");
    const refusedLines = (run.stdout() + run.stderr())
      .split("\n")
      .filter((l) => l.includes("knowledge reload refused"));
    expect(refusedLines).toHaveLength(1);

    fs.writeFileSync(file, good.replace("summary: ", "summary: Reviewed. "));
    run.child.kill("SIGHUP");
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await readyVersion(base)) === second)
      await new Promise((r) => setTimeout(r, 50));
    expect(await readyVersion(base)).not.toBe(second);
    // The line says how long the reload's longest slice kept the thread that answers from interactions.
    expect(run.stdout() + run.stderr()).toMatch(/"by":"SIGHUP".*"longestStepMs":\d+.*knowledge reloaded/);
    client.close();
  });
});
