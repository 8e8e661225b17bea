import type { Nodes, Paragraph, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { OffsetShift, PlainRegion } from "./guards.js";

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses Markdown (CommonMark + GFM) into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * Puts the regions the guards kept from the parser back into the tree as plain-text paragraphs,
 * at the top level before the first block that starts after them, so no line of the note is lost.
 */
export function addPlainRegions(root: Root, regions: readonly PlainRegion[]): Root {
  if (regions.length === 0) return root;
  // Both lists are in document order, so one merge pass places every region.
  const children: Root["children"] = [];
  let next = 0;
  for (const child of root.children) {
    const start = child.position?.start.offset ?? -1;
    while (next < regions.length && regions[next]!.source.start.offset < start) children.push(plainParagraph(regions[next++]!));
    children.push(child);
  }
  while (next < regions.length) children.push(plainParagraph(regions[next++]!));
  return { ...root, children };
}

function plainParagraph(region: PlainRegion): Paragraph {
  return {
    type: "paragraph",
    children: [{ type: "text", value: region.value, position: region.source }],
    position: region.source,
  };
}

/** Moves every position in the tree by the guards' shifts, so offsets refer to the guarded text again. */
export function shiftPositions(root: Root, shifts: readonly OffsetShift[]): Root {
  if (shifts.length === 0) return root;
  const shift = (point: { offset?: number | undefined; column: number; line: number }) => {
    if (point.offset === undefined) return;
    // The last shift whose `from` is at or before the offset applies; binary search keeps this linear overall.
    let low = 0;
    let high = shifts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (shifts[middle]!.from <= point.offset) low = middle + 1;
      else high = middle;
    }
    if (low > 0) point.offset += shifts[low - 1]!.delta;
  };
  // An explicit stack: the tree may be nested as deep as the guards allow.
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      shift(node.position.start);
      shift(node.position.end);
    }
    if ("children" in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
  return root;
}
