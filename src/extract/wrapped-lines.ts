import type { Item } from "../parse/sections.js";
import { plainLabel } from "./labels.js";
import { opensWithImperative } from "./task-language.js";

// A paragraph's lines are items of their own, since a line can be a label ("Date: ...") or a
// task of its own; but prose wrapped at 80 columns puts one sentence on several lines, and its
// work ("Kim will update the runbook by") and its deadline ("Friday.") must be read together.

/** Words a wrapped line can end on in mid-sentence, before a capitalised word ("by\nFriday"). */
const OPEN_ENDING =
  /\b(?:by|on|to|the|a|an|and|or|of|for|with|before|until|till|in|at|from|due|than|that|will|shall|should|must|please)$/i;

/**
 * Whether the next line of the same paragraph goes on with the sentence the line left open. In
 * a paragraph of hard-wrapped prose (see hardWrapped) a line that ends no sentence goes on
 * whatever the next line opens with ("newcomers like\nTomas to give a talk ...").
 */
export function wrapsInto(line: Item, next: Item, prose = false): boolean {
  if (!sameParagraph(line, next)) return false;
  if (SENTENCE_END.test(line.text)) return false;
  // "Kim will make\ntwo signs: one for ...": in wrapped prose a lower-case line goes on, colon
  // or not; elsewhere a `Label: value` line is a line of its own.
  if (plainLabel(next.text) && !(prose && /^\p{Ll}/u.test(next.text))) return false;
  return prose || opensOn(line, next);
}

const SENTENCE_END = /[.!?:;]["')\]]*$/;

/** Whether the next item is the next line of the same paragraph. */
export function sameParagraph(line: Item, next: Item): boolean {
  return (
    line.type === "line" &&
    next.type === "line" &&
    next.source.start.line === line.source.end.line + 1
  );
}

/** The items in runs of one paragraph's lines each (an item of any other kind is a run alone). */
function paragraphs(items: readonly Item[]): Item[][] {
  const runs: Item[][] = [];
  let start = 0;
  for (let end = 1; end <= items.length; end++) {
    if (end < items.length && sameParagraph(items[end - 1]!, items[end]!)) continue;
    runs.push(items.slice(start, end));
    start = end;
  }
  return runs;
}

function opensOn(line: Item, next: Item): boolean {
  return /^[\p{Ll}\d]/u.test(next.text) || OPEN_ENDING.test(line.text);
}

/** A line of hard-wrapped prose is this long at least: shorter lines are a list written as lines. */
const WRAPPED_LINE = 45;

/**
 * The lines of paragraphs written as prose wrapped at a fixed width: every line but the last is
 * long, and at least one of them visibly runs on into the next (a lower-case opening or an open
 * ending). Lines of work written one per line ("Kim will update the runbook\nLee will ...") are
 * short or never run on, and stay apart.
 */
export function hardWrapped(items: readonly Item[]): Set<Item> {
  const prose = new Set<Item>();
  for (const lines of paragraphs(items)) {
    if (lines.length < 2) continue;
    const body = lines.slice(0, -1);
    if (
      body.every((line) => line.text.length >= WRAPPED_LINE) &&
      body.some((line, at) => !SENTENCE_END.test(line.text) && opensOn(line, lines[at + 1]!))
    )
      for (const line of lines) prose.add(line);
  }
  return prose;
}

/**
 * Lines of a paragraph that read as a list whose bullets were lost (pasted from a document, or
 * written one item per line): three or more, none running on into the next, each of three words
 * or more opening with a capital, none a question or a `Label: value` line, and most of them
 * orders ("Add ...", "Minimize ...").
 */
export function linesAsList(items: readonly Item[], wrapped: WrappedLines): Set<Item> {
  const listed = new Set<Item>();
  for (const lines of paragraphs(items)) {
    if (
      lines.length >= 3 &&
      lines.every(
        (line) =>
          !wrapped.continuations.has(line) &&
          !wrapped.joined.has(line) &&
          /^[^\p{L}\d]*\p{Lu}/u.test(line.text) &&
          !/\?["')\]]*$/.test(line.text) &&
          !plainLabel(line.text) &&
          line.text.split(/\s+/).length >= 3,
      ) &&
      // Prose written one sentence per line reports; a list of work orders, line after line.
      lines.filter((line) => opensWithImperative(line.text)).length * 2 > lines.length
    )
      for (const line of lines) listed.add(line);
  }
  return listed;
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
  const prose = hardWrapped(items);
  let first: Item | null = null;
  items.forEach((item, index) => {
    const before = items[index - 1];
    if (first && before && wrapsInto(before, item, prose.has(before))) {
      joined.set(first, `${joined.get(first) ?? first.text} ${item.text}`);
      continuations.add(item);
    } else first = item;
  });
  return { joined, continuations };
}
