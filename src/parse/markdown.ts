import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";
import { markdownChunks, type Chunk } from "./chunks.js";

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The same parser without GFM's literal autolinks (`www.x.com`, `https://x.com`, `a@b.co`).
 * They cost the most of GFM in text without any: the email form is tried at every letter and
 * digit, and a search walks every text node after the parse. Text with no "@", "www" or
 * "http" can hold none, so for it the two parsers give the same tree. "&" sends a slice to the
 * full parser too, since a character reference can spell "@" in text the search reads.
 */
const MAY_HOLD_LITERAL_AUTOLINK = /[@&]|http|www/i;

// The constructs are found by name, and the compiler extension by the token it handles: names
// that survive minifiers.
const LITERAL_AUTOLINK_CONSTRUCTS = new Set(["wwwAutolink", "protocolAutolink", "emailAutolink"]);

interface Named {
  name?: string;
}
type ConstructMap = Record<string, Named | Named[] | undefined>;
type SyntaxExtension = Record<string, ConstructMap | unknown>;
interface FromMarkdownExtension {
  enter?: Record<string, unknown>;
  transforms?: unknown[];
}
type Nested<T> = T | Array<Nested<T>>;

function withoutLiteralAutolinks(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown; fromMarkdownExtensions?: unknown };
  data.micromarkExtensions = ((data.micromarkExtensions ?? []) as Array<Nested<SyntaxExtension>>).map(function strip(extension): Nested<SyntaxExtension> {
    if (Array.isArray(extension)) return extension.map(strip);
    return Object.fromEntries(Object.entries(extension).map(([hook, value]) => [hook, hook === "text" ? withoutAutolinkConstructs(value as ConstructMap) : value]));
  });
  data.fromMarkdownExtensions = ((data.fromMarkdownExtensions ?? []) as Array<Nested<FromMarkdownExtension>>).map(function strip(extension): Nested<FromMarkdownExtension> {
    if (Array.isArray(extension)) return extension.map(strip);
    return extension.enter && "literalAutolink" in extension.enter ? { ...extension, transforms: [] } : extension;
  });
}

function withoutAutolinkConstructs(map: ConstructMap): ConstructMap {
  const kept: ConstructMap = {};
  for (const [code, value] of Object.entries(map)) {
    const list = (Array.isArray(value) ? value : [value]).filter((construct): construct is Named => !!construct && !LITERAL_AUTOLINK_CONSTRUCTS.has(construct.name ?? ""));
    if (list.length > 0) kept[code] = list;
  }
  return kept;
}

// Built below the helpers it runs at freeze time, which must be initialised by then.
const processorWithoutLiteralAutolinks = unified().use(remarkParse).use(remarkGfm).use(withoutLiteralAutolinks).freeze();

function parseSlice(text: string): Root {
  return (MAY_HOLD_LITERAL_AUTOLINK.test(text) ? processor : processorWithoutLiteralAutolinks).parse(text);
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
