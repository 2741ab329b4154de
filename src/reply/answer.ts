import type { Block, FigureRelation, Note, Plan } from "../answer/types.js";
import type { Knowledge } from "../knowledge/schema.js";
import { currentLocale } from "../i18n/locale.js";
import { localizedRecord } from "../i18n/record.js";
import { t } from "../i18n/t.js";
import { claimField, doseContext, doseText, SourceRefs } from "./claims.js";
import { DIFFER } from "./disagreements.js";
import { badge } from "./evidence.js";
import { LIMITS } from "./limits.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, type Embed, type EmbedField } from "./payload.js";
import { shorten } from "./text.js";
import { listOf, particularLabel, subjectLabel, subjectLabels } from "./words.js";

/** A planned answer (src/answer/) as an embed: each block a field, the notes in the description. */

const notSafe = () => t("card.notSafe");

/** What a claim is shown as, before its statement ("With it: "), in the reply's language. */
export const ROLE_PREFIX = localizedRecord(["answer", "qualifier", "verdict", "nearest"] as const, (role) =>
  role === "answer" ? "" : `${t(`answer.${role}`)} `,
);

/** One block as a field; `heading` names a claim another way (a card names a linking claim's partner). */
export function blockField(knowledge: Knowledge, block: Block, heading?: string): EmbedField {
  switch (block.kind) {
    case "dose":
      return claimField(knowledge, block.dose, t("answer.dose", { dose: doseText(block.dose) }));
    case "claim":
      return claimField(
        knowledge,
        block.claim,
        `${ROLE_PREFIX[block.role]}${heading ?? block.claim.statement}`,
      );
    case "disagreement":
      return {
        name: shorten(
          `${DIFFER} ${t("differ.named", { name: block.owner.name, about: block.disagreement.about })}`,
          LIMITS.fieldName,
        ),
        value: t("differ.sides", { count: block.sides.length }),
      };
  }
}

function figureLine(refs: SourceRefs, shown: string, f: FigureRelation): string {
  const figure = `${doseText(f.dose)} (${escapeMarkdown(doseContext(f.dose))}) — ${badge(f.dose)} ${refs.ref(f.dose.source)}`;
  switch (f.kind) {
    case "within":
      return t("answer.within", { shown, figure });
    case "below":
      return t("answer.below", { shown, figure });
    case "above":
      return f.times >= 2
        ? t("answer.times", { shown, times: new Intl.NumberFormat(currentLocale()).format(f.times), figure })
        : t("answer.over", { shown, over: f.over, unit: f.dose.unit, figure });
    case "unsplit":
      return t(f.basis === "day" ? "answer.unsplitDay" : "answer.unsplitDose", { shown, figure });
    case "open":
      return t("answer.open", {
        quote: escapeMarkdown([f.dose.quote].flat()[0] ?? ""),
        ref: `— ${badge(f.dose)} ${refs.ref(f.dose.source)}`,
        context: escapeMarkdown(doseContext(f.dose)),
      });
  }
}

export function noteText(refs: SourceRefs, plan: Pick<Plan, "compound">, note: Note): string {
  const name = escapeMarkdown(plan.compound.name);
  switch (note.kind) {
    case "silent": {
      const said = t("answer.silent", { subject: subjectLabel(note.subject), name });
      return note.subject.kind === "safety" ? `${said} ${notSafe()}` : said;
    }
    case "harm-unsaid": {
      const harm = escapeMarkdown(note.harm);
      return `${
        note.nearest > 0
          ? t("answer.harmNearest", { name, harm, count: note.nearest })
          : t("answer.harmNone", { name, harm })
      } ${notSafe()}`;
    }
    case "elsewhere":
      return t("answer.elsewhere", { name });
    case "safety-gaps":
      return `${t("answer.safetyGaps", { name, subjects: subjectLabels(note.subjects, "or") })} ${notSafe()}`;
    case "unmentioned": {
      const said = t("answer.silent", { subject: particularLabel(note), name });
      return note.safety === false ? said : `${said} ${notSafe()}`;
    }
    case "only-side-effects":
      return t("answer.onlySideEffects", { count: note.count, name });
    case "no-side-effect":
      return `${t("answer.noSideEffect", { name })} ${notSafe()}`;
    case "length":
      return note.safety
        ? t("answer.lengthSafety", { name, longest: note.longest, safety: note.safety })
        : t("answer.length", { name, longest: note.longest });
    case "no-unit":
      return t("answer.noUnit", {
        numbers: listOf(note.numbers.map((n) => `“${escapeMarkdown(n)}”`)),
        name,
        units: listOf([...note.units]),
        example: `${escapeMarkdown(note.numbers[0] ?? "")} ${note.units[0] ?? "mg"}`,
      });
    case "no-figures":
      return t("answer.noFigures", {
        name,
        amounts: listOf(note.amounts.map((a) => escapeMarkdown(a.text))),
      });
    case "amount": {
      const { amount, figures, otherUnits } = note.finding;
      const given = `${amount.value} ${amount.unit}`;
      // What the question says the amount is, when it does without saying how often: a day's total or one dose.
      const one =
        amount.perDay === undefined && amount.basis === "day"
          ? t("answer.dayTotal", { amount: given })
          : amount.perDay === undefined && amount.basis === "dose"
            ? t("answer.oneDose", { amount: given })
            : given;
      const total =
        amount.perDay === undefined ? undefined : Math.round(amount.value * amount.perDay * 1000) / 1000;
      const day =
        total === undefined ? undefined : t("answer.dayTotal", { amount: `${total} ${amount.unit}` });
      const shown = day && amount.perDay !== 1 ? `${one} (${day})` : one;
      const lines = figures.map((f) =>
        figureLine(
          refs,
          (f.kind === "below" || f.kind === "within" || f.kind === "above") && f.day && day ? day : one,
          f,
        ),
      );
      if (otherUnits.length > 0)
        lines.push(
          t("answer.otherUnits", {
            count: otherUnits.length,
            units: [...new Set(otherUnits.map((d) => d.unit))].join(", "),
            shown,
          }),
        );
      return [
        t("answer.against", { shown, name }),
        ...lines.map((l) => `• ${l}`),
        t(
          day
            ? "answer.amountCaveatDaily"
            : amount.basis !== undefined
              ? "answer.amountCaveatBasis"
              : "answer.amountCaveat",
        ),
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
    fields.push({
      name: t("answer.more", { n: plan.omitted }),
      value: t("answer.moreShows", { command: options.more }),
    });
  const sources = refs.list();
  return {
    title: options.title,
    description: [...(options.lead ?? []), ...notes, sources].filter(Boolean).join("\n") || undefined,
    color: COLORS.info,
    fields,
  };
}
