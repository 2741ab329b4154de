import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import type * as ResvgModule from "@resvg/resvg-js";
import type { Compound, Knowledge } from "../../knowledge/schema.js";
import { currentLocale, LOCALES, withLocale } from "../../i18n/locale.js";
import { fileCache, packageVersion } from "../../file-cache.js";
import { PROJECT_ROOT } from "../../paths.js";
import { ByteLru } from "./cache.js";
import { drawChart, WIDTH } from "./draw.js";
import { FONT } from "./svg.js";

/** A picture to send with a message: its file name, PNG bytes and alt text (at most 1,024 characters). */
export interface Chart {
  name: string;
  png: Uint8Array;
  alt: string;
}

/** The font shipped with the project (assets/fonts, OFL), so every machine draws the same picture. */
export const FONT_FILES = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"].map((f) =>
  path.join(PROJECT_ROOT, "assets", "fonts", f),
);
const SCALE = 1.5;
const MAX_ALT = 1024;
/** Bytes of PNG the charts drawn are kept in memory with (about 100 charts); the least recently used go first. */
export const DEFAULT_CHART_CACHE_BYTES = 4 * 1024 * 1024;

const versions = new WeakMap<Knowledge, string>();
const chartBytes = (chart: Chart) => chart.png.length + 2 * (chart.alt.length + chart.name.length);
let cache = new ByteLru<Chart>(DEFAULT_CHART_CACHE_BYTES, chartBytes);

/** Sets the bytes the chart cache may hold (emptying it), and tells how many it holds. */
export function chartCache(maxBytes?: number): { bytes: number; maxBytes: number; charts: number } {
  if (maxBytes !== undefined) cache = new ByteLru<Chart>(maxBytes, chartBytes);
  return { bytes: cache.bytes, maxBytes: cache.maxBytes, charts: [...cache.keys()].length };
}

/**
 * The knowledge's version as the live context loaded it (src/live.ts registers each version it swaps in):
 * charts are keyed by it, so a reload draws them again, and the charts of other versions are let go.
 */
export function registerKnowledgeVersion(knowledge: Knowledge, version: string): void {
  versions.set(knowledge, version);
  const base = version.split("+")[0]!;
  cache.deleteWhere((key) => !key.startsWith(base));
}

/**
 * The version charts are keyed by: the one registered for this knowledge, else (a knowledge no live context
 * loaded: tests, benches) a short hash of all of it. A chart drawn from one version is never served for another.
 */
export function knowledgeVersion(knowledge: Knowledge): string {
  let version = versions.get(knowledge);
  if (!version) {
    version = createHash("sha256").update(JSON.stringify(knowledge)).digest("hex").slice(0, 12);
    versions.set(knowledge, version);
  }
  return version;
}

/**
 * Every PNG drawn, kept on disk by a hash of its picture and of how it was drawn (the renderer's version,
 * scale and fonts): turning a chart's SVG into a PNG is most of a chart's cost (about 10 ms, or half a second
 * of CPU to pre-draw every chart at each start), and the next process, or the next start, reads it back
 * instead. A picture that changed has another name, so a file is never stale.
 */
export const CHART_FILES = fileCache("charts", ".png", 2000);
const RENDERER = `resvg ${packageVersion("@resvg/resvg-js")} ×${SCALE} ${FONT_FILES.map((f) => path.basename(f)).join(" ")}`;

/** The name a chart's PNG is kept under, from its SVG. */
export function chartKey(svg: string): string {
  return createHash("sha256").update(`${RENDERER}\0${svg}`).digest("hex");
}

const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** Bytes that begin and end as a PNG does (a file cut short or overwritten is drawn again). */
function wholePng(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_START.length + PNG_END.length) return false;
  const end = bytes.length - PNG_END.length;
  return PNG_START.every((b, i) => bytes[i] === b) && PNG_END.every((b, i) => bytes[end + i] === b);
}

/** The PNG a process drew before for this key, if it is whole. */
function keptPng(key: string): Uint8Array | undefined {
  const kept = CHART_FILES.read(key);
  return kept && wholePng(kept) ? kept : undefined;
}

