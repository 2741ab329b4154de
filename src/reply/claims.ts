import { sourceById, type ClaimOn } from "../knowledge/lookup.js";
import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Dose, Knowledge } from "../knowledge/schema.js";
import { EVIDENCE_LABEL } from "./evidence.js";
import { LIMITS } from "./limits.js";
import { escapeMarkdown } from "./markdown.js";
import type { EmbedField } from "./payload.js";
import { shorten } from "./text.js";

/** How claims, quotes and doses read in a reply. */

/** A quote as a Discord block quote with its source: > “…” — *Title* */
export function quoted(knowledge: Knowledge, item: Pick<Claim, "quote" | "source">): string {
  const title = sourceById(knowledge, item.source)?.title ?? item.source;
  return `> “${escapeMarkdown(quoteText(item.quote))}”\n— *${escapeMarkdown(title)}*`;
}

/** One claim as an embed field: our statement, the evidence badge, then the verbatim quote and its source. */
export function claimField(knowledge: Knowledge, claim: Claim | Dose, name?: string): EmbedField {
  const heading = name ?? ("statement" in claim ? claim.statement : doseText(claim));
  return {
    name: shorten(heading, LIMITS.fieldName),
    value: shorten(`${EVIDENCE_LABEL[claim.evidence]}\n${quoted(knowledge, claim)}`, LIMITS.fieldValue, "…”"),
  };
}

const PER: Record<Dose["per"], string> = { dose: "per dose", day: "per day", unspecified: "per dose or day not stated" };
const ROUTE: Record<Dose["route"], string> = { sublingual: "sublingual", oral: "oral", unspecified: "route not stated" };

/**
 * "10–20 mg per dose, sublingual". Compact leaves out what the source does not state; explicit says so
 * ("per dose or day not stated, route not stated").
 */
export function doseText(dose: Dose, style: "compact" | "explicit" = "compact"): string {
  const amount =
    dose.max === undefined ? `over ${dose.min}` : dose.min === dose.max ? `${dose.min}` : `${dose.min}–${dose.max}`;
  const qualifiers = [
    style === "explicit" || dose.per !== "unspecified" ? PER[dose.per] : "",
    style === "explicit" || dose.route !== "unspecified" ? ROUTE[dose.route] : "",
  ].filter(Boolean);
  return `${amount} ${dose.unit}${qualifiers.length ? ` ${qualifiers.join(", ")}` : ""}`;
}

/** "general use; 1 month or less" */
export function doseContext(dose: Dose): string {
  return [dose.purpose, dose.duration, dose.note].filter(Boolean).join("; ");
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

  /** "[1] Title (kind)" a line each. */
  list(): string {
    return this.order
      .map((id, i) => {
        const s = sourceById(this.knowledge, id);
        return `[${i + 1}] ${escapeMarkdown(s?.title ?? id)} (${s?.kind ?? "unknown kind"})`;
      })
      .join("\n");
  }
}

/** A linking claim's heading, naming the other compound when there is one: "With Choline: …". */
export function linkedStatement(on: ClaimOn, prefix: string): string {
  return on.partner ? `${prefix} ${on.partner.name}: ${on.claim.statement}` : on.claim.statement;
}
