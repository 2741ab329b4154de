import type { Claim, Compound, Disagreement, Dose, Subject } from "../knowledge/schema.js";
import type { Amount } from "../question/tokens.js";

/**
 * An answer, planned: what to show about one compound, in order, and what to say around it. Pure data, no
 * words of ours beyond the knowledge's: src/reply/ renders it (and may localise the sentences).
 */

/** Why a claim is shown: it answers the question, or it comes with one that does. */
export type Role =
  /** It answers a subject asked. */
  | "answer"
  /** A caveat, condition or counter-claim that qualifies a shown claim (its `qualifies`). */
  | "qualifier"
  /** The source's verdict on whether it works or is safe, shown with efficacy and safety answers. */
  | "verdict"
  /** Not an answer, but the nearest thing the sources say (a mention of the harm asked about). */
  | "nearest";

export type Block =
  | { kind: "claim"; claim: Claim; owner: Compound; role: Role }
  | { kind: "dose"; dose: Dose }
  /** Where the sources point different ways; the sides follow as claim blocks. */
  | { kind: "disagreement"; disagreement: Disagreement; sides: Claim[]; owner: Compound };

/** How an amount compares with one dose figure of the compound, in the figure's own context. */
/**
 * How an amount stands against one figure. `day`: the day's total (the amount times how often a day the
 * question says it is taken) was compared, for a figure per day, or as a second reading of a figure that does
 * not say whether it is per dose or per day; otherwise one dose was.
 */
export type FigureRelation =
  | { kind: "below"; dose: Dose; day?: true }
  | { kind: "within"; dose: Dose; day?: true }
  /** Above the figure's top: amount / max. */
  | { kind: "above"; dose: Dose; times: number; over: number; day?: true }
  /** The source gives only a lower bound ("more than 100 mg"): shown as it words it, never as a range. */
  | { kind: "open"; dose: Dose }
  /**
   * The amount is a day's total and the figure per dose, or one dose and the figure per day, and how often
   * it is taken is not said: where the answer would depend on it, the two are not set against each other.
   */
  | { kind: "unsplit"; dose: Dose; basis: "day" | "dose" };

export interface AmountFinding {
  amount: Amount;
  figures: FigureRelation[];
  /** Figures in another unit (a per-kilogram figure is never compared with an amount in mg). */
  otherUnits: Dose[];
}

/** Sentences the reply says around the claims, as data. */
export type Note =
  /** No claim of the compound answers the subject. Safety subjects add that no information is not safe. */
  | { kind: "silent"; subject: Subject }
  /** No source says whether the compound causes this harm; `nearest` claims mention it another way. */
  | { kind: "harm-unsaid"; harm: string; nearest: number }
  /** Nothing answers what was asked; what the sources do say of the compound follows as nearest mentions. */
  | { kind: "elsewhere" }
  /** With a safety answer: the safety subjects not asked that no claim answers (interactions, pregnancy ...). */
  | { kind: "safety-gaps"; subjects: Subject[] }
  /** No claim of the compound mentions this particular matter (children, pets, driving ...). */
  | { kind: "unmentioned"; label: string; id?: string; safety?: boolean }
  /** The side effects shown are the only ones the sources name. */
  | { kind: "only-side-effects"; count: number }
  /** No source names a side effect of the compound. */
  | { kind: "no-side-effect" }
  /** How far in time the sources go: the longest use reported, and the longest with a safety finding. */
  | { kind: "length"; longest: string; safety?: string }
  | { kind: "amount"; finding: AmountFinding }
  /** The sources give no dose figure to compare the amounts with. */
  | { kind: "no-figures"; amounts: Amount[] }
  /** Numbers asked without a unit: not compared with the figures, whose unit is given. */
  | { kind: "no-unit"; numbers: readonly string[]; units: readonly string[] };

export interface Plan {
  compound: Compound;
  subjects: Subject[];
  blocks: Block[];
  notes: Note[];
  /** Whole claims left out for room (never a companion of a shown one); the reply says "…and N more". */
  omitted: number;
}

export interface PlanRequest {
  /** Subject ids asked, most important first. */
  subjects: readonly string[];
  amounts?: readonly Amount[];
  /** Numbers asked without a unit ("is 900 too much?"): said to need one, never compared. */
  unitless?: readonly string[];
  /** Harms asked about as something the compound may cause ("headaches"): words to find in claims. */
  harms?: readonly string[];
  /** Claims found for the question's other words (full-text hits), shown first, each with its companions. */
  leads?: readonly Claim[];
  /** Particular matters asked about (children, driving): claims mentioning them are shown first. */
  particulars?: readonly { label: string; id?: string; mentioned: RegExp; safety?: boolean }[];
  /** A question asked of the compound: when nothing answers it, what the sources do say of it follows. */
  nearestWhenSilent?: boolean;
  budget?: Budget;
}

/**
 * Room: at most this many blocks and about this many characters (as `measure` counts a block: by default an
 * estimate of its statement and quote). Strict: even the first claim and its companions must fit, or it is
 * counted as left out.
 */
export interface Budget {
  blocks: number;
  chars: number;
  strict?: boolean;
  measure?: (block: Block) => number;
  /** A group that does not fit is left out alone, and a smaller one after it may still fit (a summary view). */
  fill?: boolean;
  /** At most this much room for the claims of one part of a view (a field of a card), by the leads' `part`. */
  partChars?: number;
}
