import { data as compare } from "./compare.js";
import { data as compound } from "./compound.js";
import { data as help } from "./help.js";
import { data as sources } from "./sources.js";
import { data as stack } from "./stack.js";

/** The command definitions as Discord's API takes them; what deploy-commands registers. */
export const commandData = [compound, compare, stack, sources, help] as const;
