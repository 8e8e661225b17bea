import type { Root, RootContent } from "mdast";
import { z } from "zod";
import { extractAttendees } from "./extract/attendees.js";
import type { ExtractContext, ResolvedOptions } from "./extract/context.js";
import {
  entriesAtDateLines,
  entriesUnderTaskSections,
  extractFacts,
  isDateHeading,
} from "./extract/facts.js";
import { type LabelLine, labelLines } from "./extract/labels.js";
import { extractNextMeeting } from "./extract/next-meeting.js";
import { defaultPartOfSpeech, lazyPartOfSpeech } from "./extract/part-of-speech.js";
import { type Extracted, runExtractors } from "./extract/registry.js";
import { canonicalTimeZone } from "./model/date-time.js";
import { type Diagnostic, type Minutes, minutesSchema, type Task } from "./model/minutes.js";
import { DEFAULT_MAX_INPUT_SIZE, type ParseOptions, parseOptionsSchema } from "./model/options.js";
import { sureCheck } from "./model/sure-check.js";
import { withoutContainerFences } from "./parse/container-fences.js";
import { blankOut, frontMatterString, readFrontMatter } from "./parse/front-matter.js";
import { DEFAULT_GUARD_LIMITS, type GuardLimits, guardMarkdown } from "./parse/guards.js";
import { labelsTaskList } from "./parse/heading-kinds.js";
import { mapSources, type NormalizedText, normalizeLineEndings } from "./parse/line-endings.js";
import { markdownBlocks, withGuardShifts, withPlainRegions } from "./parse/markdown.js";
import { withMarkdownBullets } from "./parse/pasted-bullets.js";
import { type RawSection, splitSections } from "./parse/sections.js";
import { inferDateOrder } from "./resolve/date-order.js";
import { withDueZone } from "./resolve/due-zone.js";
import { dueByNextMeeting } from "./resolve/next-meeting-deadlines.js";
import { buildPeopleIndex, withKnownPeople } from "./resolve/owners.js";
import { type NoteLayout, withoutRestatements } from "./resolve/restated-tasks.js";
import { whileReadingNote } from "./util/note-memo.js";

/**
 * Reads a Markdown meeting note into the typed model. Pure and synchronous; never throws on any
 * string: what it cannot settle is reported in `diagnostics`. Invalid options do throw, with a
 * message naming the option, since they are a programming error rather than bad input.
 */
export function parseMinutes(markdown: string, options?: ParseOptions | null): Minutes {
  return readSafely(markdown, null, options);
}

/**
 * `parseMinutes` over a tree already parsed from the same text (CommonMark + GFM, with
 * positions), as remark hands one to a plugin: the note is not parsed a second time unless the
 * tree cannot stand for our own parse (line endings or guards changed the text, or a block
 * straddles the front matter).
 */
export function parseMinutesFromTree(
  markdown: string,
  tree: Root,
  options?: ParseOptions | null,
): Minutes {
  return readSafely(markdown, tree, options);
}

function readSafely(markdown: string, tree: Root | null, options?: ParseOptions | null): Minutes {
  const resolved = resolveOptions(options);
  const input = typeof markdown === "string" ? markdown : "";
  try {
    return whileReadingNote(() => readMinutes(input, resolved, tree));
  } catch (error) {
    // A last line of defence: a bug must cost the reader this note's model, never the process.
    // The property tests assert this diagnostic never appears.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return emptyMinutes(resolved, [
      {
        code: "internal-error",
        message: `md-minutes could not read this note (${reason}); please report it`,
        source: null,
      },
    ]);
  }
}

/**
 * The pipeline, one step a line: read the note into sections, extract the facts and the people,
 * resolve who is who, run the section extractors, then validate. Each step returns new values
 * and leaves what earlier steps produced as it was.
 */
