/**
 * The floor for bench:scale: a bare node:http server that checks the same Ed25519 signature as the bot
 * (the same verifier) and answers every valid request with a fixed PONG. Run as its own process, like a
 * replica: PORT and DISCORD_PUBLIC_KEY from the environment.
 */
import http from "node:http";
import { createVerifier } from "../../src/http/verify.js";

const verify = createVerifier({ publicKey: process.env.DISCORD_PUBLIC_KEY ?? "" });
const PONG = JSON.stringify({ type: 1 });

const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
  if (req.url === "/readyz" || req.url === "/healthz") {
    res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ready"}');
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const sig = req.headers["x-signature-ed25519"];
    const ts = req.headers["x-signature-timestamp"];
    const ok = verify(
      typeof sig === "string" ? sig : undefined,
      typeof ts === "string" ? ts : undefined,
      Buffer.concat(chunks),
    ).ok;
    res
      .writeHead(ok ? 200 : 401, { "content-type": "application/json" })
      .end(ok ? PONG : '{"error":"invalid request signature"}');
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
