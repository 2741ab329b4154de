import { fitGroups, type Lead } from "../answer/budget.js";
import { verdictsOn } from "../answer/companions.js";
import type { Block } from "../answer/types.js";
import { t } from "../i18n/t.js";
import { claimsOn } from "../knowledge/lookup.js";
import type { Claim, Compound, Knowledge, Topic } from "../knowledge/schema.js";
import { doseLine, SourceRefs } from "./claims.js";
import { SECTION_LABEL, type Section } from "./compound/sections.js";
import { evidenceTally } from "./evidence.js";
import { embedLength } from "./fit.js";
import { LIMITS } from "./limits.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, reply, type Embed, type EmbedField, type MessagePayload } from "./payload.js";
import { blockLine, MESSAGE_TEXT, omittedCount, plannedFields } from "./planned.js";
import { shorten } from "./text.js";

/**
 * Two or three compounds side by side, then what the sources say comparing them directly. Every claim in a
 * column comes with what always comes with it (caveats, every side of its disagreements, the verdict); a
 * column says how many more there are and where, and no field is dropped to fit.
 */

const BLANK = "\u200b";
const description = () => t("compare.description");
/** Room for the footers (in another language with the note on quotes) and the list of sources. */
const RESERVE = 1100;
/** The direct comparisons may take up to this much of the message. */
const DIRECT_ROOM = 1300;

interface Aspect {
  name: string;
  topics: readonly Topic[];
  section: Section;
  /** The catalogue's word for an empty column (compare.empty.<key>). */
  empty: "noClaims" | "noneNamed" | "noneDescribed" | "notGiven";
}

/** The columns whose lines are claims, in the order their room is filled. */
const ASPECTS: Aspect[] = [
  { name: "Evidence", topics: [], section: "evidence", empty: "noClaims" },
  {
    name: "Cautions",
    topics: ["side-effect", "caution"],
    section: "safety",
    empty: "noneNamed",
  },
  { name: "Mechanisms", topics: ["mechanism"], section: "mechanisms", empty: "noneDescribed" },
  {
    name: "Half-life and uptake",
    topics: ["pharmacokinetics"],
    section: "dosing",
    empty: "notGiven",
  },
];
const COLUMN_ORDER = ["Class", "Doses", "Half-life and uptake", "Mechanisms", "Evidence", "Cautions"];
/** Each column's name in the catalogue (compare.columns.<key>). */
const COLUMN_KEY: Readonly<
  Record<string, "class" | "doses" | "halfLife" | "mechanisms" | "evidence" | "cautions">
> = {
  Class: "class",
  Doses: "doses",
  "Half-life and uptake": "halfLife",
  Mechanisms: "mechanisms",
  Evidence: "evidence",
  Cautions: "cautions",
};

function moreLine(compound: Compound, n: number, section: Section): string {
  return t("planned.moreIn", { n, id: compound.id, section: SECTION_LABEL[section] });
}

/** Leads taken in turn from each column, so that every column gets its first claim before any its second. */
function interleave(columns: Lead[][]): Lead[] {
  const out: Lead[] = [];
  for (let i = 0; columns.some((c) => i < c.length); i++)
    for (const column of columns) {
      const lead = column[i];
      if (lead) out.push(lead);
    }
  return out;
}

/** One compound's columns that are not claims: its class and its dose figures. */
function fixedColumns(compound: Compound, refs: SourceRefs): Map<string, string> {
  const values = new Map<string, string>();
  values.set("Class", escapeMarkdown(compound.class));
  const doses = compound.doses.map((d) => doseLine(refs, d));
  values.set(
    "Doses",
    doses.length === 0
      ? t("compare.noDose")
      : [
          ...doses.slice(0, 2),
          ...(doses.length > 2 ? [moreLine(compound, doses.length - 2, "dosing")] : []),
        ].join("\n"),
  );
  return values;
}

