import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import Libsql from "libsql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationProvider } from "../src/store/migrations.js";
import { StoreError } from "../src/store/open.js";
import { openStore, type Store } from "../src/store/store.js";
import { freshPostgres, TEST_DATABASE_URL } from "./support/servers.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nb-store-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Backend {
  name: string;
  /** A URL for a new, empty database, and how to remove it. */
  fresh: () => Promise<{ url: string; drop: () => Promise<void> }>;
}

let counter = 0;
const pgUrl = TEST_DATABASE_URL;
const backends: Backend[] = [
  {
    name: "sqlite",
    fresh: () =>
      Promise.resolve({ url: `sqlite:${path.join(tmp, `s${++counter}.db`)}`, drop: async () => {} }),
  },
];
if (pgUrl) backends.push({ name: "postgres", fresh: () => freshPostgres(pgUrl) });

describe.each(backends)("the store on $name", (backend) => {
  let store: Store;
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ url, drop } = await backend.fresh());
    store = await openStore({ url, root: tmp });
  });
  afterAll(async () => {
    await store.close();
    await drop();
  });

  it("keeps a report with everything the member sent, open and pending its post", async () => {
    const saved = await store.reports.add({
      compound: "noopept",
      section: "dosing",
      claims: ["10–30 mg a day [1]"],
      text: "the dose does not match",
      source: "Smith 2020",
      guildId: "111111111111111111",
      reporterId: "222222222222222222",
      postChannelId: "333333333333333333",
    });
    const again = await store.reports.get(saved.id);
    expect(again).toMatchObject({
      compound: "noopept",
      section: "dosing",
      claims: ["10–30 mg a day [1]"],
      text: "the dose does not match",
      source: "Smith 2020",
      guildId: "111111111111111111",
      reporterId: "222222222222222222",
      status: "open",
      post: { state: "pending", channelId: "333333333333333333", attempts: 0 },
    });
    expect(again?.post.nonce).toMatch(/^\d{1,25}$/);
    const unposted = await store.reports.add({ compound: "x", section: "y", text: "z", reporterId: "1" });
    expect(unposted.post.state).toBe("none");
    expect(unposted.post.nonce).not.toBe(again?.post.nonce);
  });

  it("lists by status, newest first, and closes a report with a note", async () => {
    const a = await store.reports.add({ compound: "a", section: "s", text: "first", reporterId: "1" });
    const b = await store.reports.add({ compound: "b", section: "s", text: "second", reporterId: "1" });
    const closed = await store.reports.resolve(a.id, "rejected", "the source agrees");
    expect(closed).toMatchObject({ status: "rejected", note: "the source agrees" });
    const open = await store.reports.list({ status: "open" });
    expect(open.map((r) => r.id)).toContain(b.id);
    expect(open.map((r) => r.id)).not.toContain(a.id);
    const ids = (await store.reports.list()).map((r) => r.id);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    expect(await store.reports.resolve(999_999, "accepted")).toBeUndefined();
  });

  it("lets one caller claim a due post, and records attempts until it is posted", async () => {
    const r = await store.reports.add({
      compound: "c",
      section: "s",
      text: "t",
      reporterId: "1",
      postChannelId: "5",
    });
    const due = (await store.reports.duePosts()).find((d) => d.id === r.id)!;
    expect(due).toBeDefined();
    const lease = new Date(Date.now() + 60_000);
    expect(await store.reports.claim(due, lease)).toBe(true);
    expect(await store.reports.claim(due, lease)).toBe(false);
    expect((await store.reports.duePosts()).some((d) => d.id === r.id)).toBe(false);
    await store.reports.markAttemptFailed(r.id, 1, "HTTP 500", new Date(Date.now() - 1));
    expect((await store.reports.get(r.id))?.post).toMatchObject({
      state: "pending",
      attempts: 1,
      error: "HTTP 500",
    });
    await store.reports.markPosted(r.id, 2);
    expect((await store.reports.get(r.id))?.post).toMatchObject({ state: "posted", attempts: 2 });
    await store.reports.markAttemptFailed(r.id, 3, "gone");
    expect((await store.reports.get(r.id))?.post.state).toBe("failed");
  });

  it("keeps settings per server: a change in one leaves the other as it was", async () => {
    await store.settings.set("900000000000000001", {
      privateAnswers: true,
      reportChannelId: "123456789012345678",
    });
    await store.settings.set("900000000000000002", { answerMentions: false });
    expect(await store.settings.get("900000000000000001")).toEqual({
      reportChannelId: "123456789012345678",
      privateAnswers: true,
    });
    expect(await store.settings.get("900000000000000002")).toEqual({ answerMentions: false });
    await store.settings.set("900000000000000001", { privateAnswers: null, keepUnanswered: false });
    expect(await store.settings.get("900000000000000001")).toEqual({
      reportChannelId: "123456789012345678",
      keepUnanswered: false,
    });
    expect(await store.settings.get("900000000000000003")).toEqual({});
  });

  it("keeps a server's show-drafts switch, and the ids of the claims a report's card showed", async () => {
    await store.settings.set("900000000000000004", { showDrafts: true });
    expect(await store.settings.get("900000000000000004")).toEqual({ showDrafts: true });
    expect((await store.settings.get("900000000000000001")).showDrafts).toBeUndefined();
    await store.settings.set("900000000000000004", { showDrafts: null });
    expect(await store.settings.get("900000000000000004")).toEqual({});
    const r = await store.reports.add({
      compound: "noopept",
      section: "dosing",
      claims: ["10–30 mg a day", "a second claim"],
      claimIds: ["0123456789", "abcdefabcd"],
      text: "t",
      reporterId: "1",
    });
    expect((await store.reports.get(r.id))?.claimIds).toEqual(["0123456789", "abcdefabcd"]);
  });

  it("groups unanswered questions by compound and subject, most asked first, and forgets old ones", async () => {
    const now = new Date();
    await store.gaps.add(
      { text: "is noopept ok when pregnant", compound: "noopept", subject: "pregnancy" },
      now,
    );
    await store.gaps.add({ text: "noopept pregnancy?", compound: "noopept", subject: "pregnancy" }, now);
    await store.gaps.add({ text: "what is bromantane", compound: "bromantane", subject: "not covered" }, now);
    const old = new Date(now.getTime() - 91 * 86_400_000);
    await store.gaps.add({ text: "old question", compound: "zzz", subject: "dose" }, old);
    expect(await store.gaps.prune(now)).toBe(1);
    const groups = await store.gaps.groups();
    expect(groups.map((g) => [g.compound, g.subject, g.count])).toEqual([
      ["noopept", "pregnancy", 2],
      ["bromantane", "not covered", 1],
    ]);
    expect(groups[0]!.examples).toHaveLength(2);
  });

  it("exports every record of every table as plain objects", async () => {
    const records: Record<string, unknown>[] = [];
    for await (const r of store.exportAll()) records.push(r);
    const tables = new Set(records.map((r) => r.table));
    expect(tables).toEqual(new Set(["reports", "guild_settings", "unanswered"]));
    expect(records.filter((r) => r.table === "reports")).toHaveLength((await store.reports.list()).length);
  });

  it("opens again without migrating twice, and keeps what it had", async () => {
    const before = (await store.reports.list()).length;
    const second = await openStore({ url, root: tmp });
    expect((await second.reports.list()).length).toBe(before);
    await second.close();
  });
});

