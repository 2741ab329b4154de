import { fitGroups, group, type Group, type Lead } from "../../answer/budget.js";
import { verdictsOn } from "../../answer/companions.js";
import { silenceNotes } from "../../answer/silence.js";
import type { Block } from "../../answer/types.js";
import { t } from "../../i18n/t.js";
import { quoteText } from "../../knowledge/quotes.js";
import { claimsOn } from "../../knowledge/lookup.js";
import { subjectById } from "../../knowledge/subjects.js";
import {
  EVIDENCE_LEVELS,
  type Claim,
  type Compound,
  type Knowledge,
  type Topic,
} from "../../knowledge/schema.js";
import { doseLine, SourceRefs } from "../claims.js";
import { DIFFER } from "../disagreements.js";
import { EVIDENCE_LABEL, evidenceRank, evidenceTally } from "../evidence.js";
import { LIMITS } from "../limits.js";
import { escapeMarkdown } from "../markdown.js";
import { COLORS, type Embed, type EmbedField } from "../payload.js";
import { blockLine, cardNote } from "../planned.js";
import { silenceSentence } from "./content.js";
import { SECTION_LABEL, TOPIC_SECTION, type Section } from "./sections.js";

/**
 * The overview is read in a few seconds: about 3,500 characters in all (a claim brings its caveats and other side), the detail one press away. Every claim on it comes with what always comes with it (the caveats that qualify it, every side of
 * its disagreements), the verdicts on whether it works and is safe lead, and a part that leaves claims out
 * says how many and which section has them.
 */
export const OVERVIEW_BUDGET = 3500;
/** The parts' headings and their "…and N more" lines, and a line of the sources list. */
const HEADINGS = 450;
const SOURCE_LINE = 80;

type PartId = "dose" | "evidence" | "mechanism" | "effects" | "safety";

interface PartSpec {
  id: PartId;
  section: Section;
  claims: Claim[];
  role?: "verdict";
}

const strongestFirst = (a: Claim, b: Claim) => evidenceRank(a.evidence) - evidenceRank(b.evidence);
const of = (compound: Compound, topics: readonly Topic[]) =>
  compound.claims.filter((c) => topics.includes(c.topic));

function evidenceSummary(compound: Compound): string {
  const basis = of(compound, ["mechanism", "effect"]).map((c) => c.evidence);
  if (basis.length === 0) return "";
  const strongest = EVIDENCE_LEVELS.find((level) => basis.includes(level));
  const human = strongest !== undefined && evidenceRank(strongest) <= evidenceRank("human-observation");
  const verdict =
    strongest === "none-given"
      ? ` ${t("card.noEvidence")}`
      : human || strongest === undefined
        ? ""
        : ` ${t("card.noHuman", { level: EVIDENCE_LABEL[strongest] })}`;
  return `${t("card.basis", { tally: evidenceTally(basis, "short") })}${verdict}`;
}

/** A line of the overview; a mechanism answering the card is quoted, so the card shows how it is said to work. */
function line(refs: SourceRefs, block: Block): string {
  const text = blockLine(refs, block);
  if (block.kind !== "claim" || block.claim.topic !== "mechanism" || block.role !== "answer") return text;
  return `${text}\n> “${escapeMarkdown(quoteText(block.claim.quote))}”`;
}

/** Leads taken in turn from each part, so that every part gets its first claim before any its second. */
function interleave(parts: readonly PartSpec[]): Lead[] {
  const out: Lead[] = [];
  const longest = Math.max(0, ...parts.map((p) => p.claims.length));
  for (let i = 0; i < longest; i++)
    for (const p of parts) {
      const claim = p.claims[i];
      if (claim) out.push({ claim, role: p.role ?? "answer", part: p.id });
    }
  return out;
}

function plan(knowledge: Knowledge, compound: Compound, room: number, order: SourceRefs) {
  const verdicts = verdictsOn(knowledge, compound, ["efficacy", "safety"]);
  const measure = (b: Block) => line(order, b).length + 1;
  const size = (c: Claim) => group(knowledge, compound, c, "answer").reduce((n, b) => n + measure(b), 0);
  // The mechanism the card quotes is the one that comes with the fewest words of its own caveats.
  const mechanisms = of(compound, ["mechanism"])
    .map((c) => ({ c, n: size(c) }))
    .sort((a, b) => a.n - b.n)
    .map(({ c }) => c);
  const specs: PartSpec[] = [
    { id: "evidence", section: "evidence", claims: verdicts, role: "verdict" },
    { id: "mechanism", section: "mechanisms", claims: mechanisms },
    { id: "effects", section: "effects", claims: of(compound, ["effect"]).sort(strongestFirst) },
    {
      id: "safety",
      section: "safety",
      claims: [...of(compound, ["side-effect"]), ...of(compound, ["caution"])],
    },
    { id: "dose", section: "dosing", claims: of(compound, ["dose", "pharmacokinetics", "cycling"]) },
    { id: "evidence", section: "evidence", claims: of(compound, ["evidence"]) },
  ];
  // The verdicts first, then a claim of each part in turn.
  const leads = [...interleave(specs.slice(0, 1)), ...interleave(specs.slice(1))];
  const fitted = fitGroups(knowledge, compound, leads, {
    chars: room,
    blocks: 60,
    measure,
    fill: true,
    partChars: LIMITS.fieldValue - 120,
  });
  return { fitted, specs };
}

