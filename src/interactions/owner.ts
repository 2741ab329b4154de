import { ComponentType, MessageFlags, type APIInteraction, type APIMessage } from "discord-api-types/v10";
import type { MessagePayload } from "../reply/payload.js";

/**
 * Who may flip a shared card in place: the person who asked for it. Discord says who that was on a message
 * an interaction created (interaction_metadata.user); a card posted some other way (an answer to a mention)
 * carries its owner at the end of its buttons' custom ids ("compound:noopept:dosing:@<user id>").
 */

const OWNER_MARK = ":@";
const MAX_CUSTOM_ID = 100;

/** The custom id without its owner mark, as the command that made it expects it. */
export function withoutOwner(customId: string): string {
  const at = customId.lastIndexOf(OWNER_MARK);
  return at >= 0 && /^\d{15,22}$/.test(customId.slice(at + OWNER_MARK.length))
    ? customId.slice(0, at)
    : customId;
}

function ownerMark(customId: string): string | undefined {
  const bare = withoutOwner(customId);
  return bare === customId ? undefined : customId.slice(bare.length + OWNER_MARK.length);
}

/** A copy of a payload whose buttons name their owner, for cards that are not posted as an interaction's answer. */
export function withOwner(payload: MessagePayload, userId: string): MessagePayload {
  return {
    ...payload,
    components: payload.components.map((row) => ({
      ...row,
      components: row.components.map((button) => {
        const id = `${withoutOwner(button.custom_id)}${OWNER_MARK}${userId}`;
        return button.type === ComponentType.Button && id.length <= MAX_CUSTOM_ID
          ? { ...button, custom_id: id }
          : button;
      }),
    })),
  };
}

export type CardAccess = "owner" | "other";

/**
 * Whether the person pressing a button on a message may change it for everyone. An ephemeral message is
 * seen only by whoever it was for; a card whose owner cannot be told is never rewritten for everyone.
 */
export function cardAccess(raw: APIInteraction, customId: string, userId: string | undefined): CardAccess {
  const message: APIMessage | undefined = "message" in raw ? raw.message : undefined;
  if (!message) return "other";
  if (((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) return "owner";
  const owner =
    ownerMark(customId) ?? message.interaction_metadata?.user?.id ?? message.interaction?.user?.id;
  return owner !== undefined && owner === userId ? "owner" : "other";
}
