import { DEADLINE_CUES, DONE_WORDS, MONTH_WORD, RRULE_WEEKDAYS } from "../util/lexicon.js";
import { escapeRegExp } from "../util/strings.js";
import { type DateReading, maskNonDates, readDatesInMaskedText } from "./date-reader.js";
import { END_OF_DAY_ABBREVIATIONS, type Reference } from "./phrase-words.js";
import { readTimingPhrases, type TimingPhrase } from "./timing-phrases.js";
import { addDays, mondayOf, weekdayOf } from "./wall-clock.js";

export interface ScheduleContext {
  reference: Reference | null;
  dateOrder: "MDY" | "DMY" | null;
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
  /** When the work begins, where the words say: "starting Monday", "from 1 June". */
  start: string | null;
  condition: string | null;
  notes: ScheduleNote[];
}

const DEADLINE_CUE = new RegExp(
  String.raw`\b${DEADLINE_CUES}:?\s+(` +
    String.raw`(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?: of)?(?: [A-Za-z]+)?|[A-Z][a-z]{2,}\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?)`,
);
const STATED_DEADLINE = new RegExp(`\\b${DEADLINE_CUES}\\s*:?\\s*$`, "i");
/** "by lunchtime", "before midday": noon, which chrono reads; "book lunch" is no time. */
const BY_LUNCHTIME = /\b(by|before|until|till|at|around)\s+(?:midday|lunch\s?time|lunch)\b/gi;
const SHORT_TOMORROW = /\b(?:tmrw|tmrrw|tmr|tomorow|tommorow|tommorrow)\b/gi;
/** "Dec 10 at 14h", "Dec 11 à 9h30": the hour as French and German write it, as "at 14:00" reads. */
const HOUR_MARK = /(?<![\p{L}\d])(?:at|à|um|om|alle|às)\s(\d{1,2})h([0-5]\d)?(?![\p{L}\d])/giu;
/**
 * "by 15. April": a day-first writer's ordinal dot, which chrono reads as "15:00 on April 1". A
 * word in lower case after the month makes a sentence of it ("Step 3. May be delayed").
 */
const ORDINAL_DOT_BEFORE_MONTH = new RegExp(
  `\\b(\\d{1,2})\\.\\s+(?=${MONTH_WORD}\\b(?![ \\t]+\\p{Ll}))`,
  "giu",
);
/** "by next Thursdays board call": a possessive written without its apostrophe, one day all the same. */
const BARE_POSSESSIVE_DAY =
  /\b((?:next|this|coming)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))s(?=\s+\p{L})/giu;

/**
 * How much of a task's text is searched for timing words. A deadline is stated in the sentence
 * that sets the task, and chrono and the phrase parsers cost more than linear time on a long run
 * of date-like words (100 KB of "weekly " took 8 s), so a pasted log is read only this far.
 */
export const MAX_SCHEDULE_TEXT = 4_000;

