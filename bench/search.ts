/**
 * npm run bench — resolve and autocomplete latency (p50/p99) over a fixed set of realistic queries, at
 * today's knowledge size and with 100 and 1,000 synthetic compounds, plus the time to build the index.
 * Prints figures; asserts nothing.
 */
import { loadKnowledge } from "../src/knowledge/load.js";
import { autocomplete } from "../src/search/autocomplete.js";
import { buildSearchIndex, type SearchIndex } from "../src/search/index.js";
import { resolve } from "../src/search/resolve.js";
import { synthetic } from "../test/support/synthetic.js";

const QUERIES = [
  "noopept",
  "Noopept",
  "nopept",
  "noopetp",
  "nupept",
  "piracetm",
  "pirecetam",
  "nefirecetam",
  "anirecatam",
  "fasoracetm",
  "alpha gpc",
  "α-GPC",
  "cholin",
  "NS-105",
  "lam105",
  "GVS-111",
  "omberacetam",
  "noo",
  "pira",
  "ns-1",
  "fas",
  "nef",
  "alph",
  "phenylpiracetam",
  "levetiracetam",
  "oxiracetm",
  "modafinil",
  "citicoline",
  "racetam",
  "xyzzy",
  "asdfgh",
  "the best nootropic",
  "<@123456789>",
  "💊",
  "a",
  "",
];
const ROUNDS = 200;

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

function time(fn: (q: string) => unknown): { p50: number; p99: number } {
  for (const q of QUERIES) fn(q); // warm up
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      const start = process.hrtime.bigint();
      fn(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return percentiles(samples);
}

const base = loadKnowledge().knowledge;
const rows: string[][] = [];
for (const size of [base.compounds.length, 100, 1000]) {
  const knowledge = size === base.compounds.length ? base : synthetic(base, size);
  const builds: number[] = [];
  let index: SearchIndex | undefined;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    index = buildSearchIndex(knowledge);
    builds.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ix = index!;
  const r = time((q) => resolve(ix, q));
  const a = time((q) => autocomplete(ix, q));
  const f = (ms: number) => ms.toFixed(3);
  rows.push([
    String(size),
    String(ix.entries.length),
    f(Math.min(...builds)),
    f(r.p50),
    f(r.p99),
    f(a.p50),
    f(a.p99),
  ]);
}

const header = [
  "compounds",
  "names",
  "build ms",
  "resolve p50",
  "resolve p99",
  "autocomp p50",
  "autocomp p99",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
console.log(
  `Search latency in ms over ${QUERIES.length} queries x ${ROUNDS} rounds (node ${process.version}, ${process.arch})`,
);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log("Targets: today p99 < 0.5 ms autocomplete, < 1 ms resolve; at 1,000 compounds p99 < 5 ms.");
