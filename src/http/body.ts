import type http from "node:http";

/**
 * Reads a request body up to `max` bytes. A declared or actual size over the cap gives "too-large" at once
 * (the rest is read and dropped so the client still gets our answer); a client that goes away gives "aborted".
 */
export function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | "too-large" | "aborted"> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) {
    req.resume();
    return Promise.resolve("too-large");
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off("data", onData);
        req.resume();
        resolve("too-large");
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => {
      if (size <= max) resolve(Buffer.concat(chunks, size));
    });
    req.on("aborted", () => resolve("aborted"));
    req.on("error", () => resolve("aborted"));
  });
}
