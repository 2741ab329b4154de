import type { StoredReport } from "../store/reports.js";
import type { Store } from "../store/store.js";
import { dispute } from "./dispute.js";
import { reportLine } from "./reports.js";
import { findEntry } from "./review.js";
import { parseFlags, UsageError, type CurateVerb } from "./verb.js";
import { workspace, type Workspace } from "./workspace.js";

export interface Resolution {
  id: number;
  status: "accepted" | "rejected";
  note?: string;
  /** The claims an accepted report is right about (ids or their starts), or "none"; needed if it showed several. */
  claims?: readonly string[] | "none";
}

type Outcome = { code: number; out: string[]; err: string[] };

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The report's claims as "id  statement — “quote” (source)", one per line, for the curator to choose from. */
const listed = (report: StoredReport) =>
  report.claimIds.map((id, i) => `  ${id}  ${oneLine(report.claims[i] ?? "", 110)}`);

/** Which of the report's claims are meant, or the lines explaining why that cannot be told. */
function chosen(report: StoredReport, wanted: Resolution["claims"]): string[] | { err: string[] } {
  if (wanted === "none") return [];
  if (wanted === undefined) {
    if (report.claimIds.length <= 1) return report.claimIds;
    return {
      err: [
        `Report #${report.id} was made on a card showing ${report.claimIds.length} claims; say which it is right about with --claim ID[,ID…] (or --claim none to dispute none). Not resolved:`,
        ...listed(report),
      ],
    };
  }
  const ids: string[] = [];
  for (const want of wanted) {
    const matches = report.claimIds.filter((id) => want.length >= 6 && id.startsWith(want.toLowerCase()));
    if (matches.length !== 1)
      return {
        err: [
          `${want} is not one of the claims report #${report.id} was made on. Not resolved:`,
          ...listed(report),
        ],
      };
    ids.push(matches[0]!);
  }
  return [...new Set(ids)];
}

/**
 * Closes a report. An accepted one disputes the claims its card showed (answers stop showing them; a
 * server that shows drafts sees them with a note): the one it showed, or those chosen with --claim. Nothing
 * is changed when a claim cannot be disputed (gone since, or not reviewed): the curator is told why.
 */
export async function resolveReport(store: Store, ws: Workspace, r: Resolution): Promise<Outcome> {
  const report = await store.reports.get(r.id);
  if (!report) return { code: 1, out: [], err: [`There is no report #${r.id}.`] };
  const out: string[] = [];
  const ids: string[] = [];
  if (r.status === "accepted") {
    const picked = chosen(report, r.claims);
    if (!Array.isArray(picked)) return { code: 1, out: [], err: picked.err };
    const problems: string[] = [];
    for (const id of picked) {
      const entry = findEntry(ws, id);
      const status = entry && (entry.data.status ?? "draft");
      if (status === "reviewed") ids.push(id);
      else if (status === "disputed") out.push(`${id} is already disputed.`);
      else if (status !== "reviewed")
        problems.push(
          status === undefined
            ? `${id} is no longer in the knowledge (edited or removed since the report): dispute its new version by hand (npm run curate -- dispute <id> --report "#${report.id}: …").`
            : `${id} is ${status}, not reviewed: edit it instead.`,
        );
    }
    if (problems.length > 0)
      return { code: 1, out: [], err: [...problems, `Report #${report.id} not resolved.`] };
  }
  const reason = `#${report.id}: ${oneLine(r.note ?? report.text, 200)}`;
  for (const id of ids) {
    const done = dispute(ws, id, reason);
    if (!done.ok) return { code: 1, out, err: [...done.lines, `Report #${report.id} not resolved.`] };
    out.push(...done.lines);
  }
  if (r.status === "accepted" && report.claimIds.length === 0)
    out.push(
      `Report #${report.id} kept no claim ids (an overview, or stored before reports kept them): dispute a claim by hand with npm run curate -- dispute <id> --report "#${report.id}: …".`,
    );
  const resolved = await store.reports.resolve(report.id, r.status, r.note);
  return { code: 0, out: [reportLine(resolved ?? report), ...out], err: [] };
}

export const resolveVerb: CurateVerb = {
  name: "resolve",
  usage:
    "resolve <id> accepted|rejected [--note TEXT] [--claim ID[,ID…]|none]   close a report; accepted disputes the claims it was made on",
  async run({ args, out, err, store }) {
    const { flags, positional } = parseFlags(args, { note: "value", claim: "value" });
    const [idText, status, extra] = positional;
    if (!idText || !status || extra !== undefined) throw new UsageError("takes a report id and a status");
    const id = Number(idText.replace(/^#/, ""));
    if (!Number.isSafeInteger(id) || id <= 0) throw new UsageError(`${idText} is not a report id`);
    if (status !== "accepted" && status !== "rejected")
      throw new UsageError(`the status is accepted or rejected, not ${status}`);
    if (flags.claim !== undefined && status !== "accepted")
      throw new UsageError("--claim names the claims an accepted report disputes");
    const claim = typeof flags.claim === "string" ? flags.claim : undefined;
    const result = await resolveReport(await store(), workspace(), {
      id,
      status,
      ...(typeof flags.note === "string" ? { note: flags.note } : {}),
      ...(claim === undefined
        ? {}
        : { claims: claim === "none" ? "none" : claim.split(",").map((c) => c.trim()) }),
    });
    result.out.forEach(out);
    result.err.forEach(err);
    return result.code;
  },
};
