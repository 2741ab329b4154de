import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dispute } from "../src/curate/dispute.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { buildFullTextIndex, searchKnowledge } from "../src/search/fulltext.js";
import type { BotContext, Outgoing } from "../src/interactions/types.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { curateAndReview } from "./support/curator.js";
import { breakPiracetam, liveIn } from "./support/live.js";
import { tempWorkspace } from "./support/workspace.js";

let ws: ReturnType<typeof tempWorkspace> | undefined;
afterEach(() => ws?.dispose());

const text = (out: Outgoing) => JSON.stringify(out);

describe.skipIf(!hasSourceTexts)("reloading the knowledge while the bot runs", () => {
  it("answers from the new version after a reload, with no restart; the cache is emptied", async () => {
    ws = tempWorkspace();
    const live = liveIn(ws);
    const answer = cachedRouter(live.ctx);
    const ask = (section = "evidence") =>
      text(answer({ type: "command", name: "compound", options: { name: "oxiracetam", section } }));
    expect(ask()).toMatch(/do not cover/);
    const before = live.ctx.version;

    const reviews = curateAndReview(ws);
    expect(reviews.length).toBeGreaterThan(0);
    for (const said of reviews) expect(said).toMatch(/^Reviewed/);

    const outcome = await live.reload();
    expect(outcome).toMatchObject({ ok: true, changed: true, previous: before });
    expect(live.ctx.version).not.toBe(before);
    expect(ask("effects")).toContain("elderly patients with mild dementia");
    expect(ask()).toContain("The trial was small, and its authors asked for larger studies.");
  });

  it("refuses an invalid change and keeps answering from the old version", async () => {
    ws = tempWorkspace();
    const live = liveIn(ws);
    const version = live.ctx.version;
    breakPiracetam(ws);
    const outcome = await live.reload();
    expect(outcome).toMatchObject({
      ok: false,
      version,
      problems: [expect.stringMatching(/is also its author/)],
    });
    expect(live.ctx.version).toBe(version);
    expect(
      text(cachedRouter(live.ctx)({ type: "command", name: "compound", options: { name: "piracetam" } })),
    ).toContain("Piracetam");
  });

  it("refuses a source text edited under a quote, and takes it back when it is put right", async () => {
    ws = tempWorkspace();
    const live = liveIn(ws);
    const version = live.ctx.version;
    const file = path.join(ws.sourcesDir, "noopept-closer-look.txt");
    const original = fs.readFileSync(file, "utf8");
    // A word of the text changed: the quotes over it no longer match, nor does the hash it was added with.
    const edited = original.replace(/\bNoopept\b/, "Noopeptt");
    expect(edited).not.toBe(original);
    fs.writeFileSync(file, edited);
    const outcome = await live.reload();
    expect(outcome).toMatchObject({ ok: false, version });
    expect(outcome.ok ? [] : outcome.problems).toContainEqual(
      expect.stringMatching(/has changed since it was added/),
    );
    expect(live.ctx.version).toBe(version);
    fs.writeFileSync(file, original);
    expect(await live.reload()).toMatchObject({ ok: true, changed: false, version });
  });

  it("an unchanged folder reloads as the same version", async () => {
    ws = tempWorkspace();
    const live = liveIn(ws);
    expect(await live.reload()).toMatchObject({ ok: true, changed: false, version: live.ctx.version });
  });

  it("a disputed claim leaves the answers; a server that shows drafts sees it with a note, and drafts with 🚧", async () => {
    ws = tempWorkspace();
    const live = liveIn(ws);
    const card = (ctx: BotContext = live.ctx) =>
      text(
        cachedRouter(ctx)({
          type: "command",
          name: "compound",
          options: { name: "piracetam", section: "sources" },
        }),
      );
    const piracetam = live.ctx.knowledge.compounds.find((c) => c.id === "piracetam")!;
    const claim = piracetam.claims.find((c) => card().includes(c.statement))!;
    expect(claim).toBeDefined();
    expect(dispute(ws, claim.reviewed!, "#12: the quote is read out of context").lines).toEqual([
      expect.stringMatching(/^Disputed/),
    ]);
    const file = path.join(ws.knowledgeDir, "compounds", "piracetam.yaml");
    const other = piracetam.claims.find((c) => c !== claim && card().includes(c.statement))!;
    const edited = fs.readFileSync(file, "utf8");
    const start = edited.lastIndexOf("status: reviewed", edited.indexOf(`reviewed: ${other.reviewed!}`));
    fs.writeFileSync(
      file,
      `${edited.slice(0, start)}status: draft${edited.slice(start + "status: reviewed".length)}`,
    );
    expect(await live.reload()).toMatchObject({ ok: true, changed: true });
    expect(card()).not.toContain(claim.statement);
    expect(card()).not.toContain(other.statement);
    const withDrafts = card(live.drafts());
    expect(withDrafts).toContain(claim.statement);
    expect(withDrafts).toContain("⚠️ disputed: a report against it was accepted");
    expect(withDrafts).toContain(other.statement);
    expect(withDrafts).toContain("🚧 draft, not yet reviewed");
    // The drafts' full text is updated from the reviewed one: it finds what a fresh build finds.
    const shown = live.drafts();
    const words = other.statement
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 3)
      .slice(0, 4);
    const where = (hits: ReturnType<typeof searchKnowledge>) =>
      hits.map((h) => `${h.compound.id}: ${h.kind === "claim" ? h.claim.statement : h.dose.purpose}`);
    expect(where(searchKnowledge(shown.ask.fulltext, words, 50))).toEqual(
      where(searchKnowledge(buildFullTextIndex(shown.knowledge), words, 50)),
    );
    expect(where(searchKnowledge(shown.ask.fulltext, words, 50))).toContain(`piracetam: ${other.statement}`);
  });
});
