import { createPublicKey, verify, type KeyObject } from "node:crypto";

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const HEX_KEY = /^[0-9a-f]{64}$/i;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/i;
const TIMESTAMP = /^\d{1,12}$/;

/** How far a request's timestamp may be from our clock before it counts as a replay. */
export const DEFAULT_MAX_SKEW_SECONDS = 300;

export function isPublicKeyHex(value: string): boolean {
  return HEX_KEY.test(value);
}

/** The application's public key (64 hex characters, as the Developer Portal shows it) as a node KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!isPublicKeyHex(hex)) throw new Error("the public key must be 64 hexadecimal characters");
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

export type Refusal = "missing" | "malformed" | "stale" | "bad-signature";
export type Verification = { ok: true } | { ok: false; reason: Refusal };

export interface VerifierOptions {
  publicKey: string;
  maxSkewSeconds?: number;
  /** Milliseconds since the epoch; Date.now unless a test moves the clock. */
  now?: () => number;
}

export interface Verifier {
  /** The signature headers alone, checked before any of the body is read: present, well formed, fresh. */
  headers(signature: string | undefined, timestamp: string | undefined): Verification;
  /** The whole check: the headers, then Ed25519 over the timestamp followed by the raw body. */
  (signature: string | undefined, timestamp: string | undefined, body: Buffer): Verification;
}

/**
 * Checks Discord's request signature: Ed25519 over the timestamp header followed by the raw body, with the
 * key built once. A timestamp further than maxSkewSeconds from our clock is refused, so a captured request
 * cannot be replayed later (within the window, the replay guard refuses it).
 */
export function createVerifier(options: VerifierOptions): Verifier {
  const key = publicKeyFromHex(options.publicKey);
  const maxSkew = options.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS;
  const now = options.now ?? Date.now;
  const headers = (signature: string | undefined, timestamp: string | undefined): Verification => {
    if (!signature || !timestamp) return { ok: false, reason: "missing" };
    if (!HEX_SIGNATURE.test(signature) || !TIMESTAMP.test(timestamp))
      return { ok: false, reason: "malformed" };
    if (Math.abs(now() / 1000 - Number(timestamp)) > maxSkew) return { ok: false, reason: "stale" };
    return { ok: true };
  };
  const full = (signature: string | undefined, timestamp: string | undefined, body: Buffer): Verification => {
    const first = headers(signature, timestamp);
    if (!first.ok) return first;
    const signed = Buffer.concat([Buffer.from(timestamp!), body]);
    return verify(null, signed, key, Buffer.from(signature!, "hex"))
      ? { ok: true }
      : { ok: false, reason: "bad-signature" };
  };
  return Object.assign(full, { headers });
}
