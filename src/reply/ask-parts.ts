import { claimsOn } from "../knowledge/lookup.js";
import { claimsAnswering } from "../knowledge/subjects.js";
import type { Claim, Compound, Knowledge } from "../knowledge/schema.js";
import type { Mention } from "../question/names.js";
import type { FullTextHit } from "../search/fulltext.js";
import { claimField, doseText } from "./claims.js";
import { escapeMarkdown } from "./markdown.js";
import { t } from "../i18n/t.js";
import {
  FIELD_OVERHEAD,
  LIST_ROOM,
  listFields,
  listMoreField,
  moreField,
  plannedFields,
  type Room,
} from "./planned.js";
import { verdictsOn } from "../answer/companions.js";
import type { Lead } from "../answer/budget.js";
import { COLORS, type Embed, type EmbedField } from "./payload.js";

/** Parts of an answer to a question in plain words: pairings, full-text hits, names we do not cover. */

const MAX_FIELDS = 8;
/** A pairing's claims and verdicts: a message's room less its description and the other parts' headings. */
export const PAIR_ROOM: Room = { ...LIST_ROOM, fields: MAX_FIELDS + 4 };

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
  /** Whether the question asks if they are safe together: each side's safety verdict comes with the answer. */
  safetyAsked = asks === "interaction",
  /** Characters of fields the pairing's quotes may take. */
  chars = PAIR_ROOM.chars,
): Embed {
  const label = namedLabel(partner);
  const title = `${first.name} + ${label}`;
  const other = partner.named.kind === "covered" ? partner.named.compound : undefined;
  const linked = other
    ? claimsOn(knowledge, first, ["stack", "comparison"]).filter((on) => on.partner === other)
    : [];
  const stacks = linked.filter((on) => on.claim.topic === "stack");
  const names = { first: escapeMarkdown(first.name), partner: escapeMarkdown(label) };
  // Whether they are safe together is a safety question: each side's verdict on its safety comes with it,
  // as it does with an answer on one compound's safety (src/answer/plan.ts).
  const judged = safetyAsked ? [...(withSafety ? [first] : []), ...(other ? [other] : [])] : [];
  const verdicts = judged.flatMap((c) => verdictsOn(knowledge, c, ["safety"]));
  if (stacks.length > 0) {
    return {
      title,
      description: [t("pair.documented", names), ...(asks === "interaction" ? [t("pair.beyond")] : [])].join(
        " ",
      ),
      color: COLORS.info,
      fields: withVerdicts(
        knowledge,
        first,
        stacks.slice(0, MAX_FIELDS).map((on) => on.claim),
        verdicts,
        chars,
      ),
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
    fields: [...safety, ...withVerdicts(knowledge, first, [], verdicts, chars)],
  };
}

/**
 * A pairing's quoted claims, each with the verdicts that come with it (shown once, with the first claim
 * shown: both, or neither) and its companions (caveats, every side of a disagreement); with no claim, the
 * verdicts alone. As many whole groups as fit; the rest counted.
 */
function withVerdicts(
  knowledge: Knowledge,
  first: Compound,
  claims: readonly Claim[],
  verdicts: readonly Claim[],
  chars: number,
): EmbedField[] {
  const leads: Lead[] =
    claims.length > 0
      ? claims.map((claim) => ({ claim, role: "answer", verdicts }))
      : verdicts.map((claim) => ({ claim, role: "verdict" }));
  const heading = (claim: Claim, owner: Compound) =>
    claim.verdict ? `${owner.name}: ${claim.statement}` : undefined;
  const planned = plannedFields(knowledge, first, leads, { ...PAIR_ROOM, chars }, heading);
  return [...planned.fields, ...moreField(planned, `\`/stack compound:${first.id}\``)];
}

const fieldsLength = (e: Embed) =>
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length + FIELD_OVERHEAD, 0);

/**
 * What the sources document about taking the first compound with each partner, sharing `chars` of room:
 * a pairing that needs less than an equal share leaves the rest to the others (the sentence that the
 * sources say nothing of a pairing takes little), so a pairing's quotes and verdicts are not left out for
 * room another did not use.
 */
export function pairEmbeds(
  knowledge: Knowledge,
  first: Compound,
  partners: readonly Mention[],
  asks: "interaction" | "stack",
  safetyAsked: boolean,
  chars: number,
): Embed[] {
  const build = (i: number, room: number) =>
    pairEmbed(knowledge, first, partners[i]!, asks, i === 0, safetyAsked, Math.floor(room));
  const whole = partners.map((_, i) => build(i, chars));
  const needs = whole.map(fieldsLength);
  const rooms = new Array<number>(partners.length).fill(0);
  let left = chars;
  const order = needs.map((need, i) => ({ need, i })).sort((a, b) => a.need - b.need);
  order.forEach(({ need, i }, k) => {
    rooms[i] = Math.min(need, left / (order.length - k));
    left -= rooms[i];
  });
  return partners.map((_, i) => (rooms[i]! >= needs[i]! ? whole[i]! : build(i, rooms[i]!)));
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
