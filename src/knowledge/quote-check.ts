import { foldText, quotePartProblem, quoteParts } from "./quotes.js";
import type { Knowledge, Quote } from "./schema.js";

const foldedCache = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();

/** The source texts folded, once per map of texts. */
function foldedTexts(sourceTexts: ReadonlyMap<string, string>): Map<string, string> {
  let folded = foldedCache.get(sourceTexts);
  if (!folded) {
    folded = new Map([...sourceTexts].map(([id, text]) => [id, foldText(text)]));
    foldedCache.set(sourceTexts, folded);
  }
  return folded;
}

/** Every quote that is not verbatim in its source, named by file and path. sourceTexts maps source id -> text. */
export function quoteProblems(knowledge: Knowledge, sourceTexts: ReadonlyMap<string, string>): string[] {
  const folded = foldedTexts(sourceTexts);

  const problems: string[] = [];
  const check = (file: string, where: string, sourceId: string, quote: Quote) => {
    const source = folded.get(sourceId);
    if (source === undefined) {
      problems.push(`${file}: ${where}.source: no text loaded for source '${sourceId}'`);
      return;
    }
    const parts = quoteParts(quote);
    parts.forEach((part, i) => {
      const problem = quotePartProblem(part, source);
      if (problem) {
        const at = parts.length > 1 || Array.isArray(quote) ? `${where}.quote[${i}]` : `${where}.quote`;
        const preview = part.length > 60 ? `${part.slice(0, 57)}...` : part;
        problems.push(`${file}: ${at}: "${preview}" ${problem} ('${sourceId}')`);
      }
    });
  };

  for (const compound of knowledge.compounds) {
    const file = knowledge.files.get(compound.id) ?? compound.id;
    compound.doses.forEach((d, i) => check(file, `doses[${i}]`, d.source, d.quote));
    compound.claims.forEach((c, i) => check(file, `claims[${i}]`, c.source, c.quote));
  }
  return problems;
}
