import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { createContext } from "../src/context.js";
import { dispute } from "../src/curate/dispute.js";
import { answerMention } from "../src/discord/mentions.js";
import { createBoundary } from "../src/interactions/boundary.js";
import { cachedRouter } from "../src/interactions/cache.js";
import { byServer } from "../src/interactions/drafts.js";
import { createRegistry } from "../src/interactions/registry.js";
import type { Caller } from "../src/interactions/types.js";
import type { Claim } from "../src/knowledge/schema.js";
import { createLogger } from "../src/logger.js";
import { serverSettings } from "../src/store/server-settings.js";
import { openStore, type Store } from "../src/store/store.js";
import { inGuild, startBothDoors, type BothDoors } from "./support/both-doors.js";
import { BOT_ID } from "./support/fake-discord.js";
import { channelMessage } from "./support/messages.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { tempWorkspace } from "./support/workspace.js";

const logger = createLogger({ level: "silent" });
let ws: ReturnType<typeof tempWorkspace>;
let store: Store;
let doors: BothDoors;
let draft: Claim;
let disputed: Claim;

const viaHttp = (interaction: object) => doors.viaHttp(interaction);
const viaGateway = (interaction: { id: string; guild_id?: string }) => doors.viaGateway(interaction);

/**
 * As the entry point wires it: a running bot whose curators then mark one reviewed claim of piracetam a draft
 * again and dispute another (a report against it accepted), and reload.
 */
describe.skipIf(!hasSourceTexts)("/settings show_drafts", () => {
  beforeAll(async () => {
    ws = tempWorkspace();
    store = await openStore({
      url: `sqlite:${path.join(ws.knowledgeDir, "..", "s.db")}`,
      root: ws.knowledgeDir,
    });
    const settings = serverSettings(store.settings, {
      privateAnswers: false,
      answerMentions: true,
      keepUnanswered: false,
    });
    const ctx = createContext(createRegistry(registry.list, []), {
      dir: ws.knowledgeDir,
      sourcesDir: ws.sourcesDir,
      settings,
    });
    const card = JSON.stringify(
      cachedRouter(ctx)({
        type: "command",
        name: "compound",
        options: { name: "piracetam", section: "sources" },
      }),
    );
    const piracetam = ctx.knowledge.compounds.find((c) => c.id === "piracetam")!;
    [disputed, draft] = piracetam.claims.filter((c) => card.includes(c.statement)) as [Claim, Claim];
    expect(draft).toBeDefined();
    expect(dispute(ws, disputed.reviewed!, "#7: the quote is read out of context").lines).toEqual([
      expect.stringMatching(/^Disputed/),
    ]);
    const file = path.join(ws.knowledgeDir, "compounds", "piracetam.yaml");
    const text = fs.readFileSync(file, "utf8");
    const at = text.lastIndexOf("status: reviewed", text.indexOf(`reviewed: ${draft.reviewed!}`));
    fs.writeFileSync(file, `${text.slice(0, at)}status: draft${text.slice(at + "status: reviewed".length)}`);
    expect(await ctx.live.reload()).toMatchObject({ ok: true, changed: true });

    doors = await startBothDoors(
      () =>
        createBoundary({ router: byServer(cachedRouter(ctx), cachedRouter(ctx.drafts)), logger, settings }),
      logger,
    );
  });
  afterAll(async () => {
    await doors?.close();
    await store?.close();
    ws?.dispose();
  });

  describe.each([
    { mode: "HTTP", send: viaHttp, a: "850000000000000001", b: "850000000000000002" },
    { mode: "gateway", send: viaGateway, a: "860000000000000001", b: "860000000000000002" },
  ])("in $mode mode", ({ send, a, b }) => {
    const sourcesCard = async (guild: string) =>
      JSON.stringify(
        (await send(inGuild(guild, "compound", { name: "piracetam", section: "sources" }))).data,
      );

    it("shows drafts (🚧) and disputed claims (with a note) only in the server that turned it on", async () => {
      for (const guild of [a, b]) {
        const card = await sourcesCard(guild);
        expect(card).not.toContain(draft.statement);
        expect(card).not.toContain(disputed.statement);
        expect(card).not.toMatch(/🚧|⚠️ disputed/);
      }
      const saved = JSON.stringify((await send(inGuild(a, "settings", { show_drafts: true }))).data);
      expect(saved).toContain("Saved: show drafts");
      expect(saved).toMatch(/Drafts shown[^*]*:\*\* yes[^(]/);

      const shown = await sourcesCard(a);
      expect(shown).toContain(draft.statement);
      expect(shown).toContain("🚧 draft, not yet reviewed");
      expect(shown).toContain(disputed.statement);
      expect(shown).toContain("⚠️ disputed: a report against it was accepted");
      // The other server is unchanged, its card and its settings.
      const other = await sourcesCard(b);
      expect(other).not.toContain(draft.statement);
      expect(other).not.toContain("🚧");
      expect(JSON.stringify((await send(inGuild(b, "settings"))).data)).toMatch(
        /Drafts shown[^*]*:\*\* no \(default\)/,
      );

      await send(inGuild(a, "settings", { show_drafts: false }));
      expect(await sourcesCard(a)).not.toContain(draft.statement);
    });

    it("marks a draft in the server's language", async () => {
      await send(inGuild(a, "settings", { show_drafts: true }));
      const german = {
        ...inGuild(a, "compound", { name: "piracetam", section: "sources" }),
        guild_locale: "de",
      };
      expect(JSON.stringify((await send(german)).data)).toContain("🚧 Entwurf, noch nicht geprüft");
      await send(inGuild(a, "settings", { reset: true }));
      expect(await sourcesCard(a)).not.toContain(draft.statement);
    });
  });
});

describe("a mention in a server that shows drafts", () => {
  it("is answered with drafts there, and only there", async () => {
    const callers: (Caller | undefined)[] = [];
    const deps = (shows: boolean) => ({
      botId: () => BOT_ID,
      logger,
      router: ((_incoming: unknown, caller?: Caller) => {
        callers.push(caller);
        return { type: "acknowledge" } as const;
      }) as Parameters<typeof answerMention>[1]["router"],
      showsDrafts: (guild: string) => shows && guild.length > 0,
    });
    await answerMention(channelMessage("piracetam dose?", { mentionBot: true }), deps(true));
    await answerMention(channelMessage("piracetam dose?", { mentionBot: true }), deps(false));
    await answerMention(channelMessage("piracetam dose?", { mentionBot: true, guild: false }), deps(true));
    expect(callers.map((c) => c?.showsDrafts === true)).toEqual([true, false, false]);
  });
});
