import { compoundById } from "../knowledge/lookup.js";
import type { Feature, FormFields } from "../interactions/types.js";
import {
  MAX_SOURCE,
  MAX_WHAT,
  REPORT_FIELDS,
  REPORT_PREFIX,
  reportModal,
  reportReceipt,
  subjectOf,
} from "./payloads.js";
import { claimsShown } from "./claims-shown.js";
import type { Report, ReportSink } from "./sink.js";

/** A form field as one line of at most `max` characters. */
const oneLine = (text: string | undefined, max: number) =>
  (text ?? "").replace(/\s+/g, " ").trim().slice(0, max);

/**
 * "Report a problem": the 🚩 button on every card opens a form, and the submitted form goes to the sink.
 * A feature like a command's buttons and forms, found by its custom ids ("report:noopept:dosing").
 */
export function reportFeature(sink: ReportSink): Feature {
  return {
    name: REPORT_PREFIX,
    button(ctx, args) {
      const subject = subjectOf(args);
      const compound = subject && compoundById(ctx.knowledge, subject.compound);
      return subject && compound ? { type: "modal", modal: reportModal(subject, compound.name) } : undefined;
    },
    async modal(ctx, args, fields: FormFields, caller) {
      const subject = subjectOf(args);
      const what = oneLine(fields[REPORT_FIELDS.what], MAX_WHAT);
      if (!subject || !what || caller.userId === undefined) return undefined;
      const source = oneLine(fields[REPORT_FIELDS.source], MAX_SOURCE);
      const report: Report = {
        ...subject,
        what,
        ...(source ? { source } : {}),
        reporterId: caller.userId,
        ...(caller.guildId ? { guildId: caller.guildId } : {}),
        ...(caller.channelId ? { channelId: caller.channelId } : {}),
        ...(caller.messageId ? { messageId: caller.messageId } : {}),
        claims: claimsShown(ctx.knowledge, subject.compound, subject.section),
      };
      const receipt = await sink.receive(report);
      const name = compoundById(ctx.knowledge, subject.compound)?.name ?? subject.compound;
      return { type: "reply", payload: reportReceipt(name, subject.section, receipt) };
    },
  };
}
