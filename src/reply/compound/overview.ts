import type { Compound, Knowledge } from "../../knowledge/schema.js";
import { claimsOn } from "../../knowledge/lookup.js";
import { doseContext, doseText, linkedStatement, quoted, SourceRefs } from "../claims.js";
import { escapeMarkdown } from "../markdown.js";
import { EVIDENCE_LEVELS } from "../../knowledge/schema.js";
import { EVIDENCE_LABEL, evidenceRank, evidenceTally } from "../evidence.js";
import { LIMITS } from "../limits.js";
import { COLORS, type Embed, type EmbedField } from "../payload.js";
import { shorten } from "../text.js";
import { SILENT_TOPICS } from "./sections.js";

/** Bullet lines until `max` lines or the field is full, then a pointer to the section with the rest. */
function bullets(lines: readonly string[], max: number, section: string): string {
  const shown: string[] = [];
  for (const line of lines.slice(0, max)) {
    if ([...shown, line].join("\n").length > LIMITS.fieldValue - 80) break;
    shown.push(line);
  }
  const rest = lines.length - shown.length;
  if (rest > 0) shown.push(`…and ${rest} more: press **${section}**.`);
  return shown.join("\n");
}

/** The card: a compact view of every section, each line attributed by a numbered source reference. */
export function overviewEmbed(knowledge: Knowledge, compound: Compound): Embed {
  const refs = new SourceRefs(knowledge);
  const name = escapeMarkdown(compound.name);
  const line = (statement: string, source: string, badge?: string) =>
    `• ${escapeMarkdown(statement)}${badge ? ` — ${badge}` : ""} ${refs.ref(source)}`;
  const fields: EmbedField[] = [];
  const add = (fieldName: string, value: string) => fields.push({ name: fieldName, value });

  const doses = compound.doses.map((d) => `• **${doseText(d)}** — ${escapeMarkdown(doseContext(d))} ${refs.ref(d.source)}`);
  if (new Set(compound.doses.map((d) => d.source)).size > 1) doses.push("⚖️ The sources give different figures: each is shown with its source.");
  add("Doses", doses.length ? bullets(doses, 6, "Dosing") : `The sources give no dose for ${name}.`);

  const timing = compound.claims.filter((c) => c.topic === "pharmacokinetics" || c.topic === "cycling");
  add("Absorption, half-life & cycling", timing.length ? bullets(timing.map((c) => line(c.statement, c.source)), 4, "Dosing") : `The sources say nothing on ${name}'s absorption, half-life or cycling.`);

  const mechanisms = compound.claims.filter((c) => c.topic === "mechanism");
  add("Mechanisms", mechanisms.length ? bullets(mechanisms.map((c) => line(c.statement, c.source, EVIDENCE_LABEL[c.evidence])), 4, "Mechanisms") : "The sources describe no mechanism.");

  const effects = compound.claims.filter((c) => c.topic === "effect");
  add("Reported effects", effects.length ? bullets(effects.map((c) => line(c.statement, c.source, EVIDENCE_LABEL[c.evidence])), 5, "Effects") : "The sources report no effects.");

  const safety = compound.claims.filter((c) => c.topic === "side-effect" || c.topic === "caution");
  add("Side effects & cautions", safety.length ? bullets(safety.map((c) => line(c.statement, c.source, EVIDENCE_LABEL[c.evidence])), 4, "Safety") : `The sources name no side effects or cautions for ${name}.`);

  const basis = compound.claims.filter((c) => c.topic === "mechanism" || c.topic === "effect").map((c) => c.evidence);
  const caveats = compound.claims.filter((c) => c.topic === "evidence");
  const strongest = basis.length ? EVIDENCE_LEVELS.find((level) => basis.includes(level)) : undefined;
  const noHumanStudy = strongest !== undefined && evidenceRank(strongest) > evidenceRank("human-observation");
  const evidence = [
    basis.length ? `Behind the mechanism and effect claims: ${evidenceTally(basis)}.` : "",
    strongest === "none-given"
      ? "The sources give no evidence for any of them."
      : noHumanStudy
        ? `No human study is given for any of them: the strongest evidence is ${EVIDENCE_LABEL[strongest]}.`
        : "",
    ...caveats.slice(0, 2).map((c) => quoted(knowledge, c)),
    caveats.length > 2 ? `…and ${caveats.length - 2} more: press **Safety**.` : "",
    caveats.length === 0 ? "The sources give no evidence caveat of their own." : "",
  ];
  add("Evidence", shorten(evidence.filter(Boolean).join("\n"), LIMITS.fieldValue));

  const stacks = claimsOn(knowledge, compound, ["stack"]).map((on) => line(linkedStatement(on, "With"), on.claim.source));
  add("Stacks", stacks.length ? bullets(stacks, 3, "Stacks & comparisons") : `The sources document no stack with ${name}.`);

  add("Not in the sources", `${SILENT_TOPICS}: the sources say nothing. No information is not the same as safe.`);
  add("Sources", refs.list() || "None.");

  const aka = compound.aliases.length ? `\n**Also known as:** ${escapeMarkdown(compound.aliases.join(", "))}` : "";
  return {
    title: compound.name,
    description: `${escapeMarkdown(compound.summary)}\n\n**Class:** ${escapeMarkdown(compound.class)}${aka}`,
    color: COLORS.info,
    fields,
  };
}
