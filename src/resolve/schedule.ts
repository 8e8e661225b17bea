import * as chrono from "chrono-node";
import { DEADLINE_CUES, MONTH_WORD } from "../util/lexicon.js";
import { CHRONO_CAN_READ } from "./chrono-words.js";
import { PHRASE_PARSERS, type PhraseContext, type PhraseValue, type Reference } from "./phrases.js";
import { isoDate, isoTime, isValidDate, toUtc, WEEKDAYS, weekdayOf } from "./wall-clock.js";

export interface ScheduleContext {
  reference: Reference | null;
  dateOrder: "MDY" | "DMY";
}

export interface ScheduleNote {
  code: "no-reference-date" | "ambiguous-date" | "unresolved-date";
  message: string;
}

/** What the words of one task say about its timing. */
export interface Schedule {
  due: string | null;
  dueText: string | null;
  duration: string | null;
  recurrence: string | null;
  condition: string | null;
  notes: ScheduleNote[];
}

interface Found extends PhraseValue {
  index: number;
  end: number;
  text: string;
  /** The parser that read it ("chrono" for calendar dates). */
  parser: string;
}

// Only text that could hold a date is handed to chrono: its parse is the costliest step here.
const MAY_HOLD_DATE = new RegExp(
  `\\d|\\b${MONTH_WORD}\\b|\\b(?:today|tonight|tomorrow|noon|midnight)\\b`,
  "i",
);
const RELATIVE_WORDS = /\b(?:today|tonight|tomorrow|yesterday|now|ago|next|last|this|coming)\b/i;
const DEADLINE_CUE = new RegExp(
  String.raw`\b${DEADLINE_CUES}:?\s+(` +
    String.raw`(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?: of)?(?: [A-Za-z]+)?|[A-Z][a-z]{2,}\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?)`,
);

/**
 * How much of a task's text is searched for timing words. A deadline is stated in the sentence
 * that sets the task, and chrono and the phrase parsers cost more than linear time on a long run
 * of date-like words (100 KB of "weekly " took 8 s), so a pasted log is read only this far.
 */
export const MAX_SCHEDULE_TEXT = 4_000;

/** Reads deadline, duration, recurrence and condition from a task's words (the first MAX_SCHEDULE_TEXT characters). */
export function readSchedule(fullText: string, context: ScheduleContext): Schedule {
  const text = (
    fullText.length > MAX_SCHEDULE_TEXT ? fullText.slice(0, MAX_SCHEDULE_TEXT) : fullText
  ).replace(SHORT_TOMORROW, "tomorrow");
  const found = findPhrases(text, context);
  const schedule: Schedule = {
    due: null,
    dueText: null,
    duration: null,
    recurrence: null,
    condition: null,
    notes: [],
  };
  const first = <K extends Found["kind"]>(kind: K) => found.find((entry) => entry.kind === kind);
  // "Draft the May 3 recap, due Friday": a date the words call a deadline wins over the others.
  const cuedDue = found.find(
    (entry) => entry.kind === "due" && STATED_DEADLINE.test(text.slice(0, entry.index)),
  );
  schedule.condition = first("condition")?.condition ?? null;
  schedule.recurrence = first("recurrence")?.recurrence ?? null;
  schedule.duration = first("duration")?.duration ?? null;
  const deadline = cuedDue ?? first("due");
  if (deadline) {
    if (schedule.condition && deadline.span && !schedule.duration) {
      // "Available within 4 hours if issues persist": a conditional reaction time, not a deadline.
      schedule.duration = deadline.span;
    } else {
      schedule.due = deadline.due ?? null;
      schedule.dueText = deadline.text;
      if (deadline.unresolved) {
        schedule.notes.push({
          code: "unresolved-date",
          message: `Cannot read a date in "${deadline.text}": no such day`,
        });
      } else if (deadline.due == null) {
        schedule.notes.push({
          code: "no-reference-date",
          message: `Cannot resolve "${deadline.text}": the note states no meeting date to count from`,
        });
      }
      if (deadline.ambiguity)
        schedule.notes.push({ code: "ambiguous-date", message: deadline.ambiguity });
    }
  }
  if (!deadline) {
    const cue = DEADLINE_CUE.exec(text);
    if (cue) {
      schedule.dueText = cue[0];
      schedule.notes.push({
        code: "unresolved-date",
        message: `Cannot read a date in "${cue[0]}"`,
      });
    }
  }
  return schedule;
}

