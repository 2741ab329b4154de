import { MessageFlags, type APIInteraction } from "discord-api-types/v10";
import { toComponentsV2 } from "../reply/v2/convert.js";
import type { V2Payload } from "../reply/v2/types.js";
import type { Outgoing } from "./types.js";

/** What is sent: the router's answer, a new message or an update possibly laid out as V2. */
export type Sent =
  | Exclude<Outgoing, { type: "reply" | "update" }>
  | { type: "reply" | "update"; payload: Extract<Outgoing, { type: "reply" }>["payload"] | V2Payload };

/**
 * How an answer is laid out: a new message as a Components V2 card; a card switched in place keeps the form
 * it was sent in, so the buttons of cards sent as embeds before V2 still work (Discord does not turn an
 * embed message into a V2 one). Notices, choices and forms are left as they are.
 */
export function present(out: Outgoing, raw: APIInteraction): Sent {
  if (out.type !== "reply" && out.type !== "update") return out;
  if (!("embeds" in out.payload)) return out;
  if (out.type === "update") {
    const flags = "message" in raw ? (raw.message?.flags ?? 0) : 0;
    if ((flags & MessageFlags.IsComponentsV2) === 0) return out;
  }
  return { ...out, payload: toComponentsV2(out.payload) };
}
