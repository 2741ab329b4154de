/**
 * The memory attack of bench:abuse in a process of its own, so that the legitimate client's latencies are the
 * bot's and not the wait for the attacker's own writes: N connections that each send a request head with a
 * made-up (well-formed, fresh) signature and all but the last byte of a 255 KB body, then wait. A connection
 * the bot closes is opened again while the attack lasts (at most 3 N in all). Driven over IPC:
 * { port, connections, ms } starts one attack; it answers { opened, answered } (the status of each answer).
 */
import net from "node:net";

const BODY = 255 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attack(port: number, connections: number, until: number) {
  const head = (timestamp: string) =>
    `POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${BODY}\r\nX-Signature-Ed25519: ${"ab".repeat(64)}\r\n` +
    `X-Signature-Timestamp: ${timestamp}\r\n\r\n`;
  const body = Buffer.alloc(BODY - 1, 0x20);
  const open = new Set<net.Socket>();
  const answered = new Map<string, number>();
  let opened = 0;
  const connect = () => {
    if (Date.now() >= until || opened >= connections * 3) return;
    opened += 1;
    const socket = net.connect(port, "127.0.0.1");
    open.add(socket);
    socket.on("connect", () => {
      socket.write(head(String(Math.floor(Date.now() / 1000))));
      socket.write(body);
    });
    socket.once("data", (d: Buffer) => {
      const status = /^HTTP\/1\.1 (\d+)/.exec(d.toString("latin1"))?.[1] ?? "other";
      answered.set(status, (answered.get(status) ?? 0) + 1);
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      open.delete(socket);
      setTimeout(connect, 5);
    });
  };
  for (let i = 0; i < connections; i++) {
    connect();
    if (i % 100 === 99) await sleep(10);
  }
  while (Date.now() < until) await sleep(100);
  for (const socket of open) socket.destroy();
  return { opened, answered: Object.fromEntries(answered) };
}

process.on("message", (command: { port: number; connections: number; ms: number }) => {
  void attack(command.port, command.connections, Date.now() + command.ms).then((result) => {
    process.send?.(result);
  });
});
process.send?.({ ready: true });
