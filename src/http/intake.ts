import type http from "node:http";

/** What reading a body gave: the bytes, or why there are none. */
export type BodyResult = Buffer | "too-large" | "over-budget" | "timeout" | "aborted";

interface Reading {
  reserved: number;
  started: number;
  finish(result: BodyResult): void;
}

export interface IntakeLimits {
  /** Bytes all bodies being read may reserve together. */
  budgetBytes: number;
  /** A body must arrive whole this soon after its headers. */
  deadlineMs: number;
  /** A body still arriving after this long may be evicted to make room for a new one. */
  evictAfterMs: number;
}

/**
 * Reads request bodies within one budget of bytes for all of them together. Each body reserves its declared
 * length (the cap, when it declares none) before a byte of it is read; a body that does not fit first evicts
 * the bodies that have been arriving for longer than evictAfterMs, oldest first ("over-budget": a client that
 * sends all but the last byte and waits; Discord sends a whole body at once), and is itself refused unread
 * when that does not make room. A body not complete within the deadline is dropped ("timeout"). Whatever ends
 * a reading releases its reservation at once, so what an attacker makes it allocate is bounded by the budget,
 * not by how many connections they open.
 */
export class BodyIntake {
  private used = 0;
  /** Readings in progress, oldest first (a Set keeps insertion order). */
  private readonly readings = new Set<Reading>();

  constructor(
    private readonly limits: IntakeLimits,
    private readonly onChange: (reservedBytes: number) => void = () => undefined,
  ) {}

  /** Bytes reserved right now by bodies being read. */
  get bufferedBytes(): number {
    return this.used;
  }

  read(req: http.IncomingMessage, maxBytes: number): Promise<BodyResult> {
    const declared = Number(req.headers["content-length"]);
    const known = req.headers["content-length"] !== undefined && Number.isFinite(declared) && declared >= 0;
    if (known && declared > maxBytes) return Promise.resolve("too-large");
    const want = known ? declared : maxBytes;
    if (!this.makeRoom(want)) return Promise.resolve("over-budget");
    return new Promise((resolve) => {
      let chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const reading: Reading = {
        reserved: want,
        started: performance.now(),
        finish: (result) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          req.off("data", onData).off("end", onEnd).off("aborted", onAbort).off("error", onAbort);
          req.off("close", onAbort);
          this.readings.delete(reading);
          this.release(reading.reserved);
          chunks = [];
          resolve(result);
        },
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > want) return reading.finish("too-large");
        chunks.push(chunk);
      };
      const onEnd = () => reading.finish(Buffer.concat(chunks, size));
      const onAbort = () => reading.finish("aborted");
      const timer = setTimeout(() => reading.finish("timeout"), this.limits.deadlineMs);
      this.readings.add(reading);
      this.used += want;
      this.onChange(this.used);
      req.on("data", onData).on("end", onEnd).on("aborted", onAbort).on("error", onAbort);
      req.on("close", onAbort);
    });
  }

  /** Whether `bytes` fit in the budget, after evicting bodies arriving for too long if need be. */
  private makeRoom(bytes: number): boolean {
    if (this.used + bytes <= this.limits.budgetBytes) return true;
    const now = performance.now();
    for (const older of this.readings) {
      if (this.used + bytes <= this.limits.budgetBytes) break;
      if (now - older.started < this.limits.evictAfterMs) break;
      older.finish("over-budget");
    }
    return this.used + bytes <= this.limits.budgetBytes;
  }

  private release(bytes: number): void {
    this.used -= bytes;
    this.onChange(this.used);
  }
}
