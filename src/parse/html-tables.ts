import type { Source } from "../model/source.js";
import { squash } from "../util/strings.js";

/** One row of a table written in HTML: each cell's lines, and where the row stands in the note. */
export interface HtmlRow {
  cells: string[][];
  /** Whether the row's cells are header cells (`<th>`). */
  header: boolean;
  source: Source;
}

/** Where a cell's text breaks into lines: `<br>`, the end of a paragraph, an item or a div. */
const LINE_BREAK = /<br\s*\/?>|<\/(?:p|li|div|h[1-6])\s*>/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/**
 * The rows of the tables in a block of raw HTML, as wiki exports (Confluence, some Notion and
 * Google Docs converters) leave tables whose cells hold paragraphs or lists. `start` is where the
 * block starts in the note, so that each row keeps its own line and column.
 */
export function htmlTableRows(html: string, start: Source["start"]): HtmlRow[] {
  const rows: HtmlRow[] = [];
  const place = new Cursor(html, start);
  // Each element is taken as the text between its last opening tag and its closing tag, so that
  // markup left unclosed costs one pass over the text, not one per opening tag.
  for (const table of elements(html, "table", 0)) {
    for (const row of elements(table.inner, "tr", table.innerAt)) {
      const cells: string[][] = [];
      let header = true;
      for (const cell of elements(row.inner, "t[hd]", row.innerAt)) {
        if (/^<td/i.test(cell.whole)) header = false;
        cells.push(cellLines(cell.inner));
      }
      if (cells.length === 0) continue;
      const from = place.at(row.at);
      rows.push({
        cells,
        header,
        source: { start: from, end: place.at(row.at + row.whole.length) },
      });
    }
  }
  return rows;
}

/** A heading, a paragraph's line or a list item of a block of raw HTML. */
export interface HtmlBlock {
  kind: "heading" | "line" | "item";
  text: string;
  /** A heading's level (1 to 6), or a list item's nesting (0 for the outermost list). */
  depth: number;
  /** Whether the text opens with a bold label ("<strong>Attendees:</strong> ..."). */
  boldLead: string | null;
  source: Source;
}

const BLOCK_TAG = /<(\/?)(h[1-6]|p|li|ul|ol|div|br|table)\b[^>]*>/gi;

/**
 * The headings, paragraph lines and list items of a block of raw HTML with no table in it, as
 * notes pasted from an editor's HTML or a wiki export are written: what a reader sees of it. Each
 * keeps where its text starts in the note.
 */
export function htmlBlocks(html: string, start: Source["start"]): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const place = new Cursor(html, start);
  let lists = 0;
  // The open element whose text is being read, and where its text started.
  let open: { kind: HtmlBlock["kind"]; depth: number; from: number } | null = null;
  const close = (to: number) => {
    if (!open) return;
    const inner = html.slice(open.from, to);
    const lead = /^\s*<(?:strong|b)\b[^>]*>([^<]{1,60})<\/(?:strong|b)>/i.exec(inner);
    const text = squash(decode(inner.replace(/<[^>]*>/g, " ")));
    if (text) {
      const at = open.from + (/^\s*/.exec(inner)?.[0].length ?? 0);
      blocks.push({
        kind: open.kind,
        text,
        depth: open.depth,
        boldLead: lead ? squash(decode(lead[1]!)).replace(/:\s*$/, "") : null,
        source: { start: place.at(at), end: place.at(to) },
      });
    }
    open = null;
  };
  for (const tag of html.matchAll(BLOCK_TAG)) {
    const closing = tag[1] === "/";
    const name = tag[2]!.toLowerCase();
    const after = tag.index + tag[0].length;
    if (name === "table") return [];
    if (name === "ul" || name === "ol") {
      // A nested list ends its item's own text.
      close(tag.index);
      lists = Math.max(0, lists + (closing ? -1 : 1));
      continue;
    }
    if (name === "br") {
      if (open?.kind === "line") {
        close(tag.index);
        open = { kind: "line", depth: 0, from: after };
      }
      continue;
    }
    close(tag.index);
    if (closing) continue;
    if (name.startsWith("h")) open = { kind: "heading", depth: Number(name[1]), from: after };
    else if (name === "li") open = { kind: "item", depth: Math.max(0, lists - 1), from: after };
    else open = { kind: "line", depth: 0, from: after };
  }
  close(html.length);
  return blocks;
}

/** Line and column of offsets in a block, asked for in increasing order: one pass in all. */
class Cursor {
  private offset = 0;
  private line: number;
  private lineStart: number;

  constructor(
    private readonly html: string,
    private readonly start: Source["start"],
  ) {
    this.line = start.line;
    // The block's first line starts before the block when the block is indented.
    this.lineStart = -(start.column - 1);
  }

  at(offset: number): Source["start"] {
    for (; this.offset < offset; this.offset++) {
      if (this.html.charCodeAt(this.offset) === 10) {
        this.line++;
        this.lineStart = this.offset + 1;
      }
    }
    return {
      line: this.line,
      column: offset - this.lineStart + 1,
      offset: this.start.offset + offset,
    };
  }
}

interface Element {
  /** The element with its tags. */
  whole: string;
  /** What stands between its tags. */
  inner: string;
  /** Its offset in the block. */
  at: number;
  /** The offset of what stands between its tags. */
  innerAt: number;
}

/** The closed `tag` elements in `html` (at `offset` in the block), innermost opening tag first. */
function elements(html: string, tag: string, offset: number): Element[] {
  const found: Element[] = [];
  const closing = new RegExp(`</${tag}\\s*>`, "gi");
  const opening = new RegExp(`<${tag}\\b[^>]*>`, "gi");
  let from = 0;
  for (const close of html.matchAll(closing)) {
    const piece = html.slice(from, close.index);
    let open: RegExpExecArray | null = null;
    opening.lastIndex = 0;
    for (let next = opening.exec(piece); next; next = opening.exec(piece)) open = next;
    if (open) {
      const at = from + open.index;
      const end = close.index + close[0].length;
      found.push({
        whole: html.slice(at, end),
        inner: html.slice(at + open[0].length, close.index),
        at: offset + at,
        innerAt: offset + at + open[0].length,
      });
    }
    from = close.index + close[0].length;
  }
  return found;
}

function cellLines(html: string): string[] {
  return html
    .split(LINE_BREAK)
    .map((part) => squash(decode(part.replace(/<[^>]*>/g, " "))))
    .filter(Boolean);
}

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
