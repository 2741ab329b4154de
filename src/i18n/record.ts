/**
 * A record whose values are looked up each time they are read, so code that indexes a table of labels
 * (`SECTION_LABEL[section]`) gets them in the locale of the reply being built.
 */
export function localizedRecord<K extends string>(
  keys: readonly K[],
  text: (key: K) => string,
): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(record, key, { enumerable: true, get: () => text(key) });
  return record;
}
