import type { Router } from "./cache.js";

/**
 * The router a server's settings pick: answers from reviewed entries only, or, where the server shows
 * drafts (the boundary puts it on the caller), from drafts with their 🚧 mark and disputed entries with a
 * note. Each has its own cache, so that a draft never reaches a server that does not show drafts.
 */
export function byServer(reviewed: Router, drafts: Router): Router {
  return ((incoming: Parameters<Router>[0], caller?: Parameters<Router>[1]) =>
    caller?.showsDrafts ? drafts(incoming, caller) : reviewed(incoming, caller)) as Router;
}
