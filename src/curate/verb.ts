import type { Store } from "../store/store.js";

/** What a curate verb is given: its arguments, where to write, and the store (opened on first use). */
export interface CurateIo {
  args: readonly string[];
  out: (line: string) => void;
  err: (line: string) => void;
  store: () => Promise<Store>;
}

/** One verb of `npm run curate -- <verb>`: one file under src/curate/, one line in src/bin/curate.ts. */
export interface CurateVerb {
  name: string;
  /** One line for the verb list: its arguments and what it does. */
  usage: string;
  /** The exit code: 0 done, 1 failed, 2 wrong arguments. */
  run(io: CurateIo): Promise<number>;
}

/** A usage problem: the dispatcher prints it with the verb's usage and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Splits `--flag value` and `--switch` options from positional arguments; unknown flags are usage errors. */
export function parseFlags(
  args: readonly string[],
  spec: Readonly<Record<string, "value" | "switch">>,
): { flags: Record<string, string | true>; positional: string[] } {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option --${name}`);
    if (kind === "switch") flags[name] = true;
    else {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    }
  }
  return { flags, positional };
}
