import { claimsOn } from "../../knowledge/lookup.js";
import type { Compound, Knowledge } from "../../knowledge/schema.js";
import { silentOn, subjectList } from "../../knowledge/subjects.js";
import { escapeMarkdown } from "../markdown.js";
import { SECTIONS, topicsIn, type Section } from "./sections.js";

/** Which sections of a card have something from the sources, and how to say what they do not cover. */

type Detail = Exclude<Section, "overview">;

/** A section is empty when no dose and no claim (its own or a linking one) falls in it. The sources list is never empty. */
export function sectionHasContent(knowledge: Knowledge, compound: Compound, section: Section): boolean {
  if (section === "overview" || section === "sources") return true;
  if (section === "dosing" && compound.doses.length > 0) return true;
  return claimsOn(knowledge, compound, topicsIn(section)).length > 0;
}

const EMPTY_WORDS: Record<Detail, string> = {
  dosing: "dose",
  mechanisms: "mechanism",
  effects: "effects",
  safety: "side effects and cautions",
  evidence: "evidence caveats",
  stacks: "stacks or comparisons",
  sources: "",
};

export function emptySections(knowledge: Knowledge, compound: Compound): Detail[] {
  return SECTIONS.filter((s): s is Detail => s !== "overview" && !sectionHasContent(knowledge, compound, s));
}

/**
 * What the sources do not cover for this compound, computed from the data: its empty sections and the
 * safety questions no claim speaks to. "No information" is never "safe", and the sentence says so.
 */
export function silenceSentence(knowledge: Knowledge, compound: Compound): string {
  const gaps = emptySections(knowledge, compound).map((s) => EMPTY_WORDS[s]);
  const questions = silentOn(knowledge, compound, ["long-term-use", "interactions", "pregnancy"]);
  const out: string[] = [];
  if (gaps.length)
    out.push(`The sources say nothing about ${escapeMarkdown(compound.name)}'s ${orList(gaps)}.`);
  if (questions.length)
    out.push(
      `${gaps.length ? "Nor do they address" : "The sources say nothing about"} ${subjectList(questions, "or")}.`,
    );
  if (out.length) out.push("No information is not the same as safe.");
  return out.join(" ");
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
