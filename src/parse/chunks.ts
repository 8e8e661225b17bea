import type { Root, RootContent } from "mdast";
import type { Point } from "unist";

/** The parse of one slice of a document, with where the slice starts in it. */
export interface Chunk {
  children: RootContent[];
  /** Where the chunk's own parse ends, in chunk coordinates. */
  end: Point;
  /** The document line the chunk starts on (1-based); chunks always start at a line start. */
  line: number;
  /** The document offset the chunk starts at. */
  offset: number;
}

// A heading at column 1 closes every open container (list items need indented lines, block
// quotes need `>`, and an ATX heading interrupts the paragraph that a lazy line would continue),
// so after it the parser is back in its start state. Fenced code and HTML blocks can still
// swallow such a line; that is checked on the parse itself, below.
const HEADING_LINE = /^#{1,6}(?=[ \t\n]|$)/.source;

// Each parse has a fixed cost (micromark combines its extensions, the compiler builds its
// handlers), about that of a few hundred characters of text; micromark's cost per character
// starts to climb in the tens of kilobytes. Slices of a few kilobytes sit between the two.
// Memory sets the upper end: micromark allocates about a kilobyte per character and keeps the
// tokens, events and child tokenizers of a slice until the slice's tree is built. When one slice's
// objects fill most of what V8 allocates between two scavenges, V8 sees nearly all of the
// objects from some of micromark's allocation sites survive, and from then on allocates them
// straight in the old space (allocation-site pretenuring), where they die only at the next major
// collection and keep alive what they point to. At 4096 that happened in some cold runs: the
// 1 MB note then added about 120 MB to the peak instead of about 50 (at 16 KiB, in every run). At
// 2048 it still happened in about a third of the cold runs that load the library as ES modules
// (in none that load it as CommonJS); at 1024 in none of 32, at no measurable cost in time.
const MIN_CHUNK_LENGTH = 1024;

// Link reference and footnote definitions apply across the whole document, and a definition
// always contains "]:". Carriage returns would need their own line counting. Both are rare in
// meeting notes, and such a text is parsed whole.
const NEEDS_WHOLE_PARSE = /\]:|\r/;

/**
 * Splits a document before headings that start a new top-level block and parses each slice on
 * its own. To prove that a heading really starts one, each slice is parsed together with the
 * heading line that follows it: only when that line comes out as a top-level heading did it
 * close everything before it (an unclosed fence or an HTML block would have swallowed it).
 * Blocks before such a line are final, and nothing after it depends on them, so the slices
 * parse exactly as the whole text does. When the proof fails, the slice grows to the next
 * heading; when that keeps failing, the rest is parsed in one piece.
 */
export function* markdownChunks(
  text: string,
  parse: (text: string) => Root,
  minChunkLength = MIN_CHUNK_LENGTH,
): Generator<Chunk, void, undefined> {
  let from = 0;
  let line = 1;
  let wasted = 0;
  if (!NEEDS_WHOLE_PARSE.test(text)) {
    // A pattern of its own per call: a generator may pause mid-scan while another one runs.
    const headingLine = new RegExp(HEADING_LINE, "gm");
    for (let match = headingLine.exec(text); match; match = headingLine.exec(text)) {
      const at = match.index;
      if (at - from < Math.max(1, minChunkLength)) continue;
      const lineEnd = text.indexOf("\n", at);
      const sliceEnd = lineEnd === -1 ? text.length : lineEnd;
      const tree = parse(text.slice(from, sliceEnd));
      const last = tree.children[tree.children.length - 1];
      if (last?.type !== "heading" || last.position?.start.offset !== at - from) {
        // Try the next heading with a longer slice, until the parses thrown away add up to the
        // length of the text: past that, one parse of the rest costs less than more retries.
        wasted += sliceEnd - from;
        if (wasted > text.length) break;
        continue;
      }
      tree.children.pop();
      yield { children: tree.children, end: last.position.start, line, offset: from };
      line += countLines(text, from, at);
      from = at;
      headingLine.lastIndex = sliceEnd;
    }
  }
  const tree = parse(from === 0 ? text : text.slice(from));
  yield {
    children: tree.children,
    end: tree.position?.end ?? { line: 1, column: 1, offset: 0 },
    line,
    offset: from,
  };
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (
    let index = text.indexOf("\n", from);
    index !== -1 && index < to;
    index = text.indexOf("\n", index + 1)
  )
    count++;
  return count;
}
