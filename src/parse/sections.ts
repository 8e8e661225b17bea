import type {
  Code,
  Html,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Table,
  Text,
} from "mdast";
import type { SectionKind } from "../model/minutes.js";
import type { Source } from "../model/source.js";
import { ACTION_LABELS, NAMED_ACTION, ORGANIZATION_ENDINGS } from "../util/lexicon.js";
import { looksLikeName } from "../util/names.js";
import { squash } from "../util/strings.js";
import { TRANSCRIPT_TURN, transcriptSpeakers } from "../util/transcript-turns.js";
import { headingKind, normalizeHeading, type SectionAliases } from "./heading-kinds.js";
import { htmlBlocks, htmlTableRows } from "./html-tables.js";
import { type ParagraphLine, paragraphLines, pseudoHeading } from "./paragraph-lines.js";
import { BULLET_GLYPHS } from "./pasted-bullets.js";
import { parseSlice } from "./processors.js";
import { EMPTY_SOURCE, movePoints, plainText, sourceOf } from "./text.js";

/** One line of prose, one list item or one table row: what extractors read. */
export interface Item {
  type: "line" | "list-item" | "table-row";
  /** Plain text of the whole item (its own paragraph, without nested lists). */
  text: string;
  /** A bold lead ending in a colon (`**Lisa:** ...`), without the colon. */
  lead: string | null;
  /** The text after the bold lead, or the whole text when there is none. */
  body: string;
  /** GFM task state: true for `[x]`, false for `[ ]`, null for a plain item. */
  checked: boolean | null;
  /** For table rows: cell text by folded header name. */
  cells: Record<string, string> | null;
  /** For table rows: each cell's lines (split at `<br>` or an HTML list's items), by header name. */
  cellLines?: Record<string, readonly string[]>;
  /** The item this one is nested under, for owners given on a parent bullet. */
  parent: Item | null;
  /** The prose line right before a list, such as "Ines committed to:". */
  leadIn: Item | null;
  /** Names written as links to a person's profile, as wikis export a mention of someone. */
  mentions?: readonly string[];
  /**
   * Names written as links to write to them ("[Kim Lee](mailto:…)"), as a document's person chips
   * export; in a task the name may be whom to write to, so these are no mentions of a taker.
   */
  mailed?: readonly string[];
  /** The address each of `mailed` links to: "[Kim Lee](mailto:kim@example.com)". */
  addresses?: Readonly<Record<string, string>>;
  /** The whole item is struck through (`~~...~~`), as notes cross off what is over. */
  struck?: true;
  source: Source;
}

export interface RawSection {
  heading: string;
  kind: SectionKind;
  depth: number;
  /** A team or owner named by a sub-heading of a task section ("Platform - Noor, Tomas"). */
  group: string | null;
  /** Whether the heading was written as a heading (false: a bold or `Label:` line). */
  explicit: boolean;
  /** An entry of a running log headed by a line that is only its date ("Monday, Oct 9, 11:00"). */
  dateLine?: true;
  /** True for the text before the first heading (and under the title). */
  preamble: boolean;
  source: Source;
  items: Item[];
  /** For a `Label:` line's part, the part the note goes back to once the label's list ends. */
  resumes?: RawSection;
  /** The rest of a part that a `Label:` line and its list interrupted: no heading of its own. */
  continues?: true;
}

export interface SectionOptions {
  sectionAliases?: SectionAliases | null;
}

interface Builder {
  sections: RawSection[];
  current: RawSection;
  stack: RawSection[];
  lastLine: Item | null;
  text: string;
  aliases: SectionAliases | null;
  /** The note's agenda sections, whose items name the meeting's topics (see topicOfAgenda). */
  agendas: RawSection[];
  /** The speakers of a transcript's turns ("Kim Lee  10:02"), when the note is one. */
  turnSpeakers: ReadonlySet<string>;
  /** The speaker of a turn whose line stood alone, over the paragraphs they said after it. */
  speaking: string | null;
}

/**
 * Splits a parsed note into sections by heading, and each section into items. Takes the tree or
 * its top-level nodes one by one, so that a large note never needs its whole tree at once.
 */
export function splitSections(
  root: Root | Iterable<RootContent>,
  text: string,
  options: SectionOptions = {},
): RawSection[] {
  const preamble: RawSection = {
    heading: "",
    kind: "context",
    depth: 1,
    group: null,
    explicit: false,
    preamble: true,
    source: EMPTY_SOURCE,
    items: [],
  };
  const builder: Builder = {
    sections: [preamble],
    current: preamble,
    stack: [],
    lastLine: null,
    text,
    aliases: options.sectionAliases ?? null,
    agendas: [],
    turnSpeakers: transcriptSpeakers(text),
    speaking: null,
  };
  let first = true;
  for (const node of "type" in root ? root.children : root) {
    if (first) preamble.source = sourceOf(node);
    first = false;
    addBlock(builder, node);
  }
  endRostersAtProse(builder.sections);
  topicsWithMinutes(builder.sections);
  return builder.sections;
}

/**
 * "### Build Pipeline Actions" over "#### Discussion" and "#### Decision": a heading
 * whose own sub-headings hold the discussion and the decision of it is a topic of the meeting,
 * whatever its words say; a list of work has no discussion of its own.
 */
function topicsWithMinutes(sections: RawSection[]): void {
  sections.forEach((section, index) => {
    if (section.kind !== "actionItems" || !section.explicit) return;
    for (let next = index + 1; next < sections.length; next++) {
      const below = sections[next]!;
      if (below.depth <= section.depth) return;
      if (below.explicit && (below.kind === "notes" || below.kind === "decisions")) {
        section.kind = "other";
        return;
      }
    }
  });
}

/**
 * "### Attendance" over "**Members**", "**Guests**", then "**Roadmap**": the
 * bold lines under an attendee heading that holds nothing of its own group its people until one
 * of them holds sentences rather than names; from there on they are the note's topics, as the
 * headings they stand for would be, and their work and decisions are read.
 */
function endRostersAtProse(sections: RawSection[]): void {
  let ended = false;
  for (const section of sections) {
    const grouping = section.kind === "attendees" && section.group !== null;
    if (!grouping) {
      ended = false;
      continue;
    }
    if (!ended && section.items.length > 0 && !readsAsRoster(section.items)) ended = true;
    if (ended) {
      section.kind = "other";
      section.group = null;
    }
  }
}

const LEGAL_FORM_END = new RegExp(`\\s${ORGANIZATION_ENDINGS}\\.$`, "i");

/** At least half the lines only name people: "Ana Ruiz (Acme)", "Acme - Ana Ruiz / Ben Ode". */
function readsAsRoster(items: readonly Item[]): boolean {
  const naming = items.filter((item) => {
    // "Ines Dahl - Quarry Labs, Inc.": the stop of a legal form closes no sentence.
    const plain = item.text
      .replace(/\([^()]*\)/g, " ")
      .trim()
      .replace(LEGAL_FORM_END, "");
    // "Welcome Tomas Berg.", "Ana introduced herself.": a sentence about someone.
    if (/[.!?]$/.test(plain) && plain.split(/\s+/).length > 2) return false;
    return plain.split(/[,;/]|\s[-–—+]\s/).every((part) => squash(part).split(" ").length <= 4);
  });
  return naming.length * 2 >= items.length;
}

