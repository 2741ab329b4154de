import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pending } from "../src/curate/pending.js";
import { review } from "../src/curate/review.js";
import { cachedRouter } from "../src/interactions/cache.js";
import type { Incoming } from "../src/interactions/types.js";
import type { LiveContext } from "../src/live.js";
import { curateExample, writeStatement } from "./support/curator.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { breakPiracetam, liveIn } from "./support/live.js";
import { tempWorkspace } from "./support/workspace.js";

let ws: ReturnType<typeof tempWorkspace> | undefined;
const lives: LiveContext[] = [];
afterEach(async () => {
  await Promise.all(lives.splice(0).map((l) => l.close()));
  ws?.dispose();
});

const live = (worker: boolean) => {
  const made = liveIn(ws!, { worker });
  lives.push(made);
  return made;
};

/** The worker threads this process runs (node's diagnostic report lists each one). */
const workerThreads = () => (process.report.getReport() as { workers: unknown[] }).workers.length;
/** The count once threads started before (the previous test's worker, still stopping) are gone: none, or the same for a second. */
async function settledWorkerThreads(): Promise<number> {
  const deadline = Date.now() + 10_000;
  let last = workerThreads();
  let since = Date.now();
  while (last > 0 && Date.now() - since < 1000 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    const now = workerThreads();
    if (now !== last) [last, since] = [now, Date.now()];
  }
  return last;
}

const ASKED: Incoming[] = [
  { type: "command", name: "compound", options: { name: "oxiracetam", section: "effects" } },
  { type: "command", name: "compound", options: { name: "piracetam", section: "evidence" } },
  { type: "command", name: "ask", options: { question: "does oxiracetam help the elderly?" } },
  { type: "autocomplete", name: "compound", focused: { name: "name", value: "oxi" }, options: {} },
];
const answers = (l: LiveContext) => ASKED.map((q) => JSON.stringify(cachedRouter(l.ctx)(q)));

/** A new compound curated as the README guide tells it: drafted, two statements written, reviewed by bob. */
function curate(): void {
  const drafts = curateExample(ws!);
  fs.writeFileSync(
    drafts,
    writeStatement(
      fs.readFileSync(drafts, "utf8"),
      "The trial was small",
      "The trial was small, and its authors asked for larger studies.",
    ),
  );
  for (const line of pending(ws!)
    .filter((l) => /^[0-9a-f]{10} /.test(l))
    .filter((l) => !l.includes("dose ")))
    expect(review(ws!, line.slice(0, 10), "bob").lines).toEqual([expect.stringMatching(/^Reviewed/)]);
}

describe.skipIf(!hasSourceTexts)("reloading in a worker thread", () => {
  it("swaps in the same knowledge and answers as a reload in the answering thread", async () => {
    ws = tempWorkspace();
    const inWorker = live(true);
    const here = live(false);
    const before = inWorker.ctx.version;
    curate();
    const [a, b] = await Promise.all([inWorker.reload(), here.reload()]);
    expect(a).toMatchObject({ ok: true, changed: true, previous: before, parsedIn: "worker" });
    expect(b).toMatchObject({ ok: true, changed: true, version: a.version, parsedIn: "main" });
    expect(inWorker.ctx.knowledge).toEqual(here.ctx.knowledge);
    expect(answers(inWorker)).toEqual(answers(here));
    expect(answers(inWorker)[0]).toContain("elderly patients with mild dementia");
    // The compounds that did not change are the same objects as before, so indexes are updated, not rebuilt.
    const piracetam = (l: LiveContext) => l.ctx.knowledge.compounds.find((c) => c.id === "piracetam");
    const kept = piracetam(inWorker);
    expect(await inWorker.reload()).toMatchObject({ ok: true, changed: false });
    const file = path.join(ws.knowledgeDir, "compounds", "noopept.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^summary: /m, "summary: Edited. "));
    expect(await inWorker.reload()).toMatchObject({ ok: true, changed: true, parsedIn: "worker" });
    expect(piracetam(inWorker)).toBe(kept);
    expect(inWorker.ctx.knowledge.compounds.find((c) => c.id === "noopept")?.summary).toMatch(/^Edited\. /);
  });

  it("runs no worker thread at rest: one is started for a reload with files to parse, and stopped after it", async () => {
    ws = tempWorkspace();
    const before = await settledWorkerThreads();
    const inWorker = live(true);
    expect(workerThreads()).toBe(before);
    expect(await inWorker.reload()).toMatchObject({ ok: true, changed: false, parsedIn: undefined });
    expect(workerThreads()).toBe(before);
    const kept = inWorker.ctx.knowledge.compounds.find((c) => c.id === "piracetam");
    const file = path.join(ws.knowledgeDir, "compounds", "noopept.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^summary: /m, "summary: Edited. "));
    expect(await inWorker.reload()).toMatchObject({ ok: true, changed: true, parsedIn: "worker" });
    expect(inWorker.ctx.knowledge.compounds.find((c) => c.id === "piracetam")).toBe(kept);
    const deadline = Date.now() + 10_000;
    while (workerThreads() > before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(workerThreads()).toBe(before);
  });

  it("refuses an invalid change, naming the problem, and keeps answering from the old version", async () => {
    ws = tempWorkspace();
    const inWorker = live(true);
    const version = inWorker.ctx.version;
    const file = breakPiracetam(ws);
    expect(await inWorker.reload()).toMatchObject({
      ok: false,
      version,
      problems: [expect.stringMatching(/is also its author/)],
    });
    expect(inWorker.ctx.version).toBe(version);
    // Put right, it reloads; the worker sends what changed since the version this thread still has.
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("reviewer: initial-curation", "reviewer: sceptical-reading"),
    );
    // The files are the current version's again: nothing is parsed or checked again.
    expect(await inWorker.reload()).toMatchObject({ ok: true, changed: false, version, parsedIn: undefined });
  });
});
