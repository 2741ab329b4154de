import type { Claim, Compound, Goal, Knowledge } from "../knowledge/schema.js";
import { claimsOn, compoundById } from "../knowledge/lookup.js";
import { claimField, linkedStatement, SourceRefs } from "./claims.js";
import { escapeMarkdown } from "./markdown.js";
import { EVIDENCE_LABEL, evidenceRank } from "./evidence.js";
import { COLORS, reply, type Embed, type EmbedField, type MessagePayload } from "./payload.js";
import { shorten } from "./text.js";

const NOT_SAFE = "No information is not the same as safe: the sources say nothing about drug interactions.";

interface Opts {
  ephemeral?: boolean;
}

/** Every stack claim, grouped by the pair of compounds it links. */
function stackPairs(knowledge: Knowledge): Map<string, { a: Compound; b: Compound; claims: Claim[] }> {
  const pairs = new Map<string, { a: Compound; b: Compound; claims: Claim[] }>();
  for (const owner of knowledge.compounds) {
    for (const claim of owner.claims) {
      const partner = claim.topic === "stack" && claim.with ? compoundById(knowledge, claim.with) : undefined;
      if (!partner) continue;
      const key = [owner.id, partner.id].sort().join("+");
      const pair = pairs.get(key) ?? { a: owner, b: partner, claims: [] };
      pair.claims.push(claim);
      pairs.set(key, pair);
    }
  }
  return pairs;
}

/** /stack with no options: the documented stacks and the general cautions. */
export function stackOverviewReply(knowledge: Knowledge, options: Opts = {}): MessagePayload {
  const refs = new SourceRefs(knowledge);
  const pairs = [...stackPairs(knowledge).values()];
  const fields: EmbedField[] = pairs.map(({ a, b, claims }) => ({
    name: `${a.name} + ${b.name}`,
    value: shorten(claims.map((c) => `• ${escapeMarkdown(c.statement)} — ${EVIDENCE_LABEL[c.evidence]} ${refs.ref(c.source)}`).join("\n"), 1024),
  }));
  const stacked = new Set(pairs.flatMap(({ a, b }) => [a, b]));
  const cautions = [...stacked].flatMap((c) =>
    c.claims.filter((x) => x.topic === "caution" || x.topic === "cycling").map((x) => `• ${escapeMarkdown(c.name)}: ${escapeMarkdown(x.statement)} ${refs.ref(x.source)}`),
  );
  fields.push({ name: "General cautions", value: shorten([...cautions, NOT_SAFE].join("\n"), 1024) });
  fields.push({ name: "Sources", value: refs.list() });
  const embed: Embed = {
    title: "Documented stacks",
    description: "The combinations the sources describe. `/stack compound:<name>` shows the quotes for one compound.",
    color: COLORS.info,
    fields,
  };
  return reply([embed], { ephemeral: options.ephemeral, more: "/stack compound:<name>" });
}

/** /stack compound: what the sources say to stack it with and why, with its cautions. */
export function stackForReply(knowledge: Knowledge, compound: Compound, options: Opts = {}): MessagePayload {
  const stacks = claimsOn(knowledge, compound, ["stack"]).map((on) => claimField(knowledge, on.claim, linkedStatement(on, "With")));
  const cautions = compound.claims.filter((c) => c.topic === "caution" || c.topic === "cycling").map((c) => claimField(knowledge, c, `Caution: ${c.statement}`));
  const embed: Embed = {
    title: `Stacking ${compound.name}`,
    description: stacks.length
      ? `What the sources say to take with ${escapeMarkdown(compound.name)}, and why. ${NOT_SAFE}`
      : `No source documents a stack with ${escapeMarkdown(compound.name)}. ${NOT_SAFE}`,
    color: COLORS.info,
    fields: [...stacks, ...cautions],
  };
  return reply([embed], { ephemeral: options.ephemeral, more: `/compound name:${compound.id} section:safety` });
}

/** /stack compound with: whether a source documents that pairing. */
export function stackPairReply(knowledge: Knowledge, a: Compound, b: Compound, options: Opts = {}): MessagePayload {
  const claims = claimsOn(knowledge, a, ["stack"]).filter(({ partner }) => partner === b);
  const embed: Embed = claims.length
    ? {
        title: `${a.name} + ${b.name}`,
        description: `A source documents this pairing. ${NOT_SAFE}`,
        color: COLORS.info,
        fields: claims.map(({ claim }) => claimField(knowledge, claim)),
      }
    : {
        title: `${a.name} + ${b.name}`,
        description: `No source documents taking ${escapeMarkdown(a.name)} with ${escapeMarkdown(b.name)}. That is not the same as safe: the sources say nothing either way, and nothing here should be read as approval.`,
        color: COLORS.warning,
      };
  return reply([embed], { ephemeral: options.ephemeral });
}

/** /stack goal: the compounds whose sources report that effect, strongest evidence first. */
export function stackGoalReply(knowledge: Knowledge, goal: Goal, only: Compound | undefined, options: Opts = {}): MessagePayload {
  const hits = knowledge.compounds
    .filter((c) => !only || c === only)
    .flatMap((c) => c.claims.filter((x) => x.topic === "effect" && x.goals?.includes(goal)).map((claim) => ({ c, claim })))
    .sort((x, y) => evidenceRank(x.claim.evidence) - evidenceRank(y.claim.evidence) || x.c.name.localeCompare(y.c.name));
  const scope = only ? ` for ${escapeMarkdown(only.name)}` : "";
  const embed: Embed = {
    title: `Reported for ${goal}${only ? `: ${only.name}` : ""}`,
    description: hits.length
      ? `Claims the sources make about ${goal}${scope}, strongest evidence first. A report is not a recommendation.`
      : `The sources report nothing about ${goal}${scope}.`,
    color: COLORS.info,
    fields: hits.map(({ c, claim }) => claimField(knowledge, claim, `${c.name}: ${claim.statement}`)),
  };
  return reply([embed], { ephemeral: options.ephemeral, more: `/stack goal:${goal} compound:<name>` });
}
