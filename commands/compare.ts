import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { withAccents, withChart } from "../src/reply/charts/attach.js";
import { t } from "../src/i18n/t.js";
import type { Compound } from "../src/knowledge/schema.js";
import { answerMessage } from "../src/reply/message-answer.js";
import { compareReply } from "../src/reply/compare.js";
import { noticeReply } from "../src/reply/notice.js";
import { autocomplete } from "../src/search/autocomplete.js";
import type { SlashCommandData } from "../src/interactions/types.js";
import { EVERYWHERE, slashCommand } from "../src/interactions/define.js";
import { compoundOption, isPrivate, lookupCompound, privateOption } from "./shared/options.js";

const data = {
  name: "compare",
  description: "Two or three nootropics side by side, and what the sources say comparing them",
  options: [
    compoundOption("first", "First compound", true),
    compoundOption("second", "Second compound", true),
    compoundOption("third", "Third compound (optional)", false),
    {
      type: ApplicationCommandOptionType.String,
      name: "for",
      description: "What to compare them for (optional), e.g. memory, anxiety, side effects",
      required: false,
      max_length: 100,
    },
    privateOption,
  ],
  ...EVERYWHERE,
} as const satisfies SlashCommandData;

export const compareCommand = slashCommand({
  data,
  examples: [
    "/compare first:noopept second:piracetam",
    "/compare first:noopept second:piracetam for:anxiety",
  ],
  execute(ctx, options) {
    const inputs = [options.first, options.second, options.third].filter((v) => v !== undefined);
    const compounds: Compound[] = [];
    for (const input of inputs) {
      const found = lookupCompound(ctx, input);
      if ("reply" in found) return found.reply;
      if (compounds.includes(found.compound)) {
        return noticeReply(
          t("notices.sameTwiceTitle"),
          t("notices.sameTwiceCompare", { name: found.compound.name }),
        );
      }
      compounds.push(found.compound);
    }
    if (compounds.length < 2) return noticeReply(t("notices.twoNeededTitle"), t("notices.twoNeeded"));
    const purpose = options.for?.trim();
    // "for": the purpose is read like a question ("noopept vs piracetam for anxiety"), so each side answers it.
    if (purpose)
      return answerMessage(
        ctx.knowledge,
        ctx.ask,
        `${compounds.map((c) => c.name).join(" vs ")} for ${purpose.replace(/[?.!]+/g, " ")}`,
        { ephemeral: isPrivate(options) },
      );
    const reply = compareReply(ctx.knowledge, compounds, { ephemeral: isPrivate(options) });
    return withChart(withAccents(reply, compounds), ctx.knowledge, compounds);
  },
  autocomplete: (ctx, focused) => autocomplete(ctx.index, focused.value),
});
