import { currentLocale } from "../../i18n/locale.js";
import { t } from "../../i18n/t.js";
import { claimsOn, compoundById, sourceById, type ClaimOn } from "../../knowledge/lookup.js";
import { claimsAnswering, subjectById } from "../../knowledge/subjects.js";
import { TOPICS, type Claim, type Compound, type Knowledge, type Topic } from "../../knowledge/schema.js";
import { silenceNotes } from "../../answer/silence.js";
import { cardNote } from "../planned.js";
import { claimField } from "../claims.js";
import { evidenceRank } from "../evidence.js";
import { escapeMarkdown } from "../markdown.js";
import { COLORS, type Embed, type EmbedField } from "../payload.js";
import { silenceSentence } from "./content.js";
import { planSection, type SectionContent } from "./planned-section.js";
import { SECTION_LABEL, topicsIn, type Section } from "./sections.js";

type Detail = Exclude<Section, "overview">;
type Section_ = SectionContent;

function claimsFor(knowledge: Knowledge, compound: Compound, topics: readonly Topic[]): ClaimOn[] {
  return claimsOn(knowledge, compound, topics).sort(
    (a, b) => topics.indexOf(a.claim.topic) - topics.indexOf(b.claim.topic),
  );
}

function dosing(knowledge: Knowledge, compound: Compound): Section_ {
  const doses = compound.doses.map((d) => claimField(knowledge, d));
  const claims = claimsFor(knowledge, compound, topicsIn("dosing")).map((on) => on.claim);
  const sources = new Set(compound.doses.map((d) => d.source));
  const n = compound.doses.length;
  const figures = n === 1 ? t("card.oneFigure") : t("card.nFigures", { n });
  const from = sources.size === 1 ? t("card.oneSource") : t("card.nSources", { n: sources.size });
  const description = n
    ? `${t("card.dosingDesc", { figures, sources: from })}${sources.size > 1 ? ` ${t("card.differentFigures")}` : ""}`
    : t("card.noDoseDetail", { name: escapeMarkdown(compound.name) });
  return {
    title: `${compound.name}: dosing`,
    description,
    fields: doses,
    claims,
  };
}

function byTopic(
  knowledge: Knowledge,
  compound: Compound,
  section: Detail,
  title: string,
  empty: string,
  verdicts: string[] = [],
): Section_ {
  const claims = claimsFor(knowledge, compound, topicsIn(section)).map((on) => on.claim);
  return {
    title: `${compound.name}: ${title}`,
    description: claims.length ? undefined : empty,
    claims,
    verdicts,
  };
}

/** Each linking claim headed by the other compound of the pair, so the card reads right from either side. */
function stacks(knowledge: Knowledge, compound: Compound): Section_ {
  const ons = claimsFor(knowledge, compound, topicsIn("stacks"));
  const heading = (claim: Claim, owner: Compound) => {
    if (claim.topic !== "stack" && claim.topic !== "comparison") return undefined;
    const partner = owner === compound ? compoundById(knowledge, claim.with ?? "") : owner;
    return t(claim.topic === "stack" ? "detail.stackWith" : "detail.comparedWith", {
      partner: partner?.name ?? "",
      statement: claim.statement,
    });
  };
  return {
    title: `${compound.name}: stacks and comparisons`,
    description: ons.length ? undefined : t("detail.noStacks", { name: escapeMarkdown(compound.name) }),
    claims: ons.map((on) => on.claim),
    heading,
  };
}

function effects(compound: Compound): Section_ {
  const claims = compound.claims
    .filter((c) => c.topic === "effect")
    .sort((a, b) => evidenceRank(a.evidence) - evidenceRank(b.evidence));
  return {
    title: `${compound.name}: reported effects`,
    description: claims.length ? t("detail.strongestFirst") : t("detail.noEffects"),
    claims,
    verdicts: ["efficacy"],
  };
}

/**
 * Side effects and cautions, the claims that speak to each safety question, with the safety verdict; what
 * the sources name and leave open, and how far in time they go, in words derived from the claims.
 */
function safety(knowledge: Knowledge, compound: Compound): Section_ {
  const answering = ["long-term-use", "interactions", "pregnancy"].flatMap((s) =>
    claimsAnswering(knowledge, compound, s),
  );
  const claims = [
    ...new Set([...claimsFor(knowledge, compound, topicsIn("safety")).map((on) => on.claim), ...answering]),
  ];
  const notes = silenceNotes(
    knowledge,
    compound,
    subjectById(knowledge, "safety") ? [subjectById(knowledge, "safety")!] : [],
  ).flatMap((n) => cardNote(compound, n) ?? []);
  return {
    title: `${compound.name}: safety`,
    description: [...notes, silenceSentence(knowledge, compound)].filter(Boolean).join("\n") || undefined,
    claims,
    verdicts: ["safety"],
  };
}

function sources(knowledge: Knowledge, compound: Compound): Section_ {
  const used = new Map<string, number>();
  const count = (id: string) => used.set(id, (used.get(id) ?? 0) + 1);
  compound.doses.forEach((d) => count(d.source));
  claimsOn(knowledge, compound, TOPICS).forEach(({ claim }) => count(claim.source));
  const fields: EmbedField[] = [...used].map(([id, n]) => {
    const s = sourceById(knowledge, id);
    const byline = [s?.kind, s?.author, s?.published].filter(Boolean).join(" · ");
    return {
      name: s?.title ?? id,
      value: `${escapeMarkdown(byline)}\n${t("detail.entries", { count: n, name: escapeMarkdown(compound.name) })}`,
    };
  });
  const history = claimsFor(knowledge, compound, topicsIn("sources")).map((on) => on.claim);
  return {
    title: `${compound.name}: sources and history`,
    description: t("detail.ours"),
    fields,
    claims: history,
  };
}

/** One section of a compound in depth: each claim with its evidence badge, verbatim quote and source. */
export function detailEmbed(
  knowledge: Knowledge,
  compound: Compound,
  section: Detail,
  page = 0,
): { embed: Embed; more: number } {
  const name = escapeMarkdown(compound.name);
  const part = ((): Section_ => {
    switch (section) {
      case "dosing":
        return dosing(knowledge, compound);
      case "mechanisms":
        return byTopic(knowledge, compound, section, "mechanisms", t("detail.noMechanism", { name }));
      case "effects":
        return effects(compound);
      case "safety":
        return safety(knowledge, compound);
      case "evidence":
        return byTopic(knowledge, compound, section, "evidence caveats", t("detail.noCaveat", { name }), [
          "efficacy",
        ]);
      case "stacks":
        return stacks(knowledge, compound);
      case "sources":
        return sources(knowledge, compound);
    }
  })();
  // In another language the title names the section as its button does.
  const title = currentLocale() === "en" ? part.title : `${compound.name}: ${SECTION_LABEL[section]}`;
  const planned = planSection(knowledge, compound, { ...part, title }, page);
  const embed = { color: COLORS.info, title, description: part.description, fields: planned.fields };
  return { embed, more: planned.more };
}
