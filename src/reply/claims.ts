import { localizedRecord } from "../i18n/record.js";
import { t } from "../i18n/t.js";
import { sourceById } from "../knowledge/lookup.js";
import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Dose, Knowledge } from "../knowledge/schema.js";
import { badge } from "./evidence.js";
import { LIMITS } from "./limits.js";
import { escapeMarkdown } from "./markdown.js";
import type { EmbedField } from "./payload.js";
import { shorten } from "./text.js";

/** How claims, quotes and doses read in a reply: every one with its evidence badge and its source. */

/** A quote as a Discord block quote with its source: > “…” — *Title* */
export function quoted(knowledge: Knowledge, item: Pick<Claim, "quote" | "source">): string {
  const title = sourceById(knowledge, item.source)?.title ?? item.source;
  return `> “${escapeMarkdown(quoteText(item.quote))}”\n— *${escapeMarkdown(title)}*`;
}

/** One claim or dose as an embed field: our statement, the evidence badge, then the verbatim quote and its source. */
export function claimField(knowledge: Knowledge, claim: Claim | Dose, name?: string): EmbedField {
  const heading = name ?? ("statement" in claim ? claim.statement : doseText(claim));
  const context =
    "statement" in claim ? "" : `**${t("card.forLabel")}** ${escapeMarkdown(doseContext(claim))}\n`;
  return {
    name: shorten(heading, LIMITS.fieldName),
    value: shorten(`${context}${badge(claim)}\n${quoted(knowledge, claim)}`, LIMITS.fieldValue, "…”"),
  };
}

const PER = localizedRecord(["dose", "day", "unspecified"] as const, (per) =>
  t(per === "dose" ? "chart.perDose" : per === "day" ? "chart.perDay" : "chart.perUnspecified"),
);
const ROUTE = localizedRecord(["sublingual", "oral", "unspecified"] as const, (route) =>
  t(
    route === "oral"
      ? "chart.routeOral"
      : route === "sublingual"
        ? "chart.routeSublingual"
        : "chart.routeUnspecified",
  ),
);

/**
 * "10–20 mg, per dose, sublingual" or "10–30 mg, per dose or day not stated, route not stated": the same
 * everywhere a dose is shown, so that no view reads more into it than the source gives.
 */
export function doseText(dose: Dose): string {
  const amount =
    dose.max === undefined
      ? t("card.doseOver", { min: dose.min })
      : dose.min === dose.max
        ? `${dose.min}`
        : `${dose.min}–${dose.max}`;
  const unit = dose.unit === "mg" ? t("chart.unit") : dose.unit;
  return `${amount} ${unit}, ${PER[dose.per]}, ${ROUTE[dose.route]}`;
}

/** "dementia (trial); in dementia patients; 4 weeks; note" */
export function doseContext(dose: Dose): string {
  return [
    dose.purpose,
    dose.population ? t("answer.inPopulation", { population: dose.population }) : undefined,
    dose.duration,
    dose.note,
  ]
    .filter(Boolean)
    .join("; ");
}

/** Numbers the sources a reply cites, in the order first cited, for short [n] references. */
export class SourceRefs {
  private readonly order: string[] = [];
  constructor(private readonly knowledge: Knowledge) {}

  ref(sourceId: string): string {
    let n = this.order.indexOf(sourceId);
    if (n < 0) n = this.order.push(sourceId) - 1;
    return `[${n + 1}]`;
  }

  /** The source numbered n + 1, if any. */
  idAt(n: number): string | undefined {
    return this.order[n];
  }

  /** "[1] Title (kind)" a line each. */
  list(): string {
    return this.order
      .map((id, i) => {
        const s = sourceById(this.knowledge, id);
        return `[${i + 1}] ${escapeMarkdown(s?.title ?? id)} (${s?.kind ?? t("answer.unknownKind")})`;
      })
      .join("\n");
  }
}

/** "• statement — 🟡 animal study [2]": one claim as a line, with its badge and source reference. */
export function claimLine(refs: SourceRefs, claim: Claim, label?: string): string {
  const prefix = label ? `${escapeMarkdown(label)}: ` : "";
  return `• ${prefix}${escapeMarkdown(claim.statement)} — ${badge(claim)} ${refs.ref(claim.source)}`;
}

/** "• **10–30 mg, per dose or day not stated, route not stated** — general use — ⚫ no evidence given [1]" */
export function doseLine(refs: SourceRefs, dose: Dose, label?: string): string {
  const prefix = label ? `${escapeMarkdown(label)}: ` : "";
  return `• ${prefix}**${doseText(dose)}** — ${escapeMarkdown(doseContext(dose))} — ${badge(dose)} ${refs.ref(dose.source)}`;
}