function readMinutes(input: string, given: Resolved, tree: Root | null): Minutes {
  if (input.length > given.maxInputSize) return tooLarge(input, given);
  const note = readNote(input, given, tree);
  const { options, labels, frontMatter, diagnostics } = note;
  const found = extractFacts({
    body: note.body,
    sections: note.sections,
    frontMatter,
    labels,
    options,
    diagnostics,
  });
  const attendees = withKnownPeople(
    extractAttendees({
      sections: note.sections,
      labels,
      frontMatter,
      frontMatterText: note.frontMatterText,
      customer: found.customer,
      title: found.title,
      diagnostics,
    }),
    options.people,
  );
  const facts = { ...found, customer: found.customer ?? customerFromAttendees(attendees) };
  const people = buildPeopleIndex(
    attendees,
    options.people,
    [facts.customer ?? "", ...attendees.map((attendee) => attendee.organization ?? "")],
    note.body,
  );
  const sections = entriesUnderTaskSections(note.sections, facts.date, options.dateOrder);
  const context: ExtractContext = {
    text: note.body,
    sections,
    frontMatter,
    options,
    labels,
    facts,
    attendees,
    people,
    reference: facts.date ? { date: facts.date, time: facts.start } : null,
    diagnostics,
    schedules: new Map(),
  };
  const minutes = assemble(context, runExtractors(sections, context));
  const checked = validated(minutes, options);
  return note.toInput ? mapSources(checked, note.toInput) : checked;
}

function tooLarge(input: string, options: Resolved): Minutes {
  return emptyMinutes(options, [
    {
      code: "input-too-large",
      message: `Input is ${input.length} characters, more than the limit of ${options.maxInputSize}; raise maxInputSize to read it`,
      source: null,
    },
  ]);
}

interface ReadNote {
  /** The options, with the date order settled from the note's own dates when none was given. */
  options: ResolvedOptions & Pick<Resolved, "limits">;
  /** The text with LF line endings and its front matter blanked out, offsets kept. */
  body: string;
  toInput: NormalizedText["toInput"];
  frontMatter: Record<string, unknown> | null;
  frontMatterText: string | null;
  sections: RawSection[];
  labels: LabelLine[];
  diagnostics: Diagnostic[];
}

/** Line endings, front matter, the guards, the Markdown parse and the sections. */
function readNote(input: string, given: Resolved, tree: Root | null): ReadNote {
  const diagnostics: Diagnostic[] = [];
  const { text, toInput } = normalizeLineEndings(input);
  const options = {
    ...given,
    dateOrder: given.dateOrder ?? inferDateOrder(text, given.fileName),
  };
  const frontMatter = readFrontMatter(text);
  if (frontMatter?.error)
    diagnostics.push({
      code: "front-matter",
      message: `Front matter is not valid YAML: ${frontMatter.error}`,
      source: null,
    });
  const frontMatterEnd = frontMatter?.endOffset ?? 0;
  const written = frontMatter ? blankOut(text, frontMatterEnd) : text;
  const body = withoutContainerFences(withMarkdownBullets(written));
  const guarded = guardMarkdown(body, options.limits);
  diagnostics.push(...guarded.diagnostics);
  // A tree someone else parsed stands for ours only when we read the very text it was made from.
  const givenBlocks =
    toInput || body !== written || guarded.parserText !== body
      ? null
      : blocksOf(tree, frontMatterEnd);
  // Top-level blocks arrive one parsed chunk at a time, so a large note's whole tree is never held.
  const blocks =
    givenBlocks ??
    withPlainRegions(
      withGuardShifts(markdownBlocks(guarded.parserText), guarded.shifts),
      guarded.plainRegions,
    );
  const sections = entriesAtDateLines(
    splitSections(blocks, body, { sectionAliases: options.sectionAliases }),
  );
  return {
    options,
    body,
    toInput,
    frontMatter: frontMatter?.data ?? null,
    frontMatterText: frontMatter ? text.slice(0, frontMatterEnd) : null,
    sections,
    labels: labelLines(sections),
    diagnostics,
  };
}

/**
 * The blocks of a tree someone else parsed from the same text (remark's, in the plugin), past the
 * front matter, which that parser may have read as a rule and a heading, or as a `yaml` node.
 * Null when a block straddles the front matter's end: then the note is parsed again.
 */
function blocksOf(tree: Root | null, frontMatterEnd: number): RootContent[] | null {
  if (!tree) return null;
  const blocks: RootContent[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return null;
    if (end <= frontMatterEnd) continue;
    if (start < frontMatterEnd) return null;
    blocks.push(node);
  }
  return blocks;
}

/**
 * "Write here the points agreed", "Add your notes here": a template's instruction to
 * whoever fills it in, about the page itself.
 */
const FILL_IN_HERE =
  /^(?:please\s+)?(?:list|add|write|describe|enter|fill in|put|insert|record|summari[sz]e)\s+(?:\S+\s+){0,4}?here\b(?!\s+(?:in|at|on)\b)/i;

