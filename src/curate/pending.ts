import { readEntries } from "./entries.js";
import { authorOf } from "./review.js";
import { parseFlags, type CurateVerb } from "./verb.js";
import { shown, workspace, type Workspace } from "./workspace.js";

/** The entries awaiting review, with their ids, and how many drafted candidates still need a statement. */
export function pending(ws: Workspace): string[] {
  const lines: string[] = [];
  let unwritten = 0;
  for (const { entries } of readEntries(ws)) {
    for (const e of entries) {
      const isDose = "min" in e.data;
      const written = isDose ? e.data.purpose : e.data.statement;
      const words = typeof written === "string" ? written.trim() : "";
      const reviewed = e.data.status === "reviewed" && e.data.reviewed === e.version;
      if (reviewed || e.data.status === "retracted") continue;
      if (words === "") {
        unwritten++;
        continue;
      }
      const what = isDose ? `dose ${String(e.data.min)} ${String(e.data.unit)}: ${words}` : words;
      lines.push(
        `${e.version}  ${shown(e.file)} ${e.path[0]}[${e.path[1]}]  by ${authorOf(e) ?? "?"}: ${what}`,
      );
    }
  }
  lines.push(
    `${lines.length} awaiting review (npm run curate -- review <id> --by NAME); ${unwritten} drafted candidate(s) without a statement yet.`,
  );
  return lines;
}

export const pendingVerb: CurateVerb = {
  name: "pending",
  usage: "pending   lists the claims and doses awaiting review, with their ids",
  run({ args, out }) {
    parseFlags(args, {});
    pending(workspace()).forEach((l) => out(l));
    return Promise.resolve(0);
  },
};
