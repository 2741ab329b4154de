import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cachedRouter } from "../src/interactions/cache.js";
import type { Incoming } from "../src/interactions/types.js";
import type { LiveContext } from "../src/live.js";
import { curateAndReview } from "./support/curator.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { breakPiracetam, liveIn } from "./support/live.js";
import { tempWorkspace } from "./support/workspace.js";

let ws: ReturnType<typeof tempWorkspace> | undefined;
afterEach(() => ws?.dispose());

const ASKED: Incoming[] = [
  { type: "command", name: "compound", options: { name: "oxiracetam", section: "effects" } },
  { type: "command", name: "compound", options: { name: "piracetam", section: "evidence" } },
  { type: "command", name: "ask", options: { question: "does oxiracetam help the elderly?" } },
  { type: "autocomplete", name: "compound", focused: { name: "name", value: "oxi" }, options: {} },
];
const answers = (l: LiveContext) => ASKED.map((q) => JSON.stringify(cachedRouter(l.ctx)(q)));

describe.skipIf(!hasSourceTexts)("reloading what changed, beside the version answering", () => {
  it("swaps in the knowledge and answers a fresh load of the same files gives", async () => {
    ws = tempWorkspace();
    const live = liveIn(ws);
    const before = live.ctx.version;
    const reviews = curateAndReview(ws);
    expect(reviews.length).toBeGreaterThan(0);
    for (const said of reviews) expect(said).toMatch(/^Reviewed/);
    expect(await live.reload()).toMatchObject({ ok: true, changed: true, previous: before });
    const fresh = liveIn(ws);
    expect(live.ctx.version).toBe(fresh.ctx.version);
    expect(live.ctx.knowledge).toEqual(fresh.ctx.knowledge);
    expect(answers(live)).toEqual(answers(fresh));
    expect(answers(live)[0]).toContain("elderly patients with mild dementia");
    // The compounds that did not change are the same objects as before, so indexes are updated, not rebuilt.
    const piracetam = () => live.ctx.knowledge.compounds.find((c) => c.id === "piracetam");
    const kept = piracetam();
    expect(await live.reload()).toMatchObject({ ok: true, changed: false });
    const file = path.join(ws.knowledgeDir, "compounds", "noopept.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^summary: /m, "summary: Edited. "));
    expect(await live.reload()).toMatchObject({ ok: true, changed: true });
    expect(piracetam()).toBe(kept);
    expect(live.ctx.knowledge.compounds.find((c) => c.id === "noopept")?.summary).toMatch(/^Edited\. /);
  });

  it("parses a changed file a few hundred YAML tokens at a time, between interactions", async () => {
    ws = tempWorkspace();
    // Slices of one piece each: the check step's slices count the pieces it was cut into.
    const live = liveIn(ws, { sliceMs: 0 });
    const dir = path.join(ws.knowledgeDir, "compounds");
    const [largest] = fs
      .readdirSync(dir)
      .map((n) => path.join(dir, n))
      .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
    // An edit no earlier run has parsed (the YAML cache would give its value at once).
    const text = `${fs.readFileSync(largest!, "utf8")}\n# ${randomUUID()}\n`;
    fs.writeFileSync(largest!, text);
    const outcome = await live.reload();
    expect(outcome).toMatchObject({ ok: true, changed: true });
    const check = outcome.ok ? outcome.steps.find((s) => s.name === "check") : undefined;
    expect(check?.slices).toBeGreaterThan(text.length / 4000);
  });

  it("checks the unchanged compounds' claims again when the subjects they name change", async () => {
    ws = tempWorkspace();
    const live = liveIn(ws);
    const version = live.ctx.version;
    // A subject renamed: piracetam's file, unchanged, still names the old id.
    const file = path.join(ws.knowledgeDir, "subjects.yaml");
    const subjects = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, subjects.replace("- id: stimulant-sedative", "- id: stimulant-or-sedative"));
    const outcome = await live.reload();
    expect(outcome).toMatchObject({ ok: false, version });
    expect(outcome.ok ? [] : outcome.problems).toContainEqual(
      expect.stringMatching(
        /piracetam\.yaml: claims\[\d+\]\.subjects\[0\]: unknown subject 'stimulant-sedative'/,
      ),
    );
    fs.writeFileSync(file, subjects);
    expect(await live.reload()).toMatchObject({ ok: true, changed: false, version });
  });

  it("refuses an invalid change, naming the problem, and keeps answering from the old version", async () => {
    ws = tempWorkspace();
    const live = liveIn(ws);
    const version = live.ctx.version;
    const file = breakPiracetam(ws);
    expect(await live.reload()).toMatchObject({
      ok: false,
      version,
      problems: [expect.stringMatching(/is also its author/)],
    });
    expect(live.ctx.version).toBe(version);
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("reviewer: initial-curation", "reviewer: sceptical-reading"),
    );
    // The files are the current version's again: nothing is parsed or checked again.
    expect(await live.reload()).toMatchObject({ ok: true, changed: false, version });
  });
});
