import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import http from "node:http";

/** A key pair as Discord holds it: the private half signs, the public half goes to the bot as 64 hex chars. */
export interface SigningKeys {
  privateKey: KeyObject;
  publicKeyHex: string;
}

export function generateSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const der = publicKey.export({ format: "der", type: "spki" });
  return { privateKey, publicKeyHex: der.subarray(der.length - 32).toString("hex") };
}

export function signRequest(
  keys: SigningKeys,
  body: string | Buffer,
  timestamp = String(Math.floor(Date.now() / 1000)),
): Record<string, string> {
  const signature = sign(
    null,
    Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]),
    keys.privateKey,
  ).toString("hex");
  return { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp };
}

export interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json<T = unknown>(): T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  agent?: http.Agent;
}

/** One HTTP request on 127.0.0.1 with node:http; rejects only when no answer came back at all. */
export function request(url: string, options: RequestOptions = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent: options.agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: <T>() => JSON.parse(text) as T,
          });
        });
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Posts interactions as Discord does: JSON body, signed with the test's private key. */
export class SignedClient {
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  constructor(
    readonly baseUrl: string,
    readonly keys: SigningKeys,
  ) {}

  post(interaction: unknown, extraHeaders: Record<string, string> = {}): Promise<Response> {
    const body = JSON.stringify(interaction);
    return request(`${this.baseUrl}/interactions`, {
      method: "POST",
      body,
      agent: this.agent,
      headers: { "content-type": "application/json", ...signRequest(this.keys, body), ...extraHeaders },
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
