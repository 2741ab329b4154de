import type { Claim, Compound, Goal, Knowledge } from "../knowledge/schema.js";
import { claimsOn, compoundById } from "../knowledge/lookup.js";
import { claimsAnswering } from "../knowledge/subjects.js";
import { planAnswer } from "../answer/plan.js";
import type { PlanRequest } from "../answer/types.js";
import { answerEmbed } from "./answer.js";
import { embedLength } from "./fit.js";
import { LIMITS } from "./limits.js";
import { claimField, claimLine, SourceRefs } from "./claims.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, reply, type Embed, type EmbedField, type MessagePayload } from "./payload.js";
import { shorten } from "./text.js";
import {
  commandsFor,
  LIST_ROOM,
  listFields,
  listMoreField,
  MESSAGE_TEXT,
  moreField,
  plannedFields,
} from "./planned.js";
import { goalWord, listOf } from "./words.js";
import { goalHits } from "./goal-claims.js";
import { t } from "../i18n/t.js";

interface Opts {
  ephemeral?: boolean;
  /** The answer shares its message with this many others: less room each. */
  sharedWith?: number;
}

/** What the sources say about interactions of these compounds, computed from the data: "no information" is never "safe". */
function interactionsNote(knowledge: Knowledge, compounds: readonly Compound[]): string {
  const silent = compounds.filter((c) => claimsAnswering(knowledge, c, "interactions").length === 0);
  if (silent.length === compounds.length) return t("stack.noInfoAll");
  const names = listOf(silent.map((c) => escapeMarkdown(c.name)));
  return silent.length ? t("stack.noInfoOf", { names }) : "";
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

const cautionTopics = (c: Claim) => c.topic === "caution" || c.topic === "cycling";
const cautionLabel = (c: Claim, name: string) =>
  t(
    c.subjects?.includes("long-term-use")
      ? "stack.longTerm"
      : c.topic === "cycling"
        ? "stack.cycling"
        : "stack.caution",
    { name },
  );

/** /stack with no options: the documented stacks and the general cautions. */
export function stackOverviewReply(knowledge: Knowledge, options: Opts = {}): MessagePayload {
  const refs = new SourceRefs(knowledge);
  const pairs = [...stackPairs(knowledge).values()];
  const fields: EmbedField[] = pairs.map(({ a, b, claims }) => ({
    name: `${a.name} + ${b.name}`,
    value: shorten(claims.map((c) => claimLine(refs, c)).join("\n"), 1024),
  }));
  const stacked = [...new Set(pairs.flatMap(({ a, b }) => [a, b]))];
  const cautions = stacked.flatMap((c) =>
    c.claims
      .filter(cautionTopics)
      .map((x) => ({ compound: c, line: claimLine(refs, x, cautionLabel(x, c.name)) })),
  );
  const lines: string[] = [];
  const left: Compound[] = [];
  const command = (c: Compound) => `/stack compound:${c.id}`;
  // Room for "…and N more" naming a command for every stacked compound, at most.
  const room = LIMITS.fieldValue - 40 - commandsFor(stacked, command).length;
  for (const { compound, line } of cautions)
    if (left.length === 0 && [...lines, line].join("\n").length <= room) lines.push(line);
    else left.push(compound);
  if (left.length > 0)
    lines.push(
      t("stack.moreCautions", {
        n: left.length,
        commands: commandsFor(left, command),
      }),
    );
  fields.push({ name: t("stack.generalCautions"), value: lines.join("\n") || t("stack.noneNamed") });
  fields.push({ name: t("card.sources"), value: refs.list() });
  const embed: Embed = {
    title: t("stack.documentedTitle"),
    description: `${t("stack.documentedIntro")}\n${interactionsNote(knowledge, stacked)}`,
    color: COLORS.info,
    fields,
  };
  return reply([embed], { ephemeral: options.ephemeral, more: commandsFor(stacked, command) });
}

/** What the cautions of /stack compound: ask the planner: long-term use and tolerance, cycling advice first. */
export function stackCautions(compound: Compound): PlanRequest {
  return {
    subjects: ["long-term-use", "tolerance-dependence"],
    leads: compound.claims.filter((c) => c.topic === "cycling"),
  };
}

/** /stack compound: what the sources say to stack it with and why, with its cautions and both sides of each. */
export function stackForReply(knowledge: Knowledge, compound: Compound, options: Opts = {}): MessagePayload {
  const ons = claimsOn(knowledge, compound, ["stack"]);
  // Each stack claim with what comes with it (nefiracetam's side effects, named), within its share of the
  // message; whole claims left out for room and counted.
  const planned = plannedFields(
    knowledge,
    compound,
    ons.map((on) => ({ claim: on.claim, role: "answer" as const })),
    { chars: Math.floor((MESSAGE_TEXT - 1600) / (options.sharedWith ?? 1)), fields: 12, hard: true },
    (claim, owner) =>
      claim.topic === "stack"
        ? t("stack.withPartner", {
            partner: (owner === compound ? compoundById(knowledge, claim.with ?? "") : owner)?.name ?? "",
            statement: claim.statement,
          })
        : `${owner.name}: ${claim.statement}`,
  );
  const stacks = [
    ...planned.fields,
    ...moreField(planned, `\`/compound name:${compound.id} section:stacks\``),
  ];
  // Its cautions, planned: each with what comes with it, whole claims dropped for room and counted.
  const note = interactionsNote(knowledge, [compound]);
  const embed: Embed = {
    title: t("stack.stackingTitle", { name: compound.name }),
    description: `${t(stacks.length ? "stack.stackingIntro" : "stack.noStack", { name: escapeMarkdown(compound.name) })} ${note}`,
    color: COLORS.info,
    fields: stacks,
  };
  // Its cautions in the room left, planned: cycling advice first, each claim with what comes with it,
  // whole claims left out for room and counted.
  const plan = planAnswer(knowledge, compound, {
    ...stackCautions(compound),
    budget: {
      blocks: 10,
      chars: Math.max(0, Math.floor((MESSAGE_TEXT - embedLength(embed) - 1200) / (options.sharedWith ?? 1))),
      strict: true,
    },
  });
  const cautions = answerEmbed(knowledge, plan, {
    title: t("stack.cautionsTitle", { name: compound.name }),
    more: `\`/compound name:${compound.id} section:safety\``,
  });
  return reply([embed, cautions], {
    ephemeral: options.ephemeral,
    more: `/compound name:${compound.id} section:safety`,
  });
}

/** /stack compound with: whether a source documents that pairing. */
export function stackPairReply(
  knowledge: Knowledge,
  a: Compound,
  b: Compound,
  options: Opts = {},
): MessagePayload {
  const claims = claimsOn(knowledge, a, ["stack"]).filter(({ partner }) => partner === b);
  const embed: Embed = claims.length
    ? {
        title: `${a.name} + ${b.name}`,
        description: `${t("stack.pairDocumented")} ${interactionsNote(knowledge, [a, b])}`,
        color: COLORS.info,
        fields: claims.map(({ claim }) => claimField(knowledge, claim)),
      }
    : {
        title: `${a.name} + ${b.name}`,
        description: t("stack.pairNone", { a: escapeMarkdown(a.name), b: escapeMarkdown(b.name) }),
        color: COLORS.warning,
      };
  return reply([embed], { ephemeral: options.ephemeral });
}

/** /stack goal: the compounds whose sources report that effect, strongest evidence first. */
export function stackGoalReply(
  knowledge: Knowledge,
  goal: Goal,
  only: Compound | undefined,
  options: Opts = {},
): MessagePayload {
  // No more claims than a message has fields: the rest is what /stack goal compound: shows.
  const hits = goalHits(knowledge, goal, only).slice(0, LIMITS.fields);
  const words = { goal: goalWord(goal), name: only ? escapeMarkdown(only.name) : undefined };
  // Each claim with what comes with it, each compound's verdict on whether it works before its first.
  const items = hits.map(({ c, claim }) => ({ claim, compound: c }));
  const planned = listFields(knowledge, items, LIST_ROOM, ["efficacy"]);
  const command = (c: Compound) => `/stack goal:${goal} compound:${c.id}`;
  const embed: Embed = {
    title: only ? t("ask.goalTitleFor", { ...words, name: only.name }) : t("ask.goalTitle", words),
    description: hits.length
      ? t(only ? "ask.goalClaimsFor" : "ask.goalClaims", words)
      : t(only ? "ask.goalNothingFor" : "ask.goalNothing", words),
    color: COLORS.info,
    fields: [...planned.fields, ...listMoreField(planned, items, command)],
  };
  const more = commandsFor(
    items.map((i) => i.compound),
    command,
  );
  return reply([embed], { ephemeral: options.ephemeral, ...(more ? { more } : {}) });
}
