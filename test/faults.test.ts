import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../src/interactions/types.js";
import { startHarness, testContext, TEST_TOKEN, type Harness } from "./support/bot.js";
import { chatInput } from "./support/interactions.js";

/** A context whose search index can be made to throw, so a handler fails the way a bug would. */
function breakableContext(): { ctx: BotContext; broken: { on: boolean } } {
  const real = testContext();
  const broken = { on: false };
  const index = new Proxy(real.index, {
    get(target, prop, receiver) {
      if (broken.on) throw new Error(`index exploded (token ${TEST_TOKEN})`);
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return { ctx: { ...real, index }, broken };
}

let h: Harness;
const { ctx, broken } = breakableContext();
beforeAll(async () => {
  h = await startHarness({ ctx });
});
afterAll(async () => {
  await h?.stop();
});

async function answers(name = "noopept"): Promise<string> {
  const cb = await h.fake.interact(chatInput("compound", { name }));
  return JSON.stringify(cb.body);
}

describe("faults", () => {
  it("resumes after the gateway drops the connection, and answers the next interaction", async () => {
    const resumes = h.fake.resumes;
    h.fake.dropConnection(4000);
    await h.fake.waitForGateway(() => h.fake.resumes > resumes);
    expect(await answers()).toContain("Noopept");
    await h.logs.waitFor((e) => e.msg === "gateway resumed");
  });

  it("reconnects on op 7, and identifies again after an invalid session (op 9)", async () => {
    const resumes = h.fake.resumes;
    h.fake.requestReconnect();
    await h.fake.waitForGateway(() => h.fake.resumes > resumes);
    expect(await answers("piracetam")).toContain("Piracetam");

    const identifies = h.fake.identifies;
    h.fake.invalidateSession();
    await h.fake.waitForGateway(() => h.fake.identifies > identifies);
    expect(await answers("fasoracetam")).toContain("Fasoracetam");
  });

  it("survives a 500 on the interaction callback: logged, and the next one works", async () => {
    h.fake.failNext("POST", /\/interactions\/\d+\/[^/]+\/callback$/, 500);
    expect(await answers("choline")).toContain("Choline");
    expect(h.fake.pendingFaults).toBe(0);
    await h.logs.waitFor((e) => e.msg === "Discord answered with a server error" && e.status === 500);
    expect(await answers("aniracetam")).toContain("Aniracetam");
  });

  it("handles a 429 with retry-after without crashing", async () => {
    h.fake.failNext("POST", /\/interactions\/\d+\/[^/]+\/callback$/, 429, 0.05);
    expect(await answers("nefiracetam")).toContain("Nefiracetam");
    expect(h.fake.pendingFaults).toBe(0);
    expect(await answers("noopept")).toContain("Noopept");
  });

  it("answers a handler that throws with an ephemeral apology, logs the stack, and keeps serving", async () => {
    broken.on = true;
    let cb;
    try {
      // A question not asked before, so that it is not served from the answer cache.
      cb = (await h.fake.interact(chatInput("compound", { name: "NOOPEPT (not cached)" }))).body as {
        type: number;
        data: { flags: number; embeds: Array<{ title: string }> };
      };
    } finally {
      broken.on = false;
    }
    expect(cb.type).toBe(4);
    expect((cb.data.flags ?? 0) & 64).toBe(64);
    expect(cb.data.embeds[0]?.title).toBe("Something went wrong");
    expect(JSON.stringify(cb)).not.toMatch(/index exploded|\n\s+at /);
    const logged = await h.logs.waitFor((e) => e.outcome === "error");
    expect(JSON.stringify(logged.err)).toMatch(/index exploded/);
    expect(JSON.stringify(logged.err)).toMatch(/stack/);
    expect(await answers()).toContain("Noopept");
  });

  it("an autocomplete that throws answers with no choices", async () => {
    const { autocomplete } = await import("./support/interactions.js");
    broken.on = true;
    let cb;
    try {
      cb = (await h.fake.interact(autocomplete("compound", { name: "noo (not cached)" }, "name"))).body as {
        type: number;
        data: { choices: unknown[] };
      };
    } finally {
      broken.on = false;
    }
    expect(cb).toEqual({ type: 8, data: { choices: [] } });
  });

  it("never writes the token in a log line, a reply or a request body", () => {
    expect(h.logs.lines.length).toBeGreaterThan(0);
    expect(h.logs.lines.join("\n")).not.toContain(TEST_TOKEN);
    for (const r of h.fake.requests) expect(JSON.stringify(r.body ?? "")).not.toContain(TEST_TOKEN);
  });
});
