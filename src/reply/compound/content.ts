import { t } from "../../i18n/t.js";
import { claimsOn } from "../../knowledge/lookup.js";
import type { Compound, Knowledge } from "../../knowledge/schema.js";
import { silentOn } from "../../knowledge/subjects.js";
import { escapeMarkdown } from "../markdown.js";
import { listOf, subjectLabels } from "../words.js";
import { SECTIONS, topicsIn, type Section } from "./sections.js";

/** Which sections of a card have something from the sources, and how to say what they do not cover. */

type Detail = Exclude<Section, "overview">;

/** A section is empty when no dose and no claim (its own or a linking one) falls in it. The sources list is never empty. */
export function sectionHasContent(knowledge: Knowledge, compound: Compound, section: Section): boolean {
  if (section === "overview" || section === "sources") return true;
  if (section === "dosing" && compound.doses.length > 0) return true;
  return claimsOn(knowledge, compound, topicsIn(section)).length > 0;
}

export function emptySections(knowledge: Knowledge, compound: Compound): Detail[] {
  return SECTIONS.filter((s): s is Detail => s !== "overview" && !sectionHasContent(knowledge, compound, s));
}

/**
 * What the sources do not cover for this compound, computed from the data: its empty sections and the
 * safety questions no claim speaks to. "No information" is never "safe", and the sentence says so.
 */
export function silenceSentence(knowledge: Knowledge, compound: Compound): string {
  const gaps = emptySections(knowledge, compound)
    .filter((s): s is Exclude<Detail, "sources"> => s !== "sources")
    .map((s) => t(`card.empty.${s}`));
  const questions = silentOn(knowledge, compound, ["long-term-use", "interactions", "pregnancy"]);
  const out: string[] = [];
  if (gaps.length)
    out.push(t("card.silentSections", { name: escapeMarkdown(compound.name), gaps: listOf(gaps, "or") }));
  if (questions.length) {
    const subjects = subjectLabels(questions, "or");
    out.push(t(gaps.length ? "card.norQuestions" : "card.silentQuestions", { subjects }));
  }
  if (out.length) out.push(t("card.notSafe"));
  return out.join(" ");
}
