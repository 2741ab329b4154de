import { isPrivate, lookupCompound, stringOption } from "../src/interactions/lookup.js";
import { compoundOption, OptionType, privateOption, type BotContext, type CommandModule, type OptionValues } from "../src/interactions/types.js";
import { GOALS, type Goal } from "../src/knowledge/schema.js";
import { noticeReply } from "../src/reply/not-found.js";
import { stackForReply, stackGoalReply, stackOverviewReply, stackPairReply } from "../src/reply/stack.js";
import { autocomplete as complete } from "../src/search/autocomplete.js";

export const data = {
  name: "stack",
  description: "Documented stacks, what to take a compound with, or which compounds are reported for a goal",
  options: [
    compoundOption("compound", "A compound to stack", false),
    compoundOption("with", "A second compound: is this pairing documented?", false),
    {
      type: OptionType.String,
      name: "goal",
      description: "Compounds whose sources report this effect",
      choices: GOALS.map((g) => ({ name: g[0]!.toUpperCase() + g.slice(1), value: g })),
    },
    privateOption,
  ],
} as const;

const isGoal = (v: unknown): v is Goal => typeof v === "string" && (GOALS as readonly string[]).includes(v);

function execute(ctx: BotContext, options: OptionValues) {
  const ephemeral = isPrivate(options);
  const [first, second] = [stringOption(options, "compound"), stringOption(options, "with")];
  const a = first === undefined ? undefined : lookupCompound(ctx, first);
  if (a && "reply" in a) return a.reply;
  const b = second === undefined ? undefined : lookupCompound(ctx, second);
  if (b && "reply" in b) return b.reply;
  const goal = stringOption(options, "goal");
  if (goal !== undefined) {
    if (!isGoal(goal)) return noticeReply("Unknown goal", `Choose one of: ${GOALS.join(", ")}.`);
    return stackGoalReply(ctx.knowledge, goal, a?.compound, { ephemeral });
  }
  if (a && b) {
    if (a.compound === b.compound) return noticeReply("Same compound twice", `Choose two different compounds to ask about a pairing.`);
    return stackPairReply(ctx.knowledge, a.compound, b.compound, { ephemeral });
  }
  const only = a ?? b;
  if (only) return stackForReply(ctx.knowledge, only.compound, { ephemeral });
  return stackOverviewReply(ctx.knowledge, { ephemeral });
}

export const stack: CommandModule = {
  data,
  execute,
  autocomplete: (ctx, focused) => complete(ctx.index, focused.value),
};
