import { currentLocale } from "../i18n/locale.js";
import { route, type Incoming, type Outgoing } from "./route.js";
import type { BotContext } from "./types.js";

export type Answer = (incoming: Incoming) => Outgoing;

/**
 * The router with a bounded least-recently-used cache in front. The knowledge never changes after it is
 * loaded, so an answer depends only on the interaction's inputs; popular questions (a compound's card, a
 * section button, a keystroke in autocomplete) are then served without building the reply again.
 * The key includes the reply's locale. Cached payloads are shared and must not be mutated by whoever sends them.
 */
export function cachedRouter(ctx: BotContext, capacity = 2000): Answer {
  const cache = new Map<string, Outgoing>();
  return (incoming) => {
    const key = `${currentLocale()} ${JSON.stringify(incoming)}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const out = route(ctx, incoming);
    cache.set(key, out);
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
    return out;
  };
}
