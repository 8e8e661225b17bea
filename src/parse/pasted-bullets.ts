/**
 * Lists pasted from a word processor keep its bullet characters ("•", "◦", "▪", a Symbol-font
 * private-use bullet, or "o" before a tab for the second level), which CommonMark reads as plain
 * text: a list of tasks becomes one paragraph. Each such bullet is written as a "-", one
 * character for one, so every offset, line and column stays where the note has it.
 */
/** The bullet characters word processors write. */
export const BULLET_GLYPHS = "•◦▪▫‣⁃●○■\uF0A7\uF0B7\uF076\uF0D8";
/**
 * "→ Action: Ada to revise the copy" on a line of its own: an arrow that opens a line marks one
 * point of a list as a bullet does, the next arrow the next point.
 */
export const LINE_ARROWS = "→⇒➔➜";
const PASTED_BULLET = new RegExp(
  `^([ \\t]*)(?:[${BULLET_GLYPHS}${LINE_ARROWS}](?=[ \\t]+\\S)|o(?=\\t+\\S))`,
  "gmu",
);
const FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})/m;

export function withMarkdownBullets(text: string): string {
  if (!PASTED_BULLET_TEST.test(text)) return text;
  // Code blocks keep their characters: a fence line toggles, and only lines outside are changed.
  if (!FENCE.test(text)) return text.replace(PASTED_BULLET, "$1-");
  let inFence = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^[ \t]{0,3}(?:`{3,}|~{3,})/.test(line)) inFence = !inFence;
      return inFence ? line : line.replace(PASTED_BULLET, "$1-");
    })
    .join("\n");
}

const PASTED_BULLET_TEST = new RegExp(PASTED_BULLET.source, "mu");
