import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { publishedKnowledge } from "../src/knowledge/review.js";
import type { Knowledge } from "../src/knowledge/schema.js";
import { createLiveContext } from "../src/live.js";
import { buildFullTextIndex, searchKnowledge, type FullTextHit } from "../src/search/fulltext.js";
import { readFullText, writeFullText } from "../src/search/fulltext-cache.js";
import { loadFullText, serializeFullText } from "../src/search/fulltext-file.js";
import { searchTerms } from "../src/search/terms.js";
import { realKnowledge } from "./support/knowledge.js";
import { synthetic } from "./support/synthetic.js";

const QUERIES = [
  ["memory"],
  ["headache", "choline"],
  ["dose"],
  ["rats", "bdnf"],
  ["hedaches"],
  ["acetylcholin"],
];
const seen = (hits: FullTextHit[]) =>
  hits.map((h) => `${h.compound.id}: ${h.kind === "claim" ? h.claim.statement : h.dose.purpose} ${h.score}`);

describe("the full-text index written by npm run build and loaded at start", () => {
  const knowledge = synthetic(realKnowledge(), 40);
  const built = buildFullTextIndex(knowledge);

  it("searches exactly like the index it was written from", () => {
    const loaded = loadFullText(serializeFullText(built, knowledge, "v1"), knowledge, "v1");
    expect(loaded).toBeDefined();
    for (const words of QUERIES) {
      const hits = searchKnowledge(built, words, 50);
      expect(hits.length, words.join(" ")).toBeGreaterThan(0);
      expect(seen(searchKnowledge(loaded!, words, 50))).toEqual(seen(hits));
    }
  });

  it("is not used for another version, other compounds or damaged bytes", () => {
    const bytes = serializeFullText(built, knowledge, "v1");
    expect(loadFullText(bytes, knowledge, "v2")).toBeUndefined();
    const fewer: Knowledge = { ...knowledge, compounds: knowledge.compounds.slice(1) };
    expect(loadFullText(bytes, fewer, "v1")).toBeUndefined();
    const edited: Knowledge = {
      ...knowledge,
      compounds: knowledge.compounds.map((c, i) => (i === 0 ? { ...c, claims: c.claims.slice(1) } : c)),
    };
    expect(loadFullText(bytes, edited, "v1")).toBeUndefined();
    expect(loadFullText(bytes.subarray(0, bytes.length - 4), knowledge, "v1")).toBeUndefined();
    expect(loadFullText(Buffer.from("nonsense"), knowledge, "v1")).toBeUndefined();
  });

  it("the bot loads the file for its knowledge version from its index folder instead of building", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fulltext-"));
    try {
      const { knowledge: all, version } = loadKnowledge({ quotes: "if-present" });
      const published = publishedKnowledge(all);
      expect(readFullText(dir, published, version)).toBeUndefined();
      // A file for this version built from the same compounds with one more word: found only if it is used.
      const marked: Knowledge = {
        ...published,
        compounds: published.compounds.map((c, i) =>
          i === 0
            ? {
                ...c,
                claims: c.claims.map((x, j) =>
                  j === 0 ? { ...x, statement: `${x.statement} zzzfromfile` } : x,
                ),
              }
            : c,
        ),
      };
      writeFullText(dir, buildFullTextIndex(marked), published, version);
      const live = createLiveContext(registry, { quotes: "if-present", indexDir: dir });
      expect(searchKnowledge(live.ctx.ask.fulltext, ["zzzfromfile"]).map((h) => h.compound.id)).toEqual([
        published.compounds[0]!.id,
      ]);
      const without = createLiveContext(registry, { quotes: "if-present" });
      expect(searchKnowledge(without.ctx.ask.fulltext, ["zzzfromfile"])).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the words a text is searched by", () => {
  it("are the same on the plain-ASCII path as by Unicode normalisation", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii" }), (text) => {
        const words = searchTerms(text);
        const slow = text
          .toLowerCase()
          .normalize("NFKD")
          .replace(/\p{M}/gu, "")
          .split(/[^\p{L}\p{N}]+/u)
          .filter((t) => t.length > 1 && searchTerms(t).length > 0);
        expect(words).toEqual(slow);
      }),
    );
    expect(searchTerms("Café: Noopept’s dose")).toEqual(["cafe", "noopept", "dose"]);
  });
});
