import { checkAnchor, foldSource, type FoldedSource } from "./anchor.js";
import { quoteParts } from "./quotes.js";
import type { Anchor, Claim, Dose, Knowledge } from "./schema.js";
import { textSha256 } from "./version.js";

const REANCHOR = "npm run curate -- reanchor";

/** Every quoted entry of the knowledge, with the file and path that name it in messages. */
export function quotedEntries(knowledge: Knowledge): { file: string; where: string; entry: Claim | Dose }[] {
  const out: { file: string; where: string; entry: Claim | Dose }[] = [];
  for (const compound of knowledge.compounds) {
    const file = knowledge.files.get(compound.id) ?? compound.id;
    compound.doses.forEach((entry, i) => out.push({ file, where: `doses[${i}]`, entry }));
    compound.claims.forEach((entry, i) => out.push({ file, where: `claims[${i}]`, entry }));
  }
  return out;
}

const preview = (part: string) => (part.length > 50 ? `${part.slice(0, 47)}...` : part);
const place = (a: Anchor) => `${a.start}-${a.end}`;

const foldedCache = new WeakMap<ReadonlyMap<string, string>, Map<string, FoldedSource>>();

function foldedSources(sourceTexts: ReadonlyMap<string, string>): Map<string, FoldedSource> {
  let folded = foldedCache.get(sourceTexts);
  if (!folded) {
    folded = new Map([...sourceTexts].map(([id, text]) => [id, foldSource(text)]));
    foldedCache.set(sourceTexts, folded);
  }
  return folded;
}

/**
 * A source whose text no longer matches its recorded sha256: named, with what to do (the anchor check then
 * lists each quote that moved). sourceTexts maps source id -> raw text; sourcesPath names sources.yaml.
 */
export function sourceHashProblems(
  knowledge: Knowledge,
  sourceTexts: ReadonlyMap<string, string>,
  sourcesPath: string,
): string[] {
  const problems: string[] = [];
  knowledge.sources.forEach((source, i) => {
    const text = sourceTexts.get(source.id);
    if (text !== undefined && source.sha256 && textSha256(text) !== source.sha256) {
      problems.push(
        `${sourcesPath}: sources[${i}].sha256: the text of '${source.id}' (${source.file}) has changed since it was added; the quotes that moved are listed as moved, those that vanished as not found verbatim; when the edit is right, run ${REANCHOR}`,
      );
    }
  });
  return problems;
}

/**
 * The anchor check: every quote part carries an anchor, and the quote is exactly where its anchor says (the
 * only match accepted; a quote no longer there at all is reported by the quote check).
 */
export function anchorProblems(knowledge: Knowledge, sourceTexts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const folded = foldedSources(sourceTexts);
  for (const { file, where, entry } of quotedEntries(knowledge)) {
    const source = folded.get(entry.source);
    if (!source) continue;
    const parts = quoteParts(entry.quote);
    if (!entry.anchor) {
      problems.push(`${file}: ${where}.anchor: missing; the tooling fills it in: ${REANCHOR}`);
      continue;
    }
    if (entry.anchor.length !== parts.length) {
      problems.push(
        `${file}: ${where}.anchor: ${entry.anchor.length} anchor(s) for ${parts.length} quote part(s); run ${REANCHOR}`,
      );
      continue;
    }
    parts.forEach((part, i) => {
      const anchor = entry.anchor![i]!;
      const result = checkAnchor(part, anchor, source);
      const at = parts.length > 1 ? `${where}.quote[${i}]` : `${where}.quote`;
      if (result.status === "moved") {
        const samePlace = result.to.some((to) => to.start === anchor.start && to.end === anchor.end);
        problems.push(
          samePlace
            ? `${file}: ${at}: "${preview(part)}" is still at ${place(anchor)} in '${entry.source}', but the words around it changed; run ${REANCHOR}`
            : `${file}: ${at}: "${preview(part)}" moved: anchored at ${place(anchor)} in '${entry.source}', now at ${result.to.map(place).join(", ")}; run ${REANCHOR}`,
        );
      }
    });
  }
  return problems;
}
