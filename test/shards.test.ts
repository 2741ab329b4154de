import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics } from "../src/metrics.js";
import { startHarness, type Harness } from "./support/bot.js";
import { chatInput } from "./support/interactions.js";

/** A guild id whose events Discord sends on `shard` of `count`: (id >> 22) % count. */
const guildOn = (shard: number, count: number) =>
  ((100_000_000_000n * BigInt(count) + BigInt(shard)) << 22n).toString();

const metrics = createMetrics({ processDefaults: false });
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ shards: 2, metrics });
  await h.fake.waitForGateway(() => h.fake.identifies >= 2);
});
afterAll(async () => {
  await h?.stop();
});

describe("gateway sharding", () => {
  it("connects as many shards as GET /gateway/bot recommends, each identifying as its own shard", () => {
    const identified = h.fake.gatewayLog
      .filter((m) => m.op === 2)
      .map((m) => (m.d as { shard: [number, number] }).shard);
    expect(identified.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("answers an interaction arriving on either shard", async () => {
    for (const shard of [0, 1]) {
      const interaction = { ...chatInput("sources"), guild_id: guildOn(shard, 2) };
      expect(h.fake.shardOf(interaction.guild_id)).toBe(shard);
      const callback = await h.fake.interact(interaction);
      expect((callback.body as { type: number }).type).toBe(4);
    }
  });

  it("reports each shard's status in the metrics", async () => {
    const text = await metrics.registry.metrics();
    expect(text).toContain('nootropic_gateway_shard_status{shard="0",status="ready"} 1');
    expect(text).toContain('nootropic_gateway_shard_status{shard="1",status="ready"} 1');
    expect(text).toMatch(/nootropic_interactions_total\{kind="command",command="sources",outcome="ok"\} 2/);
  });
});
