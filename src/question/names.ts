import type { OtherDrug } from "../knowledge/other-drugs.js";
import type { Compound, Knowledge, NotCovered } from "../knowledge/schema.js";
import {
  buildSearchIndex,
  searchIndexBuild,
  type NameEntry,
  type SearchIndex,
  type Target,
} from "../search/index.js";
import { normalizeName } from "../knowledge/normalize.js";
import { bigramIndexBuild } from "../search/ngram.js";
import { runWhole, type Sliced } from "../slices.js";
import { tokenize, type Token } from "./tokens.js";
import { caseStems } from "./endings.js";
import {
  looseAt,
  MIN_FUZZY,
  MIN_SHORT,
  russianLooseAt,
  sameTarget,
  type LooseIndex,
  type MentionMatch,
} from "./loose.js";
import { ADVICE_PHRASES, neverAName } from "./vocabulary.js";
import { buildCorrector, type Corrector } from "./correct.js";
import { loadPhrases, type Phrases } from "../knowledge/phrases.js";
import type { CompoundClass, VocabularyData } from "../knowledge/vocabulary-data.js";
import { buildTranslator, dataWords, type Translator } from "./translate.js";

/** What a mention names: a compound we cover, a nootropic we know but do not cover, or a drug that is not a nootropic. */
export type Named =
  | { kind: "covered"; compound: Compound }
  | { kind: "not-covered"; entry: NotCovered }
  | { kind: "other"; drug: OtherDrug };

export type { MentionMatch } from "./loose.js";

export interface Mention {
  named: Named;
  /** The name or alias it matched ("Adderall", "NS-105"). */
  matched: string;
  /** The words as typed. */
  typed: string;
  match: MentionMatch;
  /** Token positions, first and last (inclusive). */
  first: number;
  last: number;
}

/**
 * Every name a question may mention, built once at load: the compound search index (covered and not-covered
 * names) with the other drugs added as further known names, and the short forms that start exactly one name.
 */
export interface QuestionIndex extends LooseIndex {
  /** Every name: covered, not covered, and the other drugs (exact names and short forms only). */
  readonly names: SearchIndex;
  readonly others: ReadonlyMap<NotCovered, OtherDrug>;
  /** Short forms that start the names of two or more covered compounds ("noo": Noopept, Piracetam's Nootropil), with those names. */
  readonly unclearShortForms: ReadonlyMap<string, readonly string[]>;
  /** The most words any name has ("N-phenylacetyl-L-prolylglycine ethyl ester": 6). */
  readonly maxWords: number;
  /** Other languages read as English (knowledge/languages.yaml). */
  readonly translator: Translator;
  /** Classes of compounds, with the phrases (normalised words) that name each. */
  readonly classes: readonly {
    cls: CompoundClass;
    members: readonly Compound[];
    phrases: readonly string[];
  }[];
  /** Word -> its forms and synonyms (knowledge/lexicon.yaml). */
  readonly related: ReadonlyMap<string, readonly string[]>;
  /** The words of each topic and goal (knowledge/phrases.yaml). */
  readonly phrases: Phrases;
  /** Reads typos in the words that ask ("sid efects"). */
  readonly corrector: Corrector;
}

const MAX_SHORT = 14;
const MAX_WORDS = 6;
/** Sliced work (a reload) yields every this many names. */
const EVERY = 256;

/** Short forms that start names of two or more covered compounds: "noo" → Noopept, Piracetam (Nootropil). */
function* unclearShortForms(entries: readonly NameEntry[]): Sliced<Map<string, string[]>> {
  const owners = new Map<string, Map<string, string>>();
  for (const [i, entry] of entries.entries()) {
    if (i % EVERY === 0) yield;
    if (entry.target.kind !== "covered") continue;
    const { name } = entry.target.compound;
    const shown = entry.primary ? name : `${name} (${entry.display})`;
    for (let length = MIN_SHORT; length < Math.min(entry.key.length, MAX_SHORT + 1); length++) {
      const prefix = entry.key.slice(0, length);
      const seen = owners.get(prefix) ?? new Map<string, string>();
      if (!seen.has(name) || entry.primary) seen.set(name, shown);
      owners.set(prefix, seen);
    }
  }
  const out = new Map<string, string[]>();
  for (const [prefix, seen] of owners) if (seen.size > 1) out.set(prefix, [...seen.values()].sort());
  return out;
}

