import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { registry } from "../commands/index.js";
import { pending } from "../src/curate/pending.js";
import { review } from "../src/curate/review.js";
import { createContext } from "../src/context.js";
import { route } from "../src/interactions/route.js";
import type { Outgoing } from "../src/interactions/types.js";
import { textSha256 } from "../src/knowledge/version.js";
import { hasSourceTexts, realKnowledge } from "./support/knowledge.js";
import { curateExample, EXAMPLE_TEXT } from "./support/curator.js";
import { tempWorkspace } from "./support/workspace.js";

let ws: ReturnType<typeof tempWorkspace> | undefined;
afterEach(() => ws?.dispose());

const text = (out: Outgoing) =>
  out.type === "reply" || out.type === "update" ? JSON.stringify(out.payload) : JSON.stringify(out);

describe("the example text, for the curator guide", () => {
  it("is never a source of the real knowledge", () => {
    const sha = textSha256(fs.readFileSync(EXAMPLE_TEXT, "utf8"));
    for (const s of realKnowledge().sources) {
      expect(s.sha256).not.toBe(sha);
      expect(s.id).not.toMatch(/^example-/);
    }
    expect(realKnowledge().compounds.map((c) => c.id)).not.toContain("oxiracetam");
  });
});

describe.skipIf(!hasSourceTexts)("a new compound, end to end, in a copy of the knowledge", () => {
  it("add-source, draft, two statements, review by someone else: a card, names, aliases, doses, search", () => {
    ws = tempWorkspace();
    const drafts = curateExample(ws);
    const draftText = fs.readFileSync(drafts, "utf8");
    expect(draftText).toMatch(/# evidence guessed from "trial"\n/);
    expect(draftText).toMatch(/evidence: animal-study\n/);
    expect(draftText).toMatch(/evidence: cell-study\n/);
    expect(draftText).toMatch(/evidence: personal-experience\n/);
    expect(draftText).toMatch(/# evidence guessed from a footnote or citation/);
    expect(draftText).toMatch(/# hedges \("may"\)/);
    expect(draftText).toMatch(/population: elderly patients with mild dementia\n/);
    expect(draftText).toMatch(
      /min: 400\n\s+max: 400\n\s+unit: mg\n\s+per: unspecified\n\s+route: unspecified/,
    );
    expect(draftText).toMatch(/# after: The trial was small, and the authors asked for larger studies/);

    const ids = pending(ws)
      .filter((l) => /^[0-9a-f]{10} /.test(l))
      .map((l) => l.slice(0, 10));
    expect(ids).toHaveLength(2);
    const [claimId, doseId] = ids as [string, string];
    expect(review(ws, claimId, "Alice")).toMatchObject({
      ok: false,
      lines: [expect.stringMatching(/Refused: Alice wrote/)],
    });
    expect(review(ws, doseId, "bob").lines.join("\n")).toMatch(/Not reviewed .*a claim/);
    const reviewed = review(ws, claimId, "bob");
    expect(reviewed.lines.join("\n")).toMatch(
      /created compounds\/oxiracetam\.yaml; took Oxiracetam out of not-covered\.yaml/,
    );
    expect(review(ws, doseId, "bob").ok).toBe(true);

    const notCovered = fs.readFileSync(path.join(ws.knowledgeDir, "not-covered.yaml"), "utf8");
    expect(notCovered).not.toMatch(/Oxiracetam|ISF-2522/);
    const ctx = createContext(registry, {
      dir: ws.knowledgeDir,
      sourcesDir: ws.sourcesDir,
      quotes: "required",
    });
    const card = text(route(ctx, { type: "command", name: "compound", options: { name: "ISF-2522" } }));
    expect(card).toContain("Oxiracetam");
    expect(card).toContain("Racetam");
    const dose = text(route(ctx, { type: "command", name: "ask", options: { question: "oxiracetam dose" } }));
    expect(dose).toContain("The usual dose is 800 mg, taken by mouth twice a day.");
    expect(dose).toContain("Oxiracetam: an example source text");
    const typo = text(route(ctx, { type: "command", name: "compound", options: { name: "oxiracetm" } }));
    expect(typo).toContain("elderly patients with mild dementia");
  });
});
