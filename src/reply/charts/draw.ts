import { EVIDENCE_LEVELS, type Compound, type Dose, type Evidence } from "../../knowledge/schema.js";
import { currentLocale } from "../../i18n/locale.js";
import { t } from "../../i18n/t.js";
import { logScale } from "./scale.js";
import { BACKGROUND, fit, GRID, INK, line, MUTED, rect, text, textWidth, withoutEmoji } from "./svg.js";

/**
 * The picture that goes with /compare and the dosing section of /compound, as SVG: each compound's dose
 * figures as bars on one logarithmic mg axis (an open figure, "more than 100 mg", drawn open to the right;
 * per dose or per day and the route written under each bar; a per-kilogram figure, from animals, never on
 * the mg axis), then each compound's evidence profile: how many of its claims stand on each level.
 */

export const WIDTH = 760;
const PAD = 16;
const NAME_W = 150;
const PLOT_X = PAD + NAME_W;
const PLOT_W = WIDTH - PLOT_X - PAD - 8;
const ROW = 38;

export const COMPOUND_COLORS = ["#5865f2", "#eb459e", "#57f287"] as const;
export const EVIDENCE_COLORS: Record<Evidence, string> = {
  "human-trial": "#3ba55d",
  "human-observation": "#2d7d46",
  "animal-study": "#f0b232",
  "cell-study": "#e67e22",
  "cited-study": "#b5bac1",
  "personal-experience": "#3498db",
  "none-given": "#1e1f22",
};

export interface Drawing {
  svg: string;
  /** What the picture shows, in words: the image's alt text. */
  alt: string;
}

const number = (value: number) => value.toLocaleString(currentLocale(), { maximumFractionDigits: 2 });

function perText(dose: Dose): string {
  return dose.per === "dose"
    ? t("chart.perDose")
    : dose.per === "day"
      ? t("chart.perDay")
      : t("chart.perUnspecified");
}

function routeText(dose: Dose): string {
  return dose.route === "oral"
    ? t("chart.routeOral")
    : dose.route === "sublingual"
      ? t("chart.routeSublingual")
      : t("chart.routeUnspecified");
}

function amountText(dose: Dose): string {
  if (dose.max === undefined) return t("chart.open", { min: number(dose.min) });
  const amount = dose.min === dose.max ? number(dose.min) : `${number(dose.min)}–${number(dose.max)}`;
  return dose.unit === "mg" ? `${amount} ${t("chart.unit")}` : `${amount} ${dose.unit}`;
}

/** "10–20 mg, per dose, sublingual": the figure with its context, for the picture and its alt text. */
export function doseLabel(dose: Dose): string {
  return `${amountText(dose)} · ${perText(dose)} · ${routeText(dose)}`;
}

/** Claims that stand on evidence, by level (caveats, statements about the evidence, are not counted). */
export function evidenceProfile(compound: Compound): Map<Evidence, number> {
  const counts = new Map<Evidence, number>();
  for (const claim of compound.claims)
    if (claim.topic !== "evidence") counts.set(claim.evidence, (counts.get(claim.evidence) ?? 0) + 1);
  return counts;
}

/** Per-kilogram figures (from animals) are never put on the mg axis: they are named under it. */
function perKgNote(compounds: readonly Compound[], parts: string[], y: number): number {
  const perKg = compounds.flatMap((c) =>
    c.doses.filter((d) => d.unit === "mg/kg").map((d) => `${c.name} ${amountText(d)}`),
  );
  if (perKg.length === 0) return y;
  const note = fit(t("chart.perKg", { figures: perKg.join("; ") }), 11, WIDTH - 2 * PAD);
  parts.push(text(PAD, y, note, { size: 11, fill: MUTED }));
  return y + 16;
}

function doseBars(compounds: readonly Compound[], top: number): { parts: string[]; height: number } {
  const mg = compounds.map((c) => c.doses.filter((d) => d.unit === "mg"));
  const values = mg.flat().flatMap((d) => (d.max === undefined ? [d.min, d.min * 10] : [d.min, d.max]));
  const parts: string[] = [text(PAD, top + 16, t("chart.doseTitle"), { size: 15, weight: "bold" })];
  let y = top + 34;
  if (values.length === 0) {
    parts.push(text(PAD, y + 14, t("chart.noDoses"), { fill: MUTED }));
    return { parts, height: perKgNote(compounds, parts, y + 40) - top };
  }
  const scale = logScale(values);
  const x = (v: number) => PLOT_X + scale.at(v) * PLOT_W;
  const rows = mg.reduce((n, list) => n + Math.max(1, list.length), 0);
  const plotBottom = y + rows * ROW;
  for (const tick of scale.ticks) {
    parts.push(line(x(tick), y - 4, x(tick), plotBottom, `stroke="${GRID}" stroke-width="1"`));
    parts.push(text(x(tick), plotBottom + 16, number(tick), { size: 11, fill: MUTED, anchor: "middle" }));
  }
  parts.push(
    text(PLOT_X + PLOT_W, plotBottom + 32, t("chart.unit"), { size: 11, fill: MUTED, anchor: "end" }),
  );
  compounds.forEach((compound, i) => {
    const color = COMPOUND_COLORS[i % COMPOUND_COLORS.length]!;
    parts.push(text(PAD, y + 14, fit(compound.name, 14, NAME_W - 8), { size: 14, weight: "bold" }));
    const list = mg[i]!;
    if (list.length === 0) parts.push(text(PLOT_X, y + 14, t("chart.noDoses"), { size: 12, fill: MUTED }));
    for (const dose of list) {
      const x0 = x(dose.min);
      if (dose.max === undefined) {
        const x1 = PLOT_X + PLOT_W;
        parts.push(
          rect(
            x0,
            y + 4,
            x1 - x0,
            14,
            `fill="none" stroke="${color}" stroke-width="2" stroke-dasharray="6 4"`,
          ),
          `<path d="M${x1 - 2} ${y + 1} L${x1 + 7} ${y + 11} L${x1 - 2} ${y + 21}" fill="${color}"/>`,
        );
      } else {
        const width = Math.max(4, x(dose.max) - x0);
        parts.push(rect(x0, y + 4, width, 14, `fill="${color}" rx="2"`));
      }
      const label = doseLabel(dose);
      parts.push(text(PLOT_X, y + 32, fit(label, 11, PLOT_W), { size: 11, fill: INK }));
      y += ROW;
    }
    if (list.length === 0) y += ROW;
  });
  y = plotBottom + 36;
  const open = mg.flat().some((d) => d.max === undefined);
  if (open) {
    parts.push(text(PLOT_X, y, t("chart.legendOpen"), { size: 11, fill: MUTED }));
    y += 16;
  }
  y = perKgNote(compounds, parts, y);
  return { parts, height: y - top };
}

