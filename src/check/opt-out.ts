import { readFrontMatter } from "../parse/front-matter.js";
import { normalizeNoteText } from "./note-text.js";

/** `md-minutes: false` in front matter opts a note out of checking (a README-like page among notes). */
export function isOptedOut(markdown: string): boolean {
  if (!/^\uFEFF?---/.test(markdown)) return false;
  return readFrontMatter(normalizeNoteText(markdown))?.data["md-minutes"] === false;
}
