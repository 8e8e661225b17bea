import { extractAttendees } from "./extract/attendees.js";
import type { ExtractContext, ResolvedOptions } from "./extract/context.js";
import { extractFacts } from "./extract/facts.js";
import { labelLines } from "./extract/labels.js";
import { extractNextMeeting } from "./extract/next-meeting.js";
import { defaultPartOfSpeech, lazyPartOfSpeech } from "./extract/part-of-speech.js";
import { runExtractors } from "./extract/registry.js";
import { canonicalTimeZone } from "./model/date-time.js";
import { type Diagnostic, type Minutes, minutesSchema, type Task } from "./model/minutes.js";
import { DEFAULT_MAX_INPUT_SIZE, type ParseOptions, parseOptionsSchema } from "./model/options.js";
import { blankOut, frontMatterString, readFrontMatter } from "./parse/front-matter.js";
import { DEFAULT_GUARD_LIMITS, type GuardLimits, guardMarkdown } from "./parse/guards.js";
import { mapSources, normalizeLineEndings } from "./parse/line-endings.js";
import { markdownBlocks, withGuardShifts, withPlainRegions } from "./parse/markdown.js";
import { splitSections } from "./parse/sections.js";
import { inferDateOrder } from "./resolve/date-order.js";
import { buildPeopleIndex } from "./resolve/owners.js";
import type { Reference } from "./resolve/phrases.js";

/**
 * Reads a Markdown meeting note into the typed model. Pure and synchronous; never throws on any
 * string: what it cannot settle is reported in `diagnostics`. Invalid options do throw, with a
 * message naming the option, since they are a programming error rather than bad input.
 */
export function parseMinutes(markdown: string, options?: ParseOptions | null): Minutes {
  const resolved = resolveOptions(options);
  const input = typeof markdown === "string" ? markdown : "";
  try {
    return readMinutes(input, resolved);
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

function readMinutes(input: string, given: Resolved): Minutes {
  const diagnostics: Diagnostic[] = [];
  if (input.length > given.maxInputSize) {
    diagnostics.push({
      code: "input-too-large",
      message: `Input is ${input.length} characters, more than the limit of ${given.maxInputSize}; raise maxInputSize to read it`,
      source: null,
    });
    return emptyMinutes(given, diagnostics);
  }
  const { text, toInput } = normalizeLineEndings(input);
  const resolved = {
    ...given,
    dateOrder: given.dateOrder ?? inferDateOrder(text, given.fileName) ?? "MDY",
  };
  const frontMatter = readFrontMatter(text);
  if (frontMatter?.error)
    diagnostics.push({
      code: "front-matter",
      message: `Front matter is not valid YAML: ${frontMatter.error}`,
      source: null,
    });
  const body = frontMatter ? blankOut(text, frontMatter.endOffset) : text;
  const guarded = guardMarkdown(body, resolved.limits);
  diagnostics.push(...guarded.diagnostics);
  // Top-level blocks arrive one parsed chunk at a time, so a large note's whole tree is never held.
  const blocks = withPlainRegions(
    withGuardShifts(markdownBlocks(guarded.parserText), guarded.shifts),
    guarded.plainRegions,
  );
  const sections = splitSections(blocks, body, { sectionAliases: resolved.sectionAliases });
  const labels = labelLines(sections);
  const fm = frontMatter?.data ?? null;
  const facts = extractFacts({ sections, frontMatter: fm, labels, options: resolved, diagnostics });
  const attendees = extractAttendees({
    sections,
    labels,
    frontMatter: fm,
    frontMatterText: frontMatter ? text.slice(0, frontMatter.endOffset) : null,
    customer: facts.customer,
    diagnostics,
  });
  facts.customer ??= customerFromAttendees(attendees);
  const people = buildPeopleIndex(attendees, resolved.people, [
    facts.customer ?? "",
    ...attendees.map((a) => a.organization ?? ""),
  ]);
  applyKnownPeople(attendees, resolved);
  const reference: Reference | null = facts.date ? { date: facts.date, time: facts.start } : null;
  const context: ExtractContext = {
    text: body,
    sections,
    frontMatter: fm,
    options: resolved,
    labels,
    facts,
    attendees,
    people,
    reference,
    diagnostics,
  };
  const extracted = runExtractors(sections, context);
  const series = frontMatterString(fm ?? undefined, "series");
  const minutes: Minutes = {
    schemaVersion: 1,
    ...facts,
    // Only when named, so that notes outside a series read as they always have.
    ...(series ? { series } : {}),
    attendees,
    concerns: extracted.concerns,
    findings: extracted.findings,
    resolutionPlan: uniqueIds(extracted.resolutionPlan),
    actionItems: uniqueIds(extracted.actionItems),
    commitments: uniqueIds(extracted.commitments),
    risks: uniqueIds(extracted.risks),
    decisions: extracted.decisions,
    notes: extracted.notes,
    nextMeeting: extractNextMeeting(context),
    sections: sections
      .filter((section) => !section.preamble)
      .map(({ heading, kind, depth, source }) => ({ heading, kind, depth, source })),
    diagnostics,
  };
  const checked = validated(minutes, resolved);
  return toInput ? mapSources(checked, toInput) : checked;
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

function applyKnownPeople(attendees: Minutes["attendees"], options: ResolvedOptions): void {
  for (const [name, person] of Object.entries(options.people)) {
    const folded = name.toLowerCase();
    const attendee = attendees.find((candidate) => candidate.name.toLowerCase() === folded);
    if (!attendee) continue;
    attendee.email ??= person.email ?? null;
    attendee.role ??= person.role ?? null;
    attendee.organization ??= person.organization ?? null;
  }
}

/** Two tasks with the same words in one section still need distinct ids, as calendar UIDs do. */
function uniqueIds(tasks: Task[]): Task[] {
  const seen = new Map<string, number>();
  for (const task of tasks) {
    const count = (seen.get(task.id) ?? 0) + 1;
    seen.set(task.id, count);
    if (count > 1) task.id = `${task.id}-${count}`;
  }
  return tasks;
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

function validated(minutes: Minutes, options: ResolvedOptions): Minutes {
  const result = minutesSchema.safeParse(minutes);
  if (result.success) return minutes;
  const issue = result.error.issues[0]!;
  return emptyMinutes(options, [
    ...minutes.diagnostics,
    {
      code: "schema",
      message: `The extracted model failed its schema at ${issue.path.join(".")}: ${issue.message}`,
      source: null,
    },
  ]);
}
