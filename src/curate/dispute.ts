import fs from "node:fs";
import { loadKnowledge } from "../knowledge/load.js";
import { KnowledgeError } from "../knowledge/parse.js";
import { findEntry } from "./review.js";
import { parseFlags, UsageError, type CurateVerb } from "./verb.js";
import { editYaml } from "./yaml-edit.js";
import { shown, workspace, type Workspace } from "./workspace.js";

/**
 * Marks a reviewed claim or dose disputed, with the reason (a report accepted against it): answers stop
 * showing it; a server that shows drafts shows it with that note. Refused for an entry not reviewed.
 */
export function dispute(ws: Workspace, id: string, reason: string): { ok: boolean; lines: string[] } {
  const entry = findEntry(ws, id);
  if (!entry || entry.path[0] === "candidates")
    return {
      ok: false,
      lines: [`No reviewed entry has the id ${id}: npm run curate -- pending lists drafts.`],
    };
  if (entry.data.status !== "reviewed")
    return {
      ok: false,
      lines: [`${id} is ${entry.data.status ?? "a draft"}, not reviewed: nothing to dispute.`],
    };
  const text = fs.readFileSync(entry.file, "utf8");
  fs.writeFileSync(
    entry.file,
    editYaml(text, [{ path: entry.path, set: { status: "disputed", dispute: reason } }]),
  );
  try {
    loadKnowledge({ dir: ws.knowledgeDir, sourcesDir: ws.sourcesDir, quotes: "if-present" });
  } catch (error) {
    fs.writeFileSync(entry.file, text);
    if (!(error instanceof KnowledgeError)) throw error;
    return { ok: false, lines: ["Not disputed (nothing changed):", ...error.problems.map((p) => `- ${p}`)] };
  }
  return {
    ok: true,
    lines: [
      `Disputed ${id} in ${shown(entry.file)}: answers no longer show it (reload the bot: npm run curate -- reload).`,
    ],
  };
}

export const disputeVerb: CurateVerb = {
  name: "dispute",
  usage:
    'dispute <claim-id> --report "#12: why"   marks a reviewed claim disputed (a report against it was accepted)',
  run({ args, out, err }) {
    const { flags, positional } = parseFlags(args, { report: "value" });
    const [id, extra] = positional;
    if (!id || extra !== undefined) throw new UsageError("takes one claim id");
    if (typeof flags.report !== "string")
      throw new UsageError("--report (the accepted report, and why) is required");
    const result = dispute(workspace(), id, flags.report);
    result.lines.forEach((l) => (result.ok ? out(l) : err(l)));
    return Promise.resolve(result.ok ? 0 : 1);
  },
};
