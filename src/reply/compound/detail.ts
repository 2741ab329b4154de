import { currentLocale } from "../../i18n/locale.js";
import { t } from "../../i18n/t.js";
import { claimsOn, sourceById, type ClaimOn } from "../../knowledge/lookup.js";
import { claimsAnswering } from "../../knowledge/subjects.js";
import { TOPICS, type Compound, type Knowledge, type Topic } from "../../knowledge/schema.js";
import { claimField } from "../claims.js";
import { disagreementField, disagreementsTouching, withDisagreements } from "../disagreements.js";
import { evidenceRank } from "../evidence.js";
import { escapeMarkdown } from "../markdown.js";
import { COLORS, type Embed, type EmbedField } from "../payload.js";
import { silenceSentence } from "./content.js";
import { SECTION_LABEL, topicsIn, type Section } from "./sections.js";

type Detail = Exclude<Section, "overview">;

function claimsFor(knowledge: Knowledge, compound: Compound, topics: readonly Topic[]): ClaimOn[] {
  return claimsOn(knowledge, compound, topics).sort(
    (a, b) => topics.indexOf(a.claim.topic) - topics.indexOf(b.claim.topic),
  );
}

function dosing(knowledge: Knowledge, compound: Compound): Embed {
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
    fields: [...doses, ...withDisagreements(knowledge, compound, claims)],
  };
}

function byTopic(
  knowledge: Knowledge,
  compound: Compound,
  section: Detail,
  title: string,
  empty: string,
): Embed {
  const claims = claimsFor(knowledge, compound, topicsIn(section)).map((on) => on.claim);
  return {
    title: `${compound.name}: ${title}`,
    description: claims.length ? undefined : empty,
    fields: withDisagreements(knowledge, compound, claims),
  };
}

/** Each linking claim headed by the other compound of the pair, so the card reads right from either side. */
function stacks(knowledge: Knowledge, compound: Compound): Embed {
  const ons = claimsFor(knowledge, compound, topicsIn("stacks"));
  const fields = ons.map((on) =>
    claimField(
      knowledge,
      on.claim,
      `${on.claim.topic === "stack" ? "Stack with" : "Compared with"} ${on.partner?.name ?? ""}: ${on.claim.statement}`,
    ),
  );
  const pairs = new Map(
    ons.flatMap((on) => disagreementsTouching(on.owner, [on.claim]).map((d) => [d, on.owner] as const)),
  );
  const touched = [...pairs].map(([d, owner]) => disagreementField(knowledge, owner, d));
  return {
    title: `${compound.name}: stacks and comparisons`,
    description: ons.length
      ? undefined
      : `The sources document no stack or comparison with ${escapeMarkdown(compound.name)}.`,
    fields: [...touched, ...fields],
  };
}

function effects(knowledge: Knowledge, compound: Compound): Embed {
  const claims = compound.claims
    .filter((c) => c.topic === "effect")
    .sort((a, b) => evidenceRank(a.evidence) - evidenceRank(b.evidence));
  return {
    title: `${compound.name}: reported effects`,
    description: claims.length
      ? "Strongest evidence first. The level is the one the source gives."
      : "The sources report no effects.",
    fields: withDisagreements(knowledge, compound, claims),
  };
}

/** Side effects and cautions, the claims that speak to each safety question, caveats, and what the sources leave open. */
function safety(knowledge: Knowledge, compound: Compound): Embed {
  const answering = ["long-term-use", "interactions", "pregnancy"].flatMap((s) =>
    claimsAnswering(knowledge, compound, s),
  );
  const claims = [
    ...new Set([...claimsFor(knowledge, compound, topicsIn("safety")).map((on) => on.claim), ...answering]),
  ];
  const silence = silenceSentence(knowledge, compound);
  return {
    title: `${compound.name}: safety`,
    description:
      [answering.length ? "Long-term use: what the sources say, both ways, is below." : "", silence]
        .filter(Boolean)
        .join("\n") || undefined,
    fields: withDisagreements(knowledge, compound, claims),
  };
}

function sources(knowledge: Knowledge, compound: Compound): Embed {
  const used = new Map<string, number>();
  const count = (id: string) => used.set(id, (used.get(id) ?? 0) + 1);
  compound.doses.forEach((d) => count(d.source));
  claimsOn(knowledge, compound, TOPICS).forEach(({ claim }) => count(claim.source));
  const fields: EmbedField[] = [...used].map(([id, n]) => {
    const s = sourceById(knowledge, id);
    const byline = [s?.kind, s?.author, s?.published].filter(Boolean).join(" · ");
    return {
      name: s?.title ?? id,
      value: `${escapeMarkdown(byline)}\n${n === 1 ? "One quoted entry" : `${n} quoted entries`} about ${escapeMarkdown(compound.name)}`,
    };
  });
  const history = claimsFor(knowledge, compound, topicsIn("sources")).map((on) => on.claim);
  return {
    title: `${compound.name}: sources and history`,
    description:
      "The name, aliases, code names and summary on this card are ours; every claim is a quote of one of these sources.",
    fields: [...fields, ...withDisagreements(knowledge, compound, history)],
  };
}

/** One section of a compound in depth: each claim with its evidence badge, verbatim quote and source. */
export function detailEmbed(knowledge: Knowledge, compound: Compound, section: Detail): Embed {
  const name = escapeMarkdown(compound.name);
  const embed = (() => {
    switch (section) {
      case "dosing":
        return dosing(knowledge, compound);
      case "mechanisms":
        return byTopic(
          knowledge,
          compound,
          section,
          "mechanisms",
          `The sources describe no mechanism for ${name}.`,
        );
      case "effects":
        return effects(knowledge, compound);
      case "safety":
        return safety(knowledge, compound);
      case "evidence":
        return byTopic(
          knowledge,
          compound,
          section,
          "evidence caveats",
          `The sources give no evidence caveat of their own for ${name}.`,
        );
      case "stacks":
        return stacks(knowledge, compound);
      case "sources":
        return sources(knowledge, compound);
    }
  })();
  // In another language the title names the section as its button does.
  const title = currentLocale() === "en" ? embed.title : `${compound.name}: ${SECTION_LABEL[section]}`;
  return { color: COLORS.info, ...embed, title };
}
