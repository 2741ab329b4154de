import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { findAnchors, foldSource } from "../knowledge/anchor.js";
import { quoteHedges } from "../knowledge/faithful.js";
import { normalizeName } from "../knowledge/normalize.js";
import type { Anchor } from "../knowledge/schema.js";
import { guessDose, guessEvidence, guessPopulation, guessTopic } from "./guess.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { goalsOf, subjectsOf, type Vocabulary } from "./vocabulary-guess.js";
import { parseFlags, UsageError, type CurateVerb } from "./verb.js";
import { renderPair, type Value } from "./yaml-edit.js";
import {
  compoundsDir,
  draftsDir,
  readSources,
  readSourceText,
  shown,
  workspace,
  yamlFiles,
  type Workspace,
} from "./workspace.js";

/** A compound the draft looks for: one already covered, or a new one the curator named with --compound. */
export interface Named {
  id: string;
  name: string;
  aliases: string[];
  isNew: boolean;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const notCoveredOf = (ws: Workspace) =>
  (
    parse(fs.readFileSync(path.join(ws.knowledgeDir, "not-covered.yaml"), "utf8")) as {
      compounds: { name: string; aliases?: string[] }[];
    }
  ).compounds ?? [];

/** The names of not-covered.yaml that are not among `found`: a sentence about one of them is about no compound we cover. */
function notCoveredToFind(ws: Workspace, found: readonly Named[]): Named[] {
  const taken = new Set(found.flatMap((c) => [c.name, ...c.aliases].map(normalizeName)));
  return notCoveredOf(ws)
    .filter((e) => !taken.has(normalizeName(e.name)))
    .map((e) => ({ id: slug(e.name), name: e.name, aliases: e.aliases ?? [], isNew: true }));
}

/** The covered compounds, and each --compound name (its aliases from not-covered.yaml when listed there). */
export function compoundsToFind(ws: Workspace, extra: readonly string[]): Named[] {
  const covered: Named[] = yamlFiles(compoundsDir(ws)).map((file) => {
    const c = parse(fs.readFileSync(file, "utf8")) as { id: string; name: string; aliases?: string[] };
    return { id: c.id, name: c.name, aliases: c.aliases ?? [], isNew: false };
  });
  const notCovered = notCoveredOf(ws);
  const named = extra.map((name): Named => {
    const key = normalizeName(name);
    const known = covered.find((c) => [c.name, c.id, ...c.aliases].some((n) => normalizeName(n) === key));
    if (known) return known;
    const listed = notCovered.find((e) =>
      [e.name, ...(e.aliases ?? [])].some((n) => normalizeName(n) === key),
    );
    return {
      id: slug(listed?.name ?? name),
      name: listed?.name ?? name,
      aliases: listed?.aliases ?? [],
      isNew: true,
    };
  });
  return [...covered.filter((c) => !named.includes(c)), ...named];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The compounds a sentence names, in the order it names them. */
function mentions(sentence: string, compounds: readonly Named[]): Named[] {
  const at = (c: Named) =>
    Math.min(
      ...[c.name, c.id, ...c.aliases].map((n) => {
        const m = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(n)}($|[^\\p{L}\\p{N}])`, "iu").exec(sentence);
        return m ? m.index : Infinity;
      }),
    );
  return compounds
    .map((c) => ({ c, i: at(c) }))
    .filter((x) => x.i < Infinity)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.c);
}

const comment = (pad: string, label: string, text: string | undefined) =>
  text ? `${pad}# ${label}: ${text.length > 200 ? `${text.slice(0, 197)}...` : text}\n` : "";

function candidate(
  s: Sentence,
  i: number,
  all: readonly Sentence[],
  compound: Named,
  sourceId: string,
  anchor: Anchor,
  vocabulary: { subjects?: Vocabulary; goals?: Vocabulary },
  others: readonly Named[],
): string {
  const pad = "    ";
  const near = (j: number) => (all[j]?.paragraph === s.paragraph ? all[j]?.text : undefined);
  const before = near(i - 1);
  const after = near(i + 1);
  const evidence = guessEvidence(s.quote, s.text, before, after);
  const dose =
    evidence.evidence === "animal-study" || evidence.evidence === "cell-study"
      ? undefined
      : guessDose(s.quote);
  const population = guessPopulation(s.quote, evidence.evidence);
  const hedge = quoteHedges({ quote: s.quote });
  let out = `  - compound: ${compound.id}\n`;
  out += comment(pad, "before", before);
  out += comment(pad, "after", after);
  out += `${pad}# evidence guessed from ${evidence.why}\n`;
  if (hedge) out += `${pad}# hedges ("${hedge}"): the statement must hedge too, or say who claims it\n`;
  if (population) out += `${pad}# population guessed: the statement must name it\n`;
  for (const o of others)
    out += `${pad}# also names ${o.name}: if the claim links the two, add with: ${o.id} and name both in the statement\n`;
  const fields: [string, Value][] = [];
  if (dose) {
    out += `${pad}# a dose: write its purpose ("general use"); "unspecified" is what the sentence does not state\n`;
    fields.push(
      ["min", dose.min],
      ...(dose.max !== undefined ? ([["max", dose.max]] as [string, Value][]) : []),
    );
    fields.push(["unit", dose.unit], ["per", dose.per], ["route", dose.route], ["purpose", ""]);
    if (population) fields.push(["population", population]);
  } else {
    out += `${pad}# write the statement: one line in your words, saying no more than the quote\n`;
    const topic = guessTopic(s.quote);
    fields.push(["topic", topic]);
    const { subjects, goals } = vocabulary;
    const guessed = subjects?.match(s.quote) ?? [];
    if (guessed.length > 0) fields.push(["subjects", guessed]);
    // What an effect is reported for (/stack goal:, "does it help memory"), not who took it ("dementia patients").
    const aims = topic === "effect" ? (goals?.match(s.quote, population) ?? []) : [];
    if (aims.length > 0) fields.push(["goals", aims]);
    if (topic === "evidence" && subjects) {
      // A caveat names what it qualifies: guessed from the sentence before it (the claims it qualifies, by id, are better).
      const qualified = before ? guessTopic(before) : "effect";
      out += `${pad}# qualifies: guessed from the sentence before; name the claims (by id) or subjects this caveat qualifies\n`;
      fields.push(["qualifies", { subjects: [subjects.ids.includes(qualified) ? qualified : "effect"] }]);
    }
    fields.push(["statement", ""]);
    if (population) fields.push(["population", population]);
  }
  fields.push(
    ["evidence", evidence.evidence],
    ["source", sourceId],
    ["quote", s.quote],
    ["anchor", [{ ...anchor }]],
  );
  return out + fields.map(([k, v]) => renderPair(k, v, 4)).join("");
}

/** Writes knowledge/drafts/<source-id>.yaml; the lines to print. */
export function draft(
  ws: Workspace,
  sourceId: string,
  options: { compounds?: readonly string[]; by?: string; force?: boolean } = {},
): string[] {
  const source = readSources(ws).find((s) => s.id === sourceId);
  if (!source)
    throw new UsageError(
      `no source '${sourceId}' in sources.yaml (add it first: npm run curate -- add-source)`,
    );
  const raw = readSourceText(ws, source);
  if (raw === undefined)
    throw new Error(`the text of '${sourceId}' (${source.file}) is not in ${ws.sourcesDir}`);
  const file = path.join(draftsDir(ws), `${sourceId}.yaml`);
  if (fs.existsSync(file) && !options.force)
    throw new UsageError(`${shown(file)} exists and may hold statements you wrote; --force replaces it`);
  const compounds = compoundsToFind(ws, options.compounds ?? []);
  const folded = foldSource(raw);
  const sentences = splitSentences(raw);
  const vocabulary = { subjects: subjectsOf(ws), goals: goalsOf(ws) };
  const items: string[] = [];
  const focus = compounds.filter((c) =>
    options.compounds?.some((n) => normalizeName(n) === normalizeName(c.name)),
  );
  const uncovered = notCoveredToFind(ws, compounds);
  const leftOut = new Map<string, number>();
  let current: Named | undefined;
  let about: Named | undefined;
  sentences.forEach((s, i) => {
    const all = mentions(s.quote, [...compounds, ...uncovered]);
    const named = all.filter((c) => !uncovered.includes(c));
    // Without --compound, a sentence that first names a compound we do not cover is about it (and so are the
    // sentences after it that name none): left out, never drafted for a covered compound it also names.
    if (focus.length === 0 && (all[0] ? uncovered.includes(all[0]) : about !== undefined)) {
      about = all[0] ?? about;
      current = undefined;
      leftOut.set(about!.name, (leftOut.get(about!.name) ?? 0) + 1);
      return;
    }
    about = undefined;
    // With --compound, a sentence that names it, or names no other, is about it; else the first it names.
    current =
      named.find((c) => focus.includes(c)) ??
      (named.length > 0 && focus.length === 0 ? named[0] : undefined) ??
      current;
    if (named.length > 0 && focus.length > 0 && !named.some((c) => focus.includes(c))) current = focus[0];
    if (!current) return;
    const others = named.filter((c) => c !== current);
    const anchors = findAnchors(s.quote, folded);
    const anchor = anchors.find((a) => a.start === s.start) ?? anchors[0];
    if (!anchor) return;
    items.push(candidate(s, i, sentences, current, sourceId, anchor, vocabulary, others));
  });
  const fresh = compounds.filter((c) => c.isNew);
  const author = options.by ?? process.env.USER ?? "unknown";
  let text = `# Drafted by npm run curate -- draft ${sourceId}: one candidate per sentence that speaks of a compound.\n`;
  text += `# For each candidate you keep: write its statement (or a dose's purpose), check the guesses, delete the rest.\n`;
  text += `# Then npm run curate -- pending lists their ids, and someone else runs npm run curate -- review <id> --by NAME.\n`;
  text += `source: ${sourceId}\n${renderPair("author", author, 0)}`;
  if (fresh.length > 0) {
    text += `# New compounds: write a class and a one-line summary in your words before the first review.\ncompounds:\n`;
    for (const c of fresh)
      text += `  - id: ${c.id}\n${renderPair("name", c.name, 4)}${renderPair("aliases", c.aliases, 4)}${renderPair("class", "", 4)}${renderPair("summary", "", 4)}`;
  }
  text += `candidates:\n${items.join("")}`;
  fs.mkdirSync(draftsDir(ws), { recursive: true });
  fs.writeFileSync(file, text);
  return [
    `Wrote ${shown(file)}: ${items.length} candidate(s) from ${sentences.length} sentences${fresh.length ? `, new compound(s): ${fresh.map((c) => c.name).join(", ")}` : ""}.`,
    ...(leftOut.size > 0
      ? [
          `Left out ${[...leftOut.values()].reduce((a, b) => a + b, 0)} sentence(s) about compounds not covered (${[...leftOut.keys()].join(", ")}): to draft them for a new compound, run it again with --force --compound "${[...leftOut.keys()][0]}".`,
        ]
      : []),
    `Next: write the statements there, then npm run curate -- pending.`,
  ];
}

export const draftVerb: CurateVerb = {
  name: "draft",
  usage: `draft <source-id> [--compound "Name"] [--by NAME] [--force]   drafts candidate claims from a source into knowledge/drafts/<source-id>.yaml`,
  run({ args, out }) {
    const { flags, positional } = parseFlags(args, { compound: "value", by: "value", force: "switch" });
    const [sourceId, extra] = positional;
    if (!sourceId || extra !== undefined) throw new UsageError("takes one source id");
    const compounds =
      typeof flags.compound === "string" ? flags.compound.split(",").map((c) => c.trim()) : [];
    const by = typeof flags.by === "string" ? flags.by : undefined;
    draft(workspace(), sourceId, { compounds, by, force: flags.force === true }).forEach((l) => out(l));
    return Promise.resolve(0);
  },
};
