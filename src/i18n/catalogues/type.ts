import type { en } from "./en.js";

/**
 * A catalogue: the same keys as English, each a string. Languages with more plural forms than English add
 * keys of their own ("_few", "_many" beside "_one" and "_other").
 */
export type Catalogue<T = typeof en> = {
  [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]>;
} & { readonly [plural: string]: unknown };
