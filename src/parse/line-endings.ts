import type { Point, Source } from "../model/source.js";

/** Text with LF line endings, and the way back to positions in the text as given. */
export interface NormalizedText {
  text: string;
  /** Maps a point in `text` to the same place in the input; null when the two are identical. */
  toInput: ((point: Point) => Point) | null;
}

/**
 * Drops byte order marks at the start and turns CRLF and CR into LF, since the extractors and RFC 5545 text
 * expect LF. Positions in the model still refer to the input as given: each CR of a CRLF that
 * was dropped is remembered, and a point moves right by the CRs before it (and the BOM).
 */
export function normalizeLineEndings(input: string): NormalizedText {
  // micromark drops a BOM at the start of what it parses and counts positions after it, so every
  // leading BOM goes here, where positions are mapped back (found by the property tests).
  let bom = 0;
  while (input.charCodeAt(bom) === 0xfeff) bom++;
  if (bom === 0 && !input.includes("\r")) return { text: input, toInput: null };
  const droppedAt: number[] = [];
  let text = "";
  let copiedFrom = bom;
  for (let i = bom; i < input.length; i++) {
    if (input.charCodeAt(i) !== 0x0d) continue;
    text += input.slice(copiedFrom, i);
    if (input.charCodeAt(i + 1) === 0x0a) {
      // The LF that follows is kept; it lands at the normalized offset `text.length`.
      droppedAt.push(text.length);
      copiedFrom = i + 1;
    } else {
      text += "\n";
      copiedFrom = i + 1;
    }
  }
  text += input.slice(copiedFrom);
  const toInput = (point: Point): Point => {
    const shift = bom + countBelow(droppedAt, point.offset);
    // Lines break at the same places; only the first line's columns move, by the BOM.
    return {
      line: point.line,
      column: point.line === 1 ? point.column + bom : point.column,
      offset: point.offset + shift,
    };
  };
  return { text, toInput };
}

/** How many of the sorted numbers are less than the value. */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A copy of the value where every `source` span is mapped; shared spans are copied, never moved twice. */
export function mapSources<T>(value: T, toInput: (point: Point) => Point): T {
  return mapValue(value, toInput) as T;
}

function mapValue(value: unknown, toInput: (point: Point) => Point): unknown {
  if (Array.isArray(value)) return value.map((entry) => mapValue(entry, toInput));
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const mapped =
      key === "source" && isSource(entry)
        ? { start: toInput(entry.start), end: toInput(entry.end) }
        : mapValue(entry, toInput);
    // defineProperty keeps a key such as "__proto__" plain data instead of a prototype change.
    Object.defineProperty(out, key, {
      value: mapped,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function isSource(value: unknown): value is Source {
  return !!value && typeof value === "object" && "start" in value && "end" in value;
}
