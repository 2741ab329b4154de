import { describe, expect, it } from "vitest";
import { answerFailure } from "../src/discord/handle.js";
import { APOLOGY } from "../src/discord/handle.js";

/** A stand-in for a repliable interaction in each state; records which call answered. */
function interaction(state: { replied?: boolean; deferred?: boolean }) {
  const { replied = false, deferred = false } = state;
  const calls: string[] = [];
  const record = (name: string) => async () => {
    calls.push(name);
  };
  return { calls, target: { replied, deferred, reply: record("reply"), followUp: record("followUp"), editReply: record("editReply") } };
}

describe("answering after a failure", () => {
  it("replies when nothing was sent yet", async () => {
    const i = interaction({});
    await answerFailure(i.target, APOLOGY);
    expect(i.calls).toEqual(["reply"]);
  });
  it("follows up, never re-sends, when a reply was already sent", async () => {
    const i = interaction({ replied: true });
    await answerFailure(i.target, APOLOGY);
    expect(i.calls).toEqual(["followUp"]);
  });
  it("edits the deferred reply", async () => {
    const i = interaction({ deferred: true });
    await answerFailure(i.target, APOLOGY);
    expect(i.calls).toEqual(["editReply"]);
  });
});
