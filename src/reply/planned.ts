import { fitGroups, total, type Lead } from "../answer/budget.js";
import { verdictsOn } from "../answer/companions.js";
import type { Block, Note } from "../answer/types.js";
import { t } from "../i18n/t.js";
import type { Claim, Compound, Knowledge } from "../knowledge/schema.js";
import { blockField, ROLE_PREFIX } from "./answer.js";
import { claimLine, doseLine, type SourceRefs } from "./claims.js";
import { DIFFER } from "./disagreements.js";
import { LIMITS } from "./limits.js";
import { escapeMarkdown } from "./markdown.js";
import type { EmbedField } from "./payload.js";
import { V2_LIMITS } from "./v2/types.js";

/**
 * The characters one message may carry: a new message is sent as a Components V2 card (4,000 characters of
 * text) rather than as embeds (6,000), so views are planned for the smaller. A field costs its name and value
 * and a few characters of heading around them (`FIELD_OVERHEAD`).
 */
export const MESSAGE_TEXT = Math.min(LIMITS.embedsTotal, V2_LIMITS.text);
export const FIELD_OVERHEAD = 8;

/**
 * Claims as embed fields, each with what always comes with it (src/answer/budget.ts), as many whole
 * groups as fit in the room as Discord counts it; the rest are counted, never cut.
 */

export interface Room {
  /** Characters of field names and values. */
  chars: number;
  fields: number;
  /**
   * Nothing beyond the room, not even the first claim: one that does not fit is left out (and counted) and a
   * smaller one after it may still fit. Without it the first claim is shown whatever its size (a card's page).
   */
  hard?: boolean;
}

export interface Planned {
  fields: EmbedField[];
  claims: Claim[];
  /** Leads left out for room, by part. */
  omitted: Map<string, number>;
}

export function plannedFields(
  knowledge: Knowledge,
  compound: Compound,
  leads: readonly Lead[],
  room: Room,
  heading?: (claim: Claim, owner: Compound) => string | undefined,
  shown: Set<unknown> = new Set(),
): Planned {
  const field = (b: Block) =>
    blockField(knowledge, b, b.kind === "claim" ? heading?.(b.claim, b.owner) : undefined);
  const measure = (b: Block) => {
    const f = field(b);
    return f.name.length + f.value.length + FIELD_OVERHEAD;
  };
  const fitted = fitGroups(
    knowledge,
    compound,
    leads,
    { chars: room.chars, blocks: room.fields, measure, strict: room.hard, fill: room.hard },
    { shown },
  );
  const blocks = fitted.groups.flatMap((g) => g.blocks);
  return {
    fields: blocks.map(field),
    claims: blocks.flatMap((b) => (b.kind === "claim" ? [b.claim] : [])),
    omitted: fitted.omitted,
  };
}

export const omittedCount = (p: Planned): number => total(p.omitted);

/**
 * One planned group as lines of a summary (a card's overview, a /compare column): each claim with its badge
 * and [n], a qualifier or verdict marked as such, a disagreement as its question before its sides.
 */
export function blockLine(refs: SourceRefs, block: Block): string {
  switch (block.kind) {
    case "dose":
      return doseLine(refs, block.dose);
    case "disagreement":
      return `${DIFFER} ${escapeMarkdown(block.disagreement.about)}:`;
    case "claim":
      return claimLine(refs, block.claim).replace(/^• /, `• ${ROLE_PREFIX[block.role]}`);
  }
}

/**
 * What a card says about the side effects the sources name and how far in time they go, from the plan's
 * notes, in the reply's language; other notes are the answers' own (src/reply/answer.ts).
 */
export function cardNote(compound: Compound, note: Note): string | undefined {
  const name = escapeMarkdown(compound.name);
  switch (note.kind) {
    case "no-side-effect":
      return `${t("planned.noSideEffect", { name })} ${t("card.notSafe")}`;
    case "only-side-effects":
      return t("planned.onlySideEffects", { name, n: note.count });
    case "length":
      return note.safety
        ? t("planned.lengthSafety", { name, longest: note.longest, safety: note.safety })
        : t("planned.length", { name, longest: note.longest });
    default:
      return undefined;
  }
}

/** Room for a list answer's claims in one message: what its title, description, footer and "…and N more" leave. */
export const LIST_ROOM: Room = { chars: MESSAGE_TEXT - 1000, fields: LIMITS.fields - 1, hard: true };

/**
 * Claims from any compounds (a goal, a class, a search), each with what always comes with it and headed by
 * its compound's name; with `verdicts` ("efficacy"), the first claim shown of a compound is preceded by its
 * sources' verdict. As many whole groups as fit; the rest counted.
 */
export function listFields(
  knowledge: Knowledge,
  items: readonly { claim: Claim; compound: Compound }[],
  room: Room = LIST_ROOM,
  verdicts: readonly string[] = [],
): Planned {
  const first = items[0];
  if (!first) return { fields: [], claims: [], omitted: new Map() };
  // A compound's verdicts come with each of its claims (shown once, with the first shown): both, or neither.
  const leads: Lead[] = items.map(({ claim, compound }) => ({
    claim,
    role: "answer",
    verdicts: verdictsOn(knowledge, compound, verdicts),
  }));
  return plannedFields(
    knowledge,
    first.compound,
    leads,
    room,
    (claim, owner) => `${owner.name}: ${claim.statement}`,
  );
}

/** "…and N more" as a field, saying where the rest is; nothing when nothing was left out. */
export function moreField(planned: Planned, where: string): EmbedField[] {
  const n = omittedCount(planned);
  return n > 0 ? [{ name: t("planned.moreName", { n }), value: where }] : [];
}

/** At most this many commands are named for the rest of a list; "…" says there are more. */
const MAX_COMMANDS = 4;

/**
 * The commands that show the rest of a list across compounds, one per compound, each ready to send
 * ("`/compound name:noopept` · `/compound name:piracetam`"): never a "<name>" for the member to fill in.
 */
export function commandsFor(compounds: readonly Compound[], command: (c: Compound) => string): string {
  const unique = [...new Set(compounds)];
  const named = unique.slice(0, MAX_COMMANDS).map((c) => `\`${command(c)}\``);
  return [...named, ...(unique.length > MAX_COMMANDS ? ["…"] : [])].join(" · ");
}

/** "…and N more" under a list of several compounds' claims, naming the command for each compound left out. */
export function listMoreField(
  planned: Planned,
  items: readonly { claim: Claim; compound: Compound }[],
  command: (c: Compound) => string,
): EmbedField[] {
  const shown = new Set(planned.claims);
  const left = items.filter((i) => !shown.has(i.claim)).map((i) => i.compound);
  return moreField(planned, commandsFor(left.length > 0 ? left : items.map((i) => i.compound), command));
}
