import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { route } from "../src/interactions/route.js";
import type { Incoming } from "../src/interactions/types.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { liveIn } from "./support/live.js";
import { tempWorkspace } from "./support/workspace.js";

let ws: ReturnType<typeof tempWorkspace> | undefined;
afterEach(() => ws?.dispose());

const ASKED: Incoming = { type: "command", name: "ask", options: { question: "frobnicated noopept?" } };

describe.skipIf(!hasSourceTexts)("a reload, cut into slices", () => {
  it("answers interactions between its slices, each from the old version or the new one, whole", async () => {
    ws = tempWorkspace();
    // sliceMs 0: the event loop gets a turn after every piece of the reload's work, however fast it runs.
    const live = liveIn(ws, { sliceMs: 0 });
    const before = live.ctx.version;
    const oldAnswer = JSON.stringify(route(live.ctx, ASKED));
    const file = path.join(ws.knowledgeDir, "compounds", "noopept.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^summary: /m, "summary: Frobnicated. "));
    let done = false;
    const reloading = live.reload().finally(() => (done = true));
    const answered: { version: string; answer: string }[] = [];
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      answered.push({ version: live.ctx.version, answer: JSON.stringify(route(live.ctx, ASKED)) });
    }
    const outcome = await reloading;
    expect(outcome).toMatchObject({ ok: true, changed: true, previous: before });
    const during = answered.filter((a) => a.version === before);
    // Every step (names, question index, full text, ...) yields every few compounds or words: the
    // interactions that arrive meanwhile are answered many times over before the new version is swapped in.
    expect(during.length).toBeGreaterThan(25);
    expect(during.every((a) => a.answer === oldAnswer)).toBe(true);
    // Once swapped, the new version answers, and never the old one again.
    const after = answered.slice(during.length);
    expect(after.every((a) => a.version === outcome.version)).toBe(true);
    if (outcome.ok)
      expect(outcome.steps.map((s) => s.name)).toEqual(
        expect.arrayContaining(["read", "check", "published", "names", "question", "relevance", "swap"]),
      );
  });

  it("once a server has shown drafts, a reload builds their context in its slices, not an interaction", async () => {
    ws = tempWorkspace();
    const live = liveIn(ws);
    const file = path.join(ws.knowledgeDir, "compounds", "noopept.yaml");
    const edit = (summary: string) =>
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^summary: /m, `summary: ${summary} `));
    const stepsOf = (outcome: Awaited<ReturnType<typeof live.reload>>) =>
      outcome.ok ? outcome.steps.map((s) => s.name) : [];
    edit("First.");
    expect(stepsOf(await live.reload())).not.toContain("drafts");
    const shown = live.drafts();
    expect(live.drafts()).toBe(shown);
    edit("Second.");
    expect(stepsOf(await live.reload())).toContain("drafts");
    const after = live.drafts();
    expect(after).not.toBe(shown);
    expect(after.knowledge.compounds.find((c) => c.id === "noopept")?.summary).toMatch(/^Second\. First\. /);
  });
});
