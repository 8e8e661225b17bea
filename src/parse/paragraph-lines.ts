import type { Paragraph, PhrasingContent } from "mdast";
import { TASK_SECTIONS } from "../model/minutes.js";
import type { Source } from "../model/source.js";
import { SPEAKER_VERBS } from "../util/lexicon.js";
import { looksLikeName } from "../util/names.js";
import { squash } from "../util/strings.js";
import { headingKind, type SectionAliases } from "./heading-kinds.js";
import { isBreakTag, plainText, sourceOf } from "./text.js";

export interface PseudoHeading {
  text: string;
  /** The depth written with hashes (`##Roles`), or null for a bold or `Label:` line. */
  depth: number | null;
  /** A plain `Label:` line ("Agreed:"), which heads the list after it rather than a part. */
  leadIn?: true;
}

/**
 * Lines that people mean as headings though CommonMark does not: `##Roles` (no space after the
 * hashes), a short bold line standing alone, and `Label:` alone on its line when it names a kind.
 */
export function pseudoHeading(
  line: ParagraphLine,
  aliases: SectionAliases | null,
  alone = false,
): PseudoHeading | null {
  const text = squash(plainText(line.children));
  // "#4 – Draft the plan", "#1812: needs a repro", "#364 has a comment": an item's or an issue's
  // number, then what is said of it, is no heading ("#6/9 Action items", "###1. Locals" are).
  const hashes = /^(#{1,6})(?!\d+(?:\s*[:–—-]\s|\s+\p{Ll}))([^#\s].*)$/u.exec(line.raw.trim());
  if (hashes) return { text: squash(hashes[2]!.replace(/#+\s*$/, "")), depth: hashes[1]!.length };
  const written = line.children.filter(
    (child) => !(child.type === "text" && child.value.trim() === ""),
  );
  // "***Ingrid***" is bold inside italics: read as the bold line it looks like.
  const only = written.length === 1 ? written[0]! : null;
  const children =
    only?.type === "emphasis" && only.children.length === 1 && only.children[0]!.type === "strong"
      ? only.children
      : written;
  const onlyStrong = children.length === 1 && children[0]!.type === "strong";
  const strongWithColon =
    children.length === 2 &&
    children[0]!.type === "strong" &&
    children[1]!.type === "text" &&
    children[1]!.value.trim() === ":";
  // "**Date: Thursday 2/4/2027**", "**Start time: 3 pm**": a fact and its value, in bold.
  const boldFact = onlyStrong && /^[\p{L}]+(?: [\p{L}]+){0,2}:\s+.*\d/u.test(text);
  if ((onlyStrong || strongWithColon) && !boldFact) {
    const label = text.replace(/:\s*$/, "").trim();
    const words = label.split(/\s+/).length;
    // "**Tallow Foods <> Quillfield | Escalation follow-up**": two parties and the subject, as
    // a document's title names them; a part of the note is not named so.
    const titled = /<>|\s[|×]\s/.test(label) && !text.endsWith(":");
    if (words <= 8 && !/[.!?]$/.test(label) && label.length > 0 && !titled) {
      if (headingKind(label, aliases) || text.endsWith(":") || words <= 5)
        return { text: label, depth: null };
    }
  }
  // "Action items" alone in its paragraph: a heading that lost its markup in an export (Google Docs).
  // "Goals for next 2 weeks (sprint 3) (with owners)": what the brackets add is an aside.
  const bare = text.replace(TRAILING_ASIDES, "");
  // "Follow-ups due 3/10/2026" says when they are due, under the heading it belongs to.
  if (
    alone &&
    /^[\p{L}\d &/-]{2,40}$/u.test(bare) &&
    !/\d[/.-]\d/.test(bare) &&
    !MARKED_TASK.test(bare) &&
    isHeadingLabel(bare, aliases, true)
  )
    return { text, depth: null };
  const plainLabel = /^([^:]{2,60}):$/.exec(text);
  if (plainLabel && isHeadingLabel(plainLabel[1]!.replace(TRAILING_ASIDES, "").trim(), aliases))
    return { text: plainLabel[1]!.trim(), depth: null, leadIn: true };
  return null;
}

const TRAILING_ASIDES = /(?:\s*\([^()]*\))+\s*$/;

/**
 * "ACTION Ben to draft the FAQ", "TODO Kim send the deck": a marker in capitals, then the task in
 * other letters, is a task line; "ACTION ITEMS" and "Action items" label a list.
 */
const MARKED_TASK =
  /^(?:ACTION|TODO|AI|AP)\s+(?!(?:ITEMS?|POINTS?|LIST)\b)(?=.*\p{Ll})(?!(?:items?|points?|list)\b)/u;

// "We went over next steps" tells what happened; a label names what follows.
const NARRATES =
  /\b(?:we|i|they|he|she|it|is|are|was|were|will|would|should|can|have|has|had|discussed|talked|reviewed|went|agreed|decided)\b/i;

const SPEAKER_VERB = new RegExp(`^(\\S+)\\s+${SPEAKER_VERBS}\\b`);

/** "Decisions Made:" alone on a line is a heading; "Tomás presented results:" is a lead-in. */
function isHeadingLabel(label: string, aliases: SectionAliases | null, alone = false): boolean {
  const words = label.split(/\s+/);
  // "Further expectations & next steps:": a longer label is a heading when its last words name
  // a list of work; "We went through the risks:" stays the lead-in to a paragraph.
  // "Goals for next 2 weeks" alone on its line: a label of a few more words that names a list of
  // work, in no sentence. With a colon ("To be done until Friday:") it is the lead-in to its list.
  // "Commitments made to the customer:", "Follow-ups on their side:": the list of work named
  // first, then whose it is.
  const kind =
    words.length <= 3
      ? headingKind(label, aliases)
      : words.length <= 6 &&
          (headingKind(words.slice(-2).join(" "), aliases) === "actionItems" ||
            (!NARRATES.test(label) &&
              (labelsWork(words[0]!, aliases) || labelsWork(words.slice(0, 2).join(" "), aliases))))
        ? (headingKind(label, aliases) ?? "actionItems")
        : alone && words.length <= 6 && !NARRATES.test(label) && labelsWork(label, aliases)
          ? "actionItems"
          : null;
  if (!kind) return false;
  const speaker = SPEAKER_VERB.exec(label);
  return !speaker || !looksLikeName(speaker[1]!);
}

function labelsWork(label: string, aliases: SectionAliases | null): boolean {
  const kind = headingKind(label, aliases);
  return kind !== null && (TASK_SECTIONS as readonly string[]).includes(kind);
}

export interface ParagraphLine {
  children: PhrasingContent[];
  raw: string;
  source: Source;
}

/** Splits a paragraph's inline content at its line breaks, pairing each piece with its raw line. */
export function paragraphLines(node: Paragraph, text: string): ParagraphLine[] {
  const whole = sourceOf(node);
  const raw = text.slice(whole.start.offset, whole.end.offset);
  const rawLines = raw.split("\n");
  const pieces = splitPhrasing(node.children);
  const lines: ParagraphLine[] = [];
  let offset = whole.start.offset;
  rawLines.forEach((rawLine, index) => {
    const indent = index === 0 ? 0 : rawLine.length - rawLine.trimStart().length;
    const trimmedEnd = rawLine.trimEnd().length;
    const startOffset = offset + indent;
    const startColumn = index === 0 ? whole.start.column : indent + 1;
    const source: Source = {
      start: { line: whole.start.line + index, column: startColumn, offset: startOffset },
      end: {
        line: whole.start.line + index,
        column: startColumn + Math.max(0, trimmedEnd - indent),
        offset: offset + Math.max(trimmedEnd, indent),
      },
    };
    lines.push({
      children: pieces.length === rawLines.length ? pieces[index]! : [],
      raw: rawLine,
      source,
    });
    offset += rawLine.length + 1;
  });
  if (pieces.length !== rawLines.length) {
    // Inline code or HTML that spans lines: keep the text whole on the paragraph's first line.
    return [{ children: node.children, raw, source: whole }];
  }
  return lines
    .flatMap((line) => splitAtBreakTags(line, text))
    .filter((line) => plainText(line.children).trim() !== "");
}

/**
 * `Status: final<br> Owner: @dana<br> Date: 2023-08-26`: exports from wikis and tables glue lines
 * together with `<br>` tags, which mean the same as a line break, so each piece is a line of its
 * own, with its own place on the raw line.
 */
function splitAtBreakTags(line: ParagraphLine, text: string): ParagraphLine[] {
  const tags = line.children.filter((child) => isBreakTag(child) && child.position);
  if (tags.length === 0) return [line];
  const pieces: ParagraphLine[] = [];
  let children: PhrasingContent[] = [];
  let start = line.source.start.offset;
  const close = (end: number) => {
    const raw = text.slice(start, end);
    const from = start + (raw.length - raw.trimStart().length);
    const to = start + raw.trimEnd().length;
    const column = (offset: number) =>
      line.source.start.column + (offset - line.source.start.offset);
    pieces.push({
      children,
      raw: text.slice(from, Math.max(from, to)),
      source: {
        start: { line: line.source.start.line, column: column(from), offset: from },
        end: {
          line: line.source.start.line,
          column: column(Math.max(from, to)),
          offset: Math.max(from, to),
        },
      },
    });
  };
  for (const child of line.children) {
    if (tags.includes(child)) {
      close(child.position!.start.offset!);
      children = [];
      start = child.position!.end.offset!;
    } else children.push(child);
  }
  close(line.source.end.offset);
  return pieces;
}

function splitPhrasing(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === "break") {
      lines.push([]);
    } else if (child.type === "text" && child.value.includes("\n")) {
      const parts = child.value.split("\n");
      parts.forEach((part, index) => {
        if (index > 0) lines.push([]);
        if (part) lines[lines.length - 1]!.push({ type: "text", value: part });
      });
    } else {
      lines[lines.length - 1]!.push(child);
    }
  }
  return lines;
}
