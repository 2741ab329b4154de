import type { Claim, Compound, Knowledge, Subject } from "./schema.js";
import { runWhole, type Sliced } from "../slices.js";

/**
 * The subjects a member can ask about a compound (knowledge/subjects.yaml): what claims answer, what
 * question reading looks for, and what an answer may call the sources silent on. The ids are data, not code.
 */

export function subjectById(knowledge: Pick<Knowledge, "subjects">, sid: string): Subject | undefined {
  return knowledge.subjects.find((s) => s.id === sid);
}

/** Every subject a claim answers: those its topic answers by default, and those it names. */
export function subjectsOf(knowledge: Pick<Knowledge, "subjects">, claim: Claim): string[] {
  return knowledge.subjects.filter((s) => answers(knowledge, claim, s.id)).map((s) => s.id);
}

export function answers(knowledge: Pick<Knowledge, "subjects">, claim: Claim, sid: string): boolean {
  if ((claim.subjects ?? []).includes(sid)) return true;
  const subject = subjectById(knowledge, sid);
  return (
    (subject?.topics.includes(claim.topic) ?? false) ||
    (subject?.population === true && claim.population !== undefined)
  );
}

/** The claims of a compound that answer a subject. */
export function claimsAnswering(
  knowledge: Pick<Knowledge, "subjects">,
  compound: Compound,
  sid: string,
): Claim[] {
  return compound.claims.filter((c) => answers(knowledge, c, sid));
}

/** The subjects of a kind ("safety") that no claim of the compound answers: the only ones it may be called silent on. */
export function silentSubjects(
  knowledge: Pick<Knowledge, "subjects">,
  compound: Compound,
  kind: Subject["kind"],
): Subject[] {
  return knowledge.subjects.filter(
    (s) => s.kind === kind && claimsAnswering(knowledge, compound, s.id).length === 0,
  );
}

/** "drug interactions and use in pregnancy or nursing" (or "…, or …") */
export function subjectList(subjects: readonly Subject[], conjunction: "and" | "or" = "and"): string {
  const labels = subjects.map((s) => s.label);
  return labels.length <= 1
    ? (labels[0] ?? "")
    : `${labels.slice(0, -1).join(", ")} ${conjunction} ${labels.at(-1)}`;
}

/**
 * The subjects file's own rules and the claims' links to it: a word under two subjects, a claim naming an
 * unknown subject, a caveat (topic evidence) that qualifies nothing, a qualifier pointing at nothing.
 */
export function subjectProblems(knowledge: Knowledge, subjectsPath: string): string[] {
  return runWhole(subjectChecks(knowledge, subjectsPath));
}

/** What a reload keeps of each compound's checks: its problems, while `key` (the subjects file) is the same. */
export type SubjectMemo = WeakMap<Compound, { key: unknown; problems: string[] }>;

/**
 * subjectProblems as sliced work: it yields every few dozen compounds. With a memo, a compound checked
 * before against the same subjects (`key`: the subjects file's text) is not checked again.
 */
export function* subjectChecks(
  knowledge: Knowledge,
  subjectsPath: string,
  memo?: SubjectMemo,
  key?: unknown,
): Sliced<string[]> {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  knowledge.subjects.forEach((s, i) => {
    if (ids.has(s.id)) problems.push(`${subjectsPath}: subjects[${i}].id: duplicate subject id '${s.id}'`);
    ids.add(s.id);
    s.words.forEach((w, j) => {
      const first = owner.get(w);
      if (first !== undefined && first !== s.id)
        problems.push(`${subjectsPath}: subjects[${i}].words[${j}]: '${w}' already asks about '${first}'`);
      owner.set(w, s.id);
    });
  });
  for (const [n, compound] of knowledge.compounds.entries()) {
    if (n % 32 === 31) yield;
    const kept = memo?.get(compound);
    if (kept && key !== undefined && kept.key === key) {
      problems.push(...kept.problems);
      continue;
    }
    const found = compoundProblems(knowledge, compound, ids, subjectsPath);
    memo?.set(compound, { key, problems: found });
    problems.push(...found);
  }
  return problems;
}

/** One compound's claims against the subjects: unknown subjects, qualifiers pointing at nothing. */
function compoundProblems(
  knowledge: Knowledge,
  compound: Compound,
  ids: ReadonlySet<string>,
  subjectsPath: string,
): string[] {
  const problems: string[] = [];
  const file = knowledge.files.get(compound.id) ?? compound.id;
  const claimIds = new Set(compound.claims.flatMap((c) => (c.id ? [c.id] : [])));
  compound.claims.forEach((claim, i) => {
    const where = `${file}: claims[${i}]`;
    (claim.subjects ?? []).forEach((sid, j) => {
      if (!ids.has(sid))
        problems.push(`${where}.subjects[${j}]: unknown subject '${sid}' (see ${subjectsPath})`);
    });
    const q = claim.qualifies;
    (q?.claims ?? []).forEach((cid, j) => {
      if (!claimIds.has(cid)) problems.push(`${where}.qualifies.claims[${j}]: no claim with id '${cid}'`);
      if (cid === claim.id) problems.push(`${where}.qualifies.claims[${j}]: a claim cannot qualify itself`);
    });
    (q?.subjects ?? []).forEach((sid, j) => {
      if (!ids.has(sid)) problems.push(`${where}.qualifies.subjects[${j}]: unknown subject '${sid}'`);
      else if (!compound.claims.some((c) => c !== claim && answers(knowledge, c, sid)))
        problems.push(
          `${where}.qualifies.subjects[${j}]: no other claim of ${compound.name} answers '${sid}', so it qualifies nothing`,
        );
    });
    const targets = (q?.claims?.length ?? 0) + (q?.subjects?.length ?? 0);
    if (claim.topic === "evidence" && targets === 0)
      problems.push(
        `${where}.qualifies: a caveat (topic evidence) must name the claims or subjects it qualifies`,
      );
  });
  return problems;
}

/** The safety subjects no claim of the compound answers: what a safety answer and the card call silent. */
export function silentSafety(knowledge: Pick<Knowledge, "subjects">, compound: Compound): Subject[] {
  return silentSubjects(knowledge, compound, "safety");
}

/** Of the subjects named, those no claim of the compound answers, in the order of the subjects file. */
export function silentOn(
  knowledge: Pick<Knowledge, "subjects">,
  compound: Compound,
  ids: readonly string[],
): Subject[] {
  return knowledge.subjects.filter(
    (s) => ids.includes(s.id) && claimsAnswering(knowledge, compound, s.id).length === 0,
  );
}
