import { currentLocale } from "../i18n/locale.js";
import { route, type Immediate } from "./route.js";
import type { BotContext, Caller, Incoming, Outgoing } from "./types.js";

/** The router as the boundary and the mentions use it: at once for everything but a submitted form. */
export interface Router {
  (incoming: Immediate, caller?: Caller): Outgoing;
  (incoming: Incoming, caller?: Caller): Outgoing | Promise<Outgoing>;
}

/**
 * The router with a bounded least-recently-used cache in front. Between two reloads of the knowledge an
 * answer depends only on the interaction's inputs (a reload empties the cache); popular questions (a compound's card, a
 * section button, a keystroke in autocomplete) are then served without building the reply again.
 * The key includes the reply's locale. A submitted form is never cached: each one is taken. Cached payloads
 * are shared and must not be mutated by whoever sends them.
 */
export function cachedRouter(ctx: BotContext, capacity = 2000): Router {
  const cache = new Map<string, Outgoing>();
  let knowledge = ctx.knowledge;
  const immediate = (incoming: Immediate): Outgoing => {
    if (ctx.knowledge !== knowledge) {
      cache.clear();
      knowledge = ctx.knowledge;
    }
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
  // A command that waits for something (its answer depends on the server: /settings) is never cached either.
  const waits = (incoming: Incoming, caller?: Caller) =>
    incoming.type === "modal" ||
    (caller !== undefined &&
      incoming.type === "command" &&
      ctx.commands.get(incoming.name)?.respond !== undefined);
  return ((incoming: Incoming, caller?: Caller) =>
    waits(incoming, caller) ? route(ctx, incoming, caller) : immediate(incoming as Immediate)) as Router;
}
