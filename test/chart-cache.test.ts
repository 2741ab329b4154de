import { describe, expect, it } from "vitest";
import { ByteLru } from "../src/reply/charts/cache.js";

const bytes = (n: number) => new Uint8Array(n);
const sized = (data: Uint8Array) => data.length;

describe("the chart cache, bounded in bytes", () => {
  it("never holds more bytes than its budget: the least recently used go first", () => {
    const cache = new ByteLru<Uint8Array>(100, sized);
    cache.set("a", bytes(40));
    cache.set("b", bytes(40));
    expect(cache.bytes).toBe(80);
    cache.set("c", bytes(40));
    expect(cache.bytes).toBe(80);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")?.length).toBe(40);
    expect(cache.get("c")?.length).toBe(40);
  });

  it("keeps what was asked for lately: a hit makes an entry the most recently used", () => {
    const cache = new ByteLru<Uint8Array>(100, sized);
    cache.set("a", bytes(40));
    cache.set("b", bytes(40));
    cache.get("a");
    cache.set("c", bytes(40));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect([...cache.keys()]).toEqual(["c", "a"]);
  });

  it("does not keep an entry larger than the whole budget, and replacing an entry counts its bytes once", () => {
    const cache = new ByteLru<Uint8Array>(100, sized);
    cache.set("a", bytes(30));
    cache.set("huge", bytes(101));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    cache.set("a", bytes(50));
    cache.set("a", bytes(60));
    expect(cache.bytes).toBe(60);
  });

  it("forgets entries by key and all at once, giving their bytes back", () => {
    const cache = new ByteLru<Uint8Array>(100, sized);
    cache.set("v1:a", bytes(10));
    cache.set("v2:a", bytes(20));
    cache.deleteWhere((key) => key.startsWith("v1:"));
    expect([...cache.keys()]).toEqual(["v2:a"]);
    expect(cache.bytes).toBe(20);
    cache.clear();
    expect(cache.bytes).toBe(0);
    expect([...cache.keys()]).toEqual([]);
  });
});
