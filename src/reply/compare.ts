import type { Claim, Compound, Knowledge } from "../knowledge/schema.js";
import { claimsOn } from "../knowledge/lookup.js";
import { claimField, doseText, SourceRefs } from "./claims.js";
import { escapeMarkdown } from "./markdown.js";
import { evidenceTally } from "./evidence.js";
import { COLORS, reply, type Embed, type EmbedField, type MessagePayload } from "./payload.js";
import { shorten } from "./text.js";

const BLANK = "\u200b";
const ASPECT_LINES = 3;

type Aspect = { name: string; lines: (c: Compound, refs: SourceRefs) => string[]; empty: string };

const line = (statement: string, ref: string) => `• ${escapeMarkdown(statement)} ${ref}`;
const topicLines = (topics: Claim["topic"][]) => (c: Compound, refs: SourceRefs) =>
  c.claims.filter((x) => topics.includes(x.topic)).map((x) => line(x.statement, refs.ref(x.source)));

const ASPECTS: Aspect[] = [
  { name: "Class", lines: (c) => [escapeMarkdown(c.class)], empty: "" },
  { name: "Doses", lines: (c, refs) => c.doses.map((d) => `• ${doseText(d)}, ${escapeMarkdown(d.purpose)} ${refs.ref(d.source)}`), empty: "The sources give no dose." },
  { name: "Half-life & uptake", lines: topicLines(["pharmacokinetics"]), empty: "Not given by the sources." },
  { name: "Mechanisms", lines: topicLines(["mechanism"]), empty: "None described." },
  {
    name: "Evidence",
    lines: (c) => {
      const levels = c.claims.filter((x) => x.topic === "mechanism" || x.topic === "effect").map((x) => x.evidence);
      return levels.length ? [evidenceTally(levels)] : [];
    },
    empty: "No claims to weigh.",
  },
  { name: "Cautions", lines: topicLines(["caution", "side-effect"]), empty: "None named by the sources." },
];

function aspectValue(lines: string[], empty: string): string {
  if (lines.length === 0) return empty;
  const rest = lines.length - ASPECT_LINES;
  return shorten([...lines.slice(0, ASPECT_LINES), ...(rest > 0 ? [`…and ${rest} more`] : [])].join("\n"), 1024);
}


/** Two or three compounds side by side, then what the sources say comparing them directly. */
export function compareReply(knowledge: Knowledge, compounds: readonly Compound[], options: { ephemeral?: boolean } = {}): MessagePayload {
  const refs = new SourceRefs(knowledge);
  const fields: EmbedField[] = [];
  for (const aspect of ASPECTS) {
    for (const c of compounds) fields.push({ name: `${c.name} · ${aspect.name}`, value: aspectValue(aspect.lines(c, refs), aspect.empty), inline: true });
    if (compounds.length === 2) fields.push({ name: BLANK, value: BLANK, inline: true });
  }
  const names = compounds.map((c) => c.name);
  const side: Embed = {
    title: shorten(names.join(" vs "), 256),
    description: `Side by side, from the sources. Use /compound for the quotes behind each line.\n\n${refs.list()}`,
    color: COLORS.info,
    fields,
  };

  const direct: EmbedField[] = [];
  const silent: string[] = [];
  for (let i = 0; i < compounds.length; i++) {
    for (let j = i + 1; j < compounds.length; j++) {
      const [a, b] = [compounds[i]!, compounds[j]!];
      const claims = claimsOn(knowledge, a, ["comparison"]).filter(({ partner }) => partner === b).map(({ claim }) => claim);
      if (claims.length === 0) silent.push(`No source compares ${escapeMarkdown(a.name)} and ${escapeMarkdown(b.name)} directly.`);
      direct.push(...claims.map((c) => claimField(knowledge, c, `${a.name} / ${b.name}: ${c.statement}`)));
    }
  }
  const comparisons: Embed = {
    title: "What the sources say comparing them",
    description: silent.join("\n") || undefined,
    color: COLORS.info,
    fields: direct,
  };
  return reply([side, comparisons], { ephemeral: options.ephemeral, more: "compare two compounds at a time, or see /compound ... section:stacks" });
}
