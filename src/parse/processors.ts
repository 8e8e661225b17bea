import type { Root } from "mdast";
import { type Options as FromMarkdownOptions, fromMarkdown } from "mdast-util-from-markdown";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";

/*
 * GFM's literal autolinks (`www.x.com`, `https://x.com`, `a@b.co`) and tables cost the most of
 * GFM in text without any: the email form is tried at every word, a table at the start of every
 * line, and a search walks every text node after the parse. Each construct is left out of the
 * parser of a slice whose text cannot start it, which gives the same tree:
 * - the email form needs an address: an "@" between a letter or digit and a domain with a dot
 *   ("@kim" and "kim@team" are none);
 * - the www and protocol forms need "www" or "http" (in any case);
 * - a table needs a "|", or an aligned cell (":-", "-:"): a delimiter row without a pipe has one,
 *   as in "Name\n:-:".
 * The search after the parse reads decoded text, where a character reference can spell "@", so it
 * is kept wherever "&" stands too.
 *
 * The constructs are found by name, and the compiler extension by the token it handles: names
 * that survive minifiers. Were a new version to rename them, nothing would be removed and every
 * parser would stay the full one: slower, never different (a test watches for that).
 */
const CONSTRUCTS_BY_NEED: ReadonlyArray<{ names: readonly string[]; needs: RegExp }> = [
  { names: ["emailAutolink"], needs: /[\w.+-]@[\w-]+\./ },
  { names: ["wwwAutolink", "protocolAutolink"], needs: /http|www/i },
  { names: ["table"], needs: /\||:-|-:/ },
];
const SEARCH_NEEDS = /[@&]|http|www/i;

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

/** The full parser's extensions without the constructs named, and without the search unless `search`. */
function leaving(
  full: FromMarkdownOptions,
  leftOut: ReadonlySet<string>,
  search: boolean,
): FromMarkdownOptions {
  const strip = (extension: Nested<SyntaxExtension>): Nested<SyntaxExtension> => {
    if (Array.isArray(extension)) return extension.map(strip);
    return Object.fromEntries(
      Object.entries(extension).map(([hook, value]) => [
        hook,
        hook === "text" || hook === "flow" ? withoutLeftOut(value as ConstructMap, leftOut) : value,
      ]),
    );
  };
  const withoutSearch = (
    extension: Nested<FromMarkdownExtension>,
  ): Nested<FromMarkdownExtension> => {
    if (Array.isArray(extension)) return extension.map(withoutSearch);
    return extension.enter && "literalAutolink" in extension.enter
      ? { ...extension, transforms: [] }
      : extension;
  };
  return {
    extensions: (full.extensions as Array<Nested<SyntaxExtension>>).map(
      strip,
    ) as FromMarkdownOptions["extensions"],
    mdastExtensions: search
      ? full.mdastExtensions
      : ((full.mdastExtensions as Array<Nested<FromMarkdownExtension>>).map(
          withoutSearch,
        ) as FromMarkdownOptions["mdastExtensions"]),
  };
}

function withoutLeftOut(map: ConstructMap, leftOut: ReadonlySet<string>): ConstructMap {
  const kept: ConstructMap = {};
  for (const [code, value] of Object.entries(map)) {
    const list = (Array.isArray(value) ? value : [value]).filter(
      (construct): construct is Named => !!construct && !leftOut.has(construct.name ?? ""),
    );
    if (list.length > 0) kept[code] = list;
  }
  return kept;
}

/*
 * GFM's search for literal autolinks walks every text node of the tree with four regular
 * expressions, three of them with a look-behind tried at every position. Each needs a shape most
 * text nodes lack: "http://", "https://" or "www." (in any case) for a web address, and "@"
 * between a word character and a dotted domain for the three address forms ("@kim", "kim@team"
 * are none). The search replaces within one text node at a time and only looks up as far as a
 * link around it, which never holds a paragraph, heading or table cell; so it is run on just the
 * paragraphs, headings and cells that hold such a text node, and the tree is the one a search of
 * the whole would have returned. Text inside links counts too, which the search itself ignores: a
 * wasted search, never a missed one.
 */
