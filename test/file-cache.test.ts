import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fileCache } from "../src/file-cache.js";
import { PROJECT_ROOT } from "../src/paths.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A cache folder of its own, bounded at `max` files, and what is in it. */
function cacheOf(max: number) {
  const name = `test-${randomUUID()}`;
  const dir = path.join(PROJECT_ROOT, "node_modules", ".cache", "nootropic-bot", name);
  made.push(dir);
  const cache = fileCache(name, ".txt", max);
  let clock = Date.now() / 1000 - 1000;
  /** Writes a key, dated a second after the one before, so that the files' ages are in the order written. */
  const write = (key: string) => {
    cache.write(key, key);
    clock += 1;
    fs.utimesSync(cache.fileOf(key), clock, clock);
  };
  const keys = () =>
    fs
      .readdirSync(dir)
      .filter((n) => n.endsWith(".txt"))
      .map((n) => n.slice(0, -4))
      .sort();
  return { cache, write, keys };
}

describe("a folder of kept files", () => {
  it("keeps what is written and reads it back", () => {
    const { cache, write } = cacheOf(8);
    write("a");
    expect(cache.read("a")?.toString()).toBe("a");
    expect(cache.read("b")).toBeUndefined();
  });

  it("past its bound removes the oldest files, down to three quarters of it, not one file a write", () => {
    const { write, keys } = cacheOf(8);
    for (const k of ["k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"]) write(k);
    expect(keys()).toHaveLength(8);
    write("k9");
    expect(keys()).toEqual(["k4", "k5", "k6", "k7", "k8", "k9"]);
    // The next writes are kept without listing and dating the folder again, until it is past its bound.
    write("k10");
    write("k11");
    expect(keys()).toHaveLength(8);
    write("k12");
    expect(keys()).toEqual(["k10", "k11", "k12", "k7", "k8", "k9"]);
  });
});
