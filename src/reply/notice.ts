import { COLORS, reply, type MessagePayload } from "./payload.js";

/** A short ephemeral note for a request that cannot be answered as asked. */
export function noticeReply(title: string, description: string): MessagePayload {
  return reply([{ title, description, color: COLORS.warning }], { ephemeral: true });
}
