import { currentLocale, DEFAULT_LOCALE } from "../i18n/locale.js";
import { hasOwn, t, type Key } from "../i18n/t.js";
import type { Subject } from "../knowledge/schema.js";

/** Our words that name things inside a sentence, in the reply's language: lists, subjects, topics, goals. */

/** "a, b and c" or "a, b or c", as the reply's language joins them. */
export function listOf(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  return new Intl.ListFormat(currentLocale(), {
    type: conjunction === "and" ? "conjunction" : "disjunction",
  }).format(items);
}

/** A subject as a sentence names it: the subjects file's own label in English, the catalogue's in another language. */
export function subjectLabel(subject: Pick<Subject, "id" | "label">): string {
  const key = `subjects.${subject.id}`;
  const locale = currentLocale();
  return locale !== DEFAULT_LOCALE && hasOwn(locale, key) ? t(key as Key) : subject.label;
}

export function subjectLabels(
  subjects: readonly Pick<Subject, "id" | "label">[],
  conjunction: "and" | "or",
): string {
  return listOf(subjects.map(subjectLabel), conjunction);
}

/** A question's topic ("dose", "legal-status") as a sentence names it; one the catalogue lacks as it is. */
export function topicLabel(topic: string): string {
  const key = `topics.${topic}`;
  return hasOwn(DEFAULT_LOCALE, key) ? t(key as Key) : topic;
}

/** A goal ("memory") as a sentence names it; a word the catalogue lacks (a question's own) as it is. */
export function goalWord(goal: string): string {
  const key = `goalWords.${goal}`;
  return hasOwn(DEFAULT_LOCALE, key) ? t(key as Key) : goal;
}

/** Who or what a safety question is about ("use by children or teenagers"), in the reply's language. */
export function particularLabel(particular: { label: string; id?: string }): string {
  const key = `particulars.${particular.id ?? ""}`;
  return particular.id !== undefined && hasOwn(DEFAULT_LOCALE, key) ? t(key as Key) : particular.label;
}
