import type http from "node:http";

/** What reading a body gave: the bytes, or why there are none. */
export type BodyResult = Buffer | "too-large" | "over-budget" | "timeout" | "aborted";

interface Reading {
  held: number;
  finish(result: BodyResult): void;
}

/**
 * Reads request bodies within one budget of bytes for all of them together. A chunk that would take the
 * total past the budget first evicts the bodies that have been reading longest ("over-budget": a client
 * that sends all but the last byte and waits is the oldest, while Discord sends a whole body at once), and
 * is itself refused only when no older one is left to evict. A body not complete within the deadline is
 * dropped ("timeout"). Whatever ends a reading releases its bytes at once.
 */
export class BodyIntake {
  private used = 0;
  /** Readings in progress, oldest first (a Set keeps insertion order). */
  private readonly readings = new Set<Reading>();

  constructor(
    private readonly budgetBytes: number,
    private readonly deadlineMs: number,
    private readonly onChange: (bufferedBytes: number) => void = () => undefined,
  ) {}

  /** Bytes held right now by bodies being read. */
  get bufferedBytes(): number {
    return this.used;
  }

  read(req: http.IncomingMessage, maxBytes: number): Promise<BodyResult> {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve("too-large");
    return new Promise((resolve) => {
      let chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const reading: Reading = {
        held: 0,
        finish: (result) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          req.off("data", onData).off("end", onEnd).off("aborted", onAbort).off("error", onAbort);
          req.off("close", onAbort);
          this.readings.delete(reading);
          this.release(reading.held);
          reading.held = 0;
          chunks = [];
          resolve(result);
        },
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return reading.finish("too-large");
        if (!this.reserve(reading, chunk.length)) return reading.finish("over-budget");
        chunks.push(chunk);
      };
      const onEnd = () => {
        const body = Buffer.concat(chunks, size);
        reading.finish(body);
      };
      const onAbort = () => reading.finish("aborted");
      const timer = setTimeout(() => reading.finish("timeout"), this.deadlineMs);
      this.readings.add(reading);
      req.on("data", onData).on("end", onEnd).on("aborted", onAbort).on("error", onAbort);
      req.on("close", onAbort);
    });
  }

  private reserve(reading: Reading, bytes: number): boolean {
    for (const older of this.readings) {
      if (older === reading || this.used + bytes <= this.budgetBytes) break;
      older.finish("over-budget");
    }
    if (this.used + bytes > this.budgetBytes) return false;
    reading.held += bytes;
    this.used += bytes;
    this.onChange(this.used);
    return true;
  }

  private release(bytes: number): void {
    if (bytes === 0) return;
    this.used -= bytes;
    this.onChange(this.used);
  }
}
