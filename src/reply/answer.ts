import type { Block, FigureRelation, Note, Plan } from "../answer/types.js";
import type { Knowledge } from "../knowledge/schema.js";
import { subjectList } from "../knowledge/subjects.js";
import { claimField, doseContext, doseText, SourceRefs } from "./claims.js";
import { DIFFER } from "./disagreements.js";
import { badge } from "./evidence.js";
import { LIMITS } from "./limits.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, type Embed, type EmbedField } from "./payload.js";
import { shorten } from "./text.js";

/** A planned answer (src/answer/) as an embed: each block a field, the notes in the description. */

const NOT_SAFE = "No information is not the same as safe.";
const AMOUNT_CAVEAT =
  "This compares the amount alone (not how often it is taken), each figure in its own context; a figure a source reports is not a safe limit, and none of this is advice.";

export const ROLE_PREFIX = {
  answer: "",
  qualifier: "With it: ",
  verdict: "Verdict of a source: ",
  nearest: "Nearest mention: ",
};

/** One block as a field; `heading` names a claim another way (a card names a linking claim's partner). */
export function blockField(knowledge: Knowledge, block: Block, heading?: string): EmbedField {
  switch (block.kind) {
    case "dose":
      return claimField(knowledge, block.dose, `Dose: ${doseText(block.dose)}`);
    case "claim":
      return claimField(
        knowledge,
        block.claim,
        `${ROLE_PREFIX[block.role]}${heading ?? block.claim.statement}`,
      );
    case "disagreement":
      return {
        name: shorten(
          `${DIFFER} ${block.owner.name}: the sources differ: ${block.disagreement.about}`,
          LIMITS.fieldName,
        ),
        value: `The ${block.sides.length} claims below point different ways; read them together.`,
      };
  }
}

function figureLine(refs: SourceRefs, name: string, shown: string, f: FigureRelation): string {
  const figure = `${doseText(f.dose)} (${escapeMarkdown(doseContext(f.dose))}) — ${badge(f.dose)} ${refs.ref(f.dose.source)}`;
  switch (f.kind) {
    case "within":
      return `${shown} is within ${figure}.`;
    case "below":
      return `${shown} is below ${figure}.`;
    case "above":
      return f.times >= 2
        ? `${shown} is ${f.times}× the top of ${figure}.`
        : `${shown} is ${f.over} ${f.dose.unit} above the top of ${figure}.`;
    case "open":
      return `A source gives no range here, only a lower bound, in its words: “${escapeMarkdown(
        [f.dose.quote].flat()[0] ?? "",
      )}” — ${badge(f.dose)} ${refs.ref(f.dose.source)} (${escapeMarkdown(doseContext(f.dose))}). It is not a range, so no amount is “within” it.`;
  }
}

export function noteText(refs: SourceRefs, plan: Pick<Plan, "compound">, note: Note): string {
  const name = escapeMarkdown(plan.compound.name);
  switch (note.kind) {
    case "silent":
      return `The sources say nothing about ${note.subject.label} for ${name}.${note.subject.kind === "safety" ? ` ${NOT_SAFE}` : ""}`;
    case "harm-unsaid":
      return note.nearest > 0
        ? `No source says whether ${name} causes ${escapeMarkdown(note.harm)}; the nearest ${note.nearest === 1 ? "mention is" : `${note.nearest} mentions are`} shown below. ${NOT_SAFE}`
        : `No source says whether ${name} causes ${escapeMarkdown(note.harm)}, and none mentions it. ${NOT_SAFE}`;
    case "safety-gaps":
      return `The sources say nothing about ${name} and ${subjectList(note.subjects, "or")}. ${NOT_SAFE}`;
    case "unmentioned":
      return `The sources say nothing about ${note.label} for ${name}. ${NOT_SAFE}`;
    case "only-side-effects":
      return `${note.count === 1 ? "This is the only side effect entry" : `These ${note.count} entries are the only side effects`} the sources give for ${name}; they name no other.`;
    case "no-side-effect":
      return `No source names a side effect of ${name}. ${NOT_SAFE}`;
    case "length":
      return `The longest use the sources report for ${name} is ${note.longest}${note.safety ? `; a safety finding covers ${note.safety}` : ""}. Nothing longer is reported.`;
    case "no-figures":
      return `The sources give no dose for ${name}, so ${note.amounts.map((a) => escapeMarkdown(a.text)).join(", ")} cannot be compared with anything.`;
    case "amount": {
      const { amount, figures, otherUnits } = note.finding;
      const shown = `${amount.value} ${amount.unit}`;
      const lines = figures.map((f) => figureLine(refs, name, shown, f));
      if (otherUnits.length > 0)
        lines.push(
          `${otherUnits.length === 1 ? "One figure" : `${otherUnits.length} figures`} in another unit (${[...new Set(otherUnits.map((d) => d.unit))].join(", ")}) ${otherUnits.length === 1 ? "is" : "are"} not compared with ${shown}: a per-kilogram figure is never compared with an amount in mg, nor the other way round.`,
        );
      return [
        `${shown} against every figure the sources give for ${name}:`,
        ...lines.map((l) => `• ${l}`),
        AMOUNT_CAVEAT,
      ].join("\n");
    }
  }
}

export interface AnswerEmbedOptions {
  title: string;
  /** The command that shows what the budget left out ("/compound name:noopept section:effects"). */
  more: string;
  lead?: readonly string[];
}

/** The plan as one embed: notes first (cautions and silences), then every block, then "…and N more". */
export function answerEmbed(knowledge: Knowledge, plan: Plan, options: AnswerEmbedOptions): Embed {
  const refs = new SourceRefs(knowledge);
  const notes = plan.notes.map((n) => noteText(refs, plan, n));
  const fields = plan.blocks.map((b) => blockField(knowledge, b));
  if (plan.omitted > 0)
    fields.push({ name: `…and ${plan.omitted} more`, value: `${options.more} shows them.` });
  const sources = refs.list();
  return {
    title: options.title,
    description: [...(options.lead ?? []), ...notes, sources].filter(Boolean).join("\n") || undefined,
    color: COLORS.info,
    fields,
  };
}
