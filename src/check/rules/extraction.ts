import type { Diagnostic } from "../../model/minutes.js";
import type { Source } from "../../model/source.js";
import type { NoteText } from "../note-text.js";
import { defineRule, type RuleSeverity } from "../rule.js";
import { noteStart } from "./note-start.js";

/**
 * What extraction could not settle reaches `check` as one rule per diagnostic code, with the code
 * as the rule id, so each can be turned off or up like any rule. Errors where the input is broken
 * (the note says something that cannot be read), warnings where it is ambiguous. Three codes have
 * older rules of their own: `unresolved-date` (due-parseable), `duplicate-attendee`
 * (no-duplicate-attendees) and `schema`.
 */
function diagnosticRule<const Id extends string>(spec: {
  id: Id;
  description: string;
  defaultSeverity: RuleSeverity;
  message: (diagnostic: Diagnostic, quoted: string | null) => string;
}) {
  return defineRule({
    id: spec.id,
    description: spec.description,
    defaultSeverity: spec.defaultSeverity,
    check(minutes, context) {
      for (const diagnostic of minutes.diagnostics) {
        if (diagnostic.code !== spec.id) continue;
        const quoted = QUOTED.exec(diagnostic.message)?.[1] ?? null;
        context.report({
          message: spec.message(diagnostic, quoted),
          source: placeOf(diagnostic.source, quoted, context.text),
          ...(quoted ? { actual: quoted } : {}),
        });
      }
    },
  });
}

// Diagnostics quote what they could not read: `Unknown time zone "Mars/Olympus", …`.
const QUOTED = /"([^"]+)"/;

/** The quoted words inside the diagnostic's span, else its first line; the note's start without one. */
function placeOf(source: Source | null, quoted: string | null, text: NoteText): Source {
  if (!source) return noteStart(text);
  const narrowed = text.narrow(source, quoted);
  return narrowed === source ? text.firstLine(source) : narrowed;
}

/** An `unreadable-date` about the next meeting rather than this one. */
export const isNextMeeting = (diagnostic: Diagnostic) =>
  /^The next meeting's date\b/.test(diagnostic.message);

const detail = (diagnostic: Diagnostic) => diagnostic.message.replace(/[.;]\s*$/, "");

export const frontMatter = diagnosticRule({
  id: "front-matter",
  description: "The front matter is valid YAML: a mapping of keys to values.",
  defaultSeverity: "error",
  message: (diagnostic) =>
    `Unexpected front matter that cannot be read (${diagnostic.message.replace(/^Front matter is not valid YAML: /, "")}), expected YAML \`key: value\` lines between \`---\` lines`,
});

export const unknownTimezone = diagnosticRule({
  id: "unknown-timezone",
  description: "A time zone the note names is one the runtime knows.",
  defaultSeverity: "error",
  message: (_diagnostic, quoted) =>
    `Unexpected time zone${quoted ? ` "${quoted}"` : ""}, expected an IANA name such as "Europe/Berlin"`,
});

export const unreadableDate = diagnosticRule({
  id: "unreadable-date",
  description:
    "A date the note states for the meeting (`**Date:**`, `date:`) or the next one names a real day.",
  defaultSeverity: "error",
  message: (diagnostic, quoted) =>
    `Unexpected ${isNextMeeting(diagnostic) ? "next meeting date" : "meeting date"}${quoted ? ` "${quoted}"` : ""} that names no ${/ names no year\b/.test(diagnostic.message) ? "year" : "day"}, expected a date such as "2025-09-27" or "September 27, 2025"`,
});

export const unreadableTime = diagnosticRule({
  id: "unreadable-time",
  description: "A start or end time the note states can be read.",
  defaultSeverity: "error",
  message: (diagnostic, quoted) =>
    `Unexpected ${/\bend time\b/.test(diagnostic.message) ? "end" : "start"} time${quoted ? ` "${quoted}"` : ""}, expected a time such as "14:00" or "2pm"`,
});

export const ambiguousDate = diagnosticRule({
  id: "ambiguous-date",
  description: 'A deadline has one reading ("next Tuesday" can mean two days).',
  defaultSeverity: "warn",
  message: (diagnostic) =>
    `Unexpected deadline with two readings (${detail(diagnostic)}), expected a date such as \`by 2025-10-14\``,
});

export const noReferenceDate = diagnosticRule({
  id: "no-reference-date",
  description:
    'A relative deadline ("tomorrow", "within 3 days") has a meeting date to count from.',
  defaultSeverity: "warn",
  message: (_diagnostic, quoted) =>
    `Unexpected relative deadline${quoted ? ` "${quoted}"` : ""} in a note without a meeting date, expected a meeting date to count from or a date such as \`by 2025-10-14\``,
});

export const nestingTooDeep = diagnosticRule({
  id: "nesting-too-deep",
  description:
    "No line is nested deeper than `maxNestingDepth` (deeper lines are read without Markdown).",
  defaultSeverity: "error",
  message: (diagnostic) =>
    `Unexpected nesting deeper than the parser takes (${detail(diagnostic)}), expected fewer levels of blockquotes and lists`,
});

export const paragraphTooLong = diagnosticRule({
  id: "paragraph-too-long",
  description:
    "No paragraph is longer than `maxParagraphLength` (longer ones are read without Markdown).",
  defaultSeverity: "error",
  message: (diagnostic) =>
    `Unexpected paragraph longer than the parser takes (${detail(diagnostic)}), expected shorter paragraphs, or a fenced code block for a pasted log`,
});

export const paragraphTooComplex = diagnosticRule({
  id: "paragraph-too-complex",
  description:
    "No paragraph has more than 1,000 emphasis, link or code markers (such a paragraph is read without Markdown).",
  defaultSeverity: "error",
  message: (diagnostic) =>
    `Unexpected paragraph with more markup than the parser takes (${detail(diagnostic)}), expected fewer \`*\`, \`_\`, \`~\`, \`[\`, \`]\` and backticks, or a fenced code block`,
});

export const inputTooLarge = diagnosticRule({
  id: "input-too-large",
  description: "The note is no larger than `maxInputSize` (a larger one is not read at all).",
  defaultSeverity: "error",
  message: (diagnostic) =>
    `Unexpected note larger than the size limit (${detail(diagnostic)}), expected a smaller note`,
});

export const internalError = diagnosticRule({
  id: "internal-error",
  description: "md-minutes read the note without an internal error (should never fire).",
  defaultSeverity: "error",
  message: (diagnostic) =>
    `Unexpected internal error while reading the note (${detail(diagnostic)}), expected none (please report this as a bug)`,
});
