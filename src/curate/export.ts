import { UsageError, type CurateVerb } from "./verb.js";

export const exportVerb: CurateVerb = {
  name: "export",
  usage: "export   every stored record as JSON lines, with its table (a backup that needs no SQL)",
  async run({ args, out, store }) {
    if (args.length) throw new UsageError(`unexpected argument ${args[0]}`);
    for await (const record of (await store()).exportAll()) out(JSON.stringify(record));
    return 0;
  },
};
