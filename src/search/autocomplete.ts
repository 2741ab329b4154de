import type { SearchIndex, NameEntry, Target } from "./index.js";
import { allowedEdits, editDistance } from "./distance.js";
import { fuzzyMatches } from "./fuzzy.js";
import { normalizeName } from "../knowledge/normalize.js";

/** Discord's limits for autocomplete: 25 choices, names and values of 1 to 100 characters. */
export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

export interface Choice {
  name: string;
  value: string;
}

/** Lower is better: a name prefix, an exact alias, an alias prefix, a name containing the text, a fuzzy hit. */
const enum Tier {
  NamePrefix,
  ExactAlias,
  AliasPrefix,
  Contains,
  Fuzzy,
}
const FUZZY_SCORE = 0.3;
const FUZZY_MIN_LENGTH = 4;

interface Hit {
  entry: NameEntry;
  tier: Tier;
}

/** Whether what was typed reads as a misspelt start of name ("nopep" for "noopept"). */
function isTypoOfPrefix(key: string, name: string): boolean {
  const max = allowedEdits(key.length);
  for (let length = key.length - 1; length <= key.length + 1; length++) {
    if (editDistance(key, name.slice(0, length), max) <= max) return true;
  }
  return false;
}

function shortenChoiceName(text: string): string {
  return text.length <= MAX_CHOICE_LENGTH ? text : `${text.slice(0, MAX_CHOICE_LENGTH - 1)}…`;
}

function targetName(target: Target): string {
  return target.kind === "covered" ? target.compound.name : target.entry.name;
}

function toChoice({ entry }: Hit): Choice {
  const name = targetName(entry.target);
  if (entry.target.kind === "not-covered")
    return { name: shortenChoiceName(`${name} (not covered)`), value: shortenChoiceName(name) };
  const label = entry.primary ? name : `${name} (${entry.display})`;
  return { name: shortenChoiceName(label), value: entry.target.compound.id };
}

/**
 * Choices for what the user has typed so far: covered compounds first, ranked name prefix > exact alias >
 * alias prefix > contains > fuzzy; then known names we do not cover, so the user sees that before choosing.
 * Empty input lists every covered compound.
 */
export function autocomplete(index: SearchIndex, input: string): Choice[] {
  const key = normalizeName(input);
  if (key === "") {
    return index.covered.slice(0, MAX_CHOICES).map((c) => ({ name: shortenChoiceName(c.name), value: c.id }));
  }
  const best = new Map<Target, Hit>();
  const offer = (entry: NameEntry, tier: Tier) => {
    const current = best.get(entry.target);
    if (
      !current ||
      tier < current.tier ||
      (tier === current.tier && entry.primary && !current.entry.primary)
    ) {
      best.set(entry.target, { entry, tier });
    }
  };
  for (const entry of index.entries) {
    if (entry.key.startsWith(key))
      offer(entry, entry.primary ? Tier.NamePrefix : entry.key === key ? Tier.ExactAlias : Tier.AliasPrefix);
    else if (entry.target.kind === "covered" && key.length >= 3 && entry.key.includes(key))
      offer(entry, Tier.Contains);
  }
  const coveredHits = () => [...best.values()].filter((h) => h.entry.target.kind === "covered").length;
  if (key.length >= FUZZY_MIN_LENGTH && coveredHits() < MAX_CHOICES) {
    for (const { entry: item, score } of fuzzyMatches(index, key, false)) {
      if (item.target.kind === "covered" && score <= FUZZY_SCORE && isTypoOfPrefix(key, item.key)) {
        offer(item, Tier.Fuzzy);
      }
    }
  }
  const hits = [...best.values()].sort(
    (a, b) =>
      Number(a.entry.target.kind !== "covered") - Number(b.entry.target.kind !== "covered") ||
      a.tier - b.tier ||
      Number(!a.entry.primary) - Number(!b.entry.primary) ||
      targetName(a.entry.target).localeCompare(targetName(b.entry.target)),
  );
  return hits.slice(0, MAX_CHOICES).map(toChoice);
}