function addBlock(builder: Builder, node: RootContent): void {
  switch (node.type) {
    case "heading":
      openSection(builder, squash(plainText(node.children)), node.depth, sourceOf(node), true);
      return;
    case "paragraph":
      addParagraph(builder, node);
      return;
    case "list":
      addList(builder, node, null, builder.lastLine);
      builder.lastLine = null;
      return;
    case "table":
      addTable(builder, node);
      builder.lastLine = null;
      return;
    case "blockquote":
      for (const child of node.children) addBlock(builder, child as RootContent);
      return;
    case "html":
      addHtmlTables(builder, node);
      return;
    case "code":
      if (
        !addAdmonition(builder, node) &&
        !addAdmonishBlock(builder, node) &&
        !addProseFence(builder, node) &&
        !addIndentedList(builder, node)
      )
        addIndentedNames(builder, node);
      return;
    default:
      return;
  }
}

/**
 * `!!! check "Action items"` or `??? info "Attendance"` over an indented body: an admonition, as
 * MkDocs (Python-Markdown) writes a boxed part of a page. CommonMark reads the body as code. It is
 * the note's own Markdown: read as a label line ("Action items:") over the body's blocks, each at
 * its place in the note.
 */
const ADMONITION = /^(?:!!!|\?\?\?\+?)\s+([\w-]+)(?:\s+"([^"]*)")?\s*$/;

