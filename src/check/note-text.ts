import type { Point, Source } from "../model/source.js";

/**
 * The note's text with a line index, so rules can point at a phrase inside an item rather than
 * the whole item. Offsets are those of the model: the note as given, with any BOM, CRLF or CR.
 */
export interface NoteText {
  readonly value: string;
  pointAt(offset: number): Point;
  /** The span of `needle` inside `within` (first match, as written, else ignoring case), else `within` itself. */
  narrow(within: Source, needle: string | null | undefined): Source;
  /** The first line of `within`, without its list marker and trailing space. */
  firstLine(within: Source): Source;
}

export function normalizeNoteText(markdown: string): string {
  if (markdown.charCodeAt(0) !== 0xfeff && !markdown.includes("\r")) return markdown;
  return markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function createNoteText(value: string): NoteText {
  // Built on first use: a note without messages never needs its line index.
  let lineStarts: number[] | null = null;
  let lower: string | null = null;

  const indexLines = (): number[] => {
    const starts = [0];
    for (let index = 0; index < value.length; index++) {
      const char = value.charCodeAt(index);
      // LF, CRLF (one break) and a lone CR each end a line, as in CommonMark.
      if (char === 10 || (char === 13 && value.charCodeAt(index + 1) !== 10))
        starts.push(index + 1);
    }
    return starts;
  };

  const pointAt = (offset: number): Point => {
    lineStarts ??= indexLines();
    const clamped = Math.max(0, Math.min(offset, value.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low]! + 1, offset: clamped };
  };

  const span = (start: number, end: number): Source => ({
    start: pointAt(start),
    end: pointAt(end),
  });

  return {
    value,
    pointAt,
    narrow(within, needle) {
      const wanted = needle?.trim();
      if (!wanted) return within;
      let index = value.indexOf(wanted, within.start.offset);
      if (index === -1 || index + wanted.length > within.end.offset) {
        // Case-insensitive only when lower-casing keeps every offset (it does not for "İ").
        lower ??= value.toLowerCase();
        index =
          lower.length === value.length
            ? lower.indexOf(wanted.toLowerCase(), within.start.offset)
            : -1;
      }
      if (index === -1 || index + wanted.length > within.end.offset) return within;
      return span(index, index + wanted.length);
    },
    firstLine(within) {
      let start = within.start.offset;
      const lineEnd = value.indexOf("\n", start);
      let end = Math.min(lineEnd === -1 ? value.length : lineEnd, within.end.offset);
      const marker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(
        value.slice(start, end),
      );
      if (marker) start += marker[0].length;
      while (end > start && /\s/.test(value[end - 1]!)) end--;
      return span(start, end);
    },
  };
}
