import { Writable } from "node:stream";
import { registry } from "../../commands/index.js";
import { createContext } from "../../src/context.js";
import { createVerifier } from "../../src/http/verify.js";
import { createLogger } from "../../src/logger.js";
import { createMetrics } from "../../src/metrics.js";
import { boundaryFor } from "../../test/support/bot.js";
import { trafficMix } from "../../test/support/load.js";
import { signRequest, type SigningKeys } from "../../test/support/signed-client.js";

export interface Costs {
  verifyUs: number;
  parseUs: number;
  answerUs: number;
  stringifyUs: number;
  requestBytes: number;
  responseBytes: number;
}

/**
 * Where a replica's time goes, per interaction of the same mix, in one process without the network: the
 * signature check (which the floor does too), parsing the body, the boundary (route, render, cache,
 * limiter, metrics) and serialising the answer. The last of `rounds` rounds, once V8 has warmed up.
 */
export async function measureCosts(keys: SigningKeys, count = 4000, rounds = 4): Promise<Costs> {
  const ctx = createContext(registry);
  const logger = createLogger({
    level: "warn",
    destination: new Writable({ write: (_c, _e, done) => done() }),
  });
  const boundary = boundaryFor(ctx, { logger, metrics: createMetrics({ processDefaults: false }) });
  const verify = createVerifier({ publicKey: keys.publicKeyHex });
  const bodies = trafficMix(count, 1000).map((p) => JSON.stringify(p.payload));
  const signed = bodies.map((body) => ({ body: Buffer.from(body), headers: signRequest(keys, body) }));
  const time = async (work: () => unknown) => {
    const t0 = performance.now();
    await work();
    return ((performance.now() - t0) * 1000) / count;
  };
  let costs: Costs | undefined;
  for (let round = 0; round < rounds; round++) {
    let raws: unknown[] = [];
    let responses: unknown[] = [];
    let texts: string[] = [];
    const verifyUs = await time(() =>
      signed.forEach((s) =>
        verify(s.headers["x-signature-ed25519"], s.headers["x-signature-timestamp"], s.body),
      ),
    );
    const parseUs = await time(() => (raws = bodies.map((b) => JSON.parse(b) as unknown)));
    const answerUs = await time(
      async () => (responses = await Promise.all(raws.map((r) => boundary.handle(r as never)))),
    );
    const stringifyUs = await time(() => (texts = responses.map((r) => JSON.stringify(r))));
    const mean = (list: string[]) => list.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / list.length;
    costs = {
      verifyUs,
      parseUs,
      answerUs,
      stringifyUs,
      requestBytes: mean(bodies),
      responseBytes: mean(texts),
    };
  }
  return costs!;
}
