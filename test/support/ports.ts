import net from "node:net";
import { request } from "./signed-client.js";

/** A port free on 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls a URL until it answers 200, for at most `timeoutMs`; false if it never did. */
export async function waitFor200(
  url: string,
  timeoutMs = 20_000,
  stillRunning: () => boolean = () => true,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && stillRunning()) {
    if (
      await request(url).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
