import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { MessagePayload } from "../reply/payload.js";

/** Where the terminal writes the pictures an answer carries. */
export const PICTURES_DIR = path.join(os.tmpdir(), "nootropic-bot");

/** Writes each file of a payload (a chart) to the temp folder; one line per file naming its path. */
export function saveFiles(payload: MessagePayload, dir: string = PICTURES_DIR): string[] {
  if (!payload.files?.length) return [];
  fs.mkdirSync(dir, { recursive: true });
  return payload.files.map((file) => {
    const target = path.join(dir, path.basename(file.name));
    fs.writeFileSync(target, file.data);
    return `Picture: ${target}`;
  });
}
