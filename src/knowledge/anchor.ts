import { foldText, wordRunsAt } from "./quotes.js";
import type { Anchor } from "./schema.js";

/** A source text folded as quotes are (foldText), with where each folded character came from in the text. */
export interface FoldedSource {
  readonly raw: string;
  readonly folded: string;
  /** folded index -> raw index */
  readonly rawAt: readonly number[];
}

const WHITESPACE = /\s/;

/** Folds a text like foldText, keeping a map back to the raw text. */
export function foldSource(raw: string): FoldedSource {
  let folded = "";
  const rawAt: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (WHITESPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && folded.length > 0) {
      folded += " ";
      rawAt.push(pendingSpace);
    }
    pendingSpace = -1;
    folded += ch.charCodeAt(0) < 128 && ch !== "`" ? ch : foldText(ch);
    rawAt.push(i);
  }
  return { raw, folded, rawAt };
}

/** How many characters of context an anchor keeps either side, cut back to whole words. */
const CONTEXT = 32;

function prefixAt(folded: string, at: number): string {
  const before = folded.slice(Math.max(0, at - CONTEXT), at);
  const cut = at - CONTEXT > 0 ? before.replace(/^\S*\s/, "") : before;
  return cut.trim();
}

function suffixAt(folded: string, end: number): string {
  const after = folded.slice(end, end + CONTEXT);
  const cut = end + CONTEXT < folded.length ? after.replace(/\s\S*$/, "") : after;
  return cut.trim();
}

/** The anchor of a match of `length` folded characters at folded index `at`. */
export function anchorAt(source: FoldedSource, at: number, length: number): Anchor {
  return {
    start: source.rawAt[at]!,
    end: source.rawAt[at + length - 1]! + 1,
    prefix: prefixAt(source.folded, at),
    suffix: suffixAt(source.folded, at + length),
  };
}

/** Every place a quote part occurs verbatim (as whole words) in the source, as anchors. */
export function findAnchors(part: string, source: FoldedSource): Anchor[] {
  const needle = foldText(part);
  return wordRunsAt(needle, source.folded).map((at) => anchorAt(source, at, needle.length));
}

export type AnchorCheck =
  | { status: "exact" }
  /** The quote is still verbatim in the source, but not where the anchor says: at these places instead. */
  | { status: "moved"; to: Anchor[] }
  /** The quote is no longer in the source. */
  | { status: "vanished" };

function sameContext(found: Anchor, anchor: Anchor): boolean {
  return found.prefix.endsWith(anchor.prefix) && found.suffix.startsWith(anchor.suffix);
}

/** Whether a quote part is exactly where its anchor says, with the same words around it; the only match accepted. */
export function checkAnchor(part: string, anchor: Anchor, source: FoldedSource): AnchorCheck {
  const found = findAnchors(part, source);
  const here = found.find((f) => f.start === anchor.start && f.end === anchor.end);
  if (here && sameContext(here, anchor)) return { status: "exact" };
  return found.length > 0 ? { status: "moved", to: found } : { status: "vanished" };
}

/**
 * Where a moved quote went: among its verbatim places, the one whose context matches the anchor's, else the
 * only one; undefined when that is not clear (the curator chooses).
 */
export function relocate(anchor: Anchor, to: readonly Anchor[]): Anchor | undefined {
  const same = to.filter((t) => sameContext(t, anchor));
  if (same.length === 1) return same[0];
  return to.length === 1 ? to[0] : undefined;
}
