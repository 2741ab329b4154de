import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it, vi } from "vitest";
import { LOCALES, withLocale } from "../src/i18n/locale.js";
import type { Compound } from "../src/knowledge/schema.js";
import { drawChart } from "../src/reply/charts/draw.js";
import {
  CHART_FILES,
  DEFAULT_CHART_CACHE_BYTES,
  chartCache,
  chartFor,
  chartKey,
  clearCharts,
  knowledgeVersion,
  predrawCharts,
  registerKnowledgeVersion,
  renderPng,
} from "../src/reply/charts/render.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { realKnowledge } from "./support/knowledge.js";

const knowledge = realKnowledge();
const byId = (id: string) => knowledge.compounds.find((c) => c.id === id)!;
const PNG = [0x89, 0x50, 0x4e, 0x47];

/** The x positions of the vertical grid lines and the labels under them. */
const ticks = (svg: string) =>
  [...svg.matchAll(/text-anchor="middle">([\d.,\s ]+)<\/text>/g)].map((m) => m[1]);

describe("charts", () => {
  it("draws a PNG with alt text naming each compound and its figures with their context", () => {
    clearCharts();
    const chart = chartFor(knowledge, [byId("noopept"), byId("piracetam")]);
    expect([...chart.png.slice(0, 4)]).toEqual(PNG);
    expect(chart.alt).toMatch(/Noopept: 10–30 mg · per dose or day not stated · route not stated/);
    expect(chart.alt).toMatch(/Piracetam: 1,200–4,800 mg/);
    expect(chart.alt).toMatch(/Evidence profile/);
    expect(chart.alt.length).toBeLessThanOrEqual(1024);
  });

  it("puts both compounds on one log axis that spans noopept's 10 mg to piracetam's 4,800 mg", () => {
    const { svg } = drawChart([byId("noopept"), byId("piracetam")]);
    expect(ticks(svg)).toEqual(expect.arrayContaining(["10", "100", "1,000", "10,000"]));
  });

  it("draws an open figure ('more than 100 mg') open, and a bounded one filled", () => {
    const open = drawChart([byId("fasoracetam")]).svg;
    expect(open).toMatch(/stroke-dasharray/);
    expect(open).toMatch(/more than 100 mg/);
    expect(drawChart([byId("noopept")]).svg).not.toMatch(/stroke-dasharray/);
  });

  it("never puts a per-kilogram (animal) figure on the mg axis", () => {
    const rats: Compound = {
      ...byId("fasoracetam"),
      doses: [{ ...byId("fasoracetam").doses[0]!, min: 1, max: 100, unit: "mg/kg", per: "dose" }],
    };
    const { svg, alt } = drawChart([rats]);
    expect(svg).toMatch(/Not drawn \(per kg of body weight, not a human amount\): Fasoracetam 1–100 mg\/kg/);
    expect(svg).not.toMatch(/<rect[^>]*fill="#5865f2"/);
    expect(alt).toMatch(/No dose in mg is given by the sources for Fasoracetam/);
  });

  it("counts each compound's claims at each evidence level, caveats apart", () => {
    const noopept = byId("noopept");
    const counted = noopept.claims.filter((c) => c.topic !== "evidence").length;
    const { svg } = drawChart([noopept]);
    expect(svg).toContain(`>${counted} claims<`);
  });

  it("is drawn in the reply's language, with the numbers written as that language writes them", () => {
    const { svg, alt } = withLocale("de", () => drawChart([byId("piracetam")]));
    expect(svg).toMatch(/Dosen laut den Quellen/);
    expect(alt).toMatch(/1\.200–4\.800 mg/);
    const ru = withLocale("ru", () => drawChart([byId("fasoracetam")]));
    expect(ru.svg).toMatch(/более 100 мг/);
    expect(ru.svg).not.toMatch(/more than|per dose|claims/);
  });

  it("draws once per knowledge version, compounds and language", () => {
    clearCharts();
    const first = chartFor(knowledge, [byId("noopept")]);
    expect(chartFor(knowledge, [byId("noopept")])).toBe(first);
    expect(withLocale("ru", () => chartFor(knowledge, [byId("noopept")]))).not.toBe(first);
    const edited = { ...knowledge, compounds: [...knowledge.compounds] };
    expect(knowledgeVersion(edited)).toBe(knowledgeVersion(knowledge));
    const changed = { ...knowledge, compounds: knowledge.compounds.slice(1) };
    expect(knowledgeVersion(changed)).not.toBe(knowledgeVersion(knowledge));
  });

  it("is keyed by the version the live context loaded: a reload's version draws again, the old ones are let go", () => {
    const v1 = { ...knowledge };
    registerKnowledgeVersion(v1, "aaaa1111");
    expect(knowledgeVersion(v1)).toBe("aaaa1111");
    const first = chartFor(v1, [byId("noopept")]);
    expect(chartFor(v1, [byId("noopept")])).toBe(first);
    // The same knowledge reloaded as another version (a file changed elsewhere): drawn again, not served stale.
    const v2 = { ...knowledge };
    registerKnowledgeVersion(v2, "bbbb2222");
    expect(chartFor(v2, [byId("noopept")])).not.toBe(first);
    // The drafts of a version keep its charts; the old version's were let go.
    registerKnowledgeVersion({ ...knowledge }, "bbbb2222+drafts");
    const again = chartFor(v2, [byId("noopept")]);
    expect(chartFor(v2, [byId("noopept")])).toBe(again);
    expect(chartFor(v1, [byId("noopept")])).not.toBe(first);
  });

  it("pre-draws every dose chart in every language off the request path, and stops for a newer version", async () => {
    const v = { ...knowledge };
    registerKnowledgeVersion(v, "cccc3333");
    expect(await predrawCharts(v, () => false)).toBe(0);
    const drawn = await predrawCharts(v, () => true);
    expect(drawn).toBe(Math.min(LOCALES.length * v.compounds.length, 100));
    // Served from the cache: drawing them all again draws none.
    expect(await predrawCharts(v, () => true)).toBe(0);
  });

  it("pre-draws a picture no process has drawn on libuv's thread pool, not on the thread that answers", async () => {
    const resvg = createRequire(import.meta.url)("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
    const unique: Compound = { ...byId("piracetam"), name: `Piracetam ${randomUUID()}` };
    const v = { ...knowledge, compounds: [unique] };
    registerKnowledgeVersion(v, `eeee${randomUUID().slice(0, 8)}`);
    clearCharts();
    const inPool = vi.spyOn(resvg, "renderAsync");
    const here = vi.spyOn(resvg.Resvg.prototype, "render");
    try {
      expect(await predrawCharts(v, () => true)).toBe(LOCALES.length);
      expect(inPool).toHaveBeenCalledTimes(LOCALES.length);
      expect(here).not.toHaveBeenCalled();
    } finally {
      inPool.mockRestore();
      here.mockRestore();
    }
    // The picture is the one this thread draws, kept on disk and served from the cache.
    for (const locale of LOCALES) {
      const svg = withLocale(locale, () => drawChart([unique]).svg);
      const served = withLocale(locale, () => chartFor(v, [unique]).png);
      expect([...served]).toEqual([...renderPng(svg)]);
      expect([...fs.readFileSync(CHART_FILES.fileOf(chartKey(svg)))]).toEqual([...served]);
      fs.rmSync(CHART_FILES.fileOf(chartKey(svg)), { force: true });
    }
  });

  it("keeps each drawn PNG on disk, named by its picture, for the next process; a damaged file is drawn again", () => {
    // A picture no other test draws: another worker never reads the file this test damages.
    const unique: Compound = { ...byId("noopept"), name: `Noopept ${process.pid}-${Date.now()}` };
    const v = { ...knowledge, compounds: [unique] };
    clearCharts();
    const drawn = chartFor(v, [unique]);
    const file = CHART_FILES.fileOf(chartKey(drawChart([unique]).svg));
    expect([...fs.readFileSync(file)]).toEqual([...drawn.png]);
    // Another whole PNG in its place is what the next process serves: it was read, not drawn again.
    const other = chartFor(knowledge, [byId("piracetam")]).png;
    fs.writeFileSync(file, other);
    clearCharts();
    expect([...chartFor(v, [unique]).png]).toEqual([...other]);
    // A cut-off file is not served: the chart is drawn again and the file written whole.
    fs.writeFileSync(file, drawn.png.slice(0, 100));
    clearCharts();
    expect([...chartFor(v, [unique]).png]).toEqual([...drawn.png]);
    expect([...fs.readFileSync(file)]).toEqual([...drawn.png]);
    fs.rmSync(file, { force: true });
  });

  it("keeps charts in memory within a budget of bytes: the least recently used go, and come back whole", async () => {
    chartCache(100_000);
    try {
      const [a, b, ...rest] = knowledge.compounds;
      const first = chartFor(knowledge, [a!]);
      const second = chartFor(knowledge, [b!]);
      for (const c of rest) {
        chartFor(knowledge, [b!]);
        chartFor(knowledge, [c]);
        expect(chartCache().bytes).toBeLessThanOrEqual(100_000);
      }
      // The second was asked for after every other one: kept. The first was not: drawn (or read back) again.
      expect(chartFor(knowledge, [b!])).toBe(second);
      const again = chartFor(knowledge, [a!]);
      expect(again).not.toBe(first);
      expect([...again.png]).toEqual([...first.png]);
      // Pre-drawing fills half the budget at most, so /compare's charts keep room.
      chartCache(100_000);
      const v = { ...knowledge };
      registerKnowledgeVersion(v, "dddd4444");
      const drawn = await predrawCharts(v, () => true);
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThan(knowledge.compounds.length);
      expect(chartCache().bytes).toBeLessThan(100_000);
    } finally {
      chartCache(DEFAULT_CHART_CACHE_BYTES);
    }
  });

  it("loads the renderer only to draw: a process whose charts are all on disk never loads it", () => {
    // This process draws the chart (or finds it on disk); the next one must find it there.
    chartFor(knowledge, [byId("piracetam")]);
    const script = `
      import { createRequire } from "node:module";
      import { realKnowledge } from "./test/support/knowledge.ts";
      import { chartFor } from "./src/reply/charts/render.ts";
      const knowledge = realKnowledge();
      const png = chartFor(knowledge, [knowledge.compounds.find((c) => c.id === "piracetam")]).png;
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((f) => /resvg-js.(index|js-binding)\\.js$/.test(f));
      console.log(JSON.stringify({ bytes: png.length, loaded }));`;
    const run = (code: string) =>
      JSON.parse(
        execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
          cwd: PROJECT_ROOT,
          encoding: "utf8",
        }).trim(),
      ) as { bytes: number; loaded: boolean };
    expect(run(script)).toEqual({
      bytes: chartFor(knowledge, [byId("piracetam")]).png.length,
      loaded: false,
    });
    // The check sees the renderer when a chart is drawn.
    const drawing = script.replace(
      "chartFor(knowledge,",
      "(await import('./src/reply/charts/render.ts')).renderPng('<svg xmlns=\\'http://www.w3.org/2000/svg\\' width=\\'2\\' height=\\'2\\'/>') && chartFor(knowledge,",
    );
    expect(run(drawing).loaded).toBe(true);
  });
});