/** Blanks the spans already claimed, so the date reader sees only what is left. */
function blank(text: string, claimed: readonly TimingPhrase[]): string {
  if (claimed.length === 0) return text;
  const pieces: string[] = [];
  let cursor = 0;
  for (const entry of claimed) {
    pieces.push(text.slice(cursor, entry.index), " ".repeat(entry.end - entry.index));
    cursor = entry.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join("");
}

const DASHED_RANGE = /(\d\s?)[–—](?=\s?\d)/g;

// "to be done Friday", "must be delivered Friday": after "be", the day the work is due.
const FINISHED_ON = new RegExp(
  `(?<!\\bbe\\s+)\\b(?:${DONE_WORDS}|merged|sent|fixed|delivered|released|submitted)(?:\\s+(?:on|at))?\\s*:?\\s*$`,
  "i",
);

/**
 * "last Friday", "since March 3", "as of 3/4", "the logs from May 3": a day behind the work;
 * "starting Monday", "effective April 1", "not before Friday", "no earlier than the 20th": the
 * day it begins; "tickets older than March 1": a day things are sorted by. None is when it is due; "week commencing June 15" is the week of the work, as
 * "w/c June 15" is.
 */
const PAST_LEAD =
  /\b(?:last|past|since|as of|from|starting|(?<!\bweek\s+)(?:beginning|commencing)|effective|not before|no (?:earlier|sooner) than|not (?:earlier|sooner) than|not until|older than|newer than)\s+(?:in\s+)?(?:the\s+)?$/i;
/**
 * "Tasks assigned today", "the bug reported on 3/4", "tickets raised last week", "issues opened
 * before May 1": when a thing was recorded, not when work on it is due. After "be" the words set the work's day ("must be
 * discussed Friday").
 */
const RECORDED_LEAD =
  /(?<!\bbe\s+)\b(?:assigned|raised|agreed|captured|recorded|noted|discussed|identified|reported|opened|created|filed|logged|decided|mentioned|proposed|requested|received)\s+(?:(?:on|at|in|during|before|after)\s+)?(?:the\s+)?$/i;
/**
 * "Keep the legacy API until Q2", "freeze merges till Friday", "leave it as is until January": how
 * long a state lasts, not when work is due.
 */
const HELD_UNTIL =
  /\b(?:keep|keeps|keeping|leave|leaves|hold|holds|pause|paused|freeze|frozen|maintain|retain|stay|stays|remain|remains|park|parked)\b[^.;:]{0,40}?\s(?:until|till|through)\s+(?:the\s+)?(?:end\s+of\s+)?\S+$/i;
/** "the March 3 incident": a day that names a thing, before a noun. */
const THE_LEAD = /\bthe\s+$/i;
const NOUN_AFTER = new RegExp(
  `^[\\s,]*(?!(?:at|by|for|to|and|or|in|on|if|with|as|so|when|then|latest|${END_OF_DAY_ABBREVIATIONS}|eow|noon|morning|afternoon|evening|night)\\b)\\p{L}{3,}`,
  "iu",
);
const CALENDAR_DAY = new RegExp(`^(?:\\d|${MONTH_WORD}\\b)`, "i");

/**
 * Whether a date names something the work is about, not when it is due: a day behind it ("follow
 * up on last Friday's outage", "the logs since March 3") or a day used as a name ("review the
 * March 3 incident"). A deadline word before it settles it the other
 * way: "ahead of the 15th", "by the 20th", "for the March 20 board".
 */
function namesWhatTheWorkIsAbout(text: string, reading: DateReading): boolean {
  const before = text.slice(Math.max(0, reading.index - 40), reading.index);
  if (HELD_UNTIL.test(`${before}${reading.text}`)) return true;
  // "in the last week of February" is a part of that month, ahead.
  const partOf = /\bof\b/i.test(reading.text);
  if (!partOf && (/^(?:last|since|from|starting)\s/i.test(reading.text) || PAST_LEAD.test(before)))
    return true;
  if (RECORDED_LEAD.test(before)) return true;
  if (!CALENDAR_DAY.test(reading.text)) return false;
  const lead = THE_LEAD.exec(before);
  // "for the March 20 board": the work is for that day's event, which is when it is due.
  const ahead = before.slice(0, lead?.index ?? 0);
  if (!lead || STATED_DEADLINE.test(ahead) || /\bfor\s+$/i.test(ahead)) return false;
  return NOUN_AFTER.test(text.slice(reading.end));
}

/**
 * "daily starting tomorrow", "from 1 June", "beginning Monday", "effective the 15th", "not before
 * the 20th", "no earlier than Friday": the day the work begins, at the meeting or after it. "since March 3" and "from last week" are behind it.
 */
const START_LEAD =
  /\b(?:starting|(?<!\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of)\s+(?:hours?|days?|weeks?|months?|years?)\s+)from|(?<!\bweek\s+)(?:beginning|commencing)|effective|not before|no (?:earlier|sooner) than|not (?:earlier|sooner) than|not until)\s+(?:on\s+|in\s+)?(?:the\s+)?$/i;

/** "January", "March 2027": a month named alone, whose first day a start is. */
const MONTH_ALONE = new RegExp(`^(?:in\\s+)?${MONTH_WORD}\\.?(?:\\s+\\d{4})?$`, "i");

/** "10:00", "at 5 PM", "5 PM PT", "17:00 CET": an hour, perhaps with its zone, and no day. */
const ONLY_A_CLOCK =
  /^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,4}|UTC[+-]\d{1,2})\)?)?$/i;

