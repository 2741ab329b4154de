import { readdir, readFile } from "node:fs/promises";

/** How many file descriptors the process has open and may open (its soft limit), as far as it can tell. */
export type FdUsage = { open: number; limit: number } | "exhausted" | undefined;

/** The soft limit on open files, from /proc/self/limits (Linux); undefined elsewhere or when unlimited. */
export async function fdLimit(): Promise<number | undefined> {
  const text = await readFile("/proc/self/limits", "utf8").catch(() => "");
  const soft = /^Max open files\s+(\d+)/m.exec(text)?.[1];
  return soft === undefined ? undefined : Number(soft);
}

/**
 * Open file descriptors against `limit`, from /proc/self/fd (Linux): "exhausted" when listing them fails for
 * want of one, undefined where there is no /proc or no limit. Listing takes one descriptor for a moment.
 */
export async function fdUsage(limit: number | undefined): Promise<FdUsage> {
  if (limit === undefined) return undefined;
  try {
    return { open: (await readdir("/proc/self/fd")).length, limit };
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    return code === "EMFILE" || code === "ENFILE" ? "exhausted" : undefined;
  }
}
