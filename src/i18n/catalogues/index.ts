import * as all from "./all.js";
import type { Catalogue } from "./type.js";

export type { Catalogue } from "./type.js";

type Any = (typeof all)[keyof typeof all];

/** Discord's locale codes the bot speaks ("en", "ru", "es-ES", "de", "fr", "pt-BR"). */
export type LocaleCode = Any["meta"]["locale"];

/** The catalogues by Discord locale code. */
export const CATALOGUES = Object.fromEntries(
  Object.values(all).map((catalogue) => [catalogue.meta.locale, catalogue]),
) as Record<LocaleCode, Catalogue>;
