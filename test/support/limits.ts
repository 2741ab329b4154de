import { embedLength } from "discord.js";
import { LOCALES } from "../../src/i18n/locale.js";
import { tIn } from "../../src/i18n/t.js";
import { componentCount, textLength } from "../../src/reply/v2/count.js";
import { cardButtons, isV2, textDisplays } from "./cards.js";
import { LIMITS } from "../../src/reply/limits.js";
import type { MessagePayload } from "../../src/reply/payload.js";

/** The disclaimer in every language the bot speaks. */
const DISCLAIMERS = LOCALES.map((locale) => tIn(locale, "footer.disclaimer"));

/** Every way a Components V2 message breaks Discord's limits or could ping someone; empty when it is fine. */
export function v2Problems(payload: unknown): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  const p = payload as {
    embeds?: unknown[];
    content?: string;
    allowed_mentions?: unknown;
    components: never[];
  };
  check(
    JSON.stringify(p.allowed_mentions) === JSON.stringify({ parse: [] }),
    "allowed_mentions must parse nothing",
  );
  check(!p.embeds?.length && !p.content, "a V2 message may carry no embeds and no content");
  check(componentCount(p.components) <= 40, `${componentCount(p.components)} components (at most 40)`);
  check(textLength(p.components) <= 4000, `${textLength(p.components)} characters of text (at most 4,000)`);
  const texts = textDisplays(payload);
  check(
    texts.some((t) => DISCLAIMERS.some((d) => t.includes(d))),
    "no text display carries the disclaimer",
  );
  for (const t of texts) check(t.length > 0, "an empty text display");
  for (const b of cardButtons(payload)) {
    check((b.custom_id ?? "").length <= LIMITS.customId, `custom id too long: ${b.custom_id}`);
    check((b.label ?? "").length <= LIMITS.buttonLabel, `label too long: ${b.label}`);
  }
  const rows = p.components.filter((c: { type: number }) => c.type === 1).length;
  check(rows <= LIMITS.actionRows, "too many action rows");
  const text = JSON.stringify(payload);
  check(!/@(everyone|here)/.test(text), "raw @everyone or @here in the payload");
  check(!/<@[!&]?\d+>/.test(text), "a raw user or role mention in the payload");
  return problems;
}

/** Every way a payload breaks Discord's limits or could ping someone; empty when it is fine. */
export function limitProblems(payload: MessagePayload): string[] {
  if (isV2(payload)) return v2Problems(payload);
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  check(
    JSON.stringify(payload.allowed_mentions) === JSON.stringify({ parse: [] }),
    "allowed_mentions must parse nothing",
  );
  check(payload.embeds.length <= LIMITS.embeds, "too many embeds");
  check(
    payload.embeds.reduce((n, e) => n + embedLength(e), 0) <= LIMITS.embedsTotal,
    "embeds over 6000 characters",
  );
  check((payload.content ?? "").length <= LIMITS.content, "content over 2000");
  payload.embeds.forEach((e, i) => {
    check((e.title ?? "").length <= LIMITS.title, `embed ${i} title too long`);
    check((e.description ?? "").length <= LIMITS.description, `embed ${i} description too long`);
    check((e.fields ?? []).length <= LIMITS.fields, `embed ${i} has too many fields`);
    check(
      !!e.footer && e.footer.text.length > 0 && e.footer.text.length <= LIMITS.footer,
      `embed ${i} needs a footer within limits`,
    );
    check(
      DISCLAIMERS.some((d) => (e.footer?.text ?? "").startsWith(d)),
      `embed ${i} footer lacks the disclaimer`,
    );
    (e.fields ?? []).forEach((f, j) => {
      check(
        f.name.length > 0 && f.name.length <= LIMITS.fieldName,
        `embed ${i} field ${j} name length ${f.name.length}`,
      );
      check(
        f.value.length > 0 && f.value.length <= LIMITS.fieldValue,
        `embed ${i} field ${j} value length ${f.value.length}`,
      );
    });
  });
  check(payload.components.length <= LIMITS.actionRows, "too many action rows");
  for (const row of payload.components) {
    check(row.components.length <= LIMITS.buttonsPerRow, "too many buttons in a row");
    for (const b of row.components) {
      check(b.custom_id.length <= LIMITS.customId, `custom id too long: ${b.custom_id}`);
      check((b.label ?? "").length <= LIMITS.buttonLabel, `label too long: ${b.label}`);
    }
  }
  const text = JSON.stringify(payload);
  check(!/@(everyone|here)/.test(text), "raw @everyone or @here in the payload");
  check(!/<@[!&]?\d+>/.test(text), "a raw user or role mention in the payload");
  return problems;
}
