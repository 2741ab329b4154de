import { z } from "zod";

/** The single definition of the knowledge format. Every YAML file is parsed through these schemas. */

export const EVIDENCE_LEVELS = [
  "human-trial",
  "human-observation",
  "animal-study",
  "cell-study",
  "cited-study",
  "personal-experience",
  "none-given",
] as const;
export const Evidence = z.enum(EVIDENCE_LEVELS);
export type Evidence = z.infer<typeof Evidence>;

export const TOPICS = [
  "mechanism",
  "effect",
  "side-effect",
  "caution",
  "evidence",
  "cycling",
  "pharmacokinetics",
  "dose",
  "stack",
  "comparison",
  "history",
  "legal-status",
] as const;
export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

export const GOALS = ["memory", "focus", "mood", "anxiety", "neuroprotection", "learning"] as const;

export const Goal = z.enum(GOALS);
export type Goal = z.infer<typeof Goal>;

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens");
const text = z.string().trim().min(1, "must not be empty");

/** A quote is one verbatim run of words, or several runs from the same source shown joined by an ellipsis. */
export const Quote = z.union([text, z.array(text).min(1, "must list at least one quote")]);
export type Quote = z.infer<typeof Quote>;

/**
 * Where one quote part sits in its source text, after the W3C Web Annotation TextQuoteSelector (the quote
 * itself is its `exact`; `prefix` and `suffix` are a few words either side) and TextPositionSelector
 * (`start` and `end` are offsets in the source text, in UTF-16 units). Filled in by `npm run curate --
 * reanchor`, never by hand; a quote is accepted only where its anchor says it is.
 */
export const Anchor = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    prefix: z.string(),
    suffix: z.string(),
  })
  .strict();
export type Anchor = z.infer<typeof Anchor>;

/** Where a claim or dose is in its review: only reviewed ones are answered unless a server shows drafts. */
export const STATUSES = ["draft", "reviewed", "disputed", "retracted"] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

const attributed = {
  source: id,
  quote: Quote,
  evidence: Evidence,
  /** One anchor per quote part, in order. */
  anchor: z.array(Anchor).optional(),
  /** Absent means draft. */
  status: Status.optional(),
  /** Who wrote the statement; who reviewed it (never the author). */
  author: text.optional(),
  reviewer: text.optional(),
  /** The version (see src/knowledge/version.ts) that was reviewed: an edit makes a new one, a draft again. */
  reviewed: z
    .string()
    .regex(/^[0-9a-f]{10}$/, "must be a claim version (10 hex digits)")
    .optional(),
  /** Why a disputed entry is disputed: the accepted report against it (shown where drafts are shown). */
  dispute: text.optional(),
};

export const Claim = z
  .object({
    /** A name for the claim, unique in its file, so that a disagreement can point at it. */
    id: id.optional(),
    topic: Topic,
    statement: text,
    ...attributed,
    /**
     * Who or what the result is about ("rats", "cells", "post-stroke patients", "nootropics in general").
     * The statement must say it too, so that the context travels with the claim wherever it is shown.
     */
    population: text.optional(),
    /**
     * Subjects (knowledge/subjects.yaml) this claim answers beyond those its topic answers by default
     * ("tolerance-dependence", "long-term-use", "stimulant-sedative" ...).
     */
    subjects: z.array(id).optional(),
    /**
     * What this claim qualifies (a caveat, a condition, a counter-claim): claims of the same compound by id,
     * and/or every claim of the compound on a subject. Wherever a qualified claim is shown, this one is too.
     */
    qualifies: z
      .object({ claims: z.array(id).optional(), subjects: z.array(id).optional() })
      .strict()
      .optional(),
    /**
     * The source's own verdict on whether the compound is shown to work or to be safe: shown with every
     * answer on a subject this claim answers whose kind is efficacy or safety.
     */
    verdict: z.boolean().optional(),
    /** Another compound this claim links to (stacks and comparisons). */
    with: id.optional(),
    /** Goals (for /stack goal:) that an effect claim reports. */
    goals: z.array(Goal).optional(),
  })
  .strict();
export type Claim = z.infer<typeof Claim>;

