import type { Compound, Knowledge } from "../../src/knowledge/schema.js";

/** A deterministic pseudo-random generator, so every run builds the same synthetic names. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

/**
 * The real knowledge padded to `count` compounds with made-up racetam- and peptide-like names, each with
 * a code name and an alias, for measuring and testing search at scale. Their claims are the first real
 * compound's: only the names matter here.
 */
export function synthetic(base: Knowledge, count: number): Knowledge {
  const next = rng(42);
  const syllables = [
    "ra",
    "ce",
    "tam",
    "no",
    "pe",
    "fi",
    "lo",
    "xa",
    "mi",
    "du",
    "ve",
    "zo",
    "ka",
    "tri",
    "pho",
  ];
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(next() * 3) },
      () => syllables[Math.floor(next() * syllables.length)],
    ).join("");
  const template = base.compounds[0]!;
  const compounds: Compound[] = [...base.compounds];
  const seen = new Set(compounds.map((c) => c.name.toLowerCase()));
  for (let i = 0; compounds.length < count; i++) {
    const name = `${word()}${next() < 0.5 ? "racetam" : "pept"}`;
    if (seen.has(name)) continue;
    seen.add(name);
    compounds.push({
      ...template,
      id: `syn-${i}`,
      name: name[0]!.toUpperCase() + name.slice(1),
      aliases: [`SX-${i}`, `${word()}-${i}`],
    });
  }
  return { ...base, compounds };
}
