import type { Token } from "./tokens.js";

/** Russian case endings in Latin letters, longest first: "ноопептом", "холина", "пирацетаму" name compounds too. */
const RUSSIAN_ENDINGS = ["ami", "akh", "om", "em", "ov", "am", "a", "u", "e", "y"];
const CYRILLIC = /[\u0400-\u04ff]/;

/** A Cyrillic word's key without each Russian case ending it may have, leaving at least `min` letters. */
export function caseStems(token: Token, key: string, min: number): string[] {
  if (!CYRILLIC.test(token.raw)) return [];
  return RUSSIAN_ENDINGS.filter((e) => key.length - e.length >= min && key.endsWith(e)).map((e) =>
    key.slice(0, -e.length),
  );
}
