import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./support/bot.js";
import { chatInput } from "./support/interactions.js";

/** Interaction callbacks when Discord answers with server errors: retried within the 3 s window, logged truthfully. */

const CALLBACK = /\/interactions\/\d+\/[^/]+\/callback$/;
const NAMES = ["noopept", "piracetam", "aniracetam", "choline", "fasoracetam"];
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const callbackOf = (id: string) => (r: { method: string; path: string }) =>
  r.method === "POST" && r.path.includes(`/interactions/${id}/`) && r.path.endsWith("/callback");

describe("a burst of Discord server errors on interaction callbacks", () => {
  it("answers every interaction that arrives during a 1.5 s burst of 500s", async () => {
    h.fake.failFor("POST", CALLBACK, 500, 1_500);
    const sent = Array.from({ length: 20 }, (_, i) =>
      chatInput("compound", { name: NAMES[i % NAMES.length]! }),
    );
    for (const interaction of sent) h.fake.dispatch("INTERACTION_CREATE", interaction);
    const callbacks = await Promise.all(sent.map((i) => h.fake.waitForRequest(callbackOf(i.id), 0, 5_000)));
    expect(callbacks.map((c) => (c.body as { type: number }).type)).toEqual(sent.map(() => 4));
    const failed = h.logs.entries.filter((e) => e.msg === "could not send the answer to Discord");
    expect(failed).toEqual([]);
  });

  it("logs an answer Discord took but answered with a 500 as delivered, not as failed", async () => {
    h.fake.failFor("POST", CALLBACK, 500, 300, true);
    const interaction = chatInput("compound", { name: "noopept" });
    h.fake.dispatch("INTERACTION_CREATE", interaction);
    const line = await h.logs.waitFor((e) => e.interactionId === interaction.id && e.level === 30);
    expect(line.msg).toMatch(/^answer delivered/);
    expect(h.fake.requests.filter(callbackOf(interaction.id)).length).toBeGreaterThanOrEqual(1);
    const failed = h.logs.entries.filter((e) => e.interactionId === interaction.id && Number(e.level) >= 50);
    expect(failed).toEqual([]);
  });

  it("gives up when the errors outlast the 3 s window: one error line with route and status, no token or body", async () => {
    const failing = chatInput("compound", { name: "choline" });
    h.fake.failFor("POST", new RegExp(`/interactions/${failing.id}/`), 500, 4_000);
    const t0 = Date.now();
    h.fake.dispatch("INTERACTION_CREATE", failing);
    const line = await h.logs.waitFor(
      (e) => e.interactionId === failing.id && e.level === 50,
      "an error",
      5_000,
    );
    // Given up before the fake's errors end (4 s): a callback still retried then would have been delivered.
    // Not a tighter bound: under load the dispatch itself can take a few hundred milliseconds to arrive.
    expect(Date.now() - t0).toBeLessThan(4_000);
    expect(line).toMatchObject({ status: 500, route: "POST /interactions/:id/:token/callback" });
    expect(h.logs.entries.filter((e) => e.interactionId === failing.id && e.level === 50)).toHaveLength(1);
    const all = h.logs.lines.join("\n");
    expect(all).not.toContain(failing.token);
    expect(all).not.toMatch(/requestBody|"embeds"/);
  });

  it("gives up on server errors whose last retry gets no answer in the window: the line keeps the status seen", async () => {
    const failing = chatInput("compound", { name: "alpha gpc" });
    const route = new RegExp(`/interactions/${failing.id}/`);
    // Server errors for 1 s, then no answer at all until after the 3 s window.
    h.fake.failFor("POST", route, 500, 1_000);
    h.fake.delay("POST", route, 5_000);
    try {
      h.fake.dispatch("INTERACTION_CREATE", failing);
      const line = await h.logs.waitFor(
        (e) => e.interactionId === failing.id && e.level === 50,
        "an error",
        6_000,
      );
      expect(line).toMatchObject({
        status: 500,
        lastAttempt: "no answer in time",
        route: "POST /interactions/:id/:token/callback",
      });
    } finally {
      h.fake.delay("POST", route, 0);
    }
  });
});