/** One compound's claim columns: each a field value, its claims planned with their companions within `room`. */
function claimColumns(
  knowledge: Knowledge,
  compound: Compound,
  refs: SourceRefs,
  room: number,
  values: Map<string, string>,
): void {
  const of = (topics: readonly Topic[]) => compound.claims.filter((c) => topics.includes(c.topic));
  const verdicts = verdictsOn(knowledge, compound, ["efficacy", "safety"]);
  const leads = interleave(
    ASPECTS.map((a) =>
      (a.name === "Evidence" ? verdicts : of(a.topics)).map((claim: Claim) => ({
        claim,
        role: a.name === "Evidence" ? ("verdict" as const) : ("answer" as const),
        part: a.name,
      })),
    ),
  );
  // Lines are measured with a scratch numbering; the real one follows the order they are shown in.
  const scratch = new SourceRefs(knowledge);
  const measure = (b: Block) => blockLine(scratch, b).length + 1;
  const partChars = LIMITS.fieldValue - 80;
  const fitted = fitGroups(knowledge, compound, leads, { chars: room, blocks: 60, measure, partChars });
  const basis = of(["mechanism", "effect"]).map((c) => c.evidence);
  for (const aspect of ASPECTS) {
    const lines = fitted.groups
      .filter((g) => g.lead.part === aspect.name)
      .flatMap((g) => g.blocks.map((b) => blockLine(refs, b)));
    if (aspect.name === "Evidence" && basis.length > 0) lines.unshift(evidenceTally(basis));
    const n = fitted.omitted.get(aspect.name) ?? 0;
    if (n > 0) lines.push(moreLine(compound, n, aspect.section));
    values.set(
      aspect.name,
      shorten(lines.join("\n") || t(`compare.empty.${aspect.empty}`), LIMITS.fieldValue),
    );
  }
}

/** What the sources say comparing each pair directly, each claim with its companions, within the room. */
function direct(knowledge: Knowledge, compounds: readonly Compound[]): Embed {
  const leads: Lead[] = [];
  const silent: string[] = [];
  for (let i = 0; i < compounds.length; i++)
    for (let j = i + 1; j < compounds.length; j++) {
      const [a, b] = [compounds[i]!, compounds[j]!];
      const claims = claimsOn(knowledge, a, ["comparison"]).filter(({ partner }) => partner === b);
      if (claims.length === 0)
        silent.push(t("compare.noDirect", { a: escapeMarkdown(a.name), b: escapeMarkdown(b.name) }));
      leads.push(...claims.map(({ claim }) => ({ claim, role: "answer" as const })));
    }
  const first = compounds[0]!;
  // Filled: a comparison too long for the room with every side it carries is left out (and counted), and the
  // shorter ones after it still shown.
  const planned = plannedFields(knowledge, first, leads, { chars: DIRECT_ROOM, fields: 9, hard: true });
  const n = omittedCount(planned);
  const fields: EmbedField[] = [
    ...planned.fields,
    ...(n > 0
      ? [{ name: t("planned.moreName", { n }), value: `/compound name:${first.id} section:stacks` }]
      : []),
  ];
  return {
    title: t("compare.directTitle"),
    description: silent.join("\n") || undefined,
    color: COLORS.info,
    fields,
  };
}

/** Two or three compounds side by side, then what the sources say comparing them directly. */
export function compareReply(
  knowledge: Knowledge,
  compounds: readonly Compound[],
  options: { ephemeral?: boolean } = {},
): MessagePayload {
  const comparisons = direct(knowledge, compounds);
  const refs = new SourceRefs(knowledge);
  const title = shorten(compounds.map((c) => c.name).join(" vs "), LIMITS.title);
  const values = compounds.map((c) => fixedColumns(c, refs));
  // What is left of the message after the comparisons, the fixed columns, the names and the sources list.
  const fixed = values.reduce((n, v) => n + [...v.values()].reduce((m, x) => m + x.length, 0), 0);
  const names = COLUMN_ORDER.length * compounds.reduce((n, c) => n + c.name.length + 20, 2);
  const left =
    MESSAGE_TEXT - embedLength(comparisons) - title.length - description().length - fixed - names - RESERVE;
  const room = Math.max(0, Math.floor(left / compounds.length));
  compounds.forEach((c, i) => claimColumns(knowledge, c, refs, room, values[i]!));
  const fields: EmbedField[] = [];
  for (const column of COLUMN_ORDER) {
    compounds.forEach((c, i) =>
      fields.push({
        name: `${c.name}: ${t(`compare.columns.${COLUMN_KEY[column]!}`)}`,
        value: values[i]!.get(column)!,
        inline: true,
      }),
    );
    if (compounds.length === 2) fields.push({ name: BLANK, value: BLANK, inline: true });
  }
  const side: Embed = {
    title,
    description: `${description()}\n\n${refs.list()}`,
    color: COLORS.info,
    fields,
  };
  const more =
    compounds.length > 2
      ? t("compare.twoAtATime")
      : t("compare.everyComparison", { command: `/compound name:${compounds[0]?.id ?? ""} section:stacks` });
  return reply([side, comparisons], { ephemeral: options.ephemeral, more });
}