describe("a store made before reports kept claim ids and servers could show drafts", () => {
  it("migrates, and its reports and settings read as before: no claim ids, drafts off", async () => {
    const file = path.join(tmp, "old.db");
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Libsql(file) as never }) });
    const migrator = new Migrator({ db, provider: migrationProvider("sqlite") });
    expect((await migrator.migrateTo("0003_unanswered")).error).toBeUndefined();
    await sql`insert into reports (created_at, compound, section, claims, text, reporter_id, post_nonce)
      values ('2026-01-01T00:00:00.000Z', 'noopept', 'dosing', '["10–30 mg"]', 'old report', '1', '7')`.execute(
      db,
    );
    await sql`insert into guild_settings (guild_id, private_answers, updated_at)
      values ('900000000000000009', 1, '2026-01-01T00:00:00.000Z')`.execute(db);
    await db.destroy();
    const store = await openStore({ url: `sqlite:${file}`, root: tmp });
    const [old] = await store.reports.list();
    expect(old).toMatchObject({ text: "old report", claims: ["10–30 mg"], claimIds: [] });
    expect(await store.settings.get("900000000000000009")).toEqual({ privateAnswers: true });
    await store.close();
  });
});

describe("a store that cannot start", () => {
  it("names the migration that failed, in one line", async () => {
    const file = path.join(tmp, "conflict.db");
    const db = new Libsql(file);
    db.exec("CREATE TABLE guild_settings (something text)");
    db.close();
    const error = (await openStore({ url: `sqlite:${file}`, root: tmp }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(
      /^migration 0002_guild_settings failed on .*conflict\.db: .*guild_settings/,
    );
    expect(error.message).not.toContain("\n");
  });

  it("names an unreachable server without its password", async () => {
    const error = (await openStore({ url: "postgres://bot:hunter2@127.0.0.1:1/nb", root: tmp }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/^cannot reach the database at postgres:\/\/127\.0\.0\.1:1\/nb: /);
    expect(error.message).not.toContain("hunter2");
  });

  it("says when the database folder cannot be written", async () => {
    const blocker = path.join(tmp, "a-file");
    fs.writeFileSync(blocker, "");
    const error = (await openStore({ url: `sqlite:${path.join(blocker, "x.db")}`, root: tmp }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/^cannot create the folder for the database file/);
  });
});
