import { reportLine } from "./reports.js";
import { parseFlags, UsageError, type CurateVerb } from "./verb.js";

export const resolveVerb: CurateVerb = {
  name: "resolve",
  usage: "resolve <id> accepted|rejected [--note TEXT]   close a report",
  async run({ args, out, err, store }) {
    const { flags, positional } = parseFlags(args, { note: "value" });
    const [idText, status, extra] = positional;
    if (!idText || !status || extra !== undefined) throw new UsageError("takes a report id and a status");
    const id = Number(idText.replace(/^#/, ""));
    if (!Number.isSafeInteger(id) || id <= 0) throw new UsageError(`${idText} is not a report id`);
    if (status !== "accepted" && status !== "rejected")
      throw new UsageError(`the status is accepted or rejected, not ${status}`);
    const note = typeof flags.note === "string" ? flags.note : undefined;
    const report = await (await store()).reports.resolve(id, status, note);
    if (!report) {
      err(`There is no report #${id}.`);
      return 1;
    }
    out(reportLine(report));
    return 0;
  },
};