export const UNITS = ["mg", "mg/kg"] as const;
export const Dose = z
  .object({
    min: z.number().positive("must be a positive number"),
    /** Absent when the source gives only a lower bound ("more than 100 mg"). */
    max: z.number().positive("must be a positive number").optional(),
    unit: z.enum(UNITS, { message: `must be one of: ${UNITS.join(", ")}` }),
    per: z.enum(["dose", "day", "unspecified"]),
    route: z.enum(["sublingual", "oral", "unspecified"]),
    purpose: text,
    /** Who took it, when the source says ("dementia patients", "post-stroke patients"); shown with the dose. */
    population: text.optional(),
    duration: text.optional(),
    note: text.optional(),
    ...attributed,
  })
  .strict()
  .refine((d) => d.max === undefined || d.min <= d.max, {
    message: "min must not be greater than max",
    path: ["min"],
  });
export type Dose = z.infer<typeof Dose>;

/**
 * Where the sources (or one source's studies) point different ways: the claims on each side, by id. Both
 * sides are shown together, each with its evidence and source, wherever one of them is shown.
 */
export const Disagreement = z
  .object({
    /** The question in our own neutral words: "How well it is absorbed". */
    about: text,
    sides: z.array(id).min(2, "a disagreement needs at least two claims"),
  })
  .strict();
export type Disagreement = z.infer<typeof Disagreement>;

export const Compound = z
  .object({
    id,
    name: text,
    aliases: z.array(text),
    class: text,
    summary: text,
    /** Required, so that an empty list states explicitly that the sources give no dose. */
    doses: z.array(Dose),
    claims: z.array(Claim).min(1, "a compound needs at least one quoted claim"),
    disagreements: z.array(Disagreement).default([]),
  })
  .strict();
export type Compound = z.infer<typeof Compound>;

export const Source = z
  .object({
    id,
    title: text,
    author: text.nullable(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as 2020-11-02")
      .nullable(),
    kind: text,
    /** How the source stands, in one word a member understands: promotional, sceptical, personal review ... */
    stance: text,
    /** How far to trust it, from ../shared/sources/sources.json, in its words. */
    trust: text,
    file: z.string().regex(/^[\w.-]+\.txt$/, "must be a .txt file name"),
    covers: z.array(id),
    /** Where it was found. */
    url: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
    /** The sha256 of the text when it was added: knowledge:check fails when the text no longer matches. */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "must be a sha256 in hex")
      .optional(),
    /** The date the source was added. */
    added: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as 2020-11-02")
      .optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const SourcesFile = z.object({ sources: z.array(Source).min(1) }).strict();

export const NotCoveredFile = z
  .object({
    compounds: z.array(
      z
        .object({
          name: text,
          aliases: z.array(text).default([]),
          note: text.optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type NotCovered = z.infer<typeof NotCoveredFile>["compounds"][number];

const phrase = z
  .string()
  .regex(/^\S+( \S+)*$/, "must be words separated by single spaces")
  .refine((w) => w === w.toLowerCase(), "must be lower case");

/** A subject a member can ask about a compound (knowledge/subjects.yaml; helpers in subjects.ts). */
export const Subject = z
  .object({
    id,
    /** How an answer names it: "The sources say nothing about <label> for Noopept." */
    label: text,
    /** Safety and efficacy subjects: silence is never safe, and the sceptical verdict comes with an answer. */
    kind: z.enum(["safety", "efficacy"]).optional(),
    /** Claim topics that answer it by default. */
    topics: z.array(Topic).default([]),
    /** Claims that name a `population` (rats, dementia patients) answer it too. */
    population: z.boolean().optional(),
    /** Phrases that ask about it; at least one, or nobody could ask about it. */
    words: z.array(phrase).min(1, "a subject needs at least one word, or nobody can ask about it"),
  })
  .strict();
export type Subject = z.infer<typeof Subject>;
export const SubjectsFile = z.object({ subjects: z.array(Subject).min(1) }).strict();

export interface Knowledge {
  sources: readonly Source[];
  subjects: readonly Subject[];
  compounds: readonly Compound[];
  notCovered: readonly NotCovered[];
  /** The file each compound was read from, for error messages. */
  files: ReadonlyMap<string, string>;
}
