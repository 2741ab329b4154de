import { claimsOn } from "../knowledge/lookup.js";
import { claimsAnswering } from "../knowledge/subjects.js";
import type { Compound, Knowledge } from "../knowledge/schema.js";
import type { Mention } from "../question/names.js";
import type { FullTextHit } from "../search/fulltext.js";
import { claimField, doseText } from "./claims.js";
import { escapeMarkdown } from "./markdown.js";
import { t } from "../i18n/t.js";
import { LIST_ROOM, listFields, listMoreField } from "./planned.js";
import { COLORS, type Embed, type EmbedField } from "./payload.js";

/** Parts of an answer to a question in plain words: pairings, full-text hits, names we do not cover. */

const MAX_FIELDS = 8;

/** How a named thing is shown: "Amphetamine (“Adderall”)", "Sertraline (one of the SSRIs)". */
export function namedLabel(mention: Mention): string {
  const n = mention.named;
  const name = n.kind === "covered" ? n.compound.name : n.kind === "other" ? n.drug.name : n.entry.name;
  const typed =
    mention.match === "alias" && mention.matched.toLowerCase() !== name.toLowerCase()
      ? ` (“${mention.matched}”)`
      : "";
  const shown = `${name}${typed}`;
  return n.kind === "other" && n.drug.member_of
    ? t("pair.memberOf", { name: shown, group: n.drug.member_of })
    : shown;
}

/** One sentence for each named thing we do not cover, so it is never silently answered as something else. */
export function uncoveredLines(mentions: readonly Mention[]): string[] {
  return mentions.map((m) => {
    const label = `**${escapeMarkdown(namedLabel(m))}**`;
    return m.named.kind === "other"
      ? t("pair.otherDrug", { label })
      : t("notFound.notCovered", { name: escapeMarkdown(namedLabel(m)) });
  });
}

/**
 * What the sources say about a compound's drug interactions in general: the claims that speak to them
 * (added to fields), or plainly that none does. Returns the sentence for the description.
 */
export function interactionNote(knowledge: Knowledge, compound: Compound, fields: EmbedField[]): string[] {
  const said = claimsAnswering(knowledge, compound, "interactions");
  fields.push(
    ...said.map((c) =>
      claimField(knowledge, c, t("pair.onInteractions", { name: compound.name, statement: c.statement })),
    ),
  );
  const name = escapeMarkdown(compound.name);
  return [
    `${said.length > 0 ? t("pair.interactionsQuoted", { name }) : t("pair.interactionsNone", { name })} ${t("pair.notSafe")}`,
  ];
}

/** The safety claims of a compound, quoted: shown with a pairing the sources say nothing about. */
function safetyFields(knowledge: Knowledge, compound: Compound): EmbedField[] {
  const general = claimsAnswering(knowledge, compound, "interactions").map((c) =>
    claimField(knowledge, c, t("pair.onInteractions", { name: compound.name, statement: c.statement })),
  );
  const own = compound.claims
    .filter(
      (c) => (c.topic === "caution" || c.topic === "side-effect") && !c.subjects?.includes("interactions"),
    )
    .slice(0, 4)
    .map((c) =>
      claimField(knowledge, c, t("pair.onItsOwn", { name: compound.name, statement: c.statement })),
    );
  return [...general, ...own];
}

/** What the sources document about taking a compound with something else, or plainly that they document nothing. */
export function pairEmbed(
  knowledge: Knowledge,
  first: Compound,
  partner: Mention,
  asks: "interaction" | "stack",
  withSafety = true,
): Embed {
  const label = namedLabel(partner);
  const title = `${first.name} + ${label}`;
  const other = partner.named.kind === "covered" ? partner.named.compound : undefined;
  const linked = other
    ? claimsOn(knowledge, first, ["stack", "comparison"]).filter((on) => on.partner === other)
    : [];
  const stacks = linked.filter((on) => on.claim.topic === "stack");
  const names = { first: escapeMarkdown(first.name), partner: escapeMarkdown(label) };
  if (stacks.length > 0) {
    return {
      title,
      description: [t("pair.documented", names), ...(asks === "interaction" ? [t("pair.beyond")] : [])].join(
        " ",
      ),
      color: COLORS.info,
      fields: stacks.slice(0, MAX_FIELDS).map((on) => claimField(knowledge, on.claim)),
    };
  }
  const safety = asks === "interaction" && withSafety ? safetyFields(knowledge, first) : [];
  const silent = asks === "interaction" && withSafety && safety.length === 0;
  return {
    title,
    description: [
      t("pair.nothing", names),
      ...(linked.length > 0 ? [t("pair.compared")] : []),
      ...(silent ? [t("pair.noCaution", { name: names.first })] : []),
      t("pair.notSafe"),
    ].join(" "),
    color: COLORS.warning,
    fields: safety,
  };
}

/**
 * Full-text hits as quoted fields: the doses and claims that mention the words, across compounds, each claim
 * with what always comes with it, as many as fit; how many more, and that the words narrow them.
 */
export function hitFields(knowledge: Knowledge, hits: readonly FullTextHit[]): EmbedField[] {
  const top = hits.slice(0, MAX_FIELDS);
  const doses = top.flatMap((hit) =>
    hit.kind === "dose"
      ? [
          claimField(
            knowledge,
            hit.dose,
            t("pair.doseOf", { name: hit.compound.name, dose: doseText(hit.dose) }),
          ),
        ]
      : [],
  );
  const claims = top.flatMap((hit) => (hit.kind === "claim" ? [hit] : []));
  const room = { ...LIST_ROOM, fields: LIST_ROOM.fields - doses.length };
  const planned = listFields(knowledge, claims, room);
  return [...doses, ...planned.fields, ...listMoreField(planned, claims, (c) => `/compound name:${c.id}`)];
}
