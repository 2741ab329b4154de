import { TOPICS, type Compound, type Knowledge, type Topic } from "../../knowledge/schema.js";
import { claimsOn, sourceById, type ClaimOn } from "../../knowledge/lookup.js";
import { claimField, doseContext, doseText, linkedStatement } from "../claims.js";
import { escapeMarkdown } from "../markdown.js";
import { evidenceRank } from "../evidence.js";
import { COLORS, type Embed, type EmbedField } from "../payload.js";
import { SECTION_LABEL, SILENT_TOPICS, topicsIn, type Section } from "./sections.js";

type Detail = Exclude<Section, "overview">;

function fieldsFor(knowledge: Knowledge, compound: Compound, topics: readonly Topic[], label?: (on: ClaimOn) => string): EmbedField[] {
  return claimsOn(knowledge, compound, topics)
    .sort((a, b) => topics.indexOf(a.claim.topic) - topics.indexOf(b.claim.topic))
    .map((on) => claimField(knowledge, on.claim, label?.(on)));
}

const partnerLabel = (on: ClaimOn) => linkedStatement(on, on.claim.topic === "stack" ? "Stack with" : "Compared with");

function dosing(knowledge: Knowledge, compound: Compound): Embed {
  const doses = compound.doses.map((d) => {
    const field = claimField(knowledge, d, doseText(d, "explicit"));
    return { ...field, value: `**For:** ${escapeMarkdown(doseContext(d))}\n${field.value}` };
  });
  const sources = new Set(compound.doses.map((d) => d.source));
  const description = compound.doses.length
    ? `${compound.doses.length} dose figure(s) from ${sources.size} source(s).${sources.size > 1 ? " The sources differ: each figure is shown with its source." : ""}`
    : `The sources give no dose for ${escapeMarkdown(compound.name)}. None is shown, and none should be guessed.`;
  return { title: `${compound.name}: dosing`, description, fields: [...doses, ...fieldsFor(knowledge, compound, topicsIn("dosing"))] };
}

function byTopic(knowledge: Knowledge, compound: Compound, topics: readonly Topic[], empty: string, section: Detail): Embed {
  const fields = fieldsFor(knowledge, compound, topics);
  return { title: `${compound.name}: ${SECTION_LABEL[section].toLowerCase()}`, description: fields.length ? undefined : empty, fields };
}

function effects(knowledge: Knowledge, compound: Compound): Embed {
  const claims = compound.claims.filter((c) => c.topic === "effect").sort((a, b) => evidenceRank(a.evidence) - evidenceRank(b.evidence));
  return {
    title: `${compound.name}: reported effects`,
    description: claims.length ? "Strongest evidence first. The level is the one the source gives." : "The sources report no effects.",
    fields: claims.map((c) => claimField(knowledge, c)),
  };
}

function safety(knowledge: Knowledge, compound: Compound): Embed {
  const fields = fieldsFor(knowledge, compound, topicsIn("safety"));
  fields.push({ name: "Not in the sources", value: `${SILENT_TOPICS}: the sources say nothing about these for ${escapeMarkdown(compound.name)}. No information is not the same as safe.` });
  return { title: `${compound.name}: safety and evidence`, fields };
}

function sources(knowledge: Knowledge, compound: Compound): Embed {
  const used = new Map<string, number>();
  const count = (id: string) => used.set(id, (used.get(id) ?? 0) + 1);
  compound.doses.forEach((d) => count(d.source));
  claimsOn(knowledge, compound, TOPICS).forEach(({ claim }) => count(claim.source));
  const fields: EmbedField[] = [...used].map(([id, n]) => {
    const s = sourceById(knowledge, id);
    const byline = [s?.kind, s?.author, s?.published].filter(Boolean).join(" · ");
    return { name: s?.title ?? id, value: `${escapeMarkdown(byline)}\n${n} quoted claim(s) about ${escapeMarkdown(compound.name)}` };
  });
  fields.push(...fieldsFor(knowledge, compound, topicsIn("sources")));
  return { title: `${compound.name}: sources and history`, fields };
}

/** One section of a compound in depth: each claim with its evidence badge, verbatim quote and source. */
export function detailEmbed(knowledge: Knowledge, compound: Compound, section: Detail): Embed {
  const name = escapeMarkdown(compound.name);
  const embed = (() => {
    switch (section) {
      case "dosing":
        return dosing(knowledge, compound);
      case "mechanisms":
        return byTopic(knowledge, compound, topicsIn("mechanisms"), `The sources describe no mechanism for ${name}.`, section);
      case "effects":
        return effects(knowledge, compound);
      case "safety":
        return safety(knowledge, compound);
      case "stacks": {
        const fields = fieldsFor(knowledge, compound, topicsIn("stacks"), partnerLabel);
        return { title: `${compound.name}: stacks and comparisons`, description: fields.length ? undefined : `The sources document no stack or comparison with ${name}.`, fields };
      }
      case "sources":
        return sources(knowledge, compound);
    }
  })();
  return { color: COLORS.info, ...embed };
}