/** "daily from 1 June until 30 June", "weekly through the end of May": a rhythm's last day. */
const UNTIL_LEAD = /\b(?:until|till|through|thru|ending)\s+((?:the\s+)?[^,;.()]{3,40})/i;

function lastDayOf(text: string, context: ScheduleContext): { day: string; index: number } | null {
  const lead = UNTIL_LEAD.exec(text);
  const last = lead ? readDatesInMaskedText(lead[1]!, context)[0]?.due : null;
  const reference = context.reference?.date;
  return last && reference && last.slice(0, 10) >= reference
    ? { day: last.slice(0, 10), index: lead!.index }
    : null;
}

/**
 * The day the work begins. "two weeks from today" counts a span, "completed as of May 3" says
 * when it ended, and "extended (from Dec 21 to Dec 22)" names a period the work is about; a rhythm
 * "from 1 June until 30 June" begins on the range's first day.
 */
function startOf(
  text: string,
  readings: readonly DateReading[],
  context: ScheduleContext,
  recurring: boolean,
): string | null {
  const reference = context.reference?.date;
  // "w/c 16 March": the work is set for that week, begun on its Monday, due by its Friday.
  const week = readings.find((reading) => reading.parser === "week-commencing" && reading.due);
  if (week?.due && reference) {
    const monday = addDays(week.due.slice(0, 10), -4);
    return monday >= reference ? monday : null;
  }
  const begins = readings.find(
    (reading) =>
      reading.due !== null &&
      (!reading.range || recurring) &&
      !/^(?:last|past)\b/i.test(reading.text) &&
      (START_LEAD.test(text.slice(Math.max(0, reading.index - 30), reading.index)) ||
        /^(?:starting|from)\s/i.test(reading.text)),
  );
  if (!begins?.due || !reference || begins.due.slice(0, 10) < reference) return null;
  // "the sales data from December" names what the data is; "monthly from December" begins.
  if (
    !recurring &&
    MONTH_ALONE.test(begins.text.trim()) &&
    /\bfrom\s+$/i.test(text.slice(0, begins.index))
  )
    return null;
  // "starting next week": the week's first day, where as a deadline it would be its last.
  if (/\bnext\s+week\b/i.test(begins.text)) return addDays(mondayOf(reference), 7);
  // "starting in January": the month's first day, where as a deadline it would be its last.
  if (MONTH_ALONE.test(begins.text.trim())) return `${begins.due.slice(0, 8)}01`;
  return begins.due;
}

/** The words as the note writes them: the dashes read as hyphens, the day's dot before a month. */
function asWritten(read: string, written: string): string {
  if (written.includes(read)) return read;
  const pattern = read
    // "5pm         Friday": words the reader blanked (a zone's region) stand where they were.
    .split(/( {2,})/)
    .map((piece, at) =>
      at % 2 === 1
        ? `[^\\n]{${piece.length}}`
        : escapeRegExp(piece).replace(/-/g, "[-–—]").replace(/(\d) /g, "$1\\.? "),
    )
    .join("");
  return new RegExp(pattern).exec(written)?.[0] ?? read;
}

/**
 * Reads deadline, duration, recurrence and condition from a task's words (the first
 * MAX_SCHEDULE_TEXT characters). Conditions, rhythms and spans are read first and keep the dates
 * inside them ("in case he can't make it tomorrow"); the date reader reads the rest.
 */
