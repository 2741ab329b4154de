import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { RedisLimiter } from "../src/limits/redis.js";
import { TEST_REDIS_URL } from "./support/servers.js";

const rates = { command: { count: 5, windowMs: 10_000 } };
const opened: RedisLimiter[] = [];
const limiter = (url: string, prefix: string) => {
  const l = new RedisLimiter({ url, rates, prefix, timeoutMs: 200 });
  opened.push(l);
  return l;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

describe.skipIf(!TEST_REDIS_URL)("the limit shared through Redis", () => {
  it("refuses a user's burst after the same count, whichever of three replicas answers", async () => {
    const prefix = `test-${randomBytes(4).toString("hex")}`;
    const replicas = [0, 1, 2].map(() => limiter(TEST_REDIS_URL!, prefix));
    await new Promise((r) => setTimeout(r, 100));
    const verdicts = [];
    for (let i = 0; i < 9; i++) verdicts.push(await replicas[i % 3]!.check("user-1", "command"));
    expect(verdicts.map((v) => v.allowed)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    const refused = verdicts[5]!;
    expect(refused.allowed === false && refused.retryAfterMs).toBeGreaterThan(0);
    expect((await replicas[0]!.check("user-2", "command")).allowed).toBe(true);
    expect((await replicas[1]!.check("user-1", "autocomplete")).allowed).toBe(true);
  });
});

describe("the Redis limiter without Redis", () => {
  it("limits in memory, as a single replica would, and answers at once", async () => {
    const l = limiter("redis://127.0.0.1:1", "down");
    const started = performance.now();
    const verdicts = [];
    for (let i = 0; i < 7; i++) verdicts.push((await l.check("user-1", "command")).allowed);
    expect(verdicts).toEqual([true, true, true, true, true, false, false]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