function* shortForms(entries: readonly NameEntry[]): Sliced<Map<string, NameEntry | null>> {
  const seen = new Map<string, { target: Target; entry: NameEntry | undefined; many: boolean }>();
  for (const [i, entry] of entries.entries()) {
    if (i % EVERY === 0) yield;
    for (let length = MIN_SHORT; length < Math.min(entry.key.length, MAX_SHORT + 1); length++) {
      const prefix = entry.key.slice(0, length);
      const usable = entry.primary && entry.target.kind === "covered" ? entry : undefined;
      const current = seen.get(prefix);
      if (!current) seen.set(prefix, { target: entry.target, entry: usable, many: false });
      else if (!sameTarget(current.target, entry.target)) current.many = true;
      else current.entry ??= usable;
    }
  }
  const out = new Map<string, NameEntry | null>();
  for (const [prefix, { entry, many }] of seen) if (many || entry) out.set(prefix, many ? null : entry!);
  return out;
}

export function buildQuestionIndex(
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
  otherDrugs: readonly OtherDrug[],
  nootropics: SearchIndex = buildSearchIndex(knowledge),
  /** Without it: no other languages, classes or lexicon, and the phrases of the knowledge folder. */
  vocabulary: VocabularyData = { languages: [], classes: [], related: new Map(), phrases: loadPhrases() },
): QuestionIndex {
  return runWhole(questionIndexBuild(knowledge, otherDrugs, nootropics, vocabulary));
}

/** buildQuestionIndex as sliced work: it yields every few hundred names (a reload runs it between interactions). */
export function* questionIndexBuild(
  knowledge: Pick<Knowledge, "compounds" | "notCovered">,
  otherDrugs: readonly OtherDrug[],
  nootropics: SearchIndex,
  vocabulary: VocabularyData,
): Sliced<QuestionIndex> {
  const others = new Map<NotCovered, OtherDrug>();
  for (const drug of otherDrugs) others.set({ name: drug.name, aliases: drug.aliases }, drug);
  const names = yield* searchIndexBuild({
    compounds: knowledge.compounds,
    notCovered: [...knowledge.notCovered, ...others.keys()],
  });
  const allNames = [
    ...knowledge.compounds.flatMap((c) => [c.name, ...c.aliases]),
    ...knowledge.notCovered.flatMap((e) => [e.name, ...e.aliases]),
    ...otherDrugs.flatMap((d) => [d.name, ...d.aliases]),
  ];
  let longest = 1;
  const nameKeys = new Set<string>();
  for (const [i, name] of allNames.entries()) {
    if (i % EVERY === 0) yield;
    longest = Math.max(longest, tokenize(name).length);
    nameKeys.add(normalizeName(name));
  }
  const never = neverAName(vocabulary.phrases);
  const words = [...never].filter((w) => w.length >= MIN_FUZZY - 2);
  const byId = new Map(knowledge.compounds.map((c) => [c.id, c]));
  return {
    names,
    nootropics,
    others,
    shortForms: yield* shortForms(names.entries),
    unclearShortForms: yield* unclearShortForms(names.entries),
    maxWords: Math.min(MAX_WORDS, longest),
    everyday: { words, grams: yield* bigramIndexBuild(words) },
    translator: buildTranslator(
      vocabulary.languages,
      new Set(
        [...never, ...vocabulary.classes.flatMap((c) => c.words.flatMap(dataWords))].filter(
          (w) => !nameKeys.has(w),
        ),
      ),
    ),
    classes: vocabulary.classes.map((cls) => ({
      cls,
      members: cls.members.flatMap((id) => byId.get(id) ?? []),
      phrases: cls.words.map((w) => dataWords(w).join(" ")),
    })),
    related: vocabulary.related,
    phrases: vocabulary.phrases,
    neverAName: never,
    corrector: buildCorrector(vocabulary.phrases, ADVICE_PHRASES),
  };
}

