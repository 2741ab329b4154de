import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RESTPostAPIChannelMessageJSONBody } from "discord-api-types/v10";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { ReportOutbox } from "../src/reports/outbox.js";
import { openStore, type Store } from "../src/store/store.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nb-outbox-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const logger = createLogger({ level: "silent" });
let n = 0;
const fresh = () => openStore({ url: `sqlite:${path.join(tmp, `o${++n}.db`)}`, root: tmp });

/** A reports channel that fails while `down` is true and records every message it accepted. */
function channel() {
  const accepted: RESTPostAPIChannelMessageJSONBody[] = [];
  const state = { down: true, attempts: 0 };
  const post = (_channelId: string, body: RESTPostAPIChannelMessageJSONBody) => {
    state.attempts += 1;
    if (state.down) return Promise.resolve(false);
    // Discord's enforce_nonce: a second message with a nonce it has seen is not created again.
    if (!accepted.some((b) => b.nonce === body.nonce)) accepted.push(body);
    return Promise.resolve(true);
  };
  return { post, accepted, state };
}

function outbox(store: Store, post: ReturnType<typeof channel>["post"], now: () => number) {
  return new ReportOutbox({
    reports: store.reports,
    post,
    render: (r) => ({ content: `report #${r.id}: ${r.text}` }),
    logger,
    baseDelayMs: 1000,
    maxAttempts: 4,
    now,
  });
}

describe("the report outbox", () => {
  it("retries a failed post with backoff, then posts it once, with the report's nonce", async () => {
    const store = await fresh();
    const ch = channel();
    let clock = 0;
    const box = outbox(store, ch.post, () => clock);
    const r = await store.reports.add({
      compound: "c",
      section: "s",
      text: "t",
      reporterId: "1",
      postChannelId: "9",
    });
    // The report is due from the moment the store wrote it (real time), so the test clock starts after that:
    // started before, a slow insert left the report not yet due at the first drain.
    clock = Date.now() + 1;
    await box.drain();
    expect(ch.state.attempts).toBe(1);
    expect((await store.reports.get(r.id))?.post).toMatchObject({ state: "pending", attempts: 1 });
    await box.drain();
    expect(ch.state.attempts).toBe(1); // not due yet
    clock += 1000;
    ch.state.down = false;
    await box.drain();
    await box.drain();
    expect(ch.accepted).toEqual([
      { content: `report #${r.id}: t`, nonce: r.post.nonce, enforce_nonce: true },
    ]);
    expect((await store.reports.get(r.id))?.post).toMatchObject({ state: "posted", attempts: 2 });
    await store.close();
  });

  it("keeps a pending post across a restart and posts it from the new process", async () => {
    const url = `sqlite:${path.join(tmp, "restart.db")}`;
    const first = await openStore({ url, root: tmp });
    const ch = channel();
    const r = await first.reports.add({
      compound: "c",
      section: "s",
      text: "t",
      reporterId: "1",
      postChannelId: "9",
    });
    await outbox(first, ch.post, Date.now).drain();
    await first.close();
    ch.state.down = false;
    const second = await openStore({ url, root: tmp });
    await outbox(second, ch.post, () => Date.now() + 5000).drain();
    expect(ch.accepted).toHaveLength(1);
    expect((await second.reports.get(r.id))?.post.state).toBe("posted");
    await second.close();
  });

  it("marks a post failed after the last attempt, and the report stays listed", async () => {
    const store = await fresh();
    const ch = channel();
    let clock = Date.now();
    const settled: string[] = [];
    const box = new ReportOutbox({
      reports: store.reports,
      post: ch.post,
      render: () => ({ content: "x" }),
      logger,
      baseDelayMs: 10,
      maxAttempts: 3,
      now: () => clock,
      onSettled: (o) => settled.push(o),
    });
    const r = await store.reports.add({
      compound: "c",
      section: "s",
      text: "t",
      reporterId: "1",
      postChannelId: "9",
    });
    for (let i = 0; i < 5; i++) {
      await box.drain();
      clock += 60_000;
    }
    expect(ch.state.attempts).toBe(3);
    expect(settled).toEqual(["failed"]);
    expect((await store.reports.list({ status: "open" })).map((x) => x.id)).toEqual([r.id]);
    expect((await store.reports.get(r.id))?.post.state).toBe("failed");
    await store.close();
  });

  it("lets only one of two replicas post a due report", async () => {
    const url = `sqlite:${path.join(tmp, "two.db")}`;
    const a = await openStore({ url, root: tmp });
    const b = await openStore({ url, root: tmp });
    const ch = channel();
    ch.state.down = false;
    let posts = 0;
    const counting = (id: string, body: RESTPostAPIChannelMessageJSONBody) => {
      posts += 1;
      return ch.post(id, body);
    };
    for (let i = 0; i < 10; i++)
      await a.reports.add({
        compound: "c",
        section: "s",
        text: `t${i}`,
        reporterId: "1",
        postChannelId: "9",
      });
    await Promise.all([outbox(a, counting, Date.now).drain(), outbox(b, counting, Date.now).drain()]);
    expect(posts).toBe(10);
    expect(ch.accepted).toHaveLength(10);
    await a.close();
    await b.close();
  });
});
