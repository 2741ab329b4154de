import { claimsOn } from "../knowledge/lookup.js";
import type { Claim, Compound, Knowledge } from "../knowledge/schema.js";
import { claimField, claimLine, doseLine, SourceRefs } from "./claims.js";
import { disagreementField, disagreementsTouching, disputedMark } from "./disagreements.js";
import { evidenceTally } from "./evidence.js";
import { LIMITS } from "./limits.js";
import { escapeMarkdown } from "./markdown.js";
import { COLORS, reply, type Embed, type EmbedField, type MessagePayload } from "./payload.js";
import { shorten } from "./text.js";

const BLANK = "\u200b";

type Aspect = { name: string; lines: (c: Compound, refs: SourceRefs) => string[]; empty: string };

const topicLines = (topics: Claim["topic"][]) => (c: Compound, refs: SourceRefs) =>
  c.claims.filter((x) => topics.includes(x.topic)).map((x) => `${claimLine(refs, x)}${disputedMark(c, x)}`);

const ASPECTS: Aspect[] = [
  { name: "Class", lines: (c) => [escapeMarkdown(c.class)], empty: "" },
  {
    name: "Doses",
    lines: (c, refs) => c.doses.map((d) => doseLine(refs, d)),
    empty: "The sources give no dose.",
  },
  {
    name: "Half-life and uptake",
    lines: topicLines(["pharmacokinetics"]),
    empty: "Not given by the sources.",
  },
  { name: "Mechanisms", lines: topicLines(["mechanism"]), empty: "None described." },
  {
    name: "Evidence",
    lines: (c) => {
      const levels = c.claims
        .filter((x) => x.topic === "mechanism" || x.topic === "effect")
        .map((x) => x.evidence);
      return levels.length ? [evidenceTally(levels)] : [];
    },
    empty: "No claims to weigh.",
  },
  { name: "Cautions", lines: topicLines(["caution", "side-effect"]), empty: "None named by the sources." },
];

/** Whole lines only, so no statement loses its hedge to a cut; then how many more there are. */
function aspectValue(lines: string[], empty: string, max: number): string {
  if (lines.length === 0) return empty;
  const shown: string[] = [];
  for (const line of lines.slice(0, max))
    if ([...shown, line].join("\n").length <= LIMITS.fieldValue - 40) shown.push(line);
  const rest = lines.length - shown.length;
  return shorten(
    [...shown, ...(rest > 0 ? [`…and ${rest} more in /compound`] : [])].join("\n"),
    LIMITS.fieldValue,
  );
}

/** Two or three compounds side by side, then what the sources say comparing them directly. */
export function compareReply(
  knowledge: Knowledge,
  compounds: readonly Compound[],
  options: { ephemeral?: boolean } = {},
): MessagePayload {
  const refs = new SourceRefs(knowledge);
  const perAspect = compounds.length === 2 ? 2 : 1;
  const fields: EmbedField[] = [];
  for (const aspect of ASPECTS) {
    for (const c of compounds)
      fields.push({
        name: `${c.name}: ${aspect.name.toLowerCase()}`,
        value: aspectValue(aspect.lines(c, refs), aspect.empty, perAspect),
        inline: true,
      });
    if (compounds.length === 2) fields.push({ name: BLANK, value: BLANK, inline: true });
  }
  const names = compounds.map((c) => c.name);
  const side: Embed = {
    title: shorten(names.join(" vs "), 256),
    description: `Side by side, from the sources; every line with its evidence and source. /compound has the quotes.\n\n${refs.list()}`,
    color: COLORS.info,
    fields,
  };

  const direct: EmbedField[] = [];
  const silent: string[] = [];
  for (let i = 0; i < compounds.length; i++) {
    for (let j = i + 1; j < compounds.length; j++) {
      const [a, b] = [compounds[i]!, compounds[j]!];
      const claims = claimsOn(knowledge, a, ["comparison"]).filter(({ partner }) => partner === b);
      if (claims.length === 0)
        silent.push(`No source compares ${escapeMarkdown(a.name)} and ${escapeMarkdown(b.name)} directly.`);
      direct.push(...claims.map(({ claim }) => claimField(knowledge, claim)));
      for (const owner of new Set(claims.map((on) => on.owner))) {
        direct.push(
          ...disagreementsTouching(
            owner,
            claims.map((on) => on.claim),
          ).map((d) => disagreementField(knowledge, owner, d)),
        );
      }
    }
  }
  const comparisons: Embed = {
    title: "What the sources say comparing them",
    description: silent.join("\n") || undefined,
    color: COLORS.info,
    fields: direct,
  };
  const more =
    compounds.length > 2
      ? "compare two compounds at a time"
      : `/compound name:${compounds[0]?.id ?? ""} section:stacks shows every comparison with its quote`;
  return reply([side, comparisons], { ephemeral: options.ephemeral, more });
}
