import fs from "node:fs";
import path from "node:path";
import { addSource } from "../../src/curate/add-source.js";
import { draft } from "../../src/curate/draft.js";
import { pending } from "../../src/curate/pending.js";
import { review } from "../../src/curate/review.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import type { Workspace } from "../../src/curate/workspace.js";

export const EXAMPLE_TEXT = path.join(PROJECT_ROOT, "test", "fixtures", "example-oxiracetam.txt");
export const EXAMPLE_ID = "example-oxiracetam";

/** Replaces `statement: ""` (or `purpose: ""`) of the candidate whose quote starts with `quote`. */
export function writeStatement(text: string, quote: string, words: string, field = "statement"): string {
  const at =
    text.indexOf(`quote: "${quote}`) >= 0
      ? text.indexOf(`quote: "${quote}`)
      : text.indexOf(`quote: ${quote}`);
  if (at < 0) throw new Error(`no candidate quoting "${quote}"`);
  const blank = text.lastIndexOf(`${field}: ""`, at);
  if (blank < 0) throw new Error(`no blank ${field} before "${quote}"`);
  return `${text.slice(0, blank)}${field}: ${JSON.stringify(words)}${text.slice(blank + field.length + 4)}`;
}

/** writeStatement in a drafts file, written back. */
export function writeStatementIn(file: string, quote: string, words: string): void {
  fs.writeFileSync(file, writeStatement(fs.readFileSync(file, "utf8"), quote, words));
}

/**
 * What a curator does with the example text, as the README guide tells it: add the source, draft it for the
 * new compound Oxiracetam (as alice), write the new compound's class and summary and two statements.
 */
export function curateExample(ws: Workspace): string {
  addSource(ws, {
    file: EXAMPLE_TEXT,
    id: EXAMPLE_ID,
    title: "Oxiracetam: an example source text",
    kind: "research-overview",
    note: "A test fixture written for the curator guide, not a real source.",
  });
  draft(ws, EXAMPLE_ID, { compounds: ["Oxiracetam"], by: "alice" });
  const file = path.join(ws.knowledgeDir, "drafts", `${EXAMPLE_ID}.yaml`);
  let text = fs.readFileSync(file, "utf8");
  text = text.replace('class: ""', "class: Racetam");
  text = text.replace('summary: ""', "summary: A racetam, a close chemical relative of piracetam.");
  text = writeStatement(
    text,
    "In a trial of 60 elderly patients",
    "In one small trial, elderly patients with mild dementia given oxiracetam for 12 weeks did better on memory tests than with a placebo.",
  );
  text = writeStatement(text, "The usual dose is 800 mg", "usual dose", "purpose");
  fs.writeFileSync(file, text);
  return file;
}

/**
 * The example curated to the end: curateExample, the trial's caveat written as a second statement, and every
 * candidate but the dose reviewed by bob. Returns what each review said.
 */
export function curateAndReview(ws: Workspace): string[] {
  const file = curateExample(ws);
  writeStatementIn(
    file,
    "The trial was small",
    "The trial was small, and its authors asked for larger studies.",
  );
  return pending(ws)
    .filter((l) => /^[0-9a-f]{10} /.test(l))
    .filter((l) => !l.includes("dose "))
    .flatMap((l) => review(ws, l.slice(0, 10), "bob").lines);
}
