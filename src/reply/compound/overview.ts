import { t } from "../../i18n/t.js";
import { claimsOn, sourceById } from "../../knowledge/lookup.js";
import {
  EVIDENCE_LEVELS,
  type Claim,
  type Compound,
  type Knowledge,
  type Topic,
} from "../../knowledge/schema.js";
import { claimLine, doseLine, SourceRefs } from "../claims.js";
import { DIFFER } from "../disagreements.js";
import { EVIDENCE_LABEL, evidenceRank, evidenceTally } from "../evidence.js";
import { LIMITS } from "../limits.js";
import { escapeMarkdown } from "../markdown.js";
import { COLORS, type Embed, type EmbedField } from "../payload.js";
import { silenceSentence } from "./content.js";
import { SECTION_LABEL, TOPIC_SECTION, type Section } from "./sections.js";

/** The overview is read in a few seconds: about 2,000 characters at most, the detail one press away. */
export const OVERVIEW_BUDGET = 2000;

interface Part {
  name: string;
  /** Lines in order of importance; each one is shown whole or not at all. */
  lines: { text: string; refs: string[] }[];
  /** Lines always shown (when there are any). */
  min: number;
  /** Where the rest is, for "…and 3 more: press Effects." */
  section?: Section;
  /** Shown when there are no lines; none means the part is left out. */
  empty?: string;
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

/**
 * Fits the parts into the room: the first line of each, then up to its minimum, then one more line each in
 * turn, every line whole, while the total stays within the room.
 */
function fit(
  parts: Part[],
  room: number,
  refs: SourceRefs,
  listLength: (ids: ReadonlySet<string>) => number,
): EmbedField[] {
  const shown = parts.map((p) => Math.min(1, p.lines.length));
  const cited = () => new Set(parts.flatMap((p, i) => p.lines.slice(0, shown[i]).flatMap((l) => l.refs)));
  const value = (p: Part, n: number) => {
    const rest = p.lines.length - n;
    const more =
      rest > 0
        ? [
            p.section
              ? t("card.morePress", { n: rest, section: SECTION_LABEL[p.section] })
              : t("card.moreSections", { n: rest }),
          ]
        : [];
    return [...p.lines.slice(0, n).map((l) => l.text), ...more].join("\n") || p.empty || "";
  };
  const size = () =>
    parts.reduce((sum, p, i) => sum + p.name.length + value(p, shown[i]!).length, listLength(cited()));
  const tryOne = (p: Part, i: number) => {
    if (shown[i]! >= p.lines.length) return false;
    shown[i]! += 1;
    if (size() <= room && value(p, shown[i]!).length <= LIMITS.fieldValue) return true;
    shown[i]! -= 1;
    return false;
  };
  // Up to each part's minimum, in order of importance; then one more line each in turn.
  parts.forEach((p, i) => {
    while (shown[i]! < p.min && tryOne(p, i));
  });
  for (let grew = true; grew;) grew = parts.map((p, i) => tryOne(p, i)).some(Boolean);
  for (const [i, p] of parts.entries())
    for (const line of p.lines.slice(0, shown[i])) line.refs.forEach((r) => refs.ref(r));
  return parts.map((p, i) => ({ name: p.name, value: value(p, shown[i]!) })).filter((f) => f.value !== "");
}

/** The card: a short summary of what the sources say, every line with its evidence and source reference. */
export function overviewEmbed(knowledge: Knowledge, compound: Compound): Embed {
  const refs = new SourceRefs(knowledge);
  const order = new SourceRefs(knowledge);
  // The disputes are listed under "Where the sources differ", so the lines here carry no mark of their own.
  const claim = (c: Claim) => ({ text: claimLine(order, c), refs: [c.source] });
  const name = escapeMarkdown(compound.name);

  const doseLines = compound.doses.map((d) => ({ text: doseLine(order, d), refs: [d.source] }));
  const timing = of(compound, ["dose", "pharmacokinetics", "cycling"]).map(claim);
  // With two figures from different sources, the second carries the flag, so the two are never shown without it.
  if (doseLines.length > 1 && compound.doses[0]!.source !== compound.doses[1]!.source) {
    doseLines[1]!.text += `\n${DIFFER} ${t("card.figuresDiffer")}`;
  }
  const disagreements = compound.disagreements.map((d) => {
    const section = TOPIC_SECTION[compound.claims.find((c) => c.id === d.sides[0])?.topic ?? "evidence"];
    return { text: `${DIFFER} ${escapeMarkdown(d.about)} (**${SECTION_LABEL[section]}**)`, refs: [] };
  });
  const caveats = of(compound, ["evidence"]).map(claim);
  const summary = evidenceSummary(compound);
  const partners = new Map<string, number>();
  for (const on of claimsOn(knowledge, compound, ["stack"]))
    partners.set(on.partner?.name ?? "", (partners.get(on.partner?.name ?? "") ?? 0) + 1);
  const stacks = [...partners].map(([partner, n]) => ({
    text: t("card.withPartner", {
      partner: escapeMarkdown(partner),
      claims: n === 1 ? t("card.oneClaim") : t("card.nClaims", { n }),
      section: SECTION_LABEL.stacks,
    }),
    refs: [],
  }));

  const parts: Part[] = [
    {
      name: t("card.howMuch"),
      lines: [...doseLines, ...timing],
      min: 2,
      section: "dosing",
      empty: t("card.noDose", { name }),
    },
    {
      name: t("card.evidence"),
      lines: [...(summary ? [{ text: summary, refs: [] }] : []), ...caveats],
      min: 2,
      section: "evidence",
    },
    { name: t("card.differ"), lines: disagreements, min: 3 },
    {
      name: t("card.effects"),
      lines: of(compound, ["effect"]).sort(strongestFirst).map(claim),
      min: 1,
      section: "effects",
    },
    {
      name: t("card.safety"),
      lines: of(compound, ["side-effect", "caution"]).map(claim),
      min: 1,
      section: "safety",
    },
    { name: t("card.takenWith"), lines: stacks, min: 3, section: "stacks" },
    {
      name: t("card.notCovered"),
      lines: [{ text: silenceSentence(knowledge, compound), refs: [] }].filter((l) => l.text),
      min: 1,
    },
  ];
  const aka = compound.aliases.length
    ? `\n**${t("card.aka")}** ${escapeMarkdown(compound.aliases.join(", "))}`
    : "";
  const description = `${escapeMarkdown(compound.summary)}\n**${t("card.cls")}** ${escapeMarkdown(compound.class)}${aka}`;
  const listLength = (ids: ReadonlySet<string>) =>
    [...ids].reduce(
      (n, id) =>
        n +
        (sourceById(knowledge, id)?.title.length ?? 0) +
        (sourceById(knowledge, id)?.kind.length ?? 0) +
        8,
      t("card.sources").length,
    );
  const fields = fit(parts, OVERVIEW_BUDGET - compound.name.length - description.length, refs, listLength);
  const renumbered = fields.map((f) => ({ ...f, value: renumber(f.value, order, refs) }));
  renumbered.push({
    name: t("card.sources"),
    value: refs.list() || t("card.noneCited", { section: SECTION_LABEL.sources }),
  });
  return { title: compound.name, description, color: COLORS.info, fields: renumbered };
}

/** The lines were numbered in the order they were built; shown, they are numbered in the order they appear. */
function renumber(text: string, built: SourceRefs, shown: SourceRefs): string {
  return text.replace(/\[(\d+)\]/g, (whole, n: string) => {
    const id = built.idAt(Number(n) - 1);
    return id === undefined ? whole : shown.ref(id);
  });
}
