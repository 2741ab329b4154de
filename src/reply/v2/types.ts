import type {
  APIActionRowComponent,
  APIComponentInContainer,
  APIComponentInMessageActionRow,
  APIInteractionResponseCallbackData,
  APIMessageTopLevelComponent,
} from "discord-api-types/v10";
import type { PayloadFile } from "../payload.js";

/** A Components V2 message as this bot sends it: containers and button rows, no content, no embeds, no mention. */
export type V2Payload = Omit<
  APIInteractionResponseCallbackData,
  "embeds" | "components" | "allowed_mentions" | "content"
> & {
  components: APIMessageTopLevelComponent[];
  flags: number;
  allowed_mentions: { parse: [] };
  files?: PayloadFile[];
};

export type InContainer = APIComponentInContainer;
export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Discord's limits on a Components V2 message. */
export const V2_LIMITS = {
  /** Every component counts, nested ones included. */
  components: 40,
  /** Characters across all text displays. */
  text: 4000,
} as const;
