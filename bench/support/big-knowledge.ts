import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDocument, stringify } from "yaml";
import { KNOWLEDGE_DIR } from "../../src/paths.js";
import type { Compound, Knowledge } from "../../src/knowledge/schema.js";
import { synthetic } from "../../test/support/synthetic.js";

/**
 * A knowledge folder on disk at scale, for the reload bench: the real files plus synthetic compounds (names
 * from test/support/synthetic.ts), each carrying the doses and claims of the real compound with the most
 * claims and then claims of the next (those that link to another compound left out), 65 documents each, so
 * that 1,000 compounds make about 65,000 documents. Returns the folder; the caller removes it.
 */
/** Documents (claims and doses) each synthetic compound carries: 1,000 compounds make about 65,000. */
const DOCS = 65;

export function writeBigKnowledge(base: Knowledge, count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nootropic-big-"));
  fs.cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  const [richest, second] = [...base.compounds].sort((a, b) => b.claims.length - a.claims.length);
  // The richest compound's claims, then the next one's, up to DOCS documents (claims and doses) a compound;
  // none linking to another compound, none qualifying a claim left out.
  const pool = [...richest!.claims, ...second!.claims].filter((c) => c.with === undefined);
  const claims = pool.slice(0, DOCS - richest!.doses.length);
  const ids = new Set(claims.map((c) => c.id).filter(Boolean));
  for (let i = claims.length - 1; i >= 0; i--)
    if ((claims[i]!.qualifies?.claims ?? []).some((id) => !ids.has(id))) claims.splice(i, 1);
  const disagreements = richest!.disagreements.filter((d) => d.sides.every((s) => ids.has(s)));
  const big = synthetic(base, count);
  const added: Compound[] = big.compounds.filter((c) => c.id.startsWith("syn-"));
  for (const c of added) {
    const compound = { ...c, claims, doses: richest!.doses, disagreements };
    fs.writeFileSync(path.join(dir, "compounds", `${c.id}.yaml`), stringify(compound, { lineWidth: 0 }));
  }
  const sourcesFile = path.join(dir, "sources.yaml");
  const doc = parseDocument(fs.readFileSync(sourcesFile, "utf8"));
  const used = new Set([...claims, ...richest!.doses].map((e) => e.source));
  doc.toJS().sources.forEach((s: { id: string; covers: string[] }, i: number) => {
    if (used.has(s.id)) doc.setIn(["sources", i, "covers"], [...s.covers, ...added.map((c) => c.id)]);
  });
  fs.writeFileSync(sourcesFile, doc.toString({ lineWidth: 0 }));
  return dir;
}
