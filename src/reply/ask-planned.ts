import { DEFAULT_BUDGET, planAnswer } from "../answer/plan.js";
import { requestFor } from "../answer/request.js";
import type { Plan } from "../answer/types.js";
import type { Claim, Compound, Knowledge } from "../knowledge/schema.js";
import type { ClaimTopic } from "../question/intent.js";
import type { Question } from "../question/understand.js";
import { answerEmbed } from "./answer.js";
import { TOPIC_SECTION } from "./compound/sections.js";
import { embedLength } from "./fit.js";
import type { Embed } from "./payload.js";
import { FIELD_OVERHEAD, MESSAGE_TEXT } from "./planned.js";
import { subjectLabel } from "./words.js";
import { t } from "../i18n/t.js";

/** /ask's answers about named compounds: each compound's plan (src/answer/), rendered within one message. */

export interface ClaimsAsked {
  compounds: readonly Compound[];
  question: Question;
  text: string;
  topics: readonly ClaimTopic[] | "overview";
  interactions: boolean;
  /** The claims closest to the question's other words ("noopept gaba", "placebo"): they lead. */
  hits: readonly { claim: Claim; compound: Compound }[];
  /** The answer shares its message with this many others: less room each. */
  sharedWith?: number;
  /** Sentences put before the answer (names not covered, the advice note). */
  lead?: readonly string[];
}

/** Room for the footer (in another language with the note on quotes) and the V2 card's headings. */
const RESERVE = 500;
/** The least of that: the footer alone. Beyond it the card would have to drop a field. */
const FOOTER = 250;

/** Where the rest of an answer on these subjects is: the card section of the first one. */
function moreCommand(knowledge: Knowledge, compound: Compound, subjects: readonly string[]): string {
  const subject = knowledge.subjects.find((s) => s.id === subjects[0]);
  const topic = subject?.topics[0];
  const section = topic ? TOPIC_SECTION[topic] : subject?.kind === "safety" ? "safety" : "overview";
  return `\`/compound name:${compound.id} section:${section}\``;
}

/** The claims on the subjects asked, planned with what comes with each, for each compound. */
export function plansFor(
  knowledge: Knowledge,
  asked: ClaimsAsked,
  scale = 1,
  /** Not even the first claim beyond the room: one that does not fit is counted, a smaller one may follow. */
  hard = false,
): { plan: Plan; leads: Claim[]; subjects: readonly string[] }[] {
  const { compounds, hits } = asked;
  const sharedWith = asked.sharedWith ?? 1;
  const matched = hits.filter((h) => compounds.includes(h.compound));
  const request0 = requestFor(knowledge, asked.question, asked.text, asked.topics, matched.length > 0);
  // One question alone: when nothing answers it, what the sources do say of the compound follows.
  const request = {
    ...request0,
    nearestWhenSilent: sharedWith === 1,
    ...(asked.interactions
      ? { subjects: ["interactions", ...request0.subjects.filter((s) => s !== "interactions")] }
      : {}),
  };
  const share = {
    blocks: Math.max(2, Math.floor(DEFAULT_BUDGET.blocks / compounds.length / sharedWith)),
    chars: Math.floor((DEFAULT_BUDGET.chars * scale) / compounds.length / sharedWith),
    strict: hard,
    fill: hard,
  };
  return compounds.map((compound) => {
    const leads = matched.filter((h) => h.compound === compound).map((h) => h.claim);
    const plan = planAnswer(knowledge, compound, { ...request, leads, budget: share });
    return { plan, leads, subjects: request.subjects };
  });
}

function render(knowledge: Knowledge, planned: ReturnType<typeof plansFor>): Embed[] {
  return planned.map(({ plan, leads, subjects }) => {
    const { compound } = plan;
    const labels = plan.subjects.map(subjectLabel).join(", ");
    return answerEmbed(knowledge, plan, {
      title:
        leads.length > 0
          ? t("answer.closest", { name: compound.name })
          : labels
            ? `${compound.name}: ${labels}`
            : compound.name,
      more: moreCommand(knowledge, compound, subjects),
    });
  });
}

const size = (embeds: readonly Embed[]) =>
  embeds.reduce((n, e) => n + embedLength(e) + (e.fields?.length ?? 0) * FIELD_OVERHEAD, 0);

/**
 * The answer's embeds, within the room of one message as a V2 card (4,000 characters; a message asking
 * several things shares it): where the planned claims come out longer, they are planned again with less
 * room, so whole claims are left out and counted rather than fields dropped to fit, companions with them.
 */
export function claimEmbeds(knowledge: Knowledge, asked: ClaimsAsked): Embed[] {
  const room = (MESSAGE_TEXT - RESERVE) / (asked.sharedWith ?? 1) - (asked.lead ?? []).join("\n").length;
  let scale = 1;
  let embeds = render(knowledge, plansFor(knowledge, asked, scale));
  for (let tries = 0; tries < 5 && size(embeds) > room; tries++) {
    scale *= Math.max(0.1, (room / size(embeds)) * 0.9);
    embeds = render(knowledge, plansFor(knowledge, asked, scale));
  }
  // Still too long: its first claim with what comes with it is larger than the room (a message asking
  // several things); it is left out and counted too, and a smaller one after it may still fit.
  const limit = (MESSAGE_TEXT - FOOTER) / (asked.sharedWith ?? 1) - (asked.lead ?? []).join("\n").length;
  if (size(embeds) > limit) embeds = render(knowledge, plansFor(knowledge, asked, scale, true));
  return embeds;
}