const SHORT_TOMORROW = /\b(?:tmrw|tmrrw|tmr|tomorow|tommorow|tommorrow)\b/gi;
const STATED_DEADLINE = new RegExp(`\\b${DEADLINE_CUES}\\s*:?\\s*$`, "i");

// Links, code, effort estimates ("[20m]") and item numbers ("11/02-03. ...") hold digits that are no deadline.
const NOT_DATES =
  /^\s*\d{1,2}[/.-]\d{1,2}(?:-\d{1,2})?[.)](?=\s)|<?https?:\/\/[^\s>)]+>?|`[^`]*`|\[\s*\d+(?:\.\d+)?\s*(?:m|min|mins|h|hr|hrs|d|w|pts?|sp)\s*\]|#\d+|\b(?:v|version\s*)\d+(?:\.\d+)+\b/gi;

function maskNonDates(text: string): string {
  return text.replace(NOT_DATES, (match) => " ".repeat(match.length));
}

function findPhrases(written: string, context: ScheduleContext): Found[] {
  const text = maskNonDates(written);
  const found: Found[] = [];
  const phraseContext: PhraseContext = {
    reference: context.reference,
    dateOrder: context.dateOrder,
  };
  const overlaps = (index: number, end: number) =>
    found.some((entry) => index < entry.end && end > entry.index);
  for (const parser of PHRASE_PARSERS) {
    parser.pattern.lastIndex = 0;
    for (let match = parser.pattern.exec(text); match; match = parser.pattern.exec(text)) {
      if (match[0] === "") {
        parser.pattern.lastIndex++;
        continue;
      }
      const index = match.index;
      const end = index + match[0].length;
      if (overlaps(index, end)) continue;
      const value = parser.extract(match, phraseContext);
      if (value) found.push({ ...value, index, end, text: match[0].trim(), parser: parser.name });
    }
  }
  // A deadline inside a condition ("in case he can't make it tomorrow") belongs to the condition.
  const conditions = found.filter((entry) => entry.kind === "condition");
  const masked = MAY_HOLD_DATE.test(text) ? maskSpans(text, found) : null;
  if (masked !== null && CHRONO_CAN_READ.test(masked)) {
    for (const entry of chronoDates(masked, context)) {
      if (!overlaps(entry.index, entry.end)) found.push(entry);
    }
  }
  for (const entry of found)
    if (entry.parser === "chrono" || entry.parser === "numeric-date")
      absorbWeekday(entry, found, text);
  return found
    .filter((entry) => entry.kind !== "not-a-date")
    .filter(
      (entry) =>
        entry.kind !== "due" ||
        !conditions.some((c) => entry.index >= c.index && entry.end <= c.end),
    )
    .sort((a, b) => a.index - b.index);
}

/**
 * "Friday, March 6 at 10am": the weekday only names the day the date already gives, so the
 * calendar date wins and the phrase takes in the weekday.
 */
function absorbWeekday(entry: Found, found: Found[], text: string): void {
  const at = found.findIndex(
    (weekday) =>
      weekday.parser === "weekday" &&
      weekday.end <= entry.index &&
      /^[\s,]{0,3}$/.test(text.slice(weekday.end, entry.index)),
  );
  if (at < 0) return;
  const weekday = found[at]!;
  found.splice(at, 1);
  entry.index = weekday.index;
  entry.text = text.slice(weekday.index, entry.end).trim();
  const named = WEEKDAYS.findIndex((day) => weekday.text.toLowerCase().includes(day));
  if (entry.due && named >= 0 && weekdayOf(entry.due.slice(0, 10)) !== named) {
    entry.ambiguity = `"${entry.text}": ${entry.due.slice(0, 10)} is not a ${WEEKDAYS[named]}; read the date and ignored the weekday`;
  }
}

/** Blanks the spans already read, in one pass (found spans never overlap). */
function maskSpans(text: string, found: readonly Found[]): string {
  const pieces: string[] = [];
  let cursor = 0;
  for (const entry of [...found].sort((a, b) => a.index - b.index)) {
    pieces.push(text.slice(cursor, entry.index), " ".repeat(entry.end - entry.index));
    cursor = entry.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join("");
}

// A fixed stand-in reference for notes without a date: any result that leans on it is discarded.
const PLACEHOLDER_REFERENCE = new Date(Date.UTC(2000, 0, 3, 12, 0));

function chronoDates(text: string, context: ScheduleContext): Found[] {
  const parser = context.dateOrder === "DMY" ? chrono.en.GB : chrono.en.casual;
  const reference = context.reference;
  const stated = reference
    ? toUtc(reference.date, reference.time ?? "12:00")
    : PLACEHOLDER_REFERENCE;
  // chrono never returns when handed an invalid instant, so a malformed reference counts as none.
  const instant = Number.isNaN(stated.getTime()) ? PLACEHOLDER_REFERENCE : stated;
  const results = parser.parse(text, { instant, timezone: 0 }, { forwardDate: true });
  const out: Found[] = [];
  for (const result of results) {
    const start = result.start;
    // Bare spans ("20m", "2 days", "48h") are efforts as often as deadlines; "within ..." is read by our own parser.
    if (result.tags().has("result/relativeDate")) continue;
    // "the logs from May 3-4": a period the task is about, not when it is due.
    if (result.end && !STATED_DEADLINE.test(text.slice(0, result.index))) continue;
    const explicitDay = start.isCertain("day") && start.isCertain("month");
    // "at 9" alone is too weak ("p99 at 2.5s"); a time needs a meridiem, minutes, or noon/midnight.
    const explicitTime =
      start.isCertain("hour") &&
      (start.isCertain("meridiem") ||
        /\d:\d{2}/.test(result.text) ||
        /\b(?:noon|midnight)\b/i.test(result.text));
    const relativeDay = /\b(?:today|tonight|tomorrow)\b/i.test(result.text);
    if (!explicitDay && !explicitTime && !relativeDay) continue;
    if (start.isCertain("weekday") && !explicitDay) continue;
    if (isFraction(text, result.index, result.text)) continue;
    // chrono reads a bare span ("5 minutes", "in 1 second") as an instant; spans are ours to read.
    if (SPAN_WORDS.test(result.text) && !CALENDAR_WORDS.test(result.text)) continue;
    const year = start.get("year")!;
    const month = start.get("month")!;
    const day = start.get("day")!;
    if (!isValidDate(year, month, day)) continue;
    const needsReference =
      !start.isCertain("year") ||
      RELATIVE_WORDS.test(result.text) ||
      (!explicitDay && !relativeDay);
    const index = result.index;
    const end = index + result.text.length;
    if (needsReference && !reference) {
      out.push({ kind: "due", due: null, index, end, text: result.text, parser: "chrono" });
      continue;
    }
    const date = isoDate(year, month, day);
    const due = start.isCertain("hour")
      ? `${date}T${isoTime(start.get("hour")!, start.get("minute") ?? 0)}`
      : date;
    out.push({ kind: "due", due, index, end, text: result.text, parser: "chrono" });
  }
  return out;
}

const SPAN_WORDS =
  /\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|ago|later)\b/i;

const CALENDAR_WORDS = new RegExp(`\\d{1,4}[/.-]\\d{1,2}|\\b${MONTH_WORD}\\b`, "i");

/** "3/4 of users" is a fraction, "1/2" alone is too short to be a date worth trusting. */
function isFraction(text: string, index: number, matched: string): boolean {
  if (!/^\d{1,2}\/\d{1,2}$/.test(matched)) return false;
  const after = text.slice(index + matched.length, index + matched.length + 4);
  const before = text.slice(Math.max(0, index - 1), index);
  return /^\s+of\b/i.test(after) || /[\d.]/.test(before);
}
