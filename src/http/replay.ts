/**
 * The signatures of the requests accepted within the replay window, so that a captured request sent again
 * while its timestamp is still fresh is refused. Memory is bounded: entries leave when their timestamp goes
 * stale (the verifier refuses those anyway) and, past maxEntries, the oldest leave first. Per process: with
 * several replicas a replay sent to another replica is not seen here.
 */
export class ReplayGuard {
  /**
   * The first 16 bytes (128 bits) of each signature as a 16-character string, to the time it goes stale (ms):
   * about 90 bytes an entry (17 MB at 200,000), where a slice of the header kept its 128 characters alive (230).
   */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries = 200_000,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.seen.size;
  }

  /** True if this signature was accepted before within the window; otherwise remembers it and gives false. */
  repeated(signature: string, timestampSeconds: number): boolean {
    const now = this.now();
    for (const [key, until] of this.seen) {
      if (until >= now && this.seen.size < this.maxEntries) break;
      this.seen.delete(key);
    }
    const key = Buffer.from(signature.slice(0, 32), "hex").toString("latin1");
    const until = this.seen.get(key);
    if (until !== undefined && until >= now) return true;
    this.seen.set(key, timestampSeconds * 1000 + this.windowMs);
    return false;
  }
}
