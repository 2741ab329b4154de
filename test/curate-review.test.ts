import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { review } from "../src/curate/review.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { KnowledgeError } from "../src/knowledge/parse.js";
import { publishedKnowledge } from "../src/knowledge/review.js";
import { unreviewedShownProblems } from "../src/reply/review-audit.js";
import { hasSourceTexts, parseEdited, problemsOf, realKnowledge } from "./support/knowledge.js";
import { tempWorkspace } from "./support/workspace.js";

let ws: ReturnType<typeof tempWorkspace> | undefined;
afterEach(() => ws?.dispose());

const FIRST_REVIEW = / {4}status: reviewed\n {4}author: initial-curation\n {4}reviewer: sceptical-reading\n/;

describe("review state", () => {
  it("every entry of the real knowledge is reviewed, by someone other than its author, in the version reviewed", () => {
    for (const c of realKnowledge().compounds)
      for (const e of [...c.doses, ...c.claims]) {
        expect(e.status).toBe("reviewed");
        expect(e.author).not.toBe(e.reviewer);
      }
  });

  it("knowledge:check fails on a reviewer who is the author", () => {
    const problems = problemsOf(() =>
      parseEdited("piracetam", (t) => t.replace("reviewer: sceptical-reading", "reviewer: Initial-Curation")),
    );
    expect(problems).toEqual([
      expect.stringMatching(/piracetam\.yaml: \w+\[\d+\]\.reviewer: 'Initial-Curation' is also its author/),
    ]);
  });

  it("an edited statement is a new version that needs review again", () => {
    const problems = problemsOf(() =>
      parseEdited("piracetam", (t) => t.replace(/statement: (\w)/, "statement: Reportedly, $1")),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /piracetam\.yaml: claims\[0\]: edited since it was reviewed .*curate -- review [0-9a-f]{10} --by NAME/,
      ),
    ]);
  });

  it("answers show reviewed entries only; knowledge:check catches a draft shown where drafts are off", () => {
    const knowledge = parseEdited("piracetam", (t) =>
      t.replace(FIRST_REVIEW, "    status: draft\n    author: initial-curation\n"),
    );
    const piracetam = knowledge.compounds.find((c) => c.id === "piracetam")!;
    const drafted = [...piracetam.doses, ...piracetam.claims].find((e) => e.status === "draft")!;
    const published = publishedKnowledge(knowledge);
    const shown = published.compounds.find((c) => c.id === "piracetam")!;
    expect([...shown.doses, ...shown.claims]).not.toContain(drafted);
    expect(unreviewedShownProblems(knowledge, published)).toEqual([]);
    // A server that shows drafts: the draft carries its mark; the same replies where drafts are off are caught.
    const withDrafts = publishedKnowledge(knowledge, "drafts");
    const leaks = unreviewedShownProblems(knowledge, withDrafts);
    expect(leaks.length).toBeGreaterThan(0);
    expect(leaks.join("\n")).toMatch(/shows a draft or disputed mark, with drafts off/);
  });

  it("knowledge:check also catches a draft dose shown where drafts are off, even without its mark", () => {
    // piracetam's file begins with its dose: only that entry becomes a draft.
    const knowledge = parseEdited("piracetam", (t) =>
      t.replace(FIRST_REVIEW, "    status: draft\n    author: initial-curation\n"),
    );
    const piracetam = knowledge.compounds.find((c) => c.id === "piracetam")!;
    expect(piracetam.doses[0]?.status).toBe("draft");
    expect(piracetam.claims.every((c) => c.status === "reviewed")).toBe(true);
    // A leak that lost the status on the way (so no 🚧 mark is drawn): the dose is shown all the same.
    const withDrafts = publishedKnowledge(knowledge, "drafts");
    const leaked = {
      ...withDrafts,
      compounds: withDrafts.compounds.map((c) => ({
        ...c,
        doses: c.doses.map((d) => ({ ...d, status: "reviewed" as const })),
      })),
    };
    const leaks = unreviewedShownProblems(knowledge, leaked);
    expect(leaks.join("\n")).toMatch(
      /\/compound piracetam section:dosing: shows the draft dose "1200–4800 mg[^"]*" of Piracetam, with drafts off/,
    );
    expect(unreviewedShownProblems(knowledge, publishedKnowledge(knowledge))).toEqual([]);
  });
});

describe.skipIf(!hasSourceTexts)("npm run curate -- review", () => {
  it("re-reviews an edited entry, refusing its author, and leaves the files as they were when the check fails", () => {
    ws = tempWorkspace();
    const file = path.join(ws.knowledgeDir, "compounds", "piracetam.yaml");
    const before = fs.readFileSync(file, "utf8");
    fs.writeFileSync(
      file,
      before
        .replace(/statement: (\w)/, "statement: Reportedly, $1")
        .replace("reviewer: sceptical-reading", "reviewer: x"),
    );
    const load = () =>
      loadKnowledge({ dir: ws!.knowledgeDir, sourcesDir: ws!.sourcesDir, quotes: "required" });
    expect(load).toThrow(KnowledgeError);
    const id = /review ([0-9a-f]{10})/.exec(problemsOf(load).join("\n"))![1]!;
    expect(review(ws, id, "initial-curation").ok).toBe(false);
    expect(review(ws, id, "carol")).toMatchObject({ ok: true });
    expect(load).not.toThrow();
    expect(fs.readFileSync(file, "utf8")).toMatch(/reviewer: carol\n {4}reviewed: [0-9a-f]{10}\n/);
  });
});