/** "Chair: [name]", "Speaker: <name>", "{{owner}}": a template's blank, not work. */
function saysSomething(task: Task): boolean {
  if (FILL_IN_HERE.test(task.text) && task.owners.length === 0) return false;
  const written = `${task.title ?? ""} ${task.text}`;
  // A link taken out of "Action items: <link>" can leave nothing to do.
  if (!/[\p{L}\p{N}]/u.test(written)) return false;
  // An outliner's "<2026-12-09 Wed>" is a day, not a blank.
  const words = written.replace(
    /\[(?!\d{4}-\d{2}-\d{2})[^\]]{0,40}\]|<(?!\d{4}-\d{2}-\d{2})[^>]{0,40}>|\{\{?[^}]{0,40}\}?\}/g,
    " ",
  );
  if (words === written) return true;
  // What stands before the blank may be its label: one to three words and a colon.
  return /\p{L}/u.test(words.replace(/^\s*\p{L}+(?:\s+\p{L}+){0,2}:\s*$/u, ""));
}

function assemble(context: ExtractContext, extracted: Extracted): Minutes {
  const { facts, attendees, sections, diagnostics } = context;
  const series = frontMatterString(context.frontMatter ?? undefined, "series");
  const nextMeeting = extractNextMeeting(context);
  const tasks = (list: readonly Task[]) =>
    uniqueIds(
      dueByNextMeeting(list.filter(saysSomething), nextMeeting, facts.date).map(withDueZone),
    );
  const stated = withoutRestatements(
    {
      resolutionPlan: extracted.resolutionPlan,
      actionItems: extracted.actionItems,
      commitments: extracted.commitments,
    },
    noteLayout(sections),
  );
  return {
    schemaVersion: 1,
    ...facts,
    // Only when named, so that notes outside a series read as they always have.
    ...(series ? { series } : {}),
    attendees: [...attendees],
    concerns: extracted.concerns,
    findings: extracted.findings,
    resolutionPlan: tasks(stated.resolutionPlan),
    actionItems: tasks(stated.actionItems),
    commitments: tasks(stated.commitments),
    risks: uniqueIds(extracted.risks),
    decisions: extracted.decisions,
    notes: extracted.notes,
    nextMeeting,
    sections: sections
      .filter((section) => !section.preamble && !section.continues)
      .map(({ heading, kind, depth, source }) => ({ heading, kind, depth, source })),
    diagnostics,
  };
}

/**
 * Where sections and log entries start, for telling a summary list that restates a task from a
 * separate meeting's entry that repeats it.
 */
function noteLayout(sections: readonly RawSection[]): NoteLayout {
  const starts = (list: readonly RawSection[]) =>
    list.filter((section) => !section.preamble).map((section) => section.source.start.offset);
  // "* Action items" over a list inside a section is a list of its own, as a heading would make it.
  // Each parent once: a long list under one label would otherwise ask about the label per item.
  const parents = new Set(sections.flatMap((section) => section.items.map((item) => item.parent)));
  const labelledLists = [...parents]
    .filter((parent) => parent !== null && labelsTaskList(parent.text))
    .map((parent) => parent!.source.start.offset);
  return {
    sectionStarts: [...new Set([...starts(sections), ...labelledLists])].sort((a, b) => a - b),
    entryStarts: starts(
      sections.filter(
        (section) => (section.explicit || section.dateLine) && isDateHeading(section.heading),
      ),
    ),
  };
}

type Resolved = Omit<ResolvedOptions, "dateOrder"> & {
  /** null: inferred from the note's own dates. */
  dateOrder: ResolvedOptions["dateOrder"] | null;
  maxInputSize: number;
  limits: GuardLimits;
};

