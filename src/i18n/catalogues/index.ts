import * as all from "./all.js";
import type { en } from "./en.js";

/**
 * A catalogue: the same keys as English, each a string. Languages with more plural forms than English add
 * keys of their own ("_few", "_many" beside "_one" and "_other").
 */
export type Catalogue<T = typeof en> = {
  [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]>;
} & { readonly [plural: string]: unknown };

type Any = (typeof all)[keyof typeof all];

/** Discord's locale codes the bot speaks ("en", "ru", "es-ES", "de", "fr", "pt-BR"). */
export type LocaleCode = Any["meta"]["locale"];

/** The catalogues by Discord locale code. */
export const CATALOGUES = Object.fromEntries(
  Object.values(all).map((catalogue) => [catalogue.meta.locale, catalogue]),
) as Record<LocaleCode, Catalogue>;
