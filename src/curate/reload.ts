import { parseFlags, UsageError, type CurateVerb } from "./verb.js";

/**
 * npm run curate -- reload: asks a running bot to reload its knowledge. In HTTP mode by POST /reload on its
 * port (accepted from this machine only), which answers with the outcome; in gateway mode with --pid, by
 * SIGHUP (the bot logs the outcome).
 */
export const reloadVerb: CurateVerb = {
  name: "reload",
  usage:
    "reload [--url http://127.0.0.1:PORT | --pid PID]   a running bot reloads its knowledge (refused, with the reason, when invalid)",
  async run({ args, out, err }) {
    const { flags, positional } = parseFlags(args, { url: "value", pid: "value" });
    if (positional.length > 0) throw new UsageError("takes no words, only --url or --pid");
    if (typeof flags.pid === "string") {
      const pid = Number(flags.pid);
      if (!Number.isSafeInteger(pid) || pid <= 0)
        throw new UsageError(`--pid ${flags.pid} is not a process id`);
      try {
        process.kill(pid, "SIGHUP");
      } catch (error) {
        err(`Cannot signal process ${pid}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        return 1;
      }
      out(`Sent SIGHUP to ${pid}: the bot logs "knowledge reloaded" with its version, or why it refused.`);
      return 0;
    }
    const base = typeof flags.url === "string" ? flags.url : `http://127.0.0.1:${process.env.PORT || "8080"}`;
    let response: Response;
    try {
      response = await fetch(new URL("/reload", base), {
        method: "POST",
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      err(
        `No bot answered at ${base} (${(error as Error).message}); in gateway mode use --pid with the bot's process id.`,
      );
      return 1;
    }
    const body = (await response.json().catch(() => ({}))) as {
      ok?: boolean;
      version?: string;
      previous?: string;
      changed?: boolean;
      ms?: number;
      problems?: string[];
      error?: string;
    };
    if (response.status === 200 && body.ok) {
      out(
        body.changed
          ? `Reloaded: now answering from ${body.version} (was ${body.previous}), in ${Math.round(body.ms ?? 0)} ms.`
          : `Unchanged: still ${body.version}.`,
      );
      return 0;
    }
    if (response.status === 422) {
      err(
        `Refused: still answering from ${body.version}. The knowledge has ${body.problems?.length ?? 0} problem(s):`,
      );
      for (const p of body.problems ?? []) err(`- ${p}`);
      return 1;
    }
    err(`The bot answered ${response.status}: ${body.error ?? "no reason given"}`);
    return 1;
  },
};