/** The card: a short summary of what the sources say, every line with its evidence and source reference. */
export function overviewEmbed(knowledge: Knowledge, compound: Compound): Embed {
  const refs = new SourceRefs(knowledge);
  const order = new SourceRefs(knowledge);
  const name = escapeMarkdown(compound.name);

  const doseLines = compound.doses.slice(0, 2).map((d) => doseLine(order, d));
  // With two figures from different sources, the second carries the flag, so the two are never shown without it.
  if (doseLines.length > 1 && compound.doses[0]!.source !== compound.doses[1]!.source)
    doseLines[1] += `\n${DIFFER} ${t("card.figuresDiffer")}`;
  const summary = evidenceSummary(compound);
  const partners = new Map<string, number>();
  for (const on of claimsOn(knowledge, compound, ["stack"]))
    partners.set(on.partner?.name ?? "", (partners.get(on.partner?.name ?? "") ?? 0) + 1);
  const stacks = [...partners].map(([partner, n]) =>
    t("card.withPartner", {
      partner: escapeMarkdown(partner),
      claims: n === 1 ? t("card.oneClaim") : t("card.nClaims", { n }),
      section: SECTION_LABEL.stacks,
    }),
  );
  const sideEffects = silenceNotes(
    knowledge,
    compound,
    [subjectById(knowledge, "side-effects")!].filter(Boolean),
  )
    .filter((n) => n.kind === "no-side-effect" || n.kind === "only-side-effects")
    .flatMap((n) => cardNote(compound, n) ?? []);
  const silence = silenceSentence(knowledge, compound);

  const aka = compound.aliases.length
    ? `\n**${t("card.aka")}** ${escapeMarkdown(compound.aliases.join(", "))}`
    : "";
  const description = `${escapeMarkdown(compound.summary)}\n**${t("card.cls")}** ${escapeMarkdown(compound.class)}${aka}`;
  // Besides the claims: the fixed lines, the headings and the sources list (at most every source once).
  const fixed =
    compound.name.length +
    description.length +
    [...doseLines, summary, ...stacks, ...sideEffects, silence].join("\n").length +
    HEADINGS +
    compound.disagreements.reduce((n, d) => n + d.about.length + 30, 0) +
    new Set([...compound.doses, ...compound.claims].map((c) => c.source)).size * SOURCE_LINE;
  const { fitted, specs } = plan(knowledge, compound, OVERVIEW_BUDGET - fixed, order);

  const partLines = (id: PartId) =>
    fitted.groups
      .filter((g: Group) => g.lead.part === id)
      .flatMap((g) => g.blocks.map((b) => line(order, b)));
  const more = (id: PartId, extra = 0) => {
    const n = (fitted.omitted.get(id) ?? 0) + extra;
    const section = specs.find((s) => s.id === id)!.section;
    return n > 0 ? [t("card.morePress", { n, section: SECTION_LABEL[section] })] : [];
  };
  const shownD = new Set(
    fitted.groups.flatMap((g) =>
      g.blocks.flatMap((b) => (b.kind === "disagreement" ? [b.disagreement] : [])),
    ),
  );
  const differ = compound.disagreements
    .filter((d) => !shownD.has(d))
    .map((d) => {
      const section = TOPIC_SECTION[compound.claims.find((c) => c.id === d.sides[0])?.topic ?? "evidence"];
      return `${DIFFER} ${escapeMarkdown(d.about)} (**${SECTION_LABEL[section]}**)`;
    });

  const parts: EmbedField[] = [
    {
      name: t("card.howMuch"),
      value: [
        ...(doseLines.length ? doseLines : [t("card.noDose", { name })]),
        ...partLines("dose"),
        ...more("dose", Math.max(0, compound.doses.length - 2)),
      ].join("\n"),
    },
    {
      name: t("card.evidence"),
      value: [summary, ...partLines("evidence"), ...more("evidence")].filter(Boolean).join("\n"),
    },
    { name: t("planned.mechanism"), value: [...partLines("mechanism"), ...more("mechanism")].join("\n") },
    { name: t("card.differ"), value: differ.join("\n") },
    { name: t("card.effects"), value: [...partLines("effects"), ...more("effects")].join("\n") },
    {
      name: t("card.safety"),
      value: [...sideEffects, ...partLines("safety"), ...more("safety")].join("\n"),
    },
    { name: t("card.takenWith"), value: stacks.join("\n") },
    { name: t("card.notCovered"), value: silence },
  ].filter((f) => f.value !== "");
  const fields = parts.map((f) => ({ ...f, value: renumber(f.value, order, refs) }));
  fields.push({
    name: t("card.sources"),
    value: refs.list() || t("card.noneCited", { section: SECTION_LABEL.sources }),
  });
  return { title: compound.name, description, color: COLORS.info, fields };
}

/** The lines were numbered in the order they were built; shown, they are numbered in the order they appear. */
function renumber(text: string, built: SourceRefs, shown: SourceRefs): string {
  return text.replace(/\[(\d+)\]/g, (whole, n: string) => {
    const id = built.idAt(Number(n) - 1);
    return id === undefined ? whole : shown.ref(id);
  });
}
