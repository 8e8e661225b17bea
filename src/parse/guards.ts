import type { Diagnostic } from "../model/minutes.js";
import type { Source } from "../model/source.js";

/**
 * Limits that keep the Markdown parser linear enough. Measured with the pinned remark/micromark:
 * 10,000 nested blockquotes overflow the stack, 1,500 indented list levels take 80 s, and the
 * emphasis, strike-through and link resolvers are quadratic in the markers of one paragraph
 * (20,000 `*a` take 4.8 s, 50,000 `a*` take 39 s).
 */
export interface GuardLimits {
  /** Deepest container nesting (blockquotes and list levels) a line may have. */
  maxNestingDepth: number;
  /** Longest paragraph, in characters, handed to inline parsing. */
  maxParagraphLength: number;
  /** Most inline marker characters (`*`, `_`, `~`, `[`, `]`, backtick) in one paragraph. */
  maxInlineMarkers: number;
}

export const DEFAULT_GUARD_LIMITS: GuardLimits = {
  maxNestingDepth: 100,
  maxParagraphLength: 20_000,
  maxInlineMarkers: 1_000,
};

/** Lines kept away from the Markdown parser and read as plain text instead. */
export interface OffsetShift {
  from: number;
  delta: number;
}

export interface PlainRegion {
  /** The region's text as written (whole lines, without the final line break). */
  value: string;
  source: Source;
}

export interface GuardedText {
  /**
   * The text for the Markdown parser: every plain region emptied down to its line breaks. Blanking
   * to spaces would keep positions, but micromark re-reads each blank line's indentation for every
   * open container, which costs seconds under a deep list; `shifts` restores the positions instead.
   */
  parserText: string;
  /** From each parser-text offset on, how far positions move to land in the guarded text; ascending. */
  shifts: OffsetShift[];
  plainRegions: PlainRegion[];
  diagnostics: Diagnostic[];
}

interface Line {
  number: number;
  start: number;
  end: number;
}

interface Run {
  first: Line;
  last: Line;
  length: number;
  markers: number;
  /** A fenced code block: never inline-parsed, and never read by the extractors. */
  code: boolean;
}

interface Fence {
  char: string;
  length: number;
}

type Problem = {
  code: "nesting-too-deep" | "paragraph-too-long" | "paragraph-too-complex" | "code-too-long";
  message: string;
};