function named(index: QuestionIndex, target: Target): Named {
  if (target.kind === "covered") return target;
  const drug = index.others.get(target.entry);
  return drug ? { kind: "other", drug } : target;
}

/** The one key a mention is told apart by, so the same compound named twice counts once. */
export function namedKey(n: Named): string {
  return n.kind === "covered"
    ? `c:${n.compound.id}`
    : n.kind === "other"
      ? `o:${n.drug.name}`
      : `n:${n.entry.name}`;
}

export function namedName(n: Named): string {
  return n.kind === "covered" ? n.compound.name : n.kind === "other" ? n.drug.name : n.entry.name;
}

/** A name's key with a Russian case ending, as the name. */
function withoutEnding(index: QuestionIndex, token: Token, key: string): NameEntry | undefined {
  for (const stem of caseStems(token, key, 4)) {
    const entry = index.names.exact.get(stem);
    if (entry) return entry;
  }
  return undefined;
}

function exactAt(
  index: QuestionIndex,
  tokens: readonly Token[],
  first: number,
): { entry: NameEntry; last: number } | undefined {
  let key = "";
  const keys: string[] = [];
  for (let i = first; i < Math.min(tokens.length, first + index.maxWords); i++)
    keys.push((key += tokens[i]!.key));
  for (let n = keys.length; n >= 1; n--) {
    const k = keys[n - 1]!;
    const entry =
      index.names.exact.get(k) ??
      (k.length >= 4 && k.endsWith("s") ? index.names.exact.get(k.slice(0, -1)) : undefined) ??
      withoutEnding(index, tokens[first + n - 1]!, k);
    if (entry) return { entry, last: first + n - 1 };
  }
  return undefined;
}

/**
 * Every compound or drug a question names, in order, each once: exact names and aliases first (the longest
 * run of words wins, so "phenyl piracetam" is phenylpiracetam, never piracetam), then short forms and typos
 * of the words left. Tokens used by a mention are marked in `used`.
 */
export function findMentions(
  index: QuestionIndex,
  tokens: readonly Token[],
): { mentions: Mention[]; used: boolean[] } {
  const used = tokens.map(() => false);
  const found: Mention[] = [];
  const typed = (first: number, last: number) =>
    tokens
      .slice(first, last + 1)
      .map((t) => t.raw)
      .join(" ");
  for (let i = 0; i < tokens.length; i++) {
    const hit = exactAt(index, tokens, i);
    if (!hit) continue;
    found.push({
      named: named(index, hit.entry.target),
      matched: hit.entry.display,
      typed: typed(i, hit.last),
      match: hit.entry.primary ? "name" : "alias",
      first: i,
      last: hit.last,
    });
    for (let j = i; j <= hit.last; j++) used[j] = true;
    i = hit.last;
  }
  tokens.forEach((token, i) => {
    if (used[i]) return;
    const hit = looseAt(index, token) ?? russianLooseAt(index, token);
    if (!hit) return;
    found.push({
      named: named(index, hit.target),
      matched: hit.matched,
      typed: token.raw,
      match: hit.match,
      first: i,
      last: i,
    });
    used[i] = true;
  });
  found.sort((a, b) => a.first - b.first);
  const seen = new Set<string>();
  const mentions = found.filter((m) => !seen.has(namedKey(m.named)) && seen.add(namedKey(m.named)));
  return { mentions, used };
}
