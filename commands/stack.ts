import { t } from "../src/i18n/t.js";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { GOALS } from "../src/knowledge/schema.js";
import { noticeReply } from "../src/reply/notice.js";
import { stackForReply, stackGoalReply, stackOverviewReply, stackPairReply } from "../src/reply/stack.js";
import { autocomplete } from "../src/search/autocomplete.js";
import type { SlashCommandData } from "../src/interactions/types.js";
import { EVERYWHERE, slashCommand } from "../src/interactions/define.js";
import { compoundOption, isPrivate, lookupCompound, privateOption } from "./shared/options.js";

const data = {
  name: "stack",
  description: "Documented stacks, what to take a compound with, or which compounds are reported for a goal",
  options: [
    compoundOption("compound", "A compound to stack", false),
    compoundOption("with", "A second compound: is this pairing documented?", false),
    {
      type: ApplicationCommandOptionType.String,
      name: "goal",
      description: "Compounds whose sources report this effect",
      choices: GOALS.map((g) => ({ name: g.charAt(0).toUpperCase() + g.slice(1), value: g })),
    },
    privateOption,
  ],
  ...EVERYWHERE,
} as const satisfies SlashCommandData;

export const stackCommand = slashCommand({
  data,
  examples: [
    "/stack",
    "/stack compound:fasoracetam",
    "/stack compound:noopept with:choline",
    "/stack goal:memory",
  ],
  execute(ctx, options) {
    const ephemeral = isPrivate(options);
    const a = options.compound === undefined ? undefined : lookupCompound(ctx, options.compound);
    if (a && "reply" in a) return a.reply;
    const b = options.with === undefined ? undefined : lookupCompound(ctx, options.with);
    if (b && "reply" in b) return b.reply;
    if (options.goal !== undefined) {
      return stackGoalReply(ctx.knowledge, options.goal, a?.compound, { ephemeral });
    }
    if (a && b) {
      if (a.compound === b.compound)
        return noticeReply(t("notices.sameTwiceTitle"), t("notices.sameTwiceStack"));
      return stackPairReply(ctx.knowledge, a.compound, b.compound, { ephemeral });
    }
    if (b) {
      return noticeReply(
        t("notices.whichPairingTitle"),
        t("notices.whichPairing", { name: b.compound.name, id: b.compound.id }),
      );
    }
    if (a) return stackForReply(ctx.knowledge, a.compound, { ephemeral });
    return stackOverviewReply(ctx.knowledge, { ephemeral });
  },
  autocomplete: (ctx, focused) => autocomplete(ctx.index, focused.value),
});
