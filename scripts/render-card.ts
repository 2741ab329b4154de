import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ComponentType,
  type APIComponentInContainer,
  type APIMessageTopLevelComponent,
} from "discord-api-types/v10";
import { registry } from "../commands/index.js";
import { createContext } from "../src/context.js";
import { resolveLocale, withLocale } from "../src/i18n/locale.js";
import { route } from "../src/interactions/route.js";
import { PROJECT_ROOT } from "../src/paths.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { toComponentsV2 } from "../src/reply/v2/convert.js";

/**
 * Draws what a member sees for a command as a Components V2 card, for the README: the card the bot sends,
 * laid out in HTML the way Discord's dark theme shows containers, sections, buttons and the media gallery,
 * then photographed by headless Chromium (apt-get install chromium fonts-noto-color-emoji).
 *   npx tsx scripts/render-card.ts docs/card-noopept.png /compound name:noopept [--locale de]
 */

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const inline = (s: string) =>
  esc(s)
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/(^|[\s(])\*([^*\s][^*]*?)\*(?=$|[\s.,;:)])/gm, "$1<i>$2</i>")
    .replace(/\\([*_~`|>[\]()#-])/g, "$1");

function markdown(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      if (line.startsWith("## ")) return `<h2>${inline(line.slice(3))}</h2>`;
      if (line.startsWith("### ")) return `<h3>${inline(line.slice(4))}</h3>`;
      if (line.startsWith("-# ")) return `<small>${inline(line.slice(3))}</small>`;
      if (line.startsWith("> ")) return `<blockquote>${inline(line.slice(2))}</blockquote>`;
      return line.trim() ? `<p>${inline(line)}</p>` : "";
    })
    .join("");
}

function button(b: {
  label?: string;
  style?: number;
  disabled?: boolean;
  emoji?: { name?: string };
}): string {
  const kind = b.style === 1 ? "primary" : "secondary";
  return `<span class="button ${kind}${b.disabled ? " disabled" : ""}">${b.emoji?.name ?? ""} ${esc(b.label ?? "")}</span>`;
}

function html(
  components: readonly (APIMessageTopLevelComponent | APIComponentInContainer)[],
  files: MessagePayload["files"],
): string {
  return components
    .map((c) => {
      switch (c.type) {
        case ComponentType.Container:
          return `<div class="container" style="border-left-color:#${(c.accent_color ?? 0x5865f2).toString(16).padStart(6, "0")}">${html(c.components, files)}</div>`;
        case ComponentType.TextDisplay:
          return `<div class="text">${markdown(c.content)}</div>`;
        case ComponentType.Section:
          return `<div class="section"><div class="text">${c.components.map((t) => markdown(t.content)).join("")}</div>${c.accessory.type === ComponentType.Button ? button(c.accessory) : ""}</div>`;
        case ComponentType.Separator:
          return "<hr>";
        case ComponentType.MediaGallery:
          return c.items
            .map((item) => {
              const file = files?.find((f) => `attachment://${f.name}` === item.media.url);
              return file
                ? `<img alt="${esc(item.description ?? "")}" src="data:image/png;base64,${Buffer.from(file.data).toString("base64")}">`
                : "";
            })
            .join("");
        case ComponentType.ActionRow:
          return `<div class="row">${c.components.map((b) => button(b as never)).join("")}</div>`;
        default:
          return "";
      }
    })
    .join("");
}

const STYLE = `body{margin:0;background:#313338;font-family:"Noto Sans",sans-serif;color:#dbdee1;font-size:15px}
.message{padding:16px 20px;width:640px}.name{color:#fff;font-weight:600;margin-bottom:6px}.name span{background:#5865f2;border-radius:3px;font-size:10px;padding:1px 4px;margin-left:6px}
.container{background:#2b2d31;border:1px solid #1e1f22;border-left:4px solid;border-radius:8px;padding:14px 16px;margin:6px 0}
h2{font-size:20px;margin:0 0 6px;color:#f2f3f5}h3{font-size:16px;margin:10px 0 2px;color:#f2f3f5}p{margin:2px 0;line-height:1.35}small{color:#949ba4;font-size:12px}
blockquote{margin:2px 0;border-left:3px solid #4e5058;padding-left:8px}
.section{display:flex;gap:12px;align-items:flex-start}.section .text{flex:1}.section .button{margin-top:12px}
hr{border:none;border-top:1px solid #3f4147;margin:10px 0}img{max-width:100%;border-radius:6px;margin:8px 0}
.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}.button{display:inline-block;white-space:nowrap;border-radius:4px;padding:5px 14px;font-size:14px;color:#fff;background:#4e5058}
.button.primary{background:#5865f2}.button.disabled{opacity:.5}`;

const [out, ...rest] = process.argv.slice(2);
const localeAt = rest.indexOf("--locale");
const locale = resolveLocale(localeAt >= 0 ? rest[localeAt + 1] : undefined);
const line = (localeAt >= 0 ? rest.slice(0, localeAt) : rest).join(" ");
if (!out || !line) throw new Error("usage: render-card.ts OUT.png /command option:value ... [--locale de]");
const ctx = createContext(registry);
const [name = "", ...pairs] = line.replace(/^\//, "").split(/\s+/);
const options = Object.fromEntries(
  pairs.map((p) => [p.slice(0, p.indexOf(":")), p.slice(p.indexOf(":") + 1)]),
);
const answer = withLocale(locale, () => route(ctx, { type: "command", name, options }));
if (answer.type !== "reply") throw new Error(`${line} is not answered with a message`);
const card = withLocale(locale, () => toComponentsV2(answer.payload));
const page = `<!doctype html><meta charset="utf-8"><title></title><style>${STYLE}</style><div class="message"><div class="name">nootropic-bot<span>APP</span></div>${html(card.components, answer.payload.files)}</div><script>document.title = String(document.querySelector(".message").scrollHeight)</script>`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "card-"));
fs.writeFileSync(path.join(dir, "card.html"), page);
const chromium = (...args: string[]) =>
  execFileSync(
    "chromium",
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--hide-scrollbars",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${path.join(dir, "profile")}`,
      ...args,
      `file://${path.join(dir, "card.html")}`,
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
// First the page's height (a script writes it into the title), then a picture of exactly that height.
const dom = chromium("--window-size=680,800", "--dump-dom");
const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? 2000) + 20;
chromium(`--window-size=680,${height}`, `--screenshot=${path.resolve(PROJECT_ROOT, out)}`);
console.log(`wrote ${out} (${height} px high)`);
