import { t } from "../i18n/t.js";
import { embedLength } from "./fit.js";
import type { MessagePayload } from "./payload.js";
import { FIELD_OVERHEAD, MESSAGE_TEXT } from "./planned.js";

/**
 * The room of one message shared by the answers to the questions it asks. Each gets an equal share first.
 * One whose first quoted answer (what it leads with when asked alone) is left out for room ("is noopept a
 * stimulant?": its three-sided disagreement is one group of 2,900 characters) is given the least room that
 * shows it, and the others share what is left, each keeping what it needs when that is less than its share,
 * none losing its own first answer for it. When that does not fit one message, the equal shares stand and
 * the part is reported as crowded out (its answer says to ask it on its own). Pure.
 */

/** A part's heading and the summary before the first, beside each embed's frame in a V2 card. */
const FRAME = 300;
const PER_EMBED = 40;
const ROOM = MESSAGE_TEXT - FRAME;
/** The shares tried for a part's least room: the message divided by this (1 is the whole message). */
const LADDER = [4, 3, 2.5, 2, 1.75, 1.5, 1.25, 1];

/**
 * The heading of an answer's first quoted field, when it answers: none when a nearest mention comes first
 * (what the sources say instead, shown when nothing answers a question asked alone).
 */
export function firstQuote(payload: MessagePayload): string | undefined {
  const nearest = t("answer.nearest");
  for (const e of payload.embeds)
    for (const f of e.fields ?? []) {
      if (f.name.startsWith(nearest)) return undefined;
      if (/^> “/m.test(f.value)) return f.name;
    }
  return undefined;
}

const shows = (payload: MessagePayload, heading: string | undefined) =>
  heading === undefined || payload.embeds.some((e) => (e.fields ?? []).some((f) => f.name === heading));

const sizeOf = (p: MessagePayload) =>
  p.embeds.reduce((n, e) => n + embedLength(e) + (e.fields?.length ?? 0) * FIELD_OVERHEAD + PER_EMBED, 0);

type Answer = (i: number, sharedWith: number) => MessagePayload;

export interface Shared {
  answers: MessagePayload[];
  /** The parts whose first answer, as asked alone, does not fit beside the others. */
  crowded: number[];
}

/** Whether an answer left claims out for room: it has a "…and N more" field (or one fitting left out). */
function leftOut(payload: MessagePayload): boolean {
  const notShown = t("fit.notShown");
  return payload.embeds.some((e) =>
    (e.fields ?? []).some((f) => {
      const n = Number(/\d+/.exec(f.name)?.[0] ?? NaN);
      return (
        f.name === notShown || f.name === t("answer.more", { n }) || f.name === t("planned.moreName", { n })
      );
    }),
  );
}

/** The answer in the least room of the ladder that still shows `heading` (found by halving), if any. */
function leastShowing(answer: (s: number) => MessagePayload, heading: string | undefined) {
  let lo = 0;
  let hi = LADDER.length - 1;
  let best: MessagePayload | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = answer(LADDER[mid]!);
    if (shows(p, heading)) [best, hi] = [p, mid - 1];
    else lo = mid + 1;
  }
  return best;
}

/** `answer(i, sharedWith)` answers part i in 1/sharedWith of the message's room (sharedWith may be fractional). */
export function shareRoom(count: number, answer: Answer): Shared {
  const out = Array.from({ length: count }, (_, i) => answer(i, count));
  const crowded: number[] = [];
  for (let i = 0; i < count; i++) {
    if (!leftOut(out[i]!)) continue;
    const first = firstQuote(answer(i, 1));
    if (shows(out[i]!, first)) continue;
    // The room the others leave as they are; else the least room that shows it, the others made to fit.
    const free = ROOM - out.reduce((n, p, j) => (j === i ? n : n + sizeOf(p)), 0);
    const inFree = free > 0 ? answer(i, MESSAGE_TEXT / free) : undefined;
    if (inFree && shows(inFree, first) && sizeOf(inFree) <= free) {
      out[i] = inFree;
      continue;
    }
    const least = leastShowing((s) => answer(i, s), first);
    const others = least && fitOthers(out, i, ROOM - sizeOf(least), answer);
    if (least && others) {
      others.forEach((p, j) => (out[j] = p));
      out[i] = least;
    } else crowded.push(i);
  }
  return { answers: out, crowded };
}

/**
 * The answers other than part i within `room`, smallest first, each kept when it fits an equal share of
 * what is left; undefined when one would lose its first answer or they do not fit.
 */
function fitOthers(
  out: readonly MessagePayload[],
  i: number,
  room: number,
  answer: Answer,
): MessagePayload[] | undefined {
  const next = [...out];
  const order = out
    .map((p, j) => ({ j, size: sizeOf(p) }))
    .filter(({ j }) => j !== i)
    .sort((a, b) => a.size - b.size);
  let left = room;
  for (const [k, { j, size }] of order.entries()) {
    const share = left / (order.length - k);
    if (share <= 0) return undefined;
    if (size > share) {
      const again = answer(j, MESSAGE_TEXT / share);
      if (!shows(again, firstQuote(out[j]!))) return undefined;
      next[j] = again;
    }
    left -= sizeOf(next[j]!);
  }
  return left >= 0 ? next : undefined;
}
