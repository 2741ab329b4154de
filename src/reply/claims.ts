import { quoteText } from "../knowledge/quotes.js";
import type { Claim, Compound, Dose, Knowledge, Source } from "../knowledge/schema.js";
import { EVIDENCE_LABEL } from "./evidence.js";
import type { EmbedField } from "./payload.js";
import { LIMITS } from "./payload.js";
import { shorten } from "./text.js";

/** Knowledge text shown as is: only the characters Discord would read as formatting are escaped. */
export function plain(text: string): string {
  return text.replace(/([\\*_~`|])/g, "\\$1");
}

export function sourceOf(knowledge: Knowledge, id: string): Source | undefined {
  return knowledge.sources.find((s) => s.id === id);
}

export function compoundById(knowledge: Knowledge, id: string): Compound | undefined {
  return knowledge.compounds.find((c) => c.id === id);
}

/** A quote as a Discord block quote with its source: > “…” — *Title* */
export function quoted(knowledge: Knowledge, item: Pick<Claim, "quote" | "source">): string {
  const title = sourceOf(knowledge, item.source)?.title ?? item.source;
  return `> “${plain(quoteText(item.quote))}”\n— *${plain(title)}*`;
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
        const s = sourceOf(this.knowledge, id);
        return `[${i + 1}] ${plain(s?.title ?? id)} (${s?.kind ?? "unknown kind"})`;
      })
      .join("\n");
  }
}

export interface ClaimOn {
  claim: Claim;
  /** The compound whose file holds the claim. */
  owner: Compound;
  /** For a linking claim (stack, comparison), the other compound of the pair. */
  partner: Compound | undefined;
}

/** Claims about a compound: its own of the topics, and those in other compounds' files that link to it. */
export function claimsOn(knowledge: Knowledge, compound: Compound, topics: readonly Claim["topic"][]): ClaimOn[] {
  const out: ClaimOn[] = [];
  for (const claim of compound.claims) {
    if (topics.includes(claim.topic)) out.push({ claim, owner: compound, partner: claim.with ? compoundById(knowledge, claim.with) : undefined });
  }
  for (const other of knowledge.compounds) {
    if (other === compound) continue;
    for (const claim of other.claims) if (claim.with === compound.id && topics.includes(claim.topic)) out.push({ claim, owner: other, partner: other });
  }
  return out;
}
