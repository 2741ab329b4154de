import type { ReportStatus } from "../store/schema.js";
import type { StoredReport } from "../store/reports.js";
import { parseFlags, UsageError, type CurateVerb } from "./verb.js";

const STATUSES: readonly ReportStatus[] = ["open", "accepted", "rejected"];

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** One report in a line a curator can scan: id, status, post state, subject, text. */
export function reportLine(r: StoredReport): string {
  const post = r.post.state === "none" ? "" : ` post:${r.post.state}`;
  const note = r.note ? ` — note: ${oneLine(r.note, 60)}` : "";
  const source = r.source ? ` (source: ${oneLine(r.source, 60)})` : "";
  return `#${r.id} ${r.createdAt.slice(0, 16).replace("T", " ")} [${r.status}${post}] ${r.compound}/${r.section}: ${oneLine(r.text, 120)}${source}${note}`;
}

export const reportsVerb: CurateVerb = {
  name: "reports",
  usage: "reports [--status open|accepted|rejected] [--json]   list the reports, newest first",
  async run({ args, out, store }) {
    const { flags, positional } = parseFlags(args, { status: "value", json: "switch" });
    if (positional.length) throw new UsageError(`unexpected argument ${positional[0]}`);
    const status = flags.status as ReportStatus | undefined;
    if (status !== undefined && !STATUSES.includes(status))
      throw new UsageError(`--status takes open, accepted or rejected, not ${String(status)}`);
    const reports = await (await store()).reports.list({ status });
    for (const r of reports) out(flags.json ? JSON.stringify(r) : reportLine(r));
    if (!flags.json && reports.length === 0) out(status ? `No ${status} reports.` : "No reports.");
    return 0;
  },
};
