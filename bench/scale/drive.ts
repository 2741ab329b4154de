import http from "node:http";
import { signRequest, type SigningKeys } from "../../test/support/signed-client.js";

/** Signed interactions through one URL, `concurrency` at a time, on keep-alive connections. */

export interface SignedItem {
  body: string;
  headers: Record<string, string>;
  /** The interaction response type a correct answer has. */
  expect: number;
}

export function presign(
  keys: SigningKeys,
  items: ReadonlyArray<{ payload: unknown; expect: number }>,
): SignedItem[] {
  return items.map(({ payload, expect }) => {
    const body = JSON.stringify(payload);
    return { body, headers: { "content-type": "application/json", ...signRequest(keys, body) }, expect };
  });
}

export interface RunResult {
  label: string;
  sent: number;
  lost: number;
  wrong: number;
  p50: number;
  p99: number;
  perSecond: number;
  /** CPU the serving processes spent per interaction, in µs, where measured. */
  cpuUs?: number;
}

function post(url: string, item: SignedItem, agent: http.Agent): Promise<{ status: number; type?: number }> {
  return new Promise((resolve) => {
    const req = http.request(url, { method: "POST", headers: item.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", () => resolve({ status: 0 }));
      // The response type is the first key of the JSON both servers write; reading just it keeps the load
      // generator's own work the same for a 5 KB card and a 10-byte PONG.
      res.on("end", () => {
        const type = /^\{"type":(\d+)/.exec(Buffer.concat(chunks).subarray(0, 16).toString())?.[1];
        resolve({ status: res.statusCode ?? 0, type: type === undefined ? undefined : Number(type) });
      });
    });
    req.setTimeout(10_000, () => req.destroy());
    req.on("error", () => resolve({ status: 0 }));
    req.end(item.body);
  });
}

const percentile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;

/**
 * Lost: no 200 came back (connection error, 5xx, timeout). Wrong: a 200 whose response type is not the one
 * this interaction needs. `onProgress` is called after each answer, so a test can act mid-run.
 */
export async function drive(
  label: string,
  url: string,
  items: readonly SignedItem[],
  concurrency: number,
  onProgress?: (done: number) => void,
): Promise<RunResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const times: number[] = [];
  let lost = 0;
  let wrong = 0;
  let next = 0;
  let done = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const t0 = performance.now();
      const answer = await post(url, item, agent);
      times.push(performance.now() - t0);
      if (answer.status !== 200) lost += 1;
      else if (answer.type !== item.expect) wrong += 1;
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  return {
    label,
    sent: items.length,
    lost,
    wrong,
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    perSecond: items.length / seconds,
  };
}
