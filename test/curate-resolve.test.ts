import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { createContext } from "../src/context.js";
import { resolveReport } from "../src/curate/resolve.js";
import { findEntry } from "../src/curate/review.js";
import { createBoundary } from "../src/interactions/boundary.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { createRegistry } from "../src/interactions/registry.js";
import { createLogger } from "../src/logger.js";
import { reportFeature } from "../src/reports/feature.js";
import { storeReportSink } from "../src/reports/store-sink.js";
import { serverSettings } from "../src/store/server-settings.js";
import { openStore, type Store } from "../src/store/store.js";
import { modalSubmit } from "./support/interactions.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { tempWorkspace } from "./support/workspace.js";

const logger = createLogger({ level: "silent" });
let ws: ReturnType<typeof tempWorkspace> | undefined;
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  ws?.dispose();
  store = undefined;
});

/** A running bot on a copy of the knowledge, reports stored as the entry point stores them. */
async function bot() {
  ws = tempWorkspace();
  store = await openStore({
    url: `sqlite:${path.join(ws.knowledgeDir, "..", "r.db")}`,
    root: ws.knowledgeDir,
  });
  const settings = serverSettings(store.settings, {
    privateAnswers: false,
    answerMentions: true,
    keepUnanswered: false,
  });
  const sink = storeReportSink({ store, settings, logger });
  const ctx = createContext(createRegistry(registry.list, [reportFeature(sink)]), {
    dir: ws.knowledgeDir,
    sourcesDir: ws.sourcesDir,
    settings,
  });
  const boundary = createBoundary({ router: cachedRouter(ctx), logger, settings });
  const report = async (customId: string, what: string) => {
    await boundary.handle(modalSubmit(customId, { what }) as never);
    return (await store!.reports.list())[0]!;
  };
  return { ws, store, ctx, report };
}

const statusOf = (id: string) => findEntry(ws!, id)?.data.status;

describe.skipIf(!hasSourceTexts)("curate resolve <report> accepted", () => {
  it("a 🚩 report keeps the ids of the claims shown; accepting it asks which, then disputes that one", async () => {
    const { ws, store, ctx, report } = await bot();
    const stored = await report("report:piracetam:effects", "the second claim misreads its source");
    expect(stored.claimIds.length).toBeGreaterThan(1);
    expect(stored.claimIds).toHaveLength(stored.claims.length);
    for (const id of stored.claimIds) expect(statusOf(id)).toBe("reviewed");

    const unsure = await resolveReport(store, ws, { id: stored.id, status: "accepted" });
    expect(unsure.code).toBe(1);
    expect(unsure.err[0]).toMatch(/showing \d+ claims; say which .* --claim ID/);
    for (const id of stored.claimIds) expect(unsure.err.join("\n")).toContain(id);
    expect((await store.reports.get(stored.id))?.status).toBe("open");
    expect(stored.claimIds.map(statusOf).every((s) => s === "reviewed")).toBe(true);

    const wrong = await resolveReport(store, ws, {
      id: stored.id,
      status: "accepted",
      claims: ["ffffffffff"],
    });
    expect(wrong.err[0]).toMatch(/ffffffffff is not one of the claims/);

    const [, meant] = stored.claimIds as [string, string];
    const done = await resolveReport(store, ws, {
      id: stored.id,
      status: "accepted",
      claims: [meant.slice(0, 7)],
    });
    expect(done.code).toBe(0);
    expect(done.out[0]).toMatch(new RegExp(`^#${stored.id} .*\\[accepted\\]`));
    expect(done.out[1]).toMatch(new RegExp(`^Disputed ${meant}`));
    expect(statusOf(meant)).toBe("disputed");
    expect(findEntry(ws, meant)?.data.dispute).toBe(`#${stored.id}: the second claim misreads its source`);
    expect(
      stored.claimIds
        .filter((id) => id !== meant)
        .map(statusOf)
        .every((s) => s === "reviewed"),
    ).toBe(true);
    // After a reload, answers no longer show it.
    const statement = ctx.knowledge.compounds
      .find((c) => c.id === "piracetam")!
      .claims.find((c) => c.reviewed === meant)!.statement;
    expect(await ctx.live.reload()).toMatchObject({ ok: true, changed: true });
    const card = JSON.stringify(
      cachedRouter(ctx)({
        type: "command",
        name: "compound",
        options: { name: "piracetam", section: "safety" },
      }),
    );
    expect(card).not.toContain(statement);
  });

  it("disputes the one claim a report was made on without asking, and leaves a rejected report's alone", async () => {
    const { ws, store, ctx } = await bot();
    const [first, second] = ctx.knowledge.compounds.find((c) => c.id === "noopept")!.claims;
    const add = (id: string) =>
      store.reports.add({
        compound: "noopept",
        section: "effects",
        claims: ["shown"],
        claimIds: [id],
        text: "wrong",
        reporterId: "1",
      });
    const rejected = await resolveReport(store, ws, {
      id: (await add(first!.reviewed!)).id,
      status: "rejected",
    });
    expect(rejected.code).toBe(0);
    expect(statusOf(first!.reviewed!)).toBe("reviewed");
    const accepted = await resolveReport(store, ws, {
      id: (await add(second!.reviewed!)).id,
      status: "accepted",
    });
    expect(accepted.code).toBe(0);
    expect(accepted.out[1]).toMatch(new RegExp(`^Disputed ${second!.reviewed!}`));
    expect(statusOf(second!.reviewed!)).toBe("disputed");
  });

  it("changes nothing when a claim is gone since the report, and says so", async () => {
    const { ws, store } = await bot();
    const r = await store.reports.add({
      compound: "noopept",
      section: "effects",
      claims: ["an old version"],
      claimIds: ["0123456789"],
      text: "wrong",
      reporterId: "1",
    });
    const outcome = await resolveReport(store, ws, { id: r.id, status: "accepted" });
    expect(outcome.code).toBe(1);
    expect(outcome.err.join("\n")).toMatch(/0123456789 is no longer in the knowledge.*not resolved/s);
    expect((await store.reports.get(r.id))?.status).toBe("open");
  });
});
