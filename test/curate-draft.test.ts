import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { registry } from "../commands/index.js";
import { addSource } from "../src/curate/add-source.js";
import { draft } from "../src/curate/draft.js";
import { pending } from "../src/curate/pending.js";
import { review } from "../src/curate/review.js";
import { createContext } from "../src/context.js";
import { route } from "../src/interactions/route.js";
import { curateExample, EXAMPLE_ID, EXAMPLE_TEXT, writeStatementIn } from "./support/curator.js";
import { hasSourceTexts } from "./support/knowledge.js";
import { tempWorkspace } from "./support/workspace.js";

let ws: ReturnType<typeof tempWorkspace> | undefined;
afterEach(() => ws?.dispose());

interface Candidate {
  quote: string;
  topic?: string;
  subjects?: string[];
  goals?: string[];
  evidence?: string;
}
const candidateQuoting = (file: string, start: string): Candidate => {
  const drafted = parse(fs.readFileSync(file, "utf8")) as { candidates: Candidate[] };
  const found = drafted.candidates.find((c) => c.quote.startsWith(start));
  if (!found) throw new Error(`no candidate quoting "${start}"`);
  return found;
};

describe("npm run curate -- draft: the guesses from the knowledge's words", () => {
  it("guesses an effect's goals (not from the population it names), and reads a phrase's words once", () => {
    ws = tempWorkspace({ withSources: false });
    const file = curateExample(ws);
    // "scored better on memory tests": memory; "mild dementia" is who took it, not what it is for.
    expect(candidateQuoting(file, "In a trial of 60 elderly patients").goals).toEqual(["memory"]);
    expect(candidateQuoting(file, "In rats, oxiracetam improved learning").goals).toEqual(["learning"]);
    // Not an effect: no goals.
    expect(candidateQuoting(file, "No long-term studies").goals).toBeUndefined();
    // "the side effect": side effects, not also effects (the "effect" of "side effect").
    const headaches = candidateQuoting(file, "Headaches are the side effect");
    expect(headaches.subjects).toContain("side-effects");
    expect(headaches.subjects).not.toContain("effect");
  });

  it("takes personal experience from a neighbour only for a sentence in the first person", () => {
    ws = tempWorkspace({ withSources: false });
    const file = curateExample(ws);
    expect(candidateQuoting(file, "I found that taking it with a meal").evidence).toBe("personal-experience");
    // The sentence after it reports what is mentioned most often: not the writer's own experience.
    expect(candidateQuoting(file, "Headaches are the side effect").evidence).toBe("none-given");
    // A study named next door still carries over (the caveat after the trial).
    expect(candidateQuoting(file, "The trial was small").evidence).toBe("human-trial");
  });
});

describe("npm run curate -- draft on a knowledge folder whose phrases.yaml is malformed", () => {
  it("names the file and what is wrong with it, as the bot's own reading of it does", () => {
    ws = tempWorkspace({ withSources: false });
    const file = path.join(ws.knowledgeDir, "phrases.yaml");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace(/^ {2}memory: \[.*\]$/m, "  memory: memory"),
    );
    expect(() => curateExample(ws!)).toThrow(/phrases\.yaml: goals\.memory/);
  });
});

describe("npm run curate -- draft without --compound, on a text about a compound not covered", () => {
  it("never drafts its sentences for a covered compound it mentions, and says how to draft them", () => {
    ws = tempWorkspace({ withSources: false });
    addSource(ws, {
      file: EXAMPLE_TEXT,
      id: EXAMPLE_ID,
      title: "Oxiracetam: an example source text",
      kind: "research-overview",
    });
    const printed = draft(ws, EXAMPLE_ID, { by: "alice" }).join("\n");
    const file = `${ws.knowledgeDir}/drafts/${EXAMPLE_ID}.yaml`;
    const drafted = parse(fs.readFileSync(file, "utf8")) as {
      candidates: { compound: string; quote: string }[] | null;
    };
    const candidates = drafted.candidates ?? [];
    // "Oxiracetam is a racetam, a close chemical relative of piracetam": about oxiracetam, as is what follows.
    for (const q of [
      "Oxiracetam is a racetam",
      "In a trial of 60",
      "The usual dose is 800 mg",
      "No long-term studies",
    ])
      expect(candidates.find((c) => c.quote.startsWith(q))).toBeUndefined();
    expect(candidates.filter((c) => c.compound === "piracetam")).toEqual([]);
    expect(printed).toMatch(/not covered \(Oxiracetam\).*--compound "Oxiracetam"/);
  });
});

describe.skipIf(!hasSourceTexts)("a reviewed effect with its guessed goal", () => {
  it("answers a question about that goal instead of saying the sources report nothing on it", () => {
    ws = tempWorkspace();
    curateExample(ws);
    const [claimId] = pending(ws)
      .filter((l) => /^[0-9a-f]{10} /.test(l) && !l.includes("dose "))
      .map((l) => l.slice(0, 10));
    expect(review(ws, claimId!, "bob").ok).toBe(true);
    const ctx = createContext(registry, { dir: ws.knowledgeDir, sourcesDir: ws.sourcesDir });
    const out = route(ctx, {
      type: "command",
      name: "ask",
      options: { question: "does oxiracetam help memory" },
    });
    const said = JSON.stringify(out);
    expect(said).toContain("did better on memory tests");
    expect(said).not.toMatch(/report nothing about memory/);
  });
});

describe.skipIf(!hasSourceTexts)("npm run curate -- review of a candidate that fails a check", () => {
  it("names the candidate in its drafts file, where the curator fixes it, not the compound file it would go to", () => {
    ws = tempWorkspace();
    const file = curateExample(ws);
    // The rats sentence, written without saying it was in rats.
    writeStatementIn(
      file,
      "In rats, oxiracetam improved",
      "Oxiracetam improved learning in a water maze after a single dose.",
    );
    const line = pending(ws).find((l) => l.includes("Oxiracetam improved learning"))!;
    const at = /candidates\[(\d+)\]/.exec(line)![1];
    const result = review(ws, line.slice(0, 10), "bob");
    expect(result.ok).toBe(false);
    const said = result.lines.join("\n");
    expect(said).toMatch(/Not reviewed \(nothing changed\)/);
    expect(said).toContain(`${file} candidates[${at}]: an animal-study result must say so`);
    expect(said).not.toMatch(/compounds\/oxiracetam\.yaml: claims\[0\]/);
    expect(fs.existsSync(`${ws.knowledgeDir}/compounds/oxiracetam.yaml`)).toBe(false);
  });
});
