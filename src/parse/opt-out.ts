import { readFrontMatter } from "./front-matter.js";

/** `md-minutes: false` in front matter opts a note out of checking (a README-like page among notes). */
export function isOptedOut(markdown: string): boolean {
  if (!/^\uFEFF?---/.test(markdown)) return false;
  // The key is spelt out unless a double-quoted scalar escapes a letter of it; a note with
  // neither needs no YAML parse here (the parse that reads the note reads its front matter too).
  if (!markdown.includes("md-minutes") && !markdown.includes("\\")) return false;
  return (
    readFrontMatter(markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"))?.data["md-minutes"] ===
    false
  );
}
