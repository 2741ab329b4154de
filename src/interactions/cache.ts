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
 * are shared and must not be mutated by whoever sends them. The files of cached answers (a chart's PNG, 25–80
 * KB) are bounded in bytes as well (`maxFileBytes`): past it the answers holding files used least recently go,
 * so the cache never keeps more chart bytes than that, whatever the chart cache let go.
 */
export function cachedRouter(ctx: BotContext, capacity = 2000, maxFileBytes = 4 * 1024 * 1024): Router {
  const cache = new Map<string, { out: Outgoing; fileBytes: number }>();
  let fileBytes = 0;
  let knowledge = ctx.knowledge;
  const forget = (key: string) => {
    fileBytes -= cache.get(key)?.fileBytes ?? 0;
    cache.delete(key);
  };
  const keep = (key: string, out: Outgoing) => {
    const files = "payload" in out ? (out.payload.files ?? []) : [];
    const bytes = files.reduce((n, f) => n + f.data.length, 0);
    cache.set(key, { out, fileBytes: bytes });
    fileBytes += bytes;
    if (cache.size > capacity) forget(cache.keys().next().value as string);
    if (fileBytes <= maxFileBytes) return;
    for (const [older, entry] of cache) {
      if (fileBytes <= maxFileBytes) break;
      if (entry.fileBytes > 0) forget(older);
    }
  };
  const immediate = (incoming: Immediate): Outgoing => {
    if (ctx.knowledge !== knowledge) {
      cache.clear();
      fileBytes = 0;
      knowledge = ctx.knowledge;
    }
    const key = `${currentLocale()} ${JSON.stringify(incoming)}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit.out;
    }
    const out = route(ctx, incoming);
    keep(key, out);
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
