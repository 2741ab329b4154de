import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { knowledgeDir, PROJECT_ROOT } from "../paths.js";
import { normalizeName } from "../knowledge/normalize.js";
import { formatPath, KnowledgeError } from "./parse.js";
import { readYaml } from "./yaml.js";
import type { Knowledge } from "./schema.js";

/**
 * knowledge/other-drugs.yaml: drugs and classes people ask about that are not nootropics (SSRIs, alcohol,
 * blood thinners, ...), so a question about a pairing can name what it asks about. Names only: the file
 * holds no claim, and nothing is ever said about these drugs beyond that the sources document nothing.
 */

const text = z.string().trim().min(1, "must not be empty");

export const OtherDrug = z
  .object({
    name: text,
    kind: z.enum(["drug", "class"]),
    /** The class entry (by name) this drug or class belongs to, e.g. Sertraline: SSRIs. */
    member_of: text.optional(),
    aliases: z.array(text).default([]),
  })
  .strict();
export type OtherDrug = z.infer<typeof OtherDrug>;

export const OtherDrugsFile = z
  .object({ drugs: z.array(OtherDrug).min(1, "must list at least one drug") })
  .strict();

export const OTHER_DRUGS_FILE = "other-drugs.yaml";

/** Validates the file's text and its rules; the knowledge is needed to check that no name is taken twice. */
export function parseOtherDrugs(
  file: { path: string; text: string },
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
): OtherDrug[] {
  const read = readYaml(file.path, file.text);
  if (!read.ok) throw new KnowledgeError([read.problem]);
  const result = OtherDrugsFile.safeParse(read.value);
  if (!result.success) {
    throw new KnowledgeError(
      result.error.issues.map((i) => `${file.path}: ${formatPath(i.path)}: ${i.message}`),
    );
  }
  const drugs = result.data.drugs;
  const problems = otherDrugProblems(drugs, knowledge).map((p) => `${file.path}: ${p}`);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return drugs;
}

function otherDrugProblems(
  drugs: readonly OtherDrug[],
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
): string[] {
  const problems: string[] = [];
  const taken = new Map<string, string>();
  for (const c of knowledge.compounds)
    for (const n of [c.name, c.id, ...c.aliases]) taken.set(normalizeName(n), `compound ${c.id}`);
  for (const e of knowledge.notCovered)
    for (const n of [e.name, ...e.aliases]) taken.set(normalizeName(n), `not-covered '${e.name}'`);
  const classes = new Set(drugs.filter((d) => d.kind === "class").map((d) => d.name));
  const own = new Map<string, string>();
  drugs.forEach((drug, i) => {
    if (drug.member_of !== undefined && !classes.has(drug.member_of)) {
      problems.push(`drugs[${i}].member_of: '${drug.member_of}' is not the name of a class in this file`);
    }
    [drug.name, ...drug.aliases].forEach((name, j) => {
      const where = j === 0 ? `drugs[${i}].name` : `drugs[${i}].aliases[${j - 1}]`;
      const key = normalizeName(name);
      if (key === "") problems.push(`${where}: '${name}' has no letters or digits to match on`);
      else if (taken.has(key)) problems.push(`${where}: '${name}' is already a name of ${taken.get(key)}`);
      else if (own.has(key))
        problems.push(`${where}: '${name}' is already a name of '${own.get(key)}' in this file`);
      else own.set(key, drug.name);
    });
  });
  return problems;
}

/** Reads and validates knowledge/other-drugs.yaml. Throws KnowledgeError naming every problem. */
export function loadOtherDrugs(
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
  dir: string = knowledgeDir(),
): OtherDrug[] {
  const file = path.join(dir, OTHER_DRUGS_FILE);
  const shown = path.relative(PROJECT_ROOT, file).startsWith("..") ? file : path.relative(PROJECT_ROOT, file);
  let content: string;
  try {
    content = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new KnowledgeError([
      `${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
  return parseOtherDrugs({ path: shown, text: content }, knowledge);
}