function evidenceBars(compounds: readonly Compound[], top: number): { parts: string[]; height: number } {
  const parts: string[] = [text(PAD, top + 16, t("chart.evidenceTitle"), { size: 15, weight: "bold" })];
  const profiles = compounds.map(evidenceProfile);
  const most = Math.max(1, ...profiles.map((p) => [...p.values()].reduce((a, b) => a + b, 0)));
  let y = top + 30;
  compounds.forEach((compound, i) => {
    const profile = profiles[i]!;
    const total = [...profile.values()].reduce((a, b) => a + b, 0);
    parts.push(text(PAD, y + 15, fit(compound.name, 14, NAME_W - 8), { size: 14, weight: "bold" }));
    let x = PLOT_X;
    const span = PLOT_W - 90;
    for (const level of EVIDENCE_LEVELS) {
      const count = profile.get(level) ?? 0;
      if (count === 0) continue;
      const w = (count / most) * span;
      parts.push(
        rect(x, y + 2, w, 18, `fill="${EVIDENCE_COLORS[level]}" stroke="${BACKGROUND}" stroke-width="1"`),
      );
      const dark = level === "animal-study" || level === "cited-study" || level === "human-trial";
      if (w >= 16)
        parts.push(
          text(x + w / 2, y + 15, String(count), {
            size: 11,
            anchor: "middle",
            weight: "bold",
            fill: dark ? "#111214" : INK,
          }),
        );
      x += w;
    }
    parts.push(text(x + 8, y + 15, t("chart.claims", { count: total }), { size: 12, fill: MUTED }));
    y += 28;
  });
  // The legend: every level, in order, wrapped to the width.
  let lx = PAD;
  y += 14;
  for (const level of EVIDENCE_LEVELS) {
    const label = withoutEmoji(t(`evidence.short.${level}`));
    const w = 18 + textWidth(label, 11) + 14;
    if (lx + w > WIDTH - PAD) {
      lx = PAD;
      y += 18;
    }
    parts.push(
      rect(lx, y - 10, 12, 12, `fill="${EVIDENCE_COLORS[level]}" stroke="${MUTED}" stroke-width="0.5"`),
    );
    parts.push(text(lx + 16, y, label, { size: 11, fill: INK }));
    lx += w;
  }
  return { parts, height: y + 12 - top };
}

function altText(compounds: readonly Compound[]): string {
  const withMg = compounds.filter((c) => c.doses.some((d) => d.unit === "mg"));
  const figures = withMg
    .map(
      (c) =>
        `${c.name}: ${c.doses
          .filter((d) => d.unit === "mg")
          .map(doseLabel)
          .join("; ")}`,
    )
    .join(". ");
  const doses = withMg.length
    ? t("chart.altDoses", { figures })
    : t("chart.altNoDoses", { names: compounds.map((c) => c.name).join(", ") });
  const profiles = compounds
    .map((c) => {
      const p = evidenceProfile(c);
      const levels = EVIDENCE_LEVELS.filter((l) => p.has(l))
        .map((l) => `${p.get(l)} ${withoutEmoji(t(`evidence.short.${l}`))}`)
        .join(", ");
      return `${c.name}: ${levels}`;
    })
    .join(". ");
  return `${doses} ${t("chart.altEvidence", { profiles })}`;
}

/** The dose and evidence picture for one, two or three compounds, in the current locale. */
export function drawChart(compounds: readonly Compound[]): Drawing {
  const doses = doseBars(compounds, PAD);
  const evidence = evidenceBars(compounds, PAD + doses.height + 14);
  const height = Math.ceil(PAD + doses.height + 14 + evidence.height + PAD);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    rect(0, 0, WIDTH, height, `fill="${BACKGROUND}" rx="8"`),
    ...doses.parts,
    line(
      PAD,
      PAD + doses.height + 4,
      WIDTH - PAD,
      PAD + doses.height + 4,
      `stroke="${GRID}" stroke-width="1"`,
    ),
    ...evidence.parts,
    "</svg>",
  ].join("\n");
  return { svg, alt: altText(compounds) };
}
