import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";

/**
 * Work that can be cut into slices: a generator that yields wherever it may stop for a while (every few
 * compounds, words or documents) and returns its result. Run whole, it is an ordinary synchronous call; run
 * in slices, the thread that answers interactions gets a turn of its event loop every few milliseconds, so
 * that a long build (a reload's indexes) never keeps an interaction waiting for long.
 */
export type Sliced<T> = Generator<void, T, void>;

/** Runs the work to its end, synchronously. */
export function runWhole<T>(work: Sliced<T>): T {
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
  }
}

/** Slices of `ms` and the longest one, for a log line or a bench. */
export interface SliceTally {
  slices: number;
  longestMs: number;
  totalMs: number;
}

/**
 * Runs the work a slice at a time: after a turn of the event loop, as many of its pieces as fit in
 * `budgetMs` (at least one), then another turn, until it returns. A slice lasts about the budget plus one
 * piece; `tally` counts them. With `restRatio`, the thread is left to other work after each slice for that
 * many times the slice's length (at least a millisecond), so that the work takes at most 1 / (1 + restRatio)
 * of the thread and an interaction arriving meanwhile more often finds it free.
 */
export async function runInSlices<T>(
  work: Sliced<T>,
  budgetMs: number,
  tally?: SliceTally,
  restRatio = 0,
): Promise<T> {
  let rest = 0;
  for (;;) {
    if (rest > 0) await sleep(rest);
    else await nextTurn();
    const start = performance.now();
    let next = work.next();
    while (!next.done && performance.now() - start < budgetMs) next = work.next();
    const ms = performance.now() - start;
    if (tally) {
      tally.slices += 1;
      tally.totalMs += ms;
      tally.longestMs = Math.max(tally.longestMs, ms);
    }
    if (next.done) return next.value;
    rest = restRatio > 0 ? Math.max(1, Math.ceil(ms * restRatio)) : 0;
  }
}

/** A synchronous call as sliced work of one piece, to run and count it with the rest. */
export function* whole<T>(run: () => T): Sliced<T> {
  yield;
  return run();
}
