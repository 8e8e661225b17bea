import { readFrontMatter } from "./front-matter.js";

/** `md-minutes: false` in front matter opts a note out of checking (a README-like page among notes). */
export function isOptedOut(markdown: string): boolean {
  if (!/^\uFEFF?---/.test(markdown)) return false;
  return (
    readFrontMatter(markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"))?.data["md-minutes"] ===
    false
  );
}