function resolveOptions(options: ParseOptions | null | undefined): Resolved {
  const parsed = parseOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TypeError(
      `Invalid md-minutes option "${issue.path.join(".") || "(options)"}": ${issue.message}`,
    );
  }
  const value = parsed.data;
  return {
    referenceDate: value.referenceDate ?? null,
    timezone: value.timezone ? canonicalTimeZone(value.timezone) : null,
    dateOrder: value.dateOrder ?? null,
    fileName: value.fileName ?? null,
    today: value.today ?? null,
    kind: value.kind ?? null,
    people: value.people ?? {},
    sectionAliases: value.sectionAliases ?? null,
    partOfSpeech: lazyPartOfSpeech(
      value.partOfSpeech === undefined ? defaultPartOfSpeech : value.partOfSpeech,
    ),
    maxInputSize: value.maxInputSize ?? DEFAULT_MAX_INPUT_SIZE,
    limits: {
      maxNestingDepth: value.maxNestingDepth ?? DEFAULT_GUARD_LIMITS.maxNestingDepth,
      maxParagraphLength: value.maxParagraphLength ?? DEFAULT_GUARD_LIMITS.maxParagraphLength,
      maxInlineMarkers: DEFAULT_GUARD_LIMITS.maxInlineMarkers,
    },
  };
}

function customerFromAttendees(attendees: Minutes["attendees"]): string | null {
  return (
    attendees.find((attendee) => attendee.side === "customer" && attendee.organization)
      ?.organization ?? null
  );
}

/** Two tasks with the same words in one section still need distinct ids, as calendar UIDs do. */
function uniqueIds(tasks: readonly Task[]): Task[] {
  const seen = new Map<string, number>();
  return tasks.map((task) => {
    const count = (seen.get(task.id) ?? 0) + 1;
    seen.set(task.id, count);
    return count > 1 ? { ...task, id: `${task.id}-${count}` } : task;
  });
}

function emptyMinutes(
  options: Pick<ResolvedOptions, "kind" | "timezone">,
  diagnostics: Diagnostic[],
): Minutes {
  return {
    schemaVersion: 1,
    title: null,
    kind: options.kind ?? "meeting",
    date: null,
    start: null,
    end: null,
    timezone: options.timezone,
    location: null,
    customer: null,
    context: null,
    dateSource: null,
    attendees: [],
    concerns: [],
    findings: [],
    resolutionPlan: [],
    actionItems: [],
    commitments: [],
    risks: [],
    decisions: [],
    notes: [],
    nextMeeting: null,
    sections: [],
    diagnostics,
  };
}

/** Holds only of models the schema accepts; null would mean zod reads every model. */
const surelyValid = sureCheck(minutesSchema);

function validated(minutes: Minutes, options: ResolvedOptions): Minutes {
  // A model the plain check accepts is one zod accepts; any other is read by zod, which names the
  // issue. An ordinary note's model is checked in one call, which costs less per item; a large
  // one item by item (firstSchemaIssue). Both report the same first issue.
  if (surelyValid?.(minutes)) return minutes;
  const large = minutes.notes.length + minutes.actionItems.length > LARGE_MODEL_ITEMS;
  const issue = large ? firstSchemaIssue(minutes) : wholeSchemaIssue(minutes);
  if (!issue) return minutes;
  return emptyMinutes(options, [
    ...minutes.diagnostics,
    {
      code: "schema",
      message: `The extracted model failed its schema at ${issue.path.join(".")}: ${issue.message}`,
      source: null,
    },
  ]);
}

/** Above this many notes and action items, the model is validated item by item. */
const LARGE_MODEL_ITEMS = 500;

function wholeSchemaIssue(minutes: Minutes): z.core.$ZodIssue | null {
  const result = minutesSchema.safeParse(minutes);
  return result.success ? null : result.error.issues[0]!;
}

/**
 * The first issue `minutesSchema.safeParse` would report, found one field and one list item at a
 * time. zod builds a copy of what it validates; a copy of a large note's whole model lived as long
 * as the whole validation, long enough to be promoted to V8's old space, and added about 18 MB of
 * garbage to the peak of reading a 1 MB note. An item's copy dies young. Fields and items are
 * visited in the order zod visits them, so the issue (and its path) is the same.
 */
export function firstSchemaIssue(minutes: Minutes): z.core.$ZodIssue | null {
  const shape = minutesSchema.shape;
  const fields = minutes as unknown as Record<string, unknown>;
  for (const key of Object.keys(shape) as Array<keyof typeof shape>) {
    const schema = shape[key] as z.ZodType;
    const value = fields[key];
    if (schema instanceof z.ZodArray && Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const result = (schema.element as z.ZodType).safeParse(item);
        if (!result.success) return within([key, index], result.error.issues[0]!);
      }
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) return within([key], result.error.issues[0]!);
  }
  return null;
}

function within(path: PropertyKey[], issue: z.core.$ZodIssue): z.core.$ZodIssue {
  return { ...issue, path: [...path, ...issue.path] };
}
