import path from "node:path";
import { normalizeName } from "./normalize.js";
import type { Knowledge } from "./schema.js";
import { runWhole, type Sliced } from "../slices.js";

/** Rules that span files: unique ids, unambiguous names, and links that point at something that exists. */
export function crossFileProblems(
  knowledge: Knowledge,
  sourcesPath: string,
  notCoveredPath: string,
): string[] {
  return runWhole(crossFileChecks(knowledge, sourcesPath, notCoveredPath));
}

/** crossFileProblems as sliced work: it yields every few dozen compounds. */
export function* crossFileChecks(
  knowledge: Knowledge,
  sourcesPath: string,
  notCoveredPath: string,
): Sliced<string[]> {
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  knowledge.sources.forEach((source, i) => {
    if (sourceIds.has(source.id))
      problems.push(`${sourcesPath}: sources[${i}].id: duplicate source id '${source.id}'`);
    sourceIds.add(source.id);
  });

  const compoundIds = new Set(knowledge.compounds.map((c) => c.id));
  const seenIds = new Set<string>();
  /** normalised name -> who owns it, for the duplicate-name rule */
  const owners = new Map<string, string>();
  const claimName = (name: string, owner: string, where: string) => {
    const key = normalizeName(name);
    if (key === "") {
      problems.push(`${where}: '${name}' has no letters or digits to match on`);
      return;
    }
    const existing = owners.get(key);
    if (existing && existing !== owner) {
      problems.push(`${where}: '${name}' is already a name or alias of ${existing}`);
    } else if (existing) {
      problems.push(
        `${where}: '${name}' repeats another name of the same compound (names match ignoring case and punctuation)`,
      );
    }
    owners.set(key, owner);
  };

  const sourcesById = new Map(knowledge.sources.map((s) => [s.id, { source: s, covers: new Set(s.covers) }]));
  for (const [n, compound] of knowledge.compounds.entries()) {
    if (n % 32 === 31) yield;
    const file = knowledge.files.get(compound.id) ?? compound.id;
    if (seenIds.has(compound.id)) problems.push(`${file}: id: duplicate compound id '${compound.id}'`);
    seenIds.add(compound.id);
    if (path.basename(file, ".yaml") !== compound.id) {
      problems.push(`${file}: id: '${compound.id}' must match the file name (${compound.id}.yaml)`);
    }
    claimName(compound.name, compound.id, `${file}: name`);
    if (normalizeName(compound.id) !== normalizeName(compound.name))
      claimName(compound.id, compound.id, `${file}: id`);
    compound.aliases.forEach((alias, i) => claimName(alias, compound.id, `${file}: aliases[${i}]`));

    const checkSource = (sourceId: string, linked: string | undefined, where: string) => {
      const source = sourcesById.get(sourceId);
      if (!source) {
        problems.push(`${file}: ${where}.source: unknown source '${sourceId}'`);
        return;
      }
      if (!source.covers.has(compound.id) && (!linked || !source.covers.has(linked))) {
        problems.push(
          `${file}: ${where}.source: source '${sourceId}' does not list '${compound.id}' in covers`,
        );
      }
    };
    compound.doses.forEach((dose, i) => checkSource(dose.source, undefined, `doses[${i}]`));
    compound.claims.forEach((claim, i) => {
      checkSource(claim.source, claim.with, `claims[${i}]`);
      if (claim.with !== undefined) {
        if (!compoundIds.has(claim.with))
          problems.push(`${file}: claims[${i}].with: unknown compound '${claim.with}'`);
        if (claim.with === compound.id)
          problems.push(`${file}: claims[${i}].with: a compound cannot link to itself`);
      }
      if (claim.goals?.length && claim.topic !== "effect") {
        problems.push(`${file}: claims[${i}].goals: only effect claims name goals`);
      }
    });
  }

  knowledge.sources.forEach((source, i) => {
    source.covers.forEach((id, j) => {
      if (!compoundIds.has(id))
        problems.push(`${sourcesPath}: sources[${i}].covers[${j}]: unknown compound '${id}'`);
    });
  });

  knowledge.notCovered.forEach((entry, i) => {
    const names = [entry.name, ...entry.aliases];
    names.forEach((name, j) => {
      const where = j === 0 ? `compounds[${i}].name` : `compounds[${i}].aliases[${j - 1}]`;
      claimName(name, `not-covered '${entry.name}'`, `${notCoveredPath}: ${where}`);
    });
  });
  return problems;
}