export function readSchedule(fullText: string, context: ScheduleContext): Schedule {
  const text = maskNonDates(
    (fullText.length > MAX_SCHEDULE_TEXT ? fullText.slice(0, MAX_SCHEDULE_TEXT) : fullText)
      .replace(SHORT_TOMORROW, "tomorrow")
      .replace(HOUR_MARK, (_, hour: string, minutes?: string) => `at ${hour}:${minutes ?? "00"}`)
      .replace(ORDINAL_DOT_BEFORE_MONTH, "$1 ")
      .replace(BY_LUNCHTIME, "$1 noon")
      .replace(BARE_POSSESSIVE_DAY, "$1 ")
      // "Nov 26–29": a range written with an en or em dash is the same range as with a hyphen.
      .replace(DASHED_RANGE, "$1-"),
  );
  const timing = readTimingPhrases(text, context);
  const untimed = blank(text, timing);
  const readings = readDatesInMaskedText(untimed, context);
  const dates = readings.filter(
    (reading) =>
      // "the logs from May 3-4": a period the task is about, not when it is due.
      (!reading.range || STATED_DEADLINE.test(text.slice(0, reading.index))) &&
      // "(completed 2026-03-02)", "done on 3/2": when the work was finished.
      !FINISHED_ON.test(text.slice(Math.max(0, reading.index - 30), reading.index)) &&
      !namesWhatTheWorkIsAbout(text, reading),
  );
  const phrase = (kind: TimingPhrase["kind"]) =>
    timing.find((entry) => entry.kind === kind)?.value ?? null;
  const schedule: Schedule = {
    due: null,
    dueText: null,
    duration: phrase("duration"),
    // "the weekly report every Friday": the rhythm that names its day says more than the word
    // describing the report.
    recurrence:
      timing.find((entry) => entry.kind === "recurrence" && entry.value.includes("BYDAY="))
        ?.value ?? phrase("recurrence"),
    start: null,
    condition: phrase("condition"),
    notes: [],
  };
  // "Draft the May 3 recap, due Friday": a date the words call a deadline wins over the others.
  const deadline: DateReading | undefined =
    dates.find((reading) => STATED_DEADLINE.test(text.slice(0, reading.index))) ?? dates[0];
  if (deadline) {
    if (schedule.condition && deadline.span && !schedule.duration) {
      // "Available within 4 hours if issues persist": a conditional reaction time, not a deadline.
      schedule.duration = deadline.span;
    } else {
      schedule.due = deadline.due;
      schedule.dueText = asWritten(deadline.text, fullText);
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
  } else {
    // "Close it if no timeouts by Dec 3": a date in the condition is the condition's.
    const cue = DEADLINE_CUE.exec(untimed);
    // "not before March 20" sets when the work may begin, read above as its start.
    if (cue && !/\bnot\s+$/i.test(text.slice(0, cue.index))) {
      schedule.dueText = cue[0];
      schedule.notes.push({
        code: "unresolved-date",
        message: `Cannot read a date in "${cue[0]}"`,
      });
    }
  }
  if (schedule.recurrence && !/(?:^|;)(?:UNTIL|COUNT)=/.test(schedule.recurrence)) {
    const until = lastDayOf(text, context);
    if (until) {
      schedule.recurrence = `${schedule.recurrence};UNTIL=${until.day.replace(/-/g, "")}`;
      // "Run the check daily until Friday": Friday ends the rhythm, it is no deadline of each
      // time (a calendar would stretch every day's task to it).
      if (deadline && deadline.index >= until.index && schedule.due?.startsWith(until.day)) {
        schedule.due = null;
        schedule.dueText = null;
      }
    }
  }
  // "Daily 10:00 status call": a rhythm's hour is when each time falls, first after the meeting,
  // not a deadline.
  if (
    schedule.recurrence &&
    schedule.due?.includes("T") &&
    deadline &&
    ONLY_A_CLOCK.test(deadline.text)
  ) {
    schedule.start = onTheRhythmsDay(schedule.due, schedule.recurrence);
    schedule.due = null;
    schedule.dueText = null;
    return schedule;
  }
  // Work begins before it is due; a "start" after the deadline was read from other words.
  const start = startOf(text, readings, context, schedule.recurrence !== null);
  if (start && !(schedule.due && start.slice(0, 10) > schedule.due.slice(0, 10)))
    schedule.start = start;
  return schedule;
}

/**
 * "Status call on Thursdays at 10:00" after a Tuesday meeting: the first time falls on the first
 * of the rhythm's days on or after the hour's day, not on the day after the meeting.
 */
function onTheRhythmsDay(start: string, recurrence: string): string {
  const days = /^FREQ=WEEKLY\b.*;BYDAY=([A-Z,]+)$/.exec(recurrence)?.[1]?.split(",");
  if (!days) return start;
  const day = start.slice(0, 10);
  const ahead = days
    .map((code) => (RRULE_WEEKDAYS as readonly string[]).indexOf(code))
    .filter((weekday) => weekday >= 0)
    .map((weekday) => (weekday - weekdayOf(day) + 7) % 7);
  return ahead.length > 0 ? `${addDays(day, Math.min(...ahead))}${start.slice(10)}` : start;
}
