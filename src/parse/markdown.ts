import type { Paragraph, Root, RootContent } from "mdast";
import { type Chunk, markdownChunks } from "./chunks.js";
import type { OffsetShift, PlainRegion } from "./guards.js";
import { parseSlice, parseWhole } from "./processors.js";
import { movePoints } from "./text.js";

/**
 * Parses Markdown (CommonMark + GFM) into an mdast tree with positions. The tree and its
 * positions are the same as one parse of the whole text; the text is parsed chunk by chunk
 * because micromark's cost grows faster than linearly with the length of one document.
 * `minChunkLength` (default 1024 characters) is the shortest slice worth a parse of its own;
 * tests set it to 1 to split at every heading.
 */
export function parseMarkdown(text: string, minChunkLength?: number): Root {
  const children: RootContent[] = [];
  let end = { line: 1, column: 1, offset: 0 };
  for (const chunk of parsedChunks(text, minChunkLength)) {
    children.push(...chunk.children);
    end = chunk.end;
  }
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/**
 * The top-level nodes of the document, one chunk's tree at a time, so that a caller that
 * consumes them as they come never holds the tree of a whole large note.
 */
export function* markdownBlocks(
  text: string,
  minChunkLength?: number,
): Generator<RootContent, void, undefined> {
  for (const chunk of parsedChunks(text, minChunkLength)) yield* chunk.children;
}

/** One parse of the whole text, without chunking: the reference the chunked parse must equal. */
export function parseWholeMarkdown(text: string): Root {
  return parseWhole(text);
}

interface ParsedChunk {
  children: RootContent[];
  end: { line: number; column: number; offset: number };
}

function* parsedChunks(
  text: string,
  minChunkLength: number | undefined,
): Generator<ParsedChunk, void, undefined> {
  for (const chunk of markdownChunks(text, parseSlice, minChunkLength)) {
    // Read before the points move: the chunk's end may be a point of one of its nodes.
    const end = {
      line: chunk.end.line + chunk.line - 1,
      column: chunk.end.column,
      offset: (chunk.end.offset ?? 0) + chunk.offset,
    };
    shiftPositions(chunk.children, chunk);
    yield { children: chunk.children, end };
  }
}

/**
 * Moves a chunk's positions into document coordinates; chunks start at a line start, so columns
 * stay. The points are moved in place: new point objects for every node of a large note were
 * megabytes of garbage that lived as long as the chunk.
 */
function shiftPositions(nodes: readonly RootContent[], chunk: Chunk): void {
  if (chunk.offset === 0) return;
  const lines = chunk.line - 1;
  movePoints(nodes, (point) => {
    point.line += lines;
    if (point.offset !== undefined) point.offset += chunk.offset;
  });
}

/**
 * Puts the regions the guards kept from the parser back among the top-level blocks as plain-text
 * paragraphs, before the first block that starts after them, so no line of the note is lost.
 * Both streams are in document order, so one merge pass places every region.
 */
export function* withPlainRegions(
  blocks: Iterable<RootContent>,
  regions: readonly PlainRegion[],
): Generator<RootContent, void, undefined> {
  let next = 0;
  for (const block of blocks) {
    const start = block.position?.start.offset ?? -1;
    while (next < regions.length && regions[next]!.source.start.offset < start)
      yield plainParagraph(regions[next++]!);
    yield block;
  }
  while (next < regions.length) yield plainParagraph(regions[next++]!);
}

function plainParagraph(region: PlainRegion): Paragraph {
  return {
    type: "paragraph",
    children: [{ type: "text", value: region.value, position: region.source }],
    position: region.source,
  };
}

/**
 * Moves offsets in blocks parsed from the guarded text back to the text as written. The guards
 * empty a region down to its line breaks, so lines and columns stay; only offsets move.
 */
export function* withGuardShifts(
  blocks: Iterable<RootContent>,
  shifts: readonly OffsetShift[],
): Generator<RootContent, void, undefined> {
  for (const block of blocks) {
    if (shifts.length > 0) shiftOffsets(block, shifts);
    yield block;
  }
}

function shiftOffsets(node: RootContent, shifts: readonly OffsetShift[]): void {
  movePoints([node], (point) => {
    if (point.offset === undefined) return;
    // The last shift whose `from` is at or before the offset applies.
    let low = 0;
    let high = shifts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (shifts[middle]!.from <= point.offset) low = middle + 1;
      else high = middle;
    }
    if (low > 0) point.offset += shifts[low - 1]!.delta;
  });
}
