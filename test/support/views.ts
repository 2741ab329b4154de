import { claimsOn } from "../../src/knowledge/lookup.js";
import type { Claim, Compound, Knowledge, Topic } from "../../src/knowledge/schema.js";
import { claimsAnswering } from "../../src/knowledge/subjects.js";
import { topicsIn, type Section } from "../../src/reply/compound/sections.js";
import { isShown } from "./matrix.js";

/**
 * What the card views and /compare must carry, for the views half of the answers matrix: which claims a
 * view is about (so a cut list must say "…and N more"), and which verdicts come with it.
 */

export interface View {
  label: string;
  text: string;
  /** The compounds the view is about. */
  compounds: Compound[];
  /** The claims the view answers with: each is shown, or the view says "…and N more". */
  about: Claim[];
  /** Verdict subjects it carries ("efficacy", "safety"). */
  verdicts: string[];
}

const OVERVIEW_TOPICS: Topic[] = ["effect", "mechanism", "side-effect", "caution", "evidence"];
/** What each /compare column is about: the topics its lines quote. */
export const COMPARE_TOPICS: Topic[] = ["pharmacokinetics", "mechanism", "caution", "side-effect"];

export function aboutSection(knowledge: Knowledge, compound: Compound, section: Section): Claim[] {
  if (section === "overview") return compound.claims.filter((c) => OVERVIEW_TOPICS.includes(c.topic));
  const claims = claimsOn(knowledge, compound, topicsIn(section)).map((on) => on.claim);
  if (section === "safety")
    for (const s of ["long-term-use", "interactions", "pregnancy"])
      claims.push(...claimsAnswering(knowledge, compound, s));
  return [...new Set(claims)];
}

export function verdictsOf(section: Section): string[] {
  switch (section) {
    case "overview":
      return ["efficacy", "safety"];
    case "safety":
      return ["safety"];
    case "effects":
    case "evidence":
      return ["efficacy"];
    default:
      return [];
  }
}

/** (d) for a view: every claim it is about is shown, or it says how many more there are and where. */
export function viewCuts(view: View): string[] {
  const out: string[] = [];
  if (/\nNot shown\n/.test(`\n${view.text}\n`)) out.push("a field was dropped to fit (Not shown)");
  const missing = view.about.filter((c) => !isShown(view.text, c));
  if (missing.length > 0 && !/…and \d+ more/.test(view.text))
    out.push(`${missing.length} of ${view.about.length} claims left out with no "…and N more"`);
  return out;
}

/** (f) for a view: the verdict claims on the subjects it carries are shown. */
export function viewVerdicts(knowledge: Knowledge, view: View): string[] {
  return view.compounds.flatMap((compound) =>
    [...new Set(view.verdicts.flatMap((s) => claimsAnswering(knowledge, compound, s)))]
      .filter((c) => c.verdict && !isShown(view.text, c))
      .map((c) => `${compound.id}: verdict "${c.statement.slice(0, 60)}" missing`),
  );
}
