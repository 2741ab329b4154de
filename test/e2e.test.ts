import { cardImages, cardText, isV2 } from "./support/cards.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { deployCommands } from "../src/discord/deploy.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { startHarness, TEST_TOKEN, type Harness } from "./support/bot.js";
import { APP_ID } from "./support/fake-discord.js";
import { autocomplete, buttonClick, chatInput } from "./support/interactions.js";
import { limitProblems } from "./support/limits.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

type Callback = { type: number; data: MessagePayload & { choices?: Array<{ name: string; value: string }> } };
const callback = (body: unknown) => body as Callback;
const text = (cb: Callback) => cardText(cb.data);

describe("the real discord.js bot against a local fake Discord", () => {
  it("identifies with only the Guilds intent", () => {
    const identify = h.fake.gatewayLog.find((m) => m.op === 2) as { d: { intents: number; token: string } };
    expect(identify.d.intents).toBe(1);
    expect(identify.d.token).toBe(TEST_TOKEN);
  });

  it("answers /compound with a card, buttons and no mentions", async () => {
    const cb = callback((await h.fake.interact(chatInput("compound", { name: "nopept" }))).body);
    expect(cb.type).toBe(4);
    expect(text(cb)).toContain("10–30 mg");
    expect(cb.data.allowed_mentions).toEqual({ parse: [] });
    expect(cb.data.components.length).toBeGreaterThan(0);
    expect(limitProblems({ ...cb.data, components: cb.data.components ?? [] })).toEqual([]);
  });

  it("answers /compare and /stack", async () => {
    const compare = callback(
      (await h.fake.interact(chatInput("compare", { first: "noopept", second: "piracetam" }))).body,
    );
    expect(text(compare)).toContain("1200–4800 mg");
    // Sent as a V2 card, with the dose and evidence chart attached as a PNG the card shows, with alt text.
    expect(isV2(compare.data)).toBe(true);
    const request = await h.fake.waitForRequest((r) => r.path.includes("/callback") && r.files !== undefined);
    expect(request.files?.[0]?.name).toBe("chart-noopept-piracetam.png");
    expect([...request.files![0]!.data.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(cardImages(compare.data)[0]?.url).toBe("attachment://chart-noopept-piracetam.png");
    expect(cardImages(compare.data)[0]?.description).toMatch(/Piracetam: 1,200–4,800 mg/);
    const stack = callback((await h.fake.interact(chatInput("stack", { compound: "fasoracetam" }))).body);
    expect(text(stack)).toContain("Alpha-GPC");
  });

  it("answers private:true ephemerally", async () => {
    const cb = callback((await h.fake.interact(chatInput("sources", { private: true }))).body);
    expect((cb.data.flags ?? 0) & 64).toBe(64);
  });

  it("answers autocomplete with choices", async () => {
    const cb = callback((await h.fake.interact(autocomplete("compound", { name: "ns-1" }, "name"))).body);
    expect(cb.type).toBe(8);
    expect(cb.data.choices?.[0]).toEqual({ name: "Fasoracetam (NS-105)", value: "fasoracetam" });
  });

  it("updates the message in place on a section button", async () => {
    const cb = callback((await h.fake.interact(buttonClick("compound:noopept:dosing"))).body);
    expect(cb.type).toBe(7);
    expect(text(cb)).toContain("Noopept: dosing");
  });

  it("logs each interaction with command, user, guild, latency and outcome, never the token", async () => {
    await h.fake.interact(chatInput("help"));
    const entry = await h.logs.waitFor((e) => e.command === "help");
    expect(entry).toMatchObject({
      kind: "command",
      userId: "555555555555555555",
      guildId: "444444444444444444",
      outcome: "ok",
    });
    expect(typeof entry.latencyMs).toBe("number");
    expect(h.logs.lines.join("\n")).not.toContain(TEST_TOKEN);
  });
});

describe("deploy-commands against the fake", () => {
  it("PUTs the command data once, then writes nothing when unchanged", async () => {
    const options = {
      token: TEST_TOKEN,
      applicationId: APP_ID,
      guildId: "444444444444444444",
      apiUrl: h.fake.apiUrl,
      commands: registry.list.map((c) => c.data),
    };
    const before = h.fake.requests.length;
    expect(await deployCommands(options)).toMatchObject({
      action: "updated",
      scope: "guild 444444444444444444",
    });
    const put = h.fake.requests.slice(before).find((r) => r.method === "PUT");
    expect(put?.path).toBe(`/api/v10/applications/${APP_ID}/guilds/444444444444444444/commands`);
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(registry.list.map((c) => c.data))));
    expect(put?.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);

    const again = h.fake.requests.length;
    expect(await deployCommands(options)).toMatchObject({ action: "unchanged" });
    expect(h.fake.requests.slice(again).some((r) => r.method === "PUT")).toBe(false);

    expect(await deployCommands({ ...options, guildId: undefined })).toMatchObject({
      action: "updated",
      scope: "global",
    });
  });
});
