/** Small helpers for drawing SVG by hand: escaping, text, a rough width for Noto Sans. */

export const FONT = "Noto Sans";
export const INK = "#dbdee1";
export const MUTED = "#949ba4";
export const GRID = "#3f4147";
export const BACKGROUND = "#2b2d31";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A rough width in pixels: Noto Sans averages a little over half its size per character. */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** Cut to fit a width, at a word where possible, with an ellipsis. */
export function fit(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const max = Math.max(1, Math.floor(width / (size * 0.56)) - 1);
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface TextStyle {
  size?: number;
  weight?: "normal" | "bold";
  fill?: string;
  anchor?: "start" | "middle" | "end";
}

export function text(x: number, y: number, content: string, style: TextStyle = {}): string {
  const { size = 13, weight = "normal", fill = INK, anchor = "start" } = style;
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, attrs: string): string {
  return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" height="${h.toFixed(1)}" ${attrs}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, attrs: string): string {
  return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" ${attrs}/>`;
}

/** Emoji are not in the shipped font: the badges' words are drawn without them. */
export function withoutEmoji(label: string): string {
  return label.replace(/\p{Extended_Pictographic}\uFE0F?\s*/gu, "").trim();
}
