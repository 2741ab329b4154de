import fs from "node:fs";
import { LOCALES, withLocale } from "../src/i18n/locale.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { drawChart } from "../src/reply/charts/draw.js";
import {
  CHART_FILES,
  chartFor,
  chartKey,
  clearCharts,
  predrawCharts,
  registerKnowledgeVersion,
} from "../src/reply/charts/render.js";

/**
 * npm run bench (charts): the time to draw each chart (SVG built, rendered to PNG by resvg with the shipped
 * font) the first time, to read it back from the disk cache (what a later process or start does), and to
 * serve it from memory after; medians of several runs.
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
/** Forgets a chart on disk, so that the next request draws it. */
const forget = (compounds: Parameters<typeof drawChart>[0]) =>
  fs.rmSync(CHART_FILES.fileOf(chartKey(drawChart(compounds).svg)), { force: true });

// The first draw of the process loads the font files and the renderer: reported on its own.
clearCharts();
forget([byId("noopept")]);
let started = performance.now();
chartFor(knowledge, [byId("noopept")]);
console.log(
  `First chart of the process (font and renderer loading): ${(performance.now() - started).toFixed(1)} ms\n`,
);
console.log(
  "chart                                          drawn (median of 5)  from disk   in memory   PNG size",
);
for (const [label, ids] of charts) {
  const compounds = ids.map(byId);
  const cold: number[] = [];
  const disk: number[] = [];
  let size = 0;
  for (let i = 0; i < COLD_RUNS; i++) {
    clearCharts();
    forget(compounds);
    started = performance.now();
    size = chartFor(knowledge, compounds).png.length;
    cold.push(performance.now() - started);
    clearCharts();
    started = performance.now();
    chartFor(knowledge, compounds);
    disk.push(performance.now() - started);
  }
  started = performance.now();
  for (let i = 0; i < CACHED_RUNS; i++) chartFor(knowledge, compounds);
  const cached = ((performance.now() - started) / CACHED_RUNS) * 1000;
  console.log(
    `${label.padEnd(46)} ${median(cold).toFixed(1).padStart(8)} ms ${median(disk).toFixed(2).padStart(12)} ms ${cached.toFixed(2).padStart(8)} µs ${(size / 1024).toFixed(0).padStart(8)} KB`,
  );
}
clearCharts();
withLocale("ru", () => forget([byId("noopept"), byId("piracetam")]));
started = performance.now();
withLocale("ru", () => chartFor(knowledge, [byId("noopept"), byId("piracetam")]));
console.log(`\n/compare noopept piracetam in Russian, drawn: ${(performance.now() - started).toFixed(1)} ms`);

// A running bot pre-draws every dose chart in every language after each load (src/live.ts), one per turn of
// the event loop, keyed by the knowledge version: a first /compound section:dosing then waits for none.
// Drawn (the first start after an install or a knowledge edit), then read back from disk (every later start).
const predraw = async (label: string) => {
  clearCharts();
  registerKnowledgeVersion(knowledge, label);
  const before = process.cpuUsage();
  const at = performance.now();
  const count = await predrawCharts(knowledge, () => true);
  const cpu = process.cpuUsage(before);
  return { count, ms: performance.now() - at, cpuMs: (cpu.user + cpu.system) / 1000 };
};
for (const locale of LOCALES) withLocale(locale, () => knowledge.compounds.forEach((c) => forget([c])));
const drawn = await predraw("bench-drawn");
const read = await predraw("bench-read");
console.log(
  `\nPre-drawn in the background at load: ${drawn.count} dose charts (${LOCALES.length} languages) in ${drawn.ms.toFixed(0)} ms ` +
    `(${drawn.cpuMs.toFixed(0)} ms of CPU) when drawn; read back from disk by a later start in ${read.ms.toFixed(0)} ms (${read.cpuMs.toFixed(0)} ms of CPU)`,
);
started = performance.now();
withLocale("de", () => chartFor(knowledge, [byId("noopept")]));
console.log(
  `After the pre-draw, the first /compound noopept section:dosing in German takes ${((performance.now() - started) * 1000).toFixed(1)} µs for its chart`,
);
