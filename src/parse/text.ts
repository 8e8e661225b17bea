import type { Nodes, PhrasingContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import type { Source } from "../model/source.js";

export const EMPTY_SOURCE: Source = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

export function sourceOf(node: { position?: Nodes["position"] } | undefined): Source {
  const position = node?.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined)
    return EMPTY_SOURCE;
  return {
    start: {
      line: position.start.line,
      column: position.start.column,
      offset: position.start.offset,
    },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset },
  };
}

export function spanning(first: Source, last: Source): Source {
  return { start: first.start, end: last.end };
}

/**
 * Plain text of inline content, as mdast-util-to-string gives it (images give their alt text),
 * except that raw HTML gives nothing, since a comment or a tag is markup rather than words, and a
 * hard line break, a `<br>` tag that exports write for one, or a tag that opens or closes a block
 * (`<li>`, `</p>`: wiki exports write lists inside table cells so) gives a newline, so the words
 * on either side stay apart.
 */
export function plainText(nodes: readonly PhrasingContent[]): string {
  let text = "";
  for (const node of nodes)
    text +=
      node.type === "break" || isBreakTag(node) || isBlockTag(node)
        ? "\n"
        : nodeText(node, TO_STRING);
  return text;
}

const BREAK_TAG = /^<br\s*\/?>$/i;
/** `<li>`, `</li>`, `<p>`, `<ul>`, `<ol start="2">`, `</div>`: a tag at a block's edge. */
const BLOCK_TAG = /^<\/?(?:p|li|ul|ol|div|blockquote|h[1-6])(?:\s[^<>]*)?>$/i;

function isBlockTag(node: PhrasingContent): boolean {
  return node.type === "html" && BLOCK_TAG.test(node.value.trim());
}

/** `<br>`, `<br/>`, `<BR />`: a line break written as HTML. */
export function isBreakTag(node: PhrasingContent): boolean {
  return node.type === "html" && BREAK_TAG.test(node.value.trim());
}

const TO_STRING = { includeHtml: false } as const;

/** A point of a node's position, moved in place by the walks below. */
export interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

interface Positioned {
  position?: { start: Point; end: Point } | undefined;
  children?: readonly unknown[];
}

/**
 * Calls `move` once for every point of the nodes' positions and of their descendants', in place:
 * a point two nodes share (a parent's end and its last child's) is moved once. An explicit stack,
 * since a tree may nest as deep as the guards allow.
 */
export function movePoints(nodes: readonly unknown[], move: (point: Point) => void): void {
  const moved = new Set<Point>();
  const once = (point: Point) => {
    if (moved.has(point)) return;
    moved.add(point);
    move(point);
  };
  const stack = [...nodes] as Positioned[];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.position) {
      once(current.position.start);
      once(current.position.end);
    }
    if (current.children) for (const child of current.children) stack.push(child as Positioned);
  }
}

/**
 * Where `words` stand within `within`, a span of `text`: the sentence of a paragraph a task was
 * read from, rather than the paragraph. Its first words are looked for as written, anything but
 * letters and digits between them (Markdown marks, line breaks); where they are not found, or
 * no words stand before them in the span, the span stands.
 */
export function sourceOfWords(words: string, within: Source, text: string): Source {
  const first = words.match(WORD)?.slice(0, 4);
  if (!first || first.length < 2) return within;
  const span = text.slice(within.start.offset, within.end.offset);
  const index = indexOfWords(span, first);
  // "* Agreed to ...": words after no more than the item's marks stand where the item does.
  if (index < 0 || !/[\p{L}\p{N}]/u.test(span.slice(0, index))) return within;
  return {
    start: positionAt(text, within.start, within.start.offset + index),
    end: within.end,
  };
}

const WORD = /[\p{L}\p{N}]+/gu;
const MOST_BETWEEN_WORDS = 12;

/**
 * Where `words` first stand in `span` one after another, anything but letters and digits (up to
 * a few characters) between them: the first may end a longer word, the last begin one. Walked
 * over the span's words rather than built as a pattern per call: compiling a Unicode property
 * class costs about a third of a millisecond, more than reading a whole note's paragraph.
 */
function indexOfWords(span: string, words: readonly string[]): number {
  const tokens = [...span.matchAll(WORD)];
  const last = words.length - 1;
  for (let at = 0; at + last < tokens.length; at++) {
    if (!tokens[at]![0].endsWith(words[0]!)) continue;
    let matched = true;
    for (let step = 1; step <= last && matched; step++) {
      const before = tokens[at + step - 1]!;
      const token = tokens[at + step]!;
      const gap = token.index - (before.index + before[0].length);
      matched =
        gap <= MOST_BETWEEN_WORDS &&
        (step === last ? token[0].startsWith(words[step]!) : token[0] === words[step]);
    }
    if (matched) return tokens[at]!.index + tokens[at]![0].length - words[0]!.length;
  }
  return -1;
}

/** The line and column of `offset`, counted on from a known position before it. */
function positionAt(text: string, from: Source["start"], offset: number): Source["start"] {
  const between = text.slice(from.offset, offset);
  const lastBreak = between.lastIndexOf("\n");
  if (lastBreak < 0) return { line: from.line, column: from.column + between.length, offset };
  let line = from.line;
  for (const char of between) if (char === "\n") line++;
  return { line, column: between.length - lastBreak, offset };
}
