import { InteractionResponseType, type APIInteractionResponse } from "discord-api-types/v10";
import type { PayloadFile } from "../reply/payload.js";
import type { Sent } from "./present.js";

/** A response and the files to attach to it (sent as multipart: the JSON as payload_json, each file as files[n]). */
export interface Answered {
  response: APIInteractionResponse;
  files?: PayloadFile[];
}

type Payload = Extract<Sent, { type: "reply" | "update" }>["payload"];

/** The payload as Discord takes it: the files named in `attachments`, the hints that are not sent removed. */
function wire(payload: Payload): { data: Omit<Payload, "files" | "accents">; files?: PayloadFile[] } {
  const { files } = payload;
  const data = { ...payload };
  delete data.files;
  if ("accents" in data) delete data.accents;
  if (!files?.length) return { data };
  return {
    data: {
      ...data,
      attachments: files.map((f, id) => ({ id, filename: f.name, description: f.description })),
    },
    files,
  };
}

/** What the router decided, as the interaction response Discord takes, with the files to attach to it. */
export function toAnswered(out: Sent): Answered {
  switch (out.type) {
    case "reply":
    case "update": {
      const { data, files } = wire(out.payload);
      // A card switched in place drops the chart its last section had, unless this one has its own.
      if (out.type === "update" && !files) Object.assign(data, { attachments: [] });
      const type =
        out.type === "reply"
          ? InteractionResponseType.ChannelMessageWithSource
          : InteractionResponseType.UpdateMessage;
      return { response: { type, data }, ...(files ? { files } : {}) };
    }
    case "choices":
      return {
        response: {
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: out.choices },
        },
      };
    case "modal":
      return { response: { type: InteractionResponseType.Modal, data: out.modal } };
    case "acknowledge":
      return { response: { type: InteractionResponseType.DeferredMessageUpdate } };
  }
}

/** The response alone, for answers that carry no file (notices, choices, forms, acknowledgements). */
export function toResponse(out: Sent): APIInteractionResponse {
  return toAnswered(out).response;
}
