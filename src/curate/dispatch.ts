import type { Store } from "../store/store.js";
import { UsageError, type CurateVerb } from "./verb.js";

export interface DispatchOptions {
  out?: (line: string) => void;
  err?: (line: string) => void;
  openStore: () => Promise<Store>;
}

export function usage(verbs: readonly CurateVerb[]): string {
  return ["Usage: npm run curate -- <verb> [arguments]", ...verbs.map((v) => `  ${v.usage}`)].join("\n");
}

/** Runs one verb; the exit code. Opens the store only if the verb uses it, and always closes it. */
export async function dispatch(
  verbs: readonly CurateVerb[],
  argv: readonly string[],
  options: DispatchOptions,
): Promise<number> {
  const out = options.out ?? ((line: string) => console.log(line));
  const err = options.err ?? ((line: string) => console.error(line));
  const [name, ...args] = argv;
  const verb = verbs.find((v) => v.name === name);
  if (!verb) {
    if (name && name !== "help" && name !== "--help") err(`Unknown verb: ${name.slice(0, 40)}`);
    err(usage(verbs));
    return name && name !== "help" && name !== "--help" ? 2 : 0;
  }
  let opened: Promise<Store> | undefined;
  const store = () => (opened ??= options.openStore());
  try {
    return await verb.run({ args, out, err, store });
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${verb.name}: ${error.message}`);
      err(`Usage: npm run curate -- ${verb.usage}`);
      return 2;
    }
    err(`${verb.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    if (opened) await opened.then((s) => s.close()).catch(() => undefined);
  }
}
