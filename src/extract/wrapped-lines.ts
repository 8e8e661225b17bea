import type { Item } from "../parse/sections.js";
import { plainLabel } from "./labels.js";

// A paragraph's lines are items of their own, since a line can be a label ("Date: ...") or a
// task of its own; but prose wrapped at 80 columns puts one sentence on several lines, and its
// work ("Kim will update the runbook by") and its deadline ("Friday.") must be read together.

/** Words a wrapped line can end on in mid-sentence, before a capitalised word ("by\nFriday"). */
const OPEN_ENDING =
  /\b(?:by|on|to|the|a|an|and|or|of|for|with|before|until|till|in|at|from|due|than|that|will|shall|should|must|please)$/i;

/** Whether the next line of the same paragraph goes on with the sentence the line left open. */
export function wrapsInto(line: Item, next: Item): boolean {
  if (line.type !== "line" || next.type !== "line") return false;
  if (next.source.start.line !== line.source.end.line + 1) return false;
  if (/[.!?:;]["')\]]*$/.test(line.text) || plainLabel(next.text)) return false;
  return /^[\p{Ll}\d]/u.test(next.text) || OPEN_ENDING.test(line.text);
}

export interface WrappedLines {
  /** The text of a sentence's lines joined, by the line it starts on. */
  joined: Map<Item, string>;
  /** Lines that go on from the line before: read as part of it. */
  continuations: Set<Item>;
}

/** The wrapped sentences among a section's lines. */
export function wrappedLines(items: readonly Item[]): WrappedLines {
  const joined = new Map<Item, string>();
  const continuations = new Set<Item>();
  let first: Item | null = null;
  items.forEach((item, index) => {
    const before = items[index - 1];
    if (first && before && wrapsInto(before, item)) {
      joined.set(first, `${joined.get(first) ?? first.text} ${item.text}`);
      continuations.add(item);
    } else first = item;
  });
  return { joined, continuations };
}
