import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { reanchor } from "../src/curate/reanchor.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { KnowledgeError } from "../src/knowledge/parse.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { lines, tempWorkspace } from "./support/workspace.js";

let ws: ReturnType<typeof tempWorkspace> | undefined;
afterEach(() => ws?.dispose());

const load = () => loadKnowledge({ dir: ws!.knowledgeDir, sourcesDir: ws!.sourcesDir, quotes: "required" });
function problems(): string[] {
  try {
    load();
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return [...error.problems];
    throw error;
  }
}
const sourceFile = (name: string) => path.join(ws!.sourcesDir, name);

describe.skipIf(!hasSourceTexts)("anchored quotes", () => {
  it("every quote of the real knowledge carries an anchor that matches exactly, and each source its sha256", () => {
    ws = tempWorkspace();
    expect(problems()).toEqual([]);
    const noopept = fs.readFileSync(path.join(ws.knowledgeDir, "compounds", "noopept.yaml"), "utf8");
    expect(noopept).toMatch(/anchor:\n\s+- \{ start: \d+, end: \d+, prefix: .*, suffix: .* \}/);
    const log = lines();
    expect(reanchor(ws, { dryRun: true }, log.out)).toBe(0);
    expect(log.text()).toMatch(/Would change 0 entries; 0 need a curator/);
  });

  it("an edited source text fails the check, naming the source and each quote that moved; reanchor follows them", () => {
    ws = tempWorkspace();
    const file = sourceFile("noopept-personal-review.txt");
    fs.writeFileSync(file, `A new first paragraph, added by an editor.\n\n${fs.readFileSync(file, "utf8")}`);
    const found = problems();
    expect(
      found.some((p) => /sources\[1\]\.sha256: the text of 'noopept-personal-review'.*changed/.test(p)),
    ).toBe(true);
    expect(
      found.some((p) =>
        /noopept\.yaml: doses\[1\]\.quote\[0\]: "A standard dose.*" moved: anchored at \d+-\d+ .* now at \d+-\d+/.test(
          p,
        ),
      ),
    ).toBe(true);
    expect(found.filter((p) => !p.includes(".sha256:") && /not found verbatim/.test(p))).toEqual([]);

    const log = lines();
    expect(reanchor(ws, {}, log.out)).toBe(0);
    expect(log.text()).toMatch(/noopept\.yaml doses\[1\] \(\w{10}\) part 1: moved \d+-\d+ -> \d+-\d+/);
    expect(log.text()).toMatch(/'noopept-personal-review': sha256 updated to the edited text/);
    expect(problems()).toEqual([]);
  });

  it("a quote whose place is the same but whose neighbouring words were edited is said so, not 'moved' to where it was", () => {
    ws = tempWorkspace();
    const file = sourceFile("noopept-personal-review.txt");
    const text = fs.readFileSync(file, "utf8");
    // The heading before doses[1]'s first part, edited to a word of the same length: nothing moves.
    fs.writeFileSync(file, text.replace("Noopept Dosage Information", "Noopept Dosing Information"));
    const found = problems().filter((p) => /doses\[1\]\.quote\[0\]/.test(p));
    expect(found).toEqual([
      expect.stringMatching(
        /doses\[1\]\.quote\[0\]: "A standard dose.*" is still at 4575-4735 in 'noopept-personal-review', but the words around it changed; run npm run curate -- reanchor/,
      ),
    ]);
    const log = lines();
    expect(reanchor(ws, {}, log.out)).toBe(0);
    expect(log.text()).toMatch(
      /noopept\.yaml doses\[1\] \(\w{10}\) part 1: still at 4575-4735, the words around it changed: context updated/,
    );
    expect(log.text()).not.toMatch(/moved (\d+-\d+) -> \1\b/);
    expect(problems()).toEqual([]);
  });

  it("a quote whose words were edited is never moved silently: reanchor suggests the nearest match, --accept takes it as a draft", () => {
    ws = tempWorkspace();
    const file = sourceFile("noopept-personal-review.txt");
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("A standard dose is 10-20 mg");
    fs.writeFileSync(file, text.replace("A standard dose is 10-20 mg", "A usual dose is 10-20 mg"));
    expect(
      problems().some((p) => /doses\[1\]\.quote\[0\]: "A standard dose.*not found verbatim/.test(p)),
    ).toBe(true);

    const log = lines();
    expect(reanchor(ws, {}, log.out)).toBe(1);
    const line = log.all.find((l) => /doses\[1\].*vanished; nearest match/.test(l));
    expect(line).toMatch(/"A usual dose is 10-20 mg, which should be taken sublingually/);
    const id = /--accept (\w{10})/.exec(line!)![1]!;
    expect(problems().length).toBeGreaterThan(0);

    const accepted = lines();
    expect(reanchor(ws, { accept: [id] }, accepted.out)).toBe(0);
    expect(accepted.text()).toMatch(
      /now a draft to review; first check that its statement \(or a dose.s purpose and note\) says no more than these words/,
    );
    const yaml = fs.readFileSync(path.join(ws.knowledgeDir, "compounds", "noopept.yaml"), "utf8");
    expect(yaml).toContain('"A usual dose is 10-20 mg, which should be taken sublingually');
    const { knowledge } = load();
    const dose = knowledge.compounds.find((c) => c.id === "noopept")!.doses[1]!;
    expect(dose.status).toBe("draft");
    expect(dose.reviewer).toBeUndefined();
  });
});