function addAdmonition(builder: Builder, node: Code): boolean {
  const source = sourceOf(node);
  const marker = builder.current.items[builder.current.items.length - 1];
  if (node.lang || source === EMPTY_SOURCE || marker?.type !== "line") return false;
  const admonition = ADMONITION.exec(marker.text);
  const lineStart = startOfLine(source).offset;
  if (!admonition || /\S/.test(builder.text.slice(marker.source.end.offset, lineStart)))
    return false;
  const lines = builder.text.slice(lineStart, source.end.offset).split("\n");
  if (!/^(?: {4}|\t)/.test(lines[0]!)) return false;
  const title = admonition[2]?.trim() || admonition[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  // The marker line, read as the label it stands for over the body's list. It heads no part of
  // the note: the box ends with its body, where a heading would go on.
  marker.text = `${title}:`;
  marker.body = marker.text;
  builder.lastLine = marker;
  addBodyLines(builder, lines, startOfLine(source), true);
  return true;
}

/**
 * "```admonish info" over Markdown: a box as mdBook's admonish plugin writes one, whose body is
 * the note's own Markdown ("## Attendees" and its list), read at its place in the note.
 */
function addAdmonishBlock(builder: Builder, node: Code): boolean {
  const source = sourceOf(node);
  if (node.lang !== "admonish" || source === EMPTY_SOURCE || !node.value.trim()) return false;
  const opening = builder.text.indexOf("\n", source.start.offset);
  if (opening < 0) return false;
  addBodyLines(
    builder,
    node.value.split("\n"),
    { line: source.start.line + 1, offset: opening + 1 },
    false,
  );
  builder.lastLine = null;
  return true;
}

/**
 * A page whose minutes were pasted into a fence with no language, as a wiki keeps plain text
 * apart: sentences, not code or a log. Its lines are read as the note's own, from their first
 * word. A fence of code, commands, a log's time-stamped lines or data stays unread.
 */
function addProseFence(builder: Builder, node: Code): boolean {
  const source = sourceOf(node);
  if (source === EMPTY_SOURCE || (node.lang && !/^(?:text|txt|plain(?:text)?)$/i.test(node.lang)))
    return false;
  const written = builder.text.slice(source.start.offset, source.end.offset);
  if (!/^(?:`{3,}|~{3,})/.test(written) || !readsAsProse(node.value)) return false;
  const opening = builder.text.indexOf("\n", source.start.offset);
  if (opening < 0) return false;
  // Plain text indents to lay out, not to nest: every line is read from its first word.
  const lines = node.value.split("\n");
  addBodyLines(builder, lines, { line: source.start.line + 1, offset: opening + 1 }, Infinity);
  builder.lastLine = null;
  return true;
}

/** A sentence of words: a capital or a list mark, then mostly letters, and no code or log tokens. */
const PROSE_LINE = /^(?:[-*+]\s+|\d{1,2}[.)]\s+)?[\p{Lu}\p{Ll}"'(][^{};=<>|\\$]*$/u;
const LOG_OR_CODE =
  /^\s*(?:\d{4}-\d{2}-\d{2}[T ]\d|\[?\d{1,2}:\d{2}:\d{2}|[$#>]\s|(?:ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE)\b|(?:import|export|const|let|var|def|function|class|return|if|for|while|SELECT|INSERT|UPDATE)\b)|(?:\(\)|=>|::|\/\/|\w\.\w+\()/;

function readsAsProse(value: string): boolean {
  let lines = 0;
  let codeLike = 0;
  let sentences = 0;
  for (const written of value.split("\n")) {
    const line = written.trim();
    if (!line) continue;
    lines++;
    // A short title line ("Session resumption update") is neither; code or a log is against.
    if (!PROSE_LINE.test(line) || LOG_OR_CODE.test(line)) codeLike++;
    else if (
      line.split(/\s+/).length >= 4 &&
      (line.match(/\p{L}/gu)?.length ?? 0) >= line.replace(/\s/g, "").length * 0.75
    )
      sentences++;
  }
  return lines >= 4 && sentences >= 3 && sentences * 5 >= lines * 2 && codeLike * 5 <= lines;
}

/**
 * Lines of a block read as the Markdown they hold, starting at a line of the note: an indented
 * block's lines each lose up to four columns of indent, a fenced block's are taken as written;
 * positions move back to the note's lines. `readAs` is the lines as read when one is mended; what
 * is read of the other lines keeps its place.
 */
function addBodyLines(
  builder: Builder,
  lines: readonly string[],
  first: { line: number; offset: number },
  indented: boolean | number,
  readAs: readonly string[] = lines,
): void {
  const stripped = lines.map((line) =>
    typeof indented === "number"
      ? Math.min(indented, /^[ \t]*/.exec(line)![0].length)
      : indented
        ? /^(?: {1,4}|\t)?/.exec(line)![0].length
        : 0,
  );
  const starts: number[] = [];
  for (let index = 0, at = first.offset; index < lines.length; index++) {
    starts.push(at);
    at += lines[index]!.length + 1;
  }
  const body = parseSlice(readAs.map((line, index) => line.slice(stripped[index])).join("\n"));
  movePoints(body.children, (point) => {
    const index = Math.min(point.line - 1, lines.length - 1);
    point.line = first.line + index;
    point.column += stripped[index]!;
    point.offset = starts[index]! + point.column - 1;
  });
  for (const child of body.children) addBlock(builder, child);
}

/**
 * "| Action | Owner | Status | Due |" over "| --- | --- | --- |": a table whose delimiter row has a
 * cell too few or too many, a slip GFM answers by reading the rows as one paragraph, and the note's
 * list of work as one run-on line. Every line a row and the second a delimiter row: the writer's
 * table, with the header's columns.
 */
function addMiscountedTable(builder: Builder, node: Paragraph): boolean {
  const source = sourceOf(node);
  // Every line opens with a pipe, the first too: one character to look at before any other work.
  if (source === EMPTY_SOURCE || builder.text[source.start.offset] !== "|") return false;
  const lines = builder.text.slice(startOfLine(source).offset, source.end.offset).split("\n");
  if (lines.length < 3 || !lines.every((line) => line.trimStart().startsWith("|"))) return false;
  if (!DELIMITER_ROW.test(lines[1]!)) return false;
  const columns = rowCells(lines[0]!).length;
  if (columns < 2 || rowCells(lines[1]!).length === columns) return false;
  const mended = `|${" --- |".repeat(columns)}`;
  addBodyLines(builder, lines, startOfLine(source), false, [lines[0]!, mended, ...lines.slice(2)]);
  return true;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** A pipe table row's cells, without its outer pipes ("\|" is a pipe inside a cell). */
function rowCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "")
    .split(/(?<!\\)\|/);
}

/** Where the line of a block's source starts: its line and the offset of its first column. */
function startOfLine(source: Source): { line: number; offset: number } {
  return { line: source.start.line, offset: source.start.offset - source.start.column + 1 };
}

const LIST_MARKER = /^(?:[-*+]|\d{1,3}[.)])[ \t]/;

/**
 * "\t- Call on Mondays" under a heading: a list indented by a tab or four spaces after a blank
 * line, which CommonMark reads as code. Every line a list item or indented under one: the
 * writer's list.
 */
function addIndentedList(builder: Builder, node: Code): boolean {
  const source = sourceOf(node);
  if (node.lang || source === EMPTY_SOURCE) return false;
  const lines = builder.text.slice(startOfLine(source).offset, source.end.offset).split("\n");
  // A fenced block is code, wherever it stands.
  if (!/^(?: {4}|\t)/.test(lines[0]!)) return false;
  const unindented = lines.map((line) => line.replace(/^(?: {4}|\t)/, ""));
  if (
    !LIST_MARKER.test(unindented[0]!) ||
    !unindented.every((line) => !line.trim() || LIST_MARKER.test(line) || /^\s/.test(line))
  )
    return false;
  addBodyLines(builder, lines, startOfLine(source), true);
  builder.lastLine = null;
  return true;
}

/**
 * "### Attendees:" over names indented with a tab: CommonMark reads the indent as a code block.
 * Under an attendee heading it is the list of people, one line per person; code elsewhere is left
 * alone.
 */
function addIndentedNames(builder: Builder, node: Code): void {
  const source = sourceOf(node);
  if (builder.current.kind !== "attendees" || node.lang || source === EMPTY_SOURCE) return;
  let offset = source.start.offset - source.start.column + 1;
  const block = builder.text.slice(offset, source.end.offset);
  // A fenced block is code, wherever it stands.
  if (!/^(?: {4}|\t)/.test(block)) return;
  for (const [index, line] of block.split("\n").entries()) {
    const indent = /^[ \t]*/.exec(line)![0].length;
    const value = line.trim();
    const lineNumber = source.start.line + index;
    const column = indent + 1;
    const start = offset + indent;
    if (value) {
      const text: PhrasingContent = { type: "text", value };
      const at = {
        start: { line: lineNumber, column, offset: start },
        end: { line: lineNumber, column: column + value.length, offset: start + value.length },
      };
      builder.current.items.push(makeItem("line", [text], at, null, null));
    }
    offset += line.length + 1;
  }
}

/**
 * "## 2. Open Day Follow Up" under an agenda that lists "2. Open Day Follow Up": a topic of the
 * meeting, whatever its words would name elsewhere ("follow up", "decisions"). A heading that is
 * only those words ("Action items", "Next steps", "Decisions") keeps its kind, agenda or not.
 */
function topicOfAgenda(builder: Builder, heading: string): boolean {
  if (builder.agendas.length === 0) return false;
  const topic = normalizeHeading(heading);
  if (topic.split(" ").length < 3 || joinsKindNames(topic, builder.aliases)) return false;
  return builder.agendas.some((agenda) =>
    agenda.items.some((item) => `${normalizeHeading(item.text)} `.startsWith(`${topic} `)),
  );
}
/**
 * "Decisions and next steps", "Follow-ups & actions": nothing but names of kinds, each of one or
 * two words, joined or run together.
 */
function joinsKindNames(topic: string, aliases: Builder["aliases"]): boolean {
  const words = topic.split(" ").filter((word) => word !== "and");
  const named = (from: number, to: number) =>
    headingKind(words.slice(from, to).join(" "), aliases) !== null;
  const splits = (from: number): boolean =>
    from === words.length ||
    (named(from, from + 1) && splits(from + 1)) ||
    (from + 2 <= words.length && named(from, from + 2) && splits(from + 2));
  return words.length > 1 && splits(0);
}
const AGENDA_HEADING = /^(?:meeting )?agenda\b/;
/**
 * "#### Attendees: Ana, Ben, Chloe": a heading that holds its own list (read as a label line) heads
 * no list; what follows it is the entry's discussion and actions. "Attendees: Name / Org" says how
 * the list below it is written, and heads that list.
 */
const HOLDS_ITS_VALUES = /^[^:]{1,40}:\s*(?!name\s*\/)\S/i;

function openSection(
  builder: Builder,
  heading: string,
  depth: number,
  source: Source,
  explicit: boolean,
): void {
  builder.speaking = null;
  while (builder.stack.length > 0 && builder.stack[builder.stack.length - 1]!.depth >= depth)
    builder.stack.pop();
  const parent = builder.stack[builder.stack.length - 1];
  const kind = headingKind(heading, builder.aliases);
  const named =
    kind && topicOfAgenda(builder, heading)
      ? "notes"
      : kind === "attendees" && HOLDS_ITS_VALUES.test(heading)
        ? null
        : kind;
  // A sub-heading that names no kind of its own belongs to its parent's kind; under a task
  // section it usually names the team or people who own the tasks below it.
  // An attendee list has no sub-sections: a heading after it starts the next part of the note,
  // unless the attendee heading holds nothing of its own and its sub-headings group the people
  // ("## Attendees", "### Customer", "### Our team").
  const inherits =
    !named &&
    parent &&
    parent.kind !== "other" &&
    parent.kind !== "context" &&
    (parent.kind !== "attendees" || parent.items.length === 0);
  const section: RawSection = {
    heading,
    kind: named ?? (inherits ? parent.kind : "other"),
    depth,
    group: inherits ? heading : null,
    explicit,
    preamble: false,
    source,
    items: [],
  };
  // The title (the first H1, before any other heading) keeps the preamble open for the facts under
  // it. An H1 that only names a section ("# Action Items") is a section, not a title; "# Team
  // Meeting Notes" names the whole document.
  const isTitle =
    !named ||
    heading.split(/\s+/).length >= 4 ||
    /\d/.test(heading) ||
    /\b(?:meeting|call|sync) (?:notes|minutes)$/i.test(heading);
  if (
    depth === 1 &&
    builder.sections.length === 1 &&
    builder.current.preamble &&
    builder.current.items.length === 0 &&
    !builder.current.heading &&
    isTitle
  ) {
    builder.current.heading = heading;
    builder.current.source = source;
    builder.stack = [];
    return;
  }
  builder.sections.push(section);
  if (AGENDA_HEADING.test(normalizeHeading(heading))) builder.agendas.push(section);
  builder.stack.push(section);
  builder.current = section;
  builder.lastLine = null;
}

const FACT_LINE = /^[\p{L}][\p{L} ]{0,29}:\s*\S/u;

/**
 * "Agreed:" over a list, then a paragraph of prose: the label headed its list, and the prose goes
 * on with the part the label stood in, so that "We talked about hiring." after the list of what
 * was agreed is no decision. A line that introduces more ("Also:") or is an item written plain
 * ("2) Book the room") stays with the label.
 */
function endsLeadInList(builder: Builder, line: ParagraphLine): boolean {
  const section = builder.current;
  if (!section.resumes || !section.items.some((item) => item.type === "list-item")) return false;
  const text = plainText(line.children).trim();
  return text.length > 0 && !text.endsWith(":") && !enumeratedLine(line) && !listItemLine(line);
}

function resumeAfterLeadIn(builder: Builder): void {
  const outer = builder.current.resumes!;
  const section: RawSection = { ...outer, items: [], continues: true };
  delete section.resumes;
  builder.sections.push(section);
  builder.stack = builder.stack.filter((open) => open.depth < outer.depth);
  builder.stack.push(section);
  builder.current = section;
  builder.lastLine = null;
}

/** Paragraph lines, each with its own source position taken from the raw text. */
function addParagraph(builder: Builder, node: Paragraph): void {
  if (addMiscountedTable(builder, node)) return;
  const lines = paragraphLines(node, builder.text);
  // "WHAT: Fix the form / WHO: kim / WHEN: Friday": one task written as a record of fields, a
  // line each, is one item, as it is when written under a list marker; tasks.ts reads its fields.
  if (isFieldRecord(lines)) {
    builder.current.items.push(makeItem("list-item", node.children, sourceOf(node), null, null));
    builder.lastLine = null;
    return;
  }
  // "Kim Lee  10:02" over what Kim said: a transcript's turn, as meeting apps export it. Chat
  // exports set the turn's line apart by a blank line: Kim speaks on until the next turn.
  let turn: string | null = builder.speaking;
  for (const [index, line] of lines.entries()) {
    const turnOf = builder.turnSpeakers.size > 0 ? TRANSCRIPT_TURN.exec(line.raw.trim()) : null;
    if (turnOf && builder.turnSpeakers.has(turnOf[1]!)) {
      turn = turnOf[1]!;
      builder.speaking = index === lines.length - 1 ? turn : null;
      continue;
    }
    if (turn !== null) {
      const said = makeItem("line", line.children, line.source, null, null);
      builder.current.items.push({ ...said, text: `${turn}: ${said.text}`, lead: turn });
      builder.lastLine = null;
      continue;
    }
    // "Attendees" over a name per line, with no blank line between: a plain-text heading too.
    // "Date: 12 March\nAttendees\nAna Ruiz": a label alone after a line of facts heads what follows.
    const alone = index === 0 || FACT_LINE.test(plainText(lines[index - 1]!.children));
    const heading = pseudoHeading(line, builder.aliases, alone);
    if (heading) {
      const outer = builder.current.resumes ?? builder.current;
      openSection(
        builder,
        heading.text,
        Math.min(6, heading.depth ?? boldHeadingDepth(builder)),
        line.source,
        heading.depth !== null,
      );
      if (heading.leadIn && builder.current !== outer) builder.current.resumes = outer;
      continue;
    }
    if (index === 0 && endsLeadInList(builder, line)) resumeAfterLeadIn(builder);
    const listed = (index > 0 ? listItemLine(line) : null) ?? enumeratedLine(line);
    if (listed) {
      builder.current.items.push(
        makeItem("list-item", listed.children, listed.source, null, builder.lastLine),
      );
      continue;
    }
    // "Ada Lind" over "Raise the timeout (03:12)" in a list of work: a meeting recorder's export
    // names the taker once over the lines of their work, with no bullets.
    const taker = index > 0 ? takerOverLines(builder, lines) : null;
    const item = makeItem("line", line.children, line.source, null, taker);
    builder.current.items.push(item);
    // A line ending in a colon introduces the list after it ("Ines committed to:"), and so does
    // a name alone on its line ("Ines", "Platform Team"): a label over its list, written plain.
    builder.lastLine = item.text.endsWith(":") || NAME_ALONE.test(item.text) ? item : null;
  }
}

const TASK_KINDS: ReadonlySet<SectionKind> = new Set([
  "actionItems",
  "resolutionPlan",
  "commitments",
]);

/** The paragraph's first line, when it is a name over lines that are not, in a list of work. */
function takerOverLines(builder: Builder, lines: readonly ParagraphLine[]): Item | null {
  if (!TASK_KINDS.has(builder.current.kind)) return null;
  const [first, second] = lines.map((line) => squash(plainText(line.children)));
  if (!first || !second || !NAME_ALONE.test(first) || NAME_ALONE.test(second)) return null;
  // "Update Docs" over more lines is one more line of work; only a name heads them.
  if (!looksLikeName(first)) return null;
  const items = builder.current.items;
  for (let at = items.length - 1; at >= 0; at--)
    if (items[at]!.source.start.offset === lines[0]!.source.start.offset)
      return items[at]!.type === "line" ? items[at]! : null;
  return null;
}

/** One to three capitalised words and nothing else, as a name is written. */
const NAME_ALONE = /^@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** The field that says what the work is, and the fields a record of it may go on with. */
const WHAT_FIELD = /^(?:what|task|action|action item|to-?do|item)$/;
const RECORD_FIELD =
  /^(?:who|owners?|assignees?|responsible|when|due|due date|deadline|by|eta|status|priority|notes?)$/;

function isFieldRecord(lines: readonly ParagraphLine[]): boolean {
  if (lines.length < 2) return false;
  // Trimmed first: a run of spaces before the label would make the search quadratic per line.
  const label = (line: ParagraphLine) =>
    /^(\p{L}[\p{L} -]{1,14}?)\s*:/u
      .exec(plainText(line.children).trimStart())?.[1]
      ?.toLowerCase() ?? "";
  // "Who: kim / What: fix the form / When: Friday": the fields in any order, the work once.
  const labels = lines.map(label);
  return (
    labels.filter((name) => WHAT_FIELD.test(name)).length === 1 &&
    labels.every((name) => WHAT_FIELD.test(name) || RECORD_FIELD.test(name))
  );
}

/**
 * "The hall needs work.\n    - Paint the walls\n    - Fix the lights": list
 * items indented under a paragraph's first line, which CommonMark reads as more of the paragraph.
 * Each is the list item its writer meant, without its marker.
 */
function listItemLine(line: ParagraphLine): { children: PhrasingContent[]; source: Source } | null {
  const marker = LIST_MARKER.exec(line.raw.trimStart());
  const first = line.children[0];
  if (!marker || first?.type !== "text") return null;
  const value = first.value.trimStart();
  if (!value.startsWith(marker[0]) || !value.slice(marker[0].length).trim()) return null;
  return withoutMarker(line, first, first.value.length - value.length + marker[0].length);
}

/** The line without the first `shift` characters of its first text (a marker), its start moved past them. */
function withoutMarker(
  line: ParagraphLine,
  first: Text,
  shift: number,
): { children: PhrasingContent[]; source: Source } {
  return {
    children: [{ ...first, value: first.value.slice(shift) }, ...line.children.slice(1)],
    source: {
      start: {
        line: line.source.start.line,
        column: line.source.start.column + shift,
        offset: line.source.start.offset + shift,
      },
      end: line.source.end,
    },
  };
}

/**
 * "i)   Send the stall plan", "b) Book the room", "c. Venue": items enumerated by letters or
 * roman numerals, which CommonMark does not read as a list. Each is the list item it stands for.
 */
function enumeratedLine(
  line: ParagraphLine,
): { children: PhrasingContent[]; source: Source } | null {
  const first = line.children[0];
  if (first?.type !== "text") return null;
  const marker = ENUMERATOR.exec(first.value);
  if (!marker || marker[0].length >= first.value.length) return null;
  return withoutMarker(line, first, marker[0].length);
}

/** "a) ", "iv) ", "b. Book": a letter or a roman numeral, then a bracket, or a dot before a capital. */
const ENUMERATOR = /^\s*(?:(?:[a-z]|[ivx]{2,4})\)\s+|(?:[a-z]|[ivx]{2,4})\.\s+(?=\p{Lu}))/u;

function currentDepth(builder: Builder): number {
  return builder.current.preamble ? 1 : builder.current.depth;
}

/**
 * "**Actions**" over a list, then "**Resources**": bold lines that head parts of a note stand side
 * by side; one right under another bold line with nothing between them ("**Action items**",
 * "**Kim**") is its sub-heading, as one under a written heading is.
 */
function boldHeadingDepth(builder: Builder): number {
  const current = builder.current;
  const sideBySide = !current.explicit && !current.preamble && current.items.length > 0;
  return sideBySide ? current.depth : currentDepth(builder) + 1;
}

function addList(builder: Builder, list: List, parent: Item | null, leadIn: Item | null): void {
  for (const listItem of list.children) addListItem(builder, listItem, parent, leadIn);
}

/**
 * "- Attendees" over a paragraph of its own with a name on each line, or over lines of the same
 * paragraph: the item is the label of a roll call, written as a list item. Its names are read as under an attendee heading, and the
 * note goes on in the part it was in.
 */
function addRollCallItem(builder: Builder, listItem: ListItem, parent: Item | null): boolean {
  const [first, ...rest] = listItem.children;
  if (parent !== null || first?.type !== "paragraph") return false;
  if (!rest.every((child) => child.type === "paragraph")) return false;
  // "1. Present" with the names on the lines under it, in the same paragraph: plain-text
  // minutes number their parts and write each part's words straight under its name.
  const lines = rest.length === 0 ? paragraphLines(first, builder.text) : [];
  if (rest.length === 0 && lines.length < 2) return false;
  const label = squash(
    rest.length === 0 ? plainText(lines[0]!.children) : plainText(first.children),
  ).replace(/:$/, "");
  if (label.split(" ").length > 3 || headingKind(label, builder.aliases) !== "attendees")
    return false;
  // On the lines of its paragraph, a person must open the next line ("Participant applications"
  // over what was said of them is a topic).
  const firstListed = lines[1] ? squash(plainText(lines[1].children)).split(/[,;(]/)[0]! : "";
  if (rest.length === 0 && !looksLikeName(firstListed.trim(), true)) return false;
  const current = builder.current;
  const stack = [...builder.stack];
  openSection(builder, label, Math.min(6, currentDepth(builder) + 1), sourceOf(first), false);
  for (const line of lines.slice(1))
    builder.current.items.push(makeItem("line", line.children, line.source, null, null));
  for (const paragraph of rest) addParagraph(builder, paragraph as Paragraph);
  builder.current = current;
  builder.stack = stack;
  builder.lastLine = null;
  return true;
}

/** "Catering", "Budget:": a few words with no sentence in them. */
function namesATopic(text: string): boolean {
  return text.split(" ").length <= 6 && !/[.!?]$/.test(text);
}

function addListItem(
  builder: Builder,
  listItem: ListItem,
  parent: Item | null,
  leadIn: Item | null,
): void {
  const first = listItem.children[0];
  if (addRollCallItem(builder, listItem, parent)) return;
  const split = first?.type === "paragraph" ? splitAtActionLine(first, builder.text) : null;
  const phrasing: PhrasingContent[] = [];
  // "- Catering" over a paragraph of its own ("Ilse will book the caterer."): a topic and
  // what was said under it, each paragraph a line of its own, as an action paragraph is.
  const topic =
    first?.type === "paragraph" && !split && namesATopic(squash(plainText(first.children)));
  const ownLineParagraphs = listItem.children.filter(
    (child): child is Paragraph =>
      child !== first && child.type === "paragraph" && (topic || opensWithActionLabel(child)),
  );
  for (const child of listItem.children) {
    // "- ### Date: 2022-09-27": a heading written as a list item's text reads as that text.
    const text = child.type === "paragraph" || (child.type === "heading" && child === first);
    if (!text || ownLineParagraphs.includes(child as Paragraph)) continue;
    if (phrasing.length > 0) phrasing.push({ type: "text", value: " " });
    if (child === first && split) {
      split.topic.forEach((line, index) => {
        if (index > 0) phrasing.push({ type: "text", value: " " });
        phrasing.push(...line.children);
      });
    } else phrasing.push(...child.children);
  }
  const source =
    split && listItem.children.length === 1
      ? { start: sourceOf(listItem).start, end: split.topic.at(-1)!.source.end }
      : itemSource(listItem, first);
  const item = makeItem("list-item", phrasing, source, parent, leadIn);
  item.checked = listItem.checked ?? item.checked;
  if (item.text) builder.current.items.push(item);
  for (const line of split?.actions ?? [])
    builder.current.items.push(
      makeItem("line", line.children, line.source, item.text ? item : parent, null),
    );
  // "2) Close the old tickets" then "✅ Shared the data map" on the next line: a line that opens
  // with a box is the next item of the list, not more of this one.
  for (const line of split?.boxed ?? [])
    builder.current.items.push(makeItem("line", line.children, line.source, parent, leadIn));
  for (const paragraph of ownLineParagraphs)
    builder.current.items.push(
      makeItem("line", paragraph.children, sourceOf(paragraph), item.text ? item : parent, null),
    );
  for (const child of listItem.children) {
    if (child.type === "list") addList(builder, child, item.text ? item : parent, leadIn);
    if (child.type === "table") addTable(builder, child);
  }
}

// "AI-2:", "Action 3 (Kim):": the label may carry its number in the list of actions.
const ACTION_LINE = new RegExp(
  `^${ACTION_LABELS}(?:\\s*[#-]?\\d{1,3})?\\s*(?:\\([^)]*\\))?\\s*:`,
  "i",
);
/** "2.1 Storage will reach 80% by May": a line numbered under its topic's number. */
const OUTLINE_LINE = /^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/u;
/**
 * "Tobi: will ask the rowing club", "Mira S: six weeks to go": a speaker's line under a topic,
 * saying a few words. "Owner: Ingrid", "Status: on hold for the vendor" are the topic's fields.
 */
const SPEAKER = String.raw`(?!(?:Owners?|Who|What|When|Where|Why|How|Due|Deadline|Status|Task|Action|Date|Time|Notes?|Decision|Outcome|Result|Priority|Links?|Updates?|Comments?|Assignee|Reviewer|Next|Goal|Topic|Location|Ref)\b)(?:\p{Lu}{2,3}|@?\p{Lu}\p{Ll}+(?: \p{Lu}\.?| \p{Lu}\p{Ll}+)?)\s*:\s`;
const SPEAKER_LINE = new RegExp(`^${SPEAKER}+\\S+(?:\\s+\\S+){2}`, "u");
/** Cheap first looks, so that only such paragraphs are split into lines. */
const ACTION_LINE_INSIDE = new RegExp(
  `\\n[\\s>*_]*(?:${ACTION_LABELS}\\b|\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s)`,
  "i",
);
const SPEAKER_LINE_INSIDE = new RegExp(`\\n[\\s>*_]*${SPEAKER}`, "u");

/**
 * "1. Migration status" with "Action: Maya to send the metadata" on a line of its own in the same
 * paragraph: notes pasted from mail write a topic and its actions as one list item's lines, and
 * plain-text minutes their numbered points ("1. Capacity" over "1.1 Storage will ..."). From the
 * first line that opens with an action label or a point's number, each line is a line of its own
 * under the topic.
 */
function splitAtActionLine(
  paragraph: Paragraph,
  text: string,
): { topic: ParagraphLine[]; actions: ParagraphLine[]; boxed?: ParagraphLine[] } | null {
  const whole = sourceOf(paragraph);
  const written = text.slice(whole.start.offset, whole.end.offset);
  // "2) Close the old tickets" over "✅ Shared the data map": from a line that opens with a box,
  // the lines are the list's next items.
  if (BOXED_LINE_INSIDE.test(written)) {
    const lines = paragraphLines(paragraph, text);
    const at = lines.findIndex(
      (line, index) => index > 0 && BALLOT_BOX.test(plainText(line.children).trim()),
    );
    if (at > 0) return { topic: lines.slice(0, at), actions: [], boxed: lines.slice(at) };
  }
  // "3. BANK MANDATE" over "Agreed that ...": a topic's name in capitals on the item's first line.
  if (SHOUTED_TOPIC_LINE.test(written)) {
    const lines = paragraphLines(paragraph, text);
    if (lines.length > 1) return { topic: lines.slice(0, 1), actions: lines.slice(1) };
  }
  if (!ACTION_LINE_INSIDE.test(written) && !SPEAKER_LINE_INSIDE.test(written)) return null;
  const lines = paragraphLines(paragraph, text);
  // "**Owner:** Kim" over "**Task:** renew the cert" and "**Due:** Friday": one record of work,
  // whose field that names the work is no action line of its own.
  if (isFieldRecord(lines)) return null;
  const at = lines.findIndex((line, index) => {
    const written = plainText(line.children).trim();
    return (
      index > 0 &&
      (ACTION_LINE.test(written) ||
        NAMED_ACTION.test(written) ||
        OUTLINE_LINE.test(written) ||
        SPEAKER_LINE.test(written))
    );
  });
  if (at < 0) return null;
  // "2. Training" over "Tallow Foods want a second session." over "Action: ...": a short first
  // line is the topic's name; the discussion under it is lines of their own, as the actions are.
  const named = at > 1 && TOPIC_NAME_LINE.test(plainText(lines[0]!.children).trim()) ? 1 : at;
  return { topic: lines.slice(0, named), actions: lines.slice(named) };
}

/** A line after the first of a paragraph that opens with a checkbox ("☐", "✅", "[ ]"). */
const BOXED_LINE_INSIDE = /\n[ \t]*(?:[☐☑☒✅✔✓⬜🔲🔳◻▢]|\[[ xX]\]\s)/u;

/** "BANK MANDATE", "MATTERS ARISING", "BUDGET 2027/28": a first line all in capitals, then more. */
const SHOUTED_TOPIC_LINE = /^(?=[^\n]*\p{Lu}{2}[^\n]*\p{Lu}{2})[\p{Lu}\d&/'’ .,()-]{4,60}\n/u;

/** "Training", "Project status", "Invoicing": a few capitalised words, no sentence. */
const TOPIC_NAME_LINE = /^\p{Lu}[\p{L}\d&/'’ -]{0,40}(?<![.!?:,;])$/u;

/** A list item's own span: from its bullet to the end of its own paragraphs, not its sub-list. */
function itemSource(listItem: ListItem, first: ListItem["children"][number] | undefined): Source {
  const whole = sourceOf(listItem);
  const lastOwn = [...listItem.children].reverse().find((child) => child.type === "paragraph");
  if (!lastOwn || !first) return whole;
  return { start: whole.start, end: sourceOf(lastOwn).end };
}

function addTable(builder: Builder, table: Table): void {
  const [header, ...rows] = table.children;
  if (!header) return;
  const names = uniqueNames(
    header.children.map((cell) => squash(plainText(cell.children)).toLowerCase()),
  );
  const openEdged = (node: RootContent | Table["children"][number]) =>
    builder.text
      .slice(startOfLine(sourceOf(node)).offset)
      .trimStart()
      .startsWith("|");
  const headerEdged = openEdged(header);
  const fields =
    names.length === 2 && rows.some((row) => namesMeetingField(row.children[0], builder.aliases));
  for (const row of rows) {
    const cells = row.children.map((cell) => ({
      lines: plainText(cell.children).split("\n").map(squash).filter(Boolean),
    }));
    // "Closed | Task | Owner" over " | Send the draft | Kim": a header without an outer pipe over a
    // row with one, a cell short. CommonMark takes that pipe for the row's edge; the writer left
    // the first cell empty, as the header shows, and the row's words belong one column on.
    if (!headerEdged && cells.length < names.length && openEdged(row)) cells.unshift({ lines: [] });
    if (fields && addListCell(builder, cells, sourceOf(row))) continue;
    addRow(
      builder,
      cells.map((cell, index) => ({ name: names[index] ?? String(index), lines: cell.lines })),
      sourceOf(row),
    );
  }
}

/** "| Attendees | ... |", "| **Date** | ... |": a row of the meeting's own fields. */
function namesMeetingField(
  cell: Table["children"][number]["children"][number] | undefined,
  aliases: SectionAliases | null,
): boolean {
  const label = cell ? squash(plainText(cell.children)).replace(/:$/, "") : "";
  return (
    /^(?:date|date ?time|time|when)$/i.test(label) || headingKind(label, aliases) === "attendees"
  );
}

/** The kinds of part a field table's row may hold as a list of its own. */
const LISTED_KINDS: ReadonlySet<SectionKind> = new Set([
  "actionItems",
  "resolutionPlan",
  "commitments",
  "decisions",
]);
const CELL_BULLET = /^(?:[-*+•]|\d{1,2}[.)])\s+(?:\[([ xX])\]\s+)?/;

/**
 * "| **Action Items** | - [ ] Write the checklist - Pim<br>- [ ] Confirm the freeze - Tovah |": a
 * two-column table of a meeting's fields whose row names a part of the note holds that part, a
 * line of its cell per item, as the part would under its heading. The rows after it go on with
 * the table's part. Only a table that holds the meeting's date or attendees is such a table (an
 * agenda's "| Next steps | ... |" is a topic), and only a cell that is a list or a line.
 */
function addListCell(
  builder: Builder,
  cells: ReadonlyArray<{ lines: string[] }>,
  source: Source,
): boolean {
  const [label, content] = cells;
  const heading = label?.lines.join(" ").replace(/:$/, "") ?? "";
  const kind = heading ? headingKind(heading, builder.aliases) : null;
  if (!kind || !LISTED_KINDS.has(kind) || !content || content.lines.length === 0) return false;
  const bulleted = content.lines.filter((line) => CELL_BULLET.test(line)).length;
  if (content.lines.length > 1 && bulleted < content.lines.length) return false;
  const outer = builder.current.resumes ?? builder.current;
  openSection(builder, heading, boldHeadingDepth(builder), source, false);
  for (const line of content.lines) {
    const mark = CELL_BULLET.exec(line);
    const text = line.slice(mark?.[0].length ?? 0).trim();
    const checked = mark?.[1] === undefined ? null : mark[1] !== " ";
    builder.current.items.push({
      type: "list-item",
      text,
      lead: null,
      body: text,
      checked,
      cells: null,
      parent: null,
      leadIn: null,
      source,
    });
  }
  builder.current.resumes = outer;
  resumeAfterLeadIn(builder);
  return true;
}

function addRow(
  builder: Builder,
  row: ReadonlyArray<{ name: string; lines: string[] }>,
  source: Source,
): void {
  const cells: Record<string, string> = Object.create(null);
  const cellLines: Record<string, readonly string[]> = Object.create(null);
  const texts: string[] = [];
  for (const { name, lines } of row) {
    const value = cellText(lines);
    cells[name] = value;
    cellLines[name] = lines;
    if (value) texts.push(value);
  }
  const joined = texts.join(" | ");
  builder.current.items.push({
    type: "table-row",
    text: joined,
    lead: null,
    body: joined,
    checked: null,
    cells,
    cellLines,
    parent: null,
    leadIn: null,
    source,
  });
}

/**
 * Column names made unique: a grid that repeats its headers ("| | Attendees | | Attendees |")
 * would otherwise keep only its last column of each name. The second of a name is "name (2)",
 * which no engine orders before the others as it does keys that read as whole numbers.
 */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`.trim();
  });
}

/**
 * A table written in HTML reads as a Markdown table does: its `<th>` row names the columns; a
 * table without one has its columns numbered ("1", "2", ...).
 */
function addHtmlTables(builder: Builder, node: Html): void {
  const start = node.position?.start;
  if (start?.offset === undefined) return;
  if (!/<table\b/i.test(node.value)) {
    addHtmlBlocks(builder, node.value, start as Source["start"]);
    return;
  }
  let names: string[] = [];
  for (const row of htmlTableRows(node.value, {
    line: start.line,
    column: start.column,
    offset: start.offset,
  })) {
    if (row.header) {
      names = uniqueNames(row.cells.map((lines) => lines.join(" ").toLowerCase()));
      continue;
    }
    addRow(
      builder,
      row.cells.map((lines, index) => ({ name: names[index] ?? String(index + 1), lines })),
      row.source,
    );
  }
  builder.lastLine = null;
}

const TYPED_BULLET = new RegExp(`^(?:[-–*·${BULLET_GLYPHS}]|o(?=\\s{2}))\\s+`, "u");

/**
 * "<h2>Action items</h2>", "<p><strong>Attendees:</strong> Ana, Ben</p>", "<ul><li>Ana to ...":
 * a note (or part of one) written in HTML reads as the same note written in Markdown.
 */
function addHtmlBlocks(builder: Builder, html: string, start: Source["start"]): void {
  const parents: Item[] = [];
  for (const written of htmlBlocks(html, start)) {
    // "<p>-   Ana to send the deck</p>", "<p>• ...</p>": a word processor's bullet typed into a
    // paragraph, as an export keeps it, is a list item.
    const glyph = written.kind === "line" ? TYPED_BULLET.exec(written.text) : null;
    const block = glyph
      ? {
          ...written,
          kind: "item" as const,
          depth: 0,
          text: written.text.slice(glyph[0].length),
          boldLead: written.boldLead?.replace(TYPED_BULLET, "") || null,
        }
      : written;
    if (block.kind === "heading") {
      openSection(builder, block.text, block.depth, block.source, true);
      parents.length = 0;
      continue;
    }
    const children: PhrasingContent[] = block.boldLead
      ? [
          { type: "strong", children: [{ type: "text", value: `${block.boldLead}:` }] },
          {
            type: "text",
            value: ` ${block.text
              .slice(block.text.indexOf(block.boldLead) + block.boldLead.length)
              .replace(/^\s*:/, "")
              .trim()}`,
          },
        ]
      : [{ type: "text", value: block.text }];
    if (block.kind === "line") {
      const heading = block.boldLead === block.text.replace(/:\s*$/, "") ? block.boldLead : null;
      if (heading && headingKind(heading, builder.aliases)) {
        openSection(builder, heading, Math.min(6, boldHeadingDepth(builder)), block.source, false);
        continue;
      }
      builder.current.items.push(makeItem("line", children, block.source, null, null));
      continue;
    }
    parents.length = Math.min(parents.length, block.depth);
    const item = makeItem(
      "list-item",
      children,
      block.source,
      parents[block.depth - 1] ?? null,
      null,
    );
    builder.current.items.push(item);
    parents[block.depth] = item;
  }
  builder.lastLine = null;
}

/**
 * A cell's lines (`<br>` in a cell) joined so that they stay apart: "Kim<br>Ilse" lists two owners;
 * a line going on in lower case ("Share the export<br>sample") is the same phrase wrapped.
 */
function cellText(lines: readonly string[]): string {
  let joined = "";
  for (const line of lines) {
    const separate = joined && !/[.,;:!?]$/.test(joined) && !/^\p{Ll}/u.test(line);
    joined = !joined ? line : `${joined}${separate ? "," : ""} ${line}`;
  }
  return joined;
}

/**
 * An item struck through as a whole: all its words, or all but a short remark after them on what
 * became of it ("~~Ana to send the report~~ (dropped)", "~~Fix the build~~ done"). "~~Kim~~ Ana"
 * crosses off one name, "~~Kim~~ will book it" one taker.
 */
function isStruck(children: readonly PhrasingContent[]): boolean {
  const written = children.filter((child) => !(child.type === "text" && !child.value.trim()));
  if (written.length === 0 || written[0]!.type !== "delete") return false;
  const rest = written.filter((child) => child.type !== "delete");
  return (
    rest.length === 0 ||
    (rest.every((child) => child.type === "text") &&
      written.findIndex((child) => child.type !== "delete") === written.length - rest.length &&
      STRUCK_REMARK.test(squash(rest.map((child) => (child as { value: string }).value).join(" "))))
  );
}

/** "(dropped)", "done", "- moved to backlog": up to three words in lower case, maybe bracketed or dashed. */
const STRUCK_REMARK = /^(?:[([]\s*|[-–—:]\s*)?\p{Ll}+(?:[\s-]\p{Ll}+){0,2}\s*[)\]]?\.?$/u;

/**
 * "Book the ~~hall~~ room", "(~~Ana~~ Ben)": words struck through inside an item are crossed off,
 * and the item says what is left. An item struck through as a whole keeps its words (`struck`).
 */
function withoutStruckWords(children: readonly PhrasingContent[]): readonly PhrasingContent[] {
  if (!children.some(holdsStruckWords)) return children;
  return children
    .filter((child) => child.type !== "delete")
    .map((child) =>
      "children" in child && child.type !== "link"
        ? ({ ...child, children: withoutStruckWords(child.children) } as PhrasingContent)
        : child,
    );
}

const LEFT_BY_STRUCK_WORDS = /([[(])\s*[,;/&]\s*|\s*[,;/&]\s*(?=[\])])/g;

function holdsStruckWords(child: PhrasingContent): boolean {
  return child.type === "delete" || ("children" in child && child.children.some(holdsStruckWords));
}

function makeItem(
  type: Item["type"],
  written: readonly PhrasingContent[],
  source: Source,
  parent: Item | null,
  leadIn: Item | null,
): Item {
  const struck = isStruck(written);
  const children = struck ? written : withoutStruckWords(written);
  // ":   Date: March 3rd": Pandoc's definition-list marker, as wiki exports write each entry.
  const plain = plainText(children).replace(HACKMD_TAG, hackmdTag);
  // "[~~NT~~, RB]": the separator a struck word leaves behind goes with it.
  const unstruck = children === written ? plain : plain.replace(LEFT_BY_STRUCK_WORDS, "$1");
  const said = squash(unstruck).replace(DEFINITION_MARK, "");
  // "☐ Kim: update the page", "☑ done": a checkbox as word processors and chat tools write it.
  const boxed = said.replace(CHECK_SHORTCODE, "✅ ");
  const box = BALLOT_BOX.exec(boxed);
  const text = (box ? boxed.slice(box[0].length) : said)
    .replace(PLURAL_LABEL, "$1s")
    .replace(ICON_BEFORE_LABEL, "")
    .replace(DECORATIVE_ICONS, "")
    .replace(DECORATIVE_SHORTCODES, "")
    .replace(HASHTAG_LABEL, (_, label: string) => label.toUpperCase());
  const split = splitLead(children, said);
  const unboxed =
    box && split.body.startsWith(box[0]) ? split.body.slice(box[0].length) : split.body;
  const body = squash(unboxed.replace(HACKMD_TAG, hackmdTag));
  const checked = box ? !EMPTY_BOXES.has(box[1] ?? "") && box[2] !== " " : null;
  const item: Item = {
    // A line that opens with a box is an item of a task list, as its list marker would make it.
    type: box && type === "line" ? "list-item" : type,
    text,
    lead: split.lead,
    body,
    checked,
    cells: null,
    parent,
    leadIn,
    source,
  };
  if (struck) item.struck = true;
  const mentions = profileMentions(children);
  if (mentions.length > 0) item.mentions = mentions;
  const mailed = profileMentions(children, MAILTO);
  if (mailed.length > 0) {
    item.mailed = mailed;
    item.addresses = mailAddresses(children);
  }
  return item;
}

/**
 * "[Ana Ruiz](https://example.atlassian.net/wiki/people/5c81...)": a wiki's mention of someone,
 * exported as a link to their profile page; a link to a people directory or a user's page is one.
 */
const MAILTO = /^mailto:/i;
const PROFILE_URL =
  /\/wiki\/people\/|\/display\/~|\/people\/[\w:-]+\/?(?:[?#].*)?$|\/users?\/[\w.-]+\/?(?:[?#].*)?$|\/~[\w.-]+\/?$/i;

function profileMentions(children: readonly PhrasingContent[], links = PROFILE_URL): string[] {
  const found: string[] = [];
  for (const child of children) {
    if (child.type !== "link" || !links.test(child.url)) continue;
    const name = squash(plainText(child.children)).replace(
      /\s*\((?:deactivated|inactive|former user)\)$/i,
      "",
    );
    // "[kim@example.com](mailto:…)" is an address, not a name; "[@kim](…/users/kim)" is one.
    if (/\p{L}/u.test(name) && !/^\S+@\S+\.\S+$/.test(name) && name.length <= 60) found.push(name);
  }
  return found;
}

/** "[Kim Lee](mailto:kim@example.com?subject=Sync)": the name and the address it writes to. */
function mailAddresses(children: readonly PhrasingContent[]): Record<string, string> {
  const addresses: Record<string, string> = {};
  for (const child of children) {
    if (child.type !== "link" || !MAILTO.test(child.url)) continue;
    const address = safeDecode(child.url.replace(MAILTO, "").replace(/[?#].*$/, "")).trim();
    const name = squash(plainText(child.children));
    if (/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]{2,}$/.test(address)) addresses[name] = address;
  }
  return addresses;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const DEFINITION_MARK = /^:\s+(?=\S)/;

/** HackMD's tags: "[name=Ana] will merge" names who speaks or takes it; "[time=...]", "[color=...]" say nothing. */
const HACKMD_TAG = /\[(name|time|color)=([^\][]*)\]/g;
// "[name=kim-l]" is who wrote the line: a user name in lower case is a handle, as a mention
// writes it; "[name=Kim Lee]" is a display name.
const hackmdTag = (_: string, tag: string, value: string) =>
  tag !== "name" ? " " : /^[a-z\d][\w.-]*$/.test(value.trim()) ? `@${value.trim()}` : value.trim();

/** "Owner(s): Ada, Pim": a label in the plural as forms write it, read as "Owners:". */
const PLURAL_LABEL = /\b(owner|assignee|person|lead)\(s\)(?=\s*:)/gi;

/**
 * "☐ ", "☑ ", "✅ ", and "[ ] ", "[x] " written at the start of a line with no list marker before
 * them; chat tools and emoji pickers give an empty box as "⬜" or "🔲" too.
 */
const BALLOT_BOX = /^(?:([☐☑☒✅✔✓⬜🔲🔳◻▢])\uFE0F?|\[([ xX])\](?=\s+\S))\s*/u;
const EMPTY_BOXES = new Set(["☐", "⬜", "🔲", "🔳", "◻", "▢"]);
/** "#todo tobin create the stickers", "#action: book it": a tag that notes apps search by, as the label. */
const HASHTAG_LABEL = /^#(todo|to-do|action)\b(?![-/])/i;
/** A GitHub emoji shortcode or a pictograph: ":date:", "📅". */
const ICON = String.raw`(?::[a-z][a-z0-9_-]*:|\p{Extended_Pictographic}\uFE0F?)`;
/** "⭐ ACTION: ...", ":pushpin: TODO ...": an icon that draws the eye to the label after it. */
const ICON_BEFORE_LABEL = new RegExp(`^(?:${ICON}\\s*)+(?=${ACTION_LABELS}\\b)`, "iu");

/**
 * "📌 Ingrid will book the auditors", "⚠️ Risk: ...": pictographs that open a line to draw the
 * eye, and say nothing of its words. Those that stand for a fact's label ("📅 2026-06-09",
 * "👥 Ana, Ben", "📍 Room 4", "⏰ 10:00") are read as that label, and stay.
 */
const FACT_ICON = String.raw`(?:[📅🗓📆⏰⏱🕰📍🏢🗺👥👤\u{1F550}-\u{1F567}]|🧑\u200D🤝\u200D🧑)`;
const DECORATIVE_ICONS = new RegExp(
  String.raw`^(?:(?!${FACT_ICON})\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*\s*)+(?=\S)`,
  "u",
);

/**
 * ":arrow_right: @kim will ...", ":warning: Risk: ...": GitHub's shortcodes for the same
 * pictographs, as notes written in a repository or a HackMD pad leave them. Those for a fact's
 * label (":date:", ":round_pushpin:", ":busts_in_silhouette:", a clock) stay, and a check mark
 * (":white_check_mark:") is the box it draws.
 */
const DECORATIVE_SHORTCODES =
  /^(?::(?!(?:date|calendar|spiral_calendar|alarm_clock|stopwatch|round_pushpin|office|world_map|busts_in_silhouette|bust_in_silhouette|clock\d+(?:30)?|white_check_mark|heavy_check_mark|ballot_box_with_check):)[a-z][a-z0-9_+-]*:\s*)+(?=\S)/;
const CHECK_SHORTCODE = /^:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):\s*/;

/** "**Kim:**", and "***ACTION***" (emphasis around strong, as CommonMark reads three stars). */
function strongOpening(node: PhrasingContent | undefined): Strong | null {
  if (node?.type === "strong") return node;
  const inner = node?.type === "emphasis" && node.children.length === 1 ? node.children[0] : null;
  return inner?.type === "strong" ? inner : null;
}

/**
 * A paragraph of its own that opens with an action label ("ACTION: ...", "***ACTION*** Kim to
 * ..."): written under a list item, it is an action line under the item, not more of its words.
 */
function opensWithActionLabel(paragraph: Paragraph): boolean {
  if (ACTION_LINE.test(squash(plainText(paragraph.children)))) return true;
  const strong = strongOpening(
    paragraph.children.find((child) => !(child.type === "text" && !child.value.trim())),
  );
  const label = strong && squash(plainText(strong.children)).replace(/:$/, "");
  return label !== null && ACTION_LABEL_ONLY.test(label);
}

const ACTION_LABEL_ONLY = new RegExp(`^${ACTION_LABELS}$`, "i");
/** An icon alone: ":date: ", "📅 ". */
const ICON_ONLY = new RegExp(String.raw`^\s*${ICON}\s*$`, "u");

/** `**Lisa:** task` and `**Deploy Hotfix**: task` both lead with "Lisa" / "Deploy Hotfix". */
function splitLead(
  children: readonly PhrasingContent[],
  text: string,
): { lead: string | null; body: string } {
  const meaningful = children.filter(
    (child) => !(child.type === "text" && child.value.trim() === ""),
  );
  // ":date: **Date:** ...", "📅 **Date:** ...": an icon before the label does not make it prose.
  const head = meaningful[0];
  if (head?.type === "text" && ICON_ONLY.test(head.value) && meaningful.length > 1)
    meaningful.shift();
  const first = strongOpening(meaningful[0]);
  if (!first) return { lead: null, body: text };
  const strongText = squash(plainText(first.children));
  const after = meaningful[1];
  let lead: string | null = null;
  if (strongText.endsWith(":")) lead = strongText.slice(0, -1).trim();
  else if (after && after.type === "text" && /^\s*:/.test(after.value)) lead = strongText;
  // "**Action** PK to open a thread": the bold says it is a label, with or without its colon.
  else if (after && ACTION_LABEL_ONLY.test(strongText)) lead = strongText;
  if (!lead) return { lead: null, body: text };
  // What follows the lead as written: the spaces and line ends between its parts are words' edges.
  const following = children.slice(children.indexOf(meaningful[0]!) + 1);
  const rest = squash(plainText(following)).replace(/^:\s*/, "");
  return { lead, body: rest };
}