/** The PNG of an SVG: read from disk when a process drew it before, else drawn and kept. */
function pngOf(svg: string): Uint8Array {
  const key = chartKey(svg);
  const kept = keptPng(key);
  if (kept) return kept;
  const png = renderPng(svg);
  CHART_FILES.write(key, png);
  return png;
}

/** pngOf, drawing on libuv's thread pool: the thread that answers only reads or writes the file. */
async function pngOfInBackground(svg: string): Promise<Uint8Array> {
  const key = chartKey(svg);
  const kept = keptPng(key);
  if (kept) return kept;
  const png = (await renderer().renderAsync(svg, renderOptions())).asPng();
  CHART_FILES.write(key, png);
  return png;
}

let resvg: typeof ResvgModule | undefined;

/**
 * The renderer, loaded the first time a PNG must be drawn: a process whose charts all come from the disk
 * cache never loads it (its native code and allocator are about 5 MB of memory).
 */
function renderer(): typeof ResvgModule {
  return (resvg ??= createRequire(import.meta.url)("@resvg/resvg-js") as typeof ResvgModule);
}

/** The shipped font only (no system font, so the picture is the same everywhere), at the chart's width. */
const renderOptions = (): ResvgModule.ResvgRenderOptions => ({
  font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
  fitTo: { mode: "width", value: Math.round(WIDTH * SCALE) },
});

/** SVG to PNG, on this thread. */
export function renderPng(svg: string): Uint8Array {
  return new (renderer().Resvg)(svg, renderOptions()).render().asPng();
}

/** The key of a chart of these compounds in the memory cache: the knowledge's version, the locale, the ids. */
const keyOf = (knowledge: Knowledge, compounds: readonly Compound[]) =>
  `${knowledgeVersion(knowledge)}:${currentLocale()}:${compounds.map((c) => c.id).join("-")}`;

function chartOf(compounds: readonly Compound[], alt: string, png: Uint8Array): Chart {
  return {
    name: `chart-${compounds.map((c) => c.id).join("-")}.png`,
    png,
    alt: alt.length > MAX_ALT ? `${alt.slice(0, MAX_ALT - 1)}…` : alt,
  };
}

/**
 * The dose and evidence chart for these compounds in the current locale: drawn once per knowledge version,
 * compounds and locale, then served from a cache bounded in bytes (least recently used out first).
 */
export function chartFor(knowledge: Knowledge, compounds: readonly Compound[]): Chart {
  const key = keyOf(knowledge, compounds);
  const hit = cache.get(key);
  if (hit) return hit;
  const drawing = drawChart(compounds);
  const chart = chartOf(compounds, drawing.alt, pngOf(drawing.svg));
  cache.set(key, chart);
  return chart;
}

/**
 * Draws every compound's dose chart in every locale into the cache, one per turn of the event loop, so a
 * first /compound section:dosing is served from the cache instead of drawn while its member waits. A picture
 * not on disk (a dose changed by a reload) is drawn on libuv's thread pool (resvg's renderAsync), not on the
 * thread that answers (10 to 30 ms a chart). Stops when `current` says this knowledge is no longer the one
 * answering (a reload). Returns how many it drew.
 */
export async function predrawCharts(knowledge: Knowledge, current: () => boolean): Promise<number> {
  let drawn = 0;
  for (const locale of LOCALES)
    for (const compound of knowledge.compounds) {
      await nextTurn();
      // Half the cache at most: /compare's charts keep room.
      if (!current() || cache.bytes >= cache.maxBytes / 2) return drawn;
      const todo = withLocale(locale, () => {
        const key = keyOf(knowledge, [compound]);
        return cache.get(key) ? undefined : { key, drawing: drawChart([compound]) };
      });
      if (!todo) continue;
      const png = await pngOfInBackground(todo.drawing.svg);
      if (!current()) return drawn;
      cache.set(todo.key, chartOf([compound], todo.drawing.alt, png));
      drawn += 1;
    }
  return drawn;
}

/** Empties the cache (the bench draws cold). */
export function clearCharts(): void {
  cache.clear();
}
