import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gapRecorder } from "../src/gaps/recorder.js";
import { createBoundary } from "../src/interactions/boundary.js";
import { cachedRouter } from "../src/interactions/cache.js";
import type { BotContext } from "../src/interactions/types.js";
import { createLogger } from "../src/logger.js";
import { serverSettings } from "../src/store/server-settings.js";
import { openStore, type Store } from "../src/store/store.js";
import { testContext } from "./support/bot.js";
import { inGuild, startBothDoors, type BothDoors, type Sent } from "./support/both-doors.js";
import { chatInput } from "./support/interactions.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nb-settings-"));
const logger = createLogger({ level: "silent" });
const EPHEMERAL = 64;
let store: Store;
let ctx: BotContext;
let gaps: ReturnType<typeof gapRecorder>;
let doors: BothDoors;

beforeAll(async () => {
  store = await openStore({ url: `sqlite:${path.join(tmp, "s.db")}`, root: tmp });
  const settings = serverSettings(store.settings, {
    privateAnswers: false,
    answerMentions: true,
    keepUnanswered: true,
  });
  ctx = { ...testContext(), settings };
  gaps = gapRecorder({
    ask: () => ctx.ask,
    knowledge: () => ctx.knowledge,
    gaps: store.gaps,
    settings,
    logger,
  });
  doors = await startBothDoors(
    () => createBoundary({ router: cachedRouter(ctx), logger, settings, onAnswered: gaps.onAnswered }),
    logger,
  );
});
afterAll(async () => {
  gaps.stop();
  await doors.close();
  await store.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Whether the answer is shown to the asker alone (the ephemeral flag, whatever else is set). */
const isPrivate = (sent: Sent) => ((sent.data?.flags ?? 0) & EPHEMERAL) !== 0;
const viaHttp = (interaction: object) => doors.viaHttp(interaction);
const viaGateway = (interaction: { id: string; guild_id?: string }) => doors.viaGateway(interaction);

describe.each([
  { mode: "HTTP", send: viaHttp, a: "810000000000000001", b: "810000000000000002" },
  { mode: "gateway", send: viaGateway, a: "820000000000000001", b: "820000000000000002" },
])("/settings in $mode mode", ({ send, a, b }) => {
  it("changes only the server it is used in", async () => {
    const saved = await send(inGuild(a, "settings", { private_answers: true }));
    expect(JSON.stringify(saved.data)).toContain("Saved: private answers");
    expect(isPrivate(await send(inGuild(a, "compound", { name: "noopept" })))).toBe(true);
    expect(isPrivate(await send(inGuild(b, "compound", { name: "noopept" })))).toBe(false);
    // A command's own option still wins over the server's default.
    expect(isPrivate(await send(inGuild(a, "compound", { name: "noopept", private: false })))).toBe(false);
    expect(JSON.stringify((await send(inGuild(a, "settings"))).data)).toMatch(
      /private by default:\*\* yes[^(]/,
    );
    expect(JSON.stringify((await send(inGuild(b, "settings"))).data)).toContain(
      "private by default:** no (default)",
    );
    await send(inGuild(a, "settings", { reset: true }));
    expect(isPrivate(await send(inGuild(a, "compound", { name: "noopept" })))).toBe(false);
  });
});

describe("/settings outside a server", () => {
  it("explains in a DM and through a user install that settings are per server", async () => {
    const dm: Record<string, unknown> = { ...chatInput("settings", { private_answers: true }) };
    delete dm.guild_id;
    delete dm.member;
    const inDm = {
      ...dm,
      user: chatInput("settings").member.user,
      context: 1,
      authorizing_integration_owners: { "1": "5" },
    };
    expect(JSON.stringify((await viaHttp(inDm)).data)).toContain("Settings are per server");
    const userInstall = {
      ...inGuild("830000000000000001", "settings"),
      authorizing_integration_owners: { "1": "5" },
    };
    expect(JSON.stringify((await viaHttp(userInstall)).data)).toContain("Settings are per server");
    expect((await store.settings.all()).map((g) => g.guildId)).not.toContain("830000000000000001");
  });
});

describe("unanswered questions", () => {
  it("keeps the text of a question the sources cannot answer, unless its server turned it off", async () => {
    const on = "840000000000000001";
    const off = "840000000000000002";
    await viaHttp(inGuild(off, "settings", { keep_unanswered: false }));
    await viaHttp(inGuild(on, "ask", { question: "what about bromantane" }));
    await viaHttp(inGuild(off, "ask", { question: "what about bromantane" }));
    await viaHttp(inGuild(on, "ask", { question: "noopept dose?" }));
    await new Promise((r) => setTimeout(r, 200));
    const kept: Record<string, unknown>[] = [];
    for await (const r of store.exportAll()) if (r.table === "unanswered") kept.push(r);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ guild_id: on, text: "what about bromantane", compound: "bromantane" });
    expect(JSON.stringify(kept[0])).not.toContain("555555555555555555");
  });
});
