import fs from "node:fs";
import { checkAnchor, findAnchors, foldSource, relocate, type FoldedSource } from "../knowledge/anchor.js";
import { suggestAnchor } from "../knowledge/fuzzy-anchor.js";
import { quoteParts } from "../knowledge/quotes.js";
import type { Anchor } from "../knowledge/schema.js";
import { textSha256 } from "../knowledge/version.js";
import { parseFlags, type CurateVerb } from "./verb.js";
import { readEntries, type RawEntry } from "./entries.js";
import { editYaml, type EntryEdit, type Value } from "./yaml-edit.js";
import { readSources, readSourceText, shown, sourcesFile, workspace, type Workspace } from "./workspace.js";

const USAGE =
  "reanchor [--dry-run] [--accept <claim-id>[,<claim-id>...]]   fills in missing anchors, follows quotes that moved (exact matches only), suggests the nearest match for a quote that vanished; --accept takes a suggestion (the entry becomes a draft to review again)";

const place = (a: Anchor) => `${a.start}-${a.end}`;
const asValue = (anchors: readonly Anchor[]): Value => anchors.map((a) => ({ ...a }));

interface Outcome {
  edit?: EntryEdit;
  lines: string[];
  unresolved: boolean;
}

/** What reanchor does to one entry: each quote part exact, moved, ambiguous or vanished. */
function reanchorEntry(entry: RawEntry, source: FoldedSource, accept: boolean): Outcome {
  const parts = quoteParts(entry.data.quote!);
  const old = entry.data.anchor?.length === parts.length ? entry.data.anchor : undefined;
  const anchors: Anchor[] = [];
  const quotes: string[] = [...parts];
  const lines: string[] = [];
  let unresolved = false;
  let fuzzy = false;
  const name = `${shown(entry.file)} ${entry.path[0]}[${entry.path[1]}] (${entry.version})`;
  parts.forEach((part, i) => {
    const was = old?.[i];
    const check = was ? checkAnchor(part, was, source) : undefined;
    if (was && check?.status === "exact") {
      anchors.push(was);
      return;
    }
    const found = findAnchors(part, source);
    const at = parts.length > 1 ? ` part ${i + 1}` : "";
    if (found.length > 0) {
      const to = was ? relocate(was, found) : found[0];
      if (!to) {
        lines.push(
          `${name}${at}: moved, and is at several places (${found.map(place).join(", ")}): not moved; choose by editing the quote`,
        );
        unresolved = true;
        anchors.push(was!);
        return;
      }
      lines.push(
        was && was.start === to.start && was.end === to.end
          ? `${name}${at}: still at ${place(to)}, the words around it changed: context updated`
          : was
            ? `${name}${at}: moved ${place(was)} -> ${place(to)}`
            : `${name}${at}: anchored at ${place(to)}${found.length > 1 ? ` (the first of ${found.length} places)` : ""}`,
      );
      anchors.push(to);
      return;
    }
    const suggestion = suggestAnchor(part, source);
    if (suggestion && accept) {
      lines.push(
        `${name}${at}: vanished; took the suggestion "${suggestion.text}" at ${place(suggestion.anchor)}: now a draft to review; first check that its statement (or a dose's purpose and note) says no more than these words`,
      );
      quotes[i] = suggestion.text;
      anchors.push(suggestion.anchor);
      fuzzy = true;
      return;
    }
    lines.push(
      suggestion
        ? `${name}${at}: vanished; nearest match (score ${suggestion.score}): "${suggestion.text}" at ${place(suggestion.anchor)}; to take it: npm run curate -- reanchor --accept ${entry.version}`
        : `${name}${at}: vanished, and nothing in '${entry.data.source}' comes close: edit or remove the entry`,
    );
    unresolved = true;
    if (was) anchors.push(was);
  });
  if (anchors.length !== parts.length) return { lines, unresolved: true };
  const changed = JSON.stringify(anchors) !== JSON.stringify(entry.data.anchor ?? null);
  if (!changed && !fuzzy) return { lines, unresolved };
  const set: Record<string, Value> = { anchor: asValue(anchors) };
  const edit: EntryEdit = fuzzy
    ? {
        path: entry.path,
        set: { ...set, quote: typeof entry.data.quote === "string" ? quotes[0]! : quotes, status: "draft" },
        remove: ["reviewer", "reviewed"],
      }
    : { path: entry.path, set };
  return { edit, lines, unresolved };
}

export const reanchorVerb: CurateVerb = {
  name: "reanchor",
  usage: USAGE,
  run({ args, out }) {
    const { flags } = parseFlags(args, { "dry-run": "switch", accept: "value" });
    const accept = typeof flags.accept === "string" ? flags.accept.split(",") : [];
    return Promise.resolve(reanchor(workspace(), { dryRun: flags["dry-run"] === true, accept }, out));
  },
};

/** Reanchors every quoted entry of the workspace; the exit code (1 when some entry needs a curator). */
export function reanchor(
  ws: Workspace,
  options: { dryRun?: boolean; accept?: readonly string[] },
  out: (line: string) => void,
): number {
  const dryRun = options.dryRun ?? false;
  const accept = new Set(options.accept ?? []);
  const sources = readSources(ws);
  const texts = new Map<string, FoldedSource>();
  for (const s of sources) {
    const text = readSourceText(ws, s);
    if (text !== undefined) texts.set(s.id, foldSource(text));
  }
  const unresolvedSources = new Set<string>();
  let changes = 0;
  let unresolved = 0;
  for (const { file, text, entries } of readEntries(ws)) {
    const edits: EntryEdit[] = [];
    for (const entry of entries) {
      const source = texts.get(entry.data.source!);
      if (!source) {
        out(
          `${shown(file)} ${entry.path.join("")}: no text for source '${entry.data.source}' in ${ws.sourcesDir}`,
        );
        unresolved++;
        continue;
      }
      const outcome = reanchorEntry(entry, source, accept.has(entry.version));
      outcome.lines.forEach((l) => out(l));
      if (outcome.edit) edits.push(outcome.edit);
      if (outcome.unresolved) {
        unresolved++;
        unresolvedSources.add(entry.data.source!);
      }
    }
    changes += edits.length;
    if (edits.length > 0 && !dryRun) fs.writeFileSync(file, editYaml(text, edits));
  }
  const sourceEdits: EntryEdit[] = [];
  sources.forEach((s, i) => {
    const folded = texts.get(s.id);
    if (!folded || unresolvedSources.has(s.id)) return;
    const sha = textSha256(folded.raw);
    if (s.sha256 === sha) return;
    out(
      `${shown(sourcesFile(ws))}: sources[${i}] '${s.id}': sha256 ${s.sha256 ? "updated to the edited text" : "recorded"}`,
    );
    sourceEdits.push({ path: ["sources", i], set: { sha256: sha } });
  });
  if (sourceEdits.length > 0 && !dryRun) {
    const file = sourcesFile(ws);
    fs.writeFileSync(file, editYaml(fs.readFileSync(file, "utf8"), sourceEdits));
  }
  out(
    `${dryRun ? "Would change" : "Changed"} ${changes} entr${changes === 1 ? "y" : "ies"}${sourceEdits.length ? ` and ${sourceEdits.length} source hash(es)` : ""}; ${unresolved} need${unresolved === 1 ? "s" : ""} a curator.`,
  );
  return unresolved > 0 ? 1 : 0;
}