/** One linear pass over the lines: finds what the parser cannot take, and keeps it from the parser. */
export function guardMarkdown(
  text: string,
  limits: GuardLimits = DEFAULT_GUARD_LIMITS,
): GuardedText {
  const flagged: Array<{ first: Line; last: Line; problem: Problem }> = [];
  let run: Run | null = null;
  const addToRun = (line: Line, prefix: Prefix) => {
    run ??= { first: line, last: line, length: 0, markers: 0, code: false };
    run.last = line;
    run.length += line.end - prefix.contentStart;
    run.markers += countMarkers(text, prefix.contentStart, line.end);
  };
  const closeRun = () => {
    if (run) {
      const problem = runProblem(run, limits);
      if (problem)
        flagged.push({
          first: run.first,
          last: run.last,
          problem: run.code ? { ...problem, code: "code-too-long" } : problem,
        });
    }
    run = null;
  };
  let fence: Fence | null = null;
  let lineNumber = 1;
  for (let start = 0; start <= text.length; lineNumber++) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line: Line = { number: lineNumber, start, end };
    const prefix = scanPrefix(text, start, end);
    // A line of only white space opens nothing, however long; one of only `>` or list markers does.
    const opensContainers = prefix.contentStart !== end || prefix.markers > 0;
    if (opensContainers && prefix.depth > limits.maxNestingDepth) {
      // Checked inside code blocks too: the guard's idea of a fence can be wrong (one opened inside
      // an HTML block is no fence to micromark), and nesting must never get through.
      closeRun();
      flagged.push({ first: line, last: line, problem: nestingProblem(prefix.depth, limits) });
    } else if (fence) {
      addToRun(line, prefix);
      if (closesFence(text, start, end, fence)) {
        fence = null;
        closeRun();
      }
    } else if (prefix.contentStart === end) {
      closeRun();
    } else {
      const opened = opensFence(text, start, end);
      if (run && (opened || startsBlock(text, prefix))) closeRun();
      addToRun(line, prefix);
      if (opened) {
        fence = opened;
        run!.code = true;
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  closeRun();
  return neutralize(text, merge(flagged));
}

interface Prefix {
  /** Containers the line may sit in: blockquote markers, list markers and indentation. */
  depth: number;
  contentStart: number;
  /** Whether the prefix holds a list marker, which starts a new paragraph. */
  listMarker: boolean;
  /** How many `>` and list markers the prefix holds. */
  markers: number;
}

/**
 * Reads a line's container prefix without a regular expression. Each `>` and each list marker
 * opens at most one container, and every list level needs at least two columns of indentation,
 * so half the indentation bounds the levels a line can continue: an over-estimate, never under.
 */
function scanPrefix(text: string, start: number, end: number): Prefix {
  let markers = 0;
  let columns = 0;
  let listMarker = false;
  let i = start;
  while (i < end) {
    const char = text.charCodeAt(i);
    if (char === 0x20 || char === 0x09) {
      columns += char === 0x09 ? 4 : 1;
      i++;
    } else if (char === 0x3e /* > */) {
      markers++;
      i++;
      if (text.charCodeAt(i) === 0x20) i++;
    } else {
      const markerEnd = listMarkerEnd(text, i, end);
      if (markerEnd === -1) break;
      markers++;
      listMarker = true;
      i = markerEnd;
      if (text.charCodeAt(i) === 0x20) i++;
    }
  }
  return { depth: markers + Math.floor(columns / 2), contentStart: i, listMarker, markers };
}

/** Where a list marker (`-`, `*`, `+`, or up to 9 digits and `.` or `)`) followed by a space or the line end stops, else -1. */
function listMarkerEnd(text: string, i: number, end: number): number {
  let next: number;
  const char = text[i];
  if (char === "-" || char === "*" || char === "+") {
    next = i + 1;
  } else {
    let digitsEnd = i;
    while (digitsEnd < end && digitsEnd - i < 9 && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
    if (digitsEnd === i || (text[digitsEnd] !== "." && text[digitsEnd] !== ")")) return -1;
    next = digitsEnd + 1;
  }
  if (next === end) return next;
  const after = text.charCodeAt(next);
  return after === 0x20 || after === 0x09 ? next : -1;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * A fence that opens a code block at the top level: up to three spaces, then three or more
 * backticks or tildes. Fences inside containers are left to the paragraph rules, which only
 * over-count, so a wrong guess can cost a long code block its Markdown, never let a slow one by.
 */
function opensFence(text: string, start: number, end: number): Fence | null {
  let i = start;
  while (i < end && i - start < 3 && text[i] === " ") i++;
  const char = text[i];
  if (char !== "`" && char !== "~") return null;
  let length = 0;
  while (text[i + length] === char) length++;
  if (length < 3) return null;
  if (char === "`" && text.slice(i + length, end).includes("`")) return null;
  return { char, length };
}

/** Accepts at least every closing fence micromark accepts, so a block is never thought open too long. */
function closesFence(text: string, start: number, end: number, fence: Fence): boolean {
  let i = start;
  while (i < end && i - start < 3 && (text[i] === " " || text[i] === "\t")) i++;
  let length = 0;
  while (text[i + length] === fence.char) length++;
  return length >= fence.length && text.slice(i + length, end).trim() === "";
}

/** Lines that begin a new block end the paragraph before them: list items, headings, table rows, fences. */
function startsBlock(text: string, prefix: Prefix): boolean {
  if (prefix.listMarker) return true;
  const first = text[prefix.contentStart];
  return first === "#" || first === "|";
}

const MARKERS = new Set(["*", "_", "~", "[", "]", "`"]);

function countMarkers(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (MARKERS.has(text[i]!)) count++;
  return count;
}

function runProblem(run: Run, limits: GuardLimits): Problem | null {
  if (run.length > limits.maxParagraphLength) {
    return {
      code: "paragraph-too-long",
      message: `Paragraph of ${run.length} characters is longer than the limit of ${limits.maxParagraphLength}; read as plain text without Markdown`,
    };
  }
  if (run.markers > limits.maxInlineMarkers) {
    return {
      code: "paragraph-too-complex",
      message: `Paragraph has ${run.markers} emphasis, link or code markers, more than the limit of ${limits.maxInlineMarkers}; read as plain text without Markdown`,
    };
  }
  return null;
}

function nestingProblem(depth: number, limits: GuardLimits): Problem {
  return {
    code: "nesting-too-deep",
    message: `Line is nested about ${depth} levels deep (blockquotes, lists or indentation), more than the limit of ${limits.maxNestingDepth}; read as plain text without Markdown`,
  };
}

/** Adjacent flagged lines with the same problem become one region and one diagnostic. */
function merge(
  flagged: Array<{ first: Line; last: Line; problem: Problem }>,
): Array<{ first: Line; last: Line; problem: Problem }> {
  const merged: typeof flagged = [];
  for (const entry of flagged) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      previous.problem.code === entry.problem.code &&
      previous.last.number + 1 === entry.first.number
    ) {
      previous.last = entry.last;
    } else {
      merged.push({ ...entry });
    }
  }
  return merged;
}

function neutralize(
  text: string,
  regions: Array<{ first: Line; last: Line; problem: Problem }>,
): GuardedText {
  if (regions.length === 0)
    return { parserText: text, shifts: [], plainRegions: [], diagnostics: [] };
  const pieces: string[] = [];
  const shifts: OffsetShift[] = [];
  let parserLength = 0;
  let delta = 0;
  const plainRegions: PlainRegion[] = [];
  const diagnostics: Diagnostic[] = [];
  let cursor = 0;
  for (const { first, last, problem } of regions) {
    const source: Source = {
      start: { line: first.number, column: 1, offset: first.start },
      end: { line: last.number, column: last.end - last.start + 1, offset: last.end },
    };
    const value = text.slice(first.start, last.end);
    const lineBreaks = value.replace(/[^\n]+/g, "");
    pieces.push(text.slice(cursor, first.start), lineBreaks);
    parserLength += first.start - cursor + lineBreaks.length;
    delta += value.length - lineBreaks.length;
    // From the line break that ends the region on, the parser text runs short by `delta`.
    shifts.push({ from: parserLength, delta });
    cursor = last.end;
    // A long code block is skipped quietly: the extractors never read code, so nothing is lost.
    if (problem.code === "code-too-long") continue;
    plainRegions.push({ value, source });
    diagnostics.push({ code: problem.code, message: problem.message, source });
  }
  pieces.push(text.slice(cursor));
  return { parserText: pieces.join(""), shifts, plainRegions, diagnostics };
}
