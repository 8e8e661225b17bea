import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";
import { markdownChunks, type Chunk } from "./chunks.js";

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The same parser without GFM's search for literal autolinks in text (`www.x.com`,
 * `a@b.co`): that search walks every text node of the tree, and finds nothing in text
 * without "@", "www" or "http". "&" stays in the test too, for a character reference that
 * spells "@".
 */
const processorWithoutAutolinkSearch = unified().use(remarkParse).use(remarkGfm).use(withoutAutolinkSearch).freeze();
const MAY_HOLD_LITERAL_AUTOLINK = /[@&]|http|www/i;

interface FromMarkdownExtension {
  enter?: Record<string, unknown>;
  transforms?: unknown[];
}
type ExtensionList = Array<FromMarkdownExtension | ExtensionList>;

function withoutAutolinkSearch(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: unknown };
  // The extension is found by the token it handles, a name that survives minifiers.
  const strip = (extension: FromMarkdownExtension | ExtensionList): FromMarkdownExtension | ExtensionList => {
    if (Array.isArray(extension)) return extension.map(strip);
    return extension.enter && "literalAutolink" in extension.enter ? { ...extension, transforms: [] } : extension;
  };
  data.fromMarkdownExtensions = ((data.fromMarkdownExtensions ?? []) as ExtensionList).map(strip);
}

function parseSlice(text: string): Root {
  return (MAY_HOLD_LITERAL_AUTOLINK.test(text) ? processor : processorWithoutAutolinkSearch).parse(text);
}

/**
 * Parses Markdown (CommonMark + GFM) into an mdast tree with positions. The tree and its
 * positions are the same as one parse of the whole text; the text is parsed chunk by chunk
 * because micromark's cost grows faster than linearly with the length of one document.
 * `minChunkLength` (default 4096 characters) is the shortest slice worth a parse of its own;
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
export function* markdownBlocks(text: string, minChunkLength?: number): Generator<RootContent, void, undefined> {
  for (const chunk of parsedChunks(text, minChunkLength)) yield* chunk.children;
}

/** One parse of the whole text, without chunking: the reference the chunked parse must equal. */
export function parseWholeMarkdown(text: string): Root {
  return processor.parse(text);
}

interface ParsedChunk {
  children: RootContent[];
  end: { line: number; column: number; offset: number };
}

function* parsedChunks(text: string, minChunkLength: number | undefined): Generator<ParsedChunk, void, undefined> {
  for (const chunk of markdownChunks(text, parseSlice, minChunkLength)) {
    for (const child of chunk.children) shiftPositions(child, chunk);
    const end = chunk.end;
    yield { children: chunk.children, end: { line: end.line + chunk.line - 1, column: end.column, offset: (end.offset ?? 0) + chunk.offset } };
  }
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

interface Positioned {
  position?: { start: Point; end: Point };
  children?: Positioned[];
}

function shifted(point: Point, lines: number, offset: number): Point {
  return point.offset === undefined
    ? { line: point.line + lines, column: point.column }
    : { line: point.line + lines, column: point.column, offset: point.offset + offset };
}

/** Moves a chunk's positions into document coordinates; chunks start at a line start, so columns stay. */
function shiftPositions(node: Positioned, chunk: Chunk): void {
  if (chunk.offset === 0) return;
  const lines = chunk.line - 1;
  const stack: Positioned[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const position = current.position;
    // New point objects rather than edits in place: a point shared by two nodes must move once.
    if (position) current.position = { start: shifted(position.start, lines, chunk.offset), end: shifted(position.end, lines, chunk.offset) };
    if (current.children) for (const child of current.children) stack.push(child);
  }
}
