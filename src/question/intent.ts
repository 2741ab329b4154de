import type { Compound } from "../knowledge/schema.js";
import type { CompoundClass } from "../knowledge/vocabulary-data.js";
import type { Mention } from "./names.js";
import type { Question } from "./understand.js";
import { QUESTION_TOPICS, type QuestionGoal, type QuestionTopic } from "./vocabulary.js";

/** The topics a compound's claims are shown for, most specific first ("effect" is the loosest signal). */
export type ClaimTopic = Exclude<QuestionTopic, "interaction" | "comparison" | "stack">;
const NOT_CLAIMS: readonly QuestionTopic[] = ["interaction", "comparison", "stack"];
/** The question topics in their order (most specific first), less those that are not a kind of claim. */
const SPECIFIC: readonly ClaimTopic[] = QUESTION_TOPICS.filter(
  (t): t is ClaimTopic => !NOT_CLAIMS.includes(t),
);
/** At most this many topics are answered at once, so that each gets room. */
const MAX_TOPICS = 2;
const MAX_COMPOUNDS = 3;

/** What answering a question means, decided from what it names and asks; rendering is src/reply/ask.ts. */
export type Intent =
  /**
   * Two things named and "with", "mix", "safe with", "stack": what the sources document about the pair, and
   * the claims of `topics` for the first ("how much choline should I take with noopept": its dose).
   */
  | {
      kind: "pair";
      first: Compound;
      partners: Mention[];
      asks: "interaction" | "stack";
      topics: ClaimTopic[];
      /** Whether it asks if they are safe together ("any side effects", "ok with"), not only a side's dose. */
      safety: boolean;
    }
  /** "What to stack X with". */
  | { kind: "stack-for"; compound: Compound }
  | { kind: "compare"; compounds: Compound[] }
  /** "X vs Y for Z": Z (a goal or topics) answered for each side. */
  | { kind: "compare-for"; compounds: Compound[]; topics: ClaimTopic[]; goal?: QuestionGoal }
  /** A goal, optionally for one compound. */
  | { kind: "goal"; goal: QuestionGoal; compound?: Compound }
  /** The claims of these topics for each compound ("overview" when the question names no topic). */
  | { kind: "claims"; compounds: Compound[]; topics: ClaimTopic[] | "overview"; interactions: boolean }
  /** A class named and no compound ("which racetam works fastest"): each member answered from its own claims. */
  | {
      kind: "class";
      cls: CompoundClass;
      members: readonly Compound[];
      topics: ClaimTopic[];
      goal?: QuestionGoal;
    }
  /** Names only of things we do not cover. */
  | { kind: "not-covered" }
  /** Nothing named: search the knowledge for these words. */
  | { kind: "search"; words: string[] }
  | { kind: "empty" };

export interface Answerable {
  intent: Intent;
  /** Named things the answer must say it does not cover (never answered as something else). */
  uncovered: Mention[];
}

function coveredOf(mentions: readonly Mention[]): Compound[] {
  return mentions.flatMap((m) => (m.named.kind === "covered" ? [m.named.compound] : []));
}

/** Decides what to answer. Pure; the order of the rules is the order of precedence. */
export function intentOf(question: Question): Answerable {
  const { mentions, topics, goals } = question;
  const covered = coveredOf(mentions).slice(0, MAX_COMPOUNDS);
  const uncovered = mentions.filter((m) => m.named.kind !== "covered");
  const has = (t: QuestionTopic) => topics.includes(t);
  const answer = (intent: Intent): Answerable => ({ intent, uncovered });

  if (covered.length === 0) {
    const named = question.classes[0];
    if (named && !uncovered.some((m) => m.named.kind === "not-covered"))
      return answer({
        kind: "class",
        cls: named.cls,
        members: named.members,
        topics: SPECIFIC.filter((t) => has(t) && t !== "effect").slice(0, MAX_TOPICS),
        ...(goals[0] ? { goal: goals[0] } : {}),
      });
    if (uncovered.length > 0) return answer({ kind: "not-covered" });
    if (goals[0]) return answer({ kind: "goal", goal: goals[0] });
    return answer(question.rest.length > 0 ? { kind: "search", words: question.rest } : { kind: "empty" });
  }

  const first = covered[0]!;
  const firstMention = mentions.find((m) => m.named.kind === "covered")!;
  const partners = mentions.filter((m) => m !== firstMention).slice(0, MAX_COMPOUNDS - 1);
  const specific = SPECIFIC.filter((t) => has(t) && t !== "effect");
  const pairing =
    has("interaction") ||
    has("stack") ||
    (!has("comparison") &&
      (partners.some((m) => m.named.kind === "other") ||
        (specific.every((t) => t === "safety") &&
          (question.joined || partners.some((m) => m.named.kind !== "covered")))));
  if (partners.length > 0 && pairing) {
    const asks = has("stack") && !has("interaction") && !has("safety") ? "stack" : "interaction";
    // What the pairing answers itself (whether it is safe together) is not asked of one side again.
    const topics = specific.filter((t) => t !== "safety").slice(0, MAX_TOPICS);
    const safety = has("safety") || (asks === "interaction" && topics.length === 0);
    return {
      intent: { kind: "pair", first, partners, asks, topics, safety },
      uncovered: uncovered.filter((m) => !partners.includes(m)),
    };
  }
  if (covered.length >= 2 && (has("comparison") || !SPECIFIC.some(has))) {
    const purpose = specific.filter((t) => t !== "history").slice(0, MAX_TOPICS);
    // "which is stronger": the claims that say so answer it, side by side, rather than a fixed card.
    if (goals[0] || purpose.length > 0 || question.purposes.length > 0)
      return answer({
        kind: "compare-for",
        compounds: covered,
        topics: purpose,
        ...(goals[0] ? { goal: goals[0] } : {}),
      });
    return answer({ kind: "compare", compounds: covered });
  }
  if (has("stack") && !has("interaction")) return answer({ kind: "stack-for", compound: first });

  // An amount asked ("150mg for depression") is compared with the figures, each in its context, not dropped.
  if (goals[0] && specific.length === 0 && question.amounts.length === 0)
    return answer({ kind: "goal", goal: goals[0], compound: first });
  const claimTopics =
    specific.length > 0 ? specific.slice(0, MAX_TOPICS) : has("effect") ? (["effect"] as ClaimTopic[]) : [];
  if (question.amounts.length > 0 && !claimTopics.includes("dose")) claimTopics.unshift("dose");
  return answer({
    kind: "claims",
    compounds: covered,
    topics: claimTopics.length > 0 ? claimTopics.slice(0, MAX_TOPICS) : "overview",
    interactions: has("interaction"),
  });
}
