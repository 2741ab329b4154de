import { parseFlags, UsageError, type CurateVerb } from "./verb.js";

export const gapsVerb: CurateVerb = {
  name: "gaps",
  usage: "gaps [--json]   unanswered questions by compound and subject, most asked first",
  async run({ args, out, store }) {
    const { flags, positional } = parseFlags(args, { json: "switch" });
    if (positional.length) throw new UsageError(`unexpected argument ${positional[0]}`);
    const opened = await store();
    await opened.gaps.prune();
    const groups = await opened.gaps.groups();
    for (const g of groups) {
      if (flags.json) out(JSON.stringify(g));
      else
        out(
          `${String(g.count).padStart(5)}  ${g.compound} / ${g.subject}  (last ${g.lastAsked.slice(0, 10)})  e.g. ${g.examples.map((e) => JSON.stringify(e)).join(", ")}`,
        );
    }
    if (!flags.json && groups.length === 0)
      out(`No unanswered questions in the last ${opened.gaps.retentionDays} days.`);
    return 0;
  },
};
