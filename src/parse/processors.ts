import type { Root } from "mdast";
import { type Options as FromMarkdownOptions, fromMarkdown } from "mdast-util-from-markdown";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";

/*
 * The same parser without GFM's literal autolinks (`www.x.com`, `https://x.com`, `a@b.co`) and
 * tables. They cost the most of GFM in text without any: the email form is tried at every letter
 * and digit, a search walks every text node after the parse, and a table is tried at the start
 * of every line. Text with no "@", "www" or "http" can hold no literal autolink, and text with
 * no "|" and no ":-" or "-:" no table (a delimiter row without a pipe needs an aligned cell, as
 * in "Name\n:-:"), so for such text the two parsers give the same tree. "&" sends a slice to the full parser too, since a character reference can spell "@" in
 * text the search reads.
 */
const NEEDS_FULL_PARSER = /[@&|]|http|www|:-|-:/i;

// The constructs are found by name, and the compiler extension by the token it handles: names
// that survive minifiers. Were a new version to rename them, nothing would be removed and both
// parsers would stay the full one: slower, never different (a test watches for that).
const LEFT_OUT_CONSTRUCTS = new Set(["wwwAutolink", "protocolAutolink", "emailAutolink", "table"]);

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

function withoutLiteralAutolinksAndTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown; fromMarkdownExtensions?: unknown };
  data.micromarkExtensions = (
    (data.micromarkExtensions ?? []) as Array<Nested<SyntaxExtension>>
  ).map(function strip(extension): Nested<SyntaxExtension> {
    if (Array.isArray(extension)) return extension.map(strip);
    return Object.fromEntries(
      Object.entries(extension).map(([hook, value]) => [
        hook,
        hook === "text" || hook === "flow" ? withoutLeftOut(value as ConstructMap) : value,
      ]),
    );
  });
  data.fromMarkdownExtensions = (
    (data.fromMarkdownExtensions ?? []) as Array<Nested<FromMarkdownExtension>>
  ).map(function strip(extension): Nested<FromMarkdownExtension> {
    if (Array.isArray(extension)) return extension.map(strip);
    return extension.enter && "literalAutolink" in extension.enter
      ? { ...extension, transforms: [] }
      : extension;
  });
}

function withoutLeftOut(map: ConstructMap): ConstructMap {
  const kept: ConstructMap = {};
  for (const [code, value] of Object.entries(map)) {
    const list = (Array.isArray(value) ? value : [value]).filter(
      (construct): construct is Named =>
        !!construct && !LEFT_OUT_CONSTRUCTS.has(construct.name ?? ""),
    );
    if (list.length > 0) kept[code] = list;
  }
  return kept;
}

/*
 * GFM's search for literal autolinks walks every text node of the tree with two regular
 * expressions, one of them with a Unicode look-behind tried at every position. Neither can match
 * a text node without "@", "http" or "www" (the URL form is case-insensitive), and in notes the
 * "http" that sent a slice to the full parser is mostly a link's destination, which is no text
 * node; when no text node holds one, the search is skipped and the tree is the one it would
 * have returned. Text inside links counts too, which the search itself ignores: a wasted search,
 * never a missed one.
 */
const SEARCH_CAN_MATCH = /@|http|www/i;

function withAutolinkSearchOnlyWhereItCanMatch(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: unknown };
  data.fromMarkdownExtensions = (
    (data.fromMarkdownExtensions ?? []) as Array<Nested<FromMarkdownExtension>>
  ).map(function guard(extension): Nested<FromMarkdownExtension> {
    if (Array.isArray(extension)) return extension.map(guard);
    if (!extension.enter || !("literalAutolink" in extension.enter)) return extension;
    return {
      ...extension,
      transforms: (extension.transforms ?? []).map(
        (transform) => (tree: Root) =>
          hasSearchableText(tree) ? (transform as (tree: Root) => Root | undefined)(tree) : tree,
      ),
    };
  });
}

function hasSearchableText(tree: Root): boolean {
  const stack: Array<{ type: string; value?: unknown; children?: unknown[] }> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "text" && SEARCH_CAN_MATCH.test(node.value as string)) return true;
    if (node.children) for (const child of node.children) stack.push(child as never);
  }
  return false;
}

// Built below the helpers they run at freeze time, which must be initialised by then.
/** CommonMark + GFM, the parser every note is read with. */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(withAutolinkSearchOnlyWhereItCanMatch)
  .freeze();

const processorForPlainText = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(withoutLiteralAutolinksAndTables)
  .freeze();

/*
 * The processors only gather the extensions; a slice is handed to mdast-util-from-markdown
 * directly, as remark-parse would hand it, without the VFile that `processor.parse` makes for
 * every slice of every note.
 *
 * mdast-util-from-markdown is pinned to 2.0.3 (package.json) for the memory of a large note: 2.1.0
 * builds the `this` of every compiler handler with an object spread (`{...context}`), one object
 * per micromark event, and on Node 20 those objects outlive the young generation: reading a 1 MB
 * note promoted about 40 MB of them to the old space, and a process that parses many notes pays
 * for them in major collections. 2.0.3 builds the same objects with `Object.assign`, which does
 * not; the trees are the same (the equality tests and fixtures).
 */
const fullOptions = parserOptions(processor);
const plainTextOptions = parserOptions(processorForPlainText);

function parserOptions(frozen: Processor<Root>): FromMarkdownOptions {
  const data = frozen.data();
  return {
    extensions: data.micromarkExtensions ?? [],
    mdastExtensions: data.fromMarkdownExtensions ?? [],
  };
}

/** Parses one slice of a note, with the cheaper parser whenever it gives the same tree. */
export function parseSlice(text: string): Root {
  return NEEDS_FULL_PARSER.test(text) ? parseWhole(text) : parsePlainText(text);
}

/** The cheaper parser on any text; only right for text without literal autolinks or tables. */
export function parsePlainText(text: string): Root {
  return fromMarkdown(text, plainTextOptions);
}

/** The full parser on the whole text, whatever it holds. */
export function parseWhole(text: string): Root {
  return fromMarkdown(text, fullOptions);
}