const SEARCH_CAN_MATCH = /[\w+.-]@[\w-]+\.[\w-]|https?:\/\/|www\./i;
const PHRASING_HOLDERS = new Set(["paragraph", "heading", "tableCell"]);

type Searchable = { type: string; value?: unknown; children?: Searchable[] };

function withAutolinkSearchOnlyWhereItCanMatch(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: unknown };
  data.fromMarkdownExtensions = (
    (data.fromMarkdownExtensions ?? []) as Array<Nested<FromMarkdownExtension>>
  ).map(function guard(extension): Nested<FromMarkdownExtension> {
    if (Array.isArray(extension)) return extension.map(guard);
    if (!extension.enter || !("literalAutolink" in extension.enter)) return extension;
    return {
      ...extension,
      transforms: (extension.transforms ?? []).map((transform) => (tree: Root) => {
        const search = transform as (tree: Searchable) => unknown;
        const holders = holdersToSearch(tree);
        if (holders === "whole") search(tree);
        else for (const holder of holders) search(holder);
        return tree;
      }),
    };
  });
}

/**
 * The paragraphs, headings and cells with a text node the search could change, or "whole" for a
 * text node outside them (none in trees mdast-util-from-markdown builds, but then the whole tree
 * is searched, as GFM would).
 */
function holdersToSearch(tree: Root): Searchable[] | "whole" {
  const holders = new Set<Searchable>();
  const stack: Array<[Searchable, Searchable | null]> = [[tree, null]];
  while (stack.length > 0) {
    const [node, holder] = stack.pop()!;
    if (node.type === "text" && SEARCH_CAN_MATCH.test(node.value as string)) {
      if (holder === null) return "whole";
      holders.add(holder);
    }
    if (!node.children) continue;
    const inner = holder ?? (PHRASING_HOLDERS.has(node.type) ? node : null);
    for (const child of node.children) stack.push([child, inner]);
  }
  return [...holders];
}

// Built below the helpers they run at freeze time, which must be initialised by then.
/** CommonMark + GFM, the parser every note is read with. */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(withAutolinkSearchOnlyWhereItCanMatch)
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
const ALL_LEFT_OUT = new Set(CONSTRUCTS_BY_NEED.flatMap((entry) => entry.names));
const plainTextOptions = leaving(fullOptions, ALL_LEFT_OUT, false);
const optionsByNeed = new Map<string, FromMarkdownOptions>();

/** The parser for `text`: the full one less every construct the text cannot start. */
function optionsFor(text: string): FromMarkdownOptions {
  const search = SEARCH_NEEDS.test(text);
  const leftOut = CONSTRUCTS_BY_NEED.filter((entry) => !entry.needs.test(text));
  const key = `${search ? 1 : 0}${leftOut.map((entry) => entry.names[0]).join()}`;
  let options = optionsByNeed.get(key);
  if (!options) {
    options =
      search && leftOut.length === 0
        ? fullOptions
        : leaving(fullOptions, new Set(leftOut.flatMap((entry) => entry.names)), search);
    optionsByNeed.set(key, options);
  }
  return options;
}

function parserOptions(frozen: Processor<Root>): FromMarkdownOptions {
  const data = frozen.data();
  return {
    extensions: data.micromarkExtensions ?? [],
    mdastExtensions: data.fromMarkdownExtensions ?? [],
  };
}

/** Parses one slice of a note, with the cheapest parser that gives the same tree. */
export function parseSlice(text: string): Root {
  return fromMarkdown(text, optionsFor(text));
}

/** The cheaper parser on any text; only right for text without literal autolinks or tables. */
export function parsePlainText(text: string): Root {
  return fromMarkdown(text, plainTextOptions);
}

/** The full parser on the whole text, whatever it holds. */
export function parseWhole(text: string): Root {
  return fromMarkdown(text, fullOptions);
}
