import { LOCALES, withLocale } from "../src/i18n/locale.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import {
  chartFor,
  clearCharts,
  predrawCharts,
  registerKnowledgeVersion,
} from "../src/reply/charts/render.js";

/**
 * npm run bench (charts): the time to draw each chart (SVG built, rendered to PNG by resvg with the shipped
 * font) the first time, and to serve it from the cache after; median of several cold draws.
 */
const { knowledge } = loadKnowledge();
const byId = (id: string) => knowledge.compounds.find((c) => c.id === id)!;
const charts: Array<[string, string[]]> = [
  ...knowledge.compounds.map((c): [string, string[]] => [`/compound ${c.id} section:dosing`, [c.id]]),
  ["/compare noopept piracetam", ["noopept", "piracetam"]],
  ["/compare noopept piracetam nefiracetam", ["noopept", "piracetam", "nefiracetam"]],
];
const COLD_RUNS = 5;
const CACHED_RUNS = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The first draw of the process loads the font files and the renderer: reported on its own.
clearCharts();
let started = performance.now();
chartFor(knowledge, [byId("noopept")]);
console.log(
  `First chart of the process (font and renderer loading): ${(performance.now() - started).toFixed(1)} ms\n`,
);
console.log("chart                                          cold (median of 5)   cached      PNG size");
for (const [label, ids] of charts) {
  const compounds = ids.map(byId);
  const cold: number[] = [];
  let size = 0;
  for (let i = 0; i < COLD_RUNS; i++) {
    clearCharts();
    started = performance.now();
    size = chartFor(knowledge, compounds).png.length;
    cold.push(performance.now() - started);
  }
  started = performance.now();
  for (let i = 0; i < CACHED_RUNS; i++) chartFor(knowledge, compounds);
  const cached = ((performance.now() - started) / CACHED_RUNS) * 1000;
  console.log(
    `${label.padEnd(46)} ${median(cold).toFixed(1).padStart(8)} ms ${cached.toFixed(2).padStart(12)} µs ${(size / 1024).toFixed(0).padStart(8)} KB`,
  );
}
clearCharts();
started = performance.now();
withLocale("ru", () => chartFor(knowledge, [byId("noopept"), byId("piracetam")]));
console.log(`\n/compare noopept piracetam in Russian, cold: ${(performance.now() - started).toFixed(1)} ms`);

// A running bot pre-draws every dose chart in every language after each load (src/live.ts), one per turn of
// the event loop, keyed by the knowledge version: a first /compound section:dosing then waits for none.
clearCharts();
registerKnowledgeVersion(knowledge, "bench");
started = performance.now();
const predrawn = await predrawCharts(knowledge, () => true);
const predrawMs = performance.now() - started;
started = performance.now();
withLocale("de", () => chartFor(knowledge, [byId("noopept")]));
console.log(
  `Pre-drawn in the background at load: ${predrawn} dose charts (${LOCALES.length} languages) in ${predrawMs.toFixed(0)} ms; ` +
    `the first /compound noopept section:dosing in German then takes ${((performance.now() - started) * 1000).toFixed(1)} µs for its chart`,
);
