import { isCalendarDate } from "../model/date-time.js";
import type { NextMeeting } from "../model/minutes.js";
import { withoutWeekWords } from "../resolve/date-parsers.js";
import { readDates } from "../resolve/date-reader.js";
import { readTimeRange } from "../resolve/meeting-time.js";
import { MAX_SCHEDULE_TEXT } from "../resolve/schedule.js";
import { addDays } from "../resolve/wall-clock.js";
import { MONTH_WORD, NEXT_MEETING_CUE } from "../util/lexicon.js";
import { squash } from "../util/strings.js";
import { type ExtractContext, scheduleOf } from "./context.js";
import { factKey, itemLabel } from "./labels.js";
import { sentences } from "./tasks.js";

const CUE = NEXT_MEETING_CUE;

/** Nothing of the sentence before the cue but an article: "The next meeting ...", "Our next call ...". */
const SENTENCE_OPENING = /(?:^|[.!?;:]\s+)[\s*_"'(]*(?:(?:the|our|a)\s+)?$/i;

const MENTIONED_IN_PASSING =
  /\b(?:before|by|at|for|until|till|in|after|during|from|to)\s+(?:the\s+)?$/i;

/**
 * The next meeting: a `Next meeting:` label, a "Next Meeting" heading, or a sentence that agrees
 * to reconvene. A task "for the next meeting" mentions it too, so a sentence that gives a date
 * wins over one that does not, and a heading's section over any sentence elsewhere.
 */
export function extractNextMeeting(context: ExtractContext): NextMeeting | null {
  const found = findNextMeeting(context);
  if (found && !found.meeting.date) reportImpossibleDate(found.text, context, found.meeting.source);
  return found?.meeting ?? null;
}

function findNextMeeting(context: ExtractContext): { meeting: NextMeeting; text: string } | null {
  const read = (text: string, source: NextMeeting["source"]) => ({
    meeting: readNextMeeting(text, context, source),
    text,
  });
  const label = context.labels.find((line) => line.key === "nextMeeting" && line.value);
  if (label) return read(label.value, label.item.source);
  // "# Follow-up call with Tallow Foods" over the day it was held: the note's own title names
  // the meeting it records, not the next one.
  const headed = context.sections.find(
    (section) =>
      CUE.test(section.heading) &&
      section.items.length > 0 &&
      section.heading !== context.facts.title,
  );
  // "- Date: 25/03/2026" over "- Time: 10:00": the day and the hour may be fields of their own.
  if (headed) {
    const [first, second] = headed.items;
    const day = itemLabel(first!);
    const hour = second ? itemLabel(second) : null;
    const fields = day && hour && factKey(day.label) === "date" && factKey(hour.label) === "time";
    return read(fields ? `${day.value}, ${hour.value}` : first!.text, first!.source);
  }
  let undated: ReturnType<typeof read> | null = null;
  for (const section of context.sections) {
    for (const [index, item] of section.items.entries()) {
      const cue = CUE.exec(item.text);
      if (!cue) continue;
      // "... for the next meeting. Claims are due by 31 January.": the date must be in the
      // sentence that speaks of the meeting.
      const sentence = sentences(item.text.slice(cue.index))[0] ?? "";
      const found = read(sentence, item.source);
      if (found.meeting.date) return found;
      // "4. DATE OF NEXT MEETING" over "Wednesday 13th January 2027 at 7.30pm.": a topic that
      // names the meeting, its day on the line under it.
      const under = section.items[index + 1];
      if (under?.parent === item && item.text.split(/\s+/).length <= 6) {
        const dated = read(sentences(under.text)[0] ?? "", under.source);
        if (dated.meeting.date) return dated;
      }
      // "Circulate it before the next meeting" points at the meeting and says nothing of it;
      // nor does "Kim will report back next meeting". Undated, the meeting is the sentence's
      // subject ("The next meeting gets its date by poll") or what the group does ("reconvene").
      const before = item.text.slice(0, cue.index);
      const namedAsSubject = !/^(?:next|follow)/i.test(cue[0]) || SENTENCE_OPENING.test(before);
      if (!MENTIONED_IN_PASSING.test(before) && namedAsSubject) undated ??= found;
    }
  }
  if (undated) return undated;
  // "Next: 10.12., same time", "Next: same time next week" closing the minutes: "Next:" over a
  // day and nothing else names the next meeting; "Next: send the deck by Friday" is work.
  for (const section of context.sections)
    for (const item of section.items) {
      const next = BARE_NEXT.exec(item.text);
      // "on" reads "10.12." as the day it is ("10.12" alone may be a version).
      const found = next ? read(`on ${next[1]!}`, item.source) : null;
      if (found?.meeting.date) return found;
    }
  return null;
}

const BARE_NEXT = new RegExp(
  String.raw`^next\s*:\s*((?:\d{1,4}[./-]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s|(?:mon|tue|wed|thu|fri|sat|sun)\w*|${MONTH_WORD}|same time)[^a-z]*(?:(?:same time|same place|as usual|next week|in (?:\d|two|three|four) weeks|${MONTH_WORD}|\w+day|at|\d+(?:am|pm|h)?)[^a-z]*)*)$`,
  "i",
);

/**
 * "2025-02-30" names no day, and "March 3O" reads as none: said, not silently read as a next
 * meeting without a date. "Next meeting: TBD" or "in Room 4" states no date to read.
 */
function reportImpossibleDate(
  text: string,
  context: ExtractContext,
  source: NextMeeting["source"],
): void {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (iso) {
    const padded = `${iso[1]}-${iso[2]!.padStart(2, "0")}-${iso[3]!.padStart(2, "0")}`;
    if (isCalendarDate(padded)) return;
    context.diagnostics.push({
      code: "unreadable-date",
      message: `The next meeting's date "${iso[0]}" names no real day, expected a date such as "2025-09-27"`,
      source,
    });
    return;
  }
  const written = WRITTEN_DATE.exec(text);
  if (!written || !context.reference) return;
  context.diagnostics.push({
    code: "unreadable-date",
    message: `The next meeting's date "${written[0]}" cannot be read, expected a date such as "2025-09-27" or "Oct 3"`,
    source,
  });
}

/** What looks like a written date: a month's name beside a number, or digits split by / or . */
const WRITTEN_DATE = new RegExp(
  `\\b(?:${MONTH_WORD}\\.?\\s+\\d\\w*|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}|\\d{1,4}[/.]\\d{1,2}(?:[/.]\\d{1,4})?)\\b`,
  "i",
);

/** "at 3", "at 10 o'clock"; not "at 3pm" (read already), nor "at 3 Main Street". */
const BARE_HOUR = /\bat\s+([1-9]|1[0-2])(?![\d:.])(?!\s*(?:[ap]\.?m\b|h\b))(?!\s+\p{Lu}\p{Ll})/iu;

function readNextMeeting(
  fullText: string,
  context: ExtractContext,
  source: NextMeeting["source"],
): NextMeeting {
  // The purpose pattern's lazy group rescans to the end from every "for": keep its input short.
  // "the week of June 11": the meeting starts in that week, so its named day is the date, not
  // the week's end a deadline set so would have.
  const text = withoutWeekWords(fullText.slice(0, MAX_SCHEDULE_TEXT));
  // "Wed 3/11 @ 10am": the at sign as the word.
  const schedule = scheduleOf(
    text.replace(/\s@\s*(?=\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b|h\b|$|[\s,;)]))/gi, " at "),
    context,
  );
  const day = sameTimeLater(text, context) ?? schedule.due ?? firstDayOfPeriod(text, context);
  // "Thursday, same time": the day given, at the hour this meeting began.
  const due =
    day && day.length === 10 && context.reference?.time && /\bsame time\b/i.test(text)
      ? `${day}T${context.reference.time}`
      : day;
  const purpose = /\bfor (?:an? |the )?([^.;,()]+?)\s*(?:[.;,()]|$)/i.exec(
    text.replace(
      /\b(?:on|this|next|coming)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
      " ",
    ),
  );
  // "Thursday 10 Dec at 3": a meeting's bare hour, read as a meeting's time line is (one to six
  // in the afternoon); a deadline's stays without an hour.
  const bare = due && due.length === 10 ? BARE_HOUR.exec(text) : null;
  const hour = bare ? Number(bare[1]) : null;
  const time =
    due && due.length > 10
      ? meetingHour(due.slice(11), text)
      : hour
        ? `${String(hour <= 6 ? hour + 12 : hour).padStart(2, "0")}:00`
        : null;
  return {
    date: due ? due.slice(0, 10) : null,
    time,
    // "for March 2nd", "for 3pm": when, not what for.
    purpose:
      purpose && readDates(purpose[1]!, { reference: context.reference }).length === 0
        ? squash(purpose[1]!)
        : null,
    source,
  };
}

/**
 * The hour the date reader found, or the afternoon's where the words give it without "am" or
 * "pm" ("March 11, 2:30"): what a meeting's time line means, read as the meeting's own is.
 */
function meetingHour(time: string, text: string): string {
  const written = readTimeRange(text)?.start;
  const twelveLater =
    !!written &&
    written.slice(2) === time.slice(2) &&
    Number(written.slice(0, 2)) === Number(time.slice(0, 2)) + 12;
  return twelveLater ? written : time;
}

/** "Same time next week", "same time in two weeks": the meeting's weekday and hour, weeks on. */
const SAME_TIME_LATER =
  /\bsame time(?:,?\s+same place)?,?\s+(?:next week|in (\d|two|three|four) weeks)\b/i;
const WEEK_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4 };

function sameTimeLater(text: string, context: ExtractContext): string | null {
  const later = SAME_TIME_LATER.exec(text);
  if (!later || !context.reference) return null;
  const count = later[1] ? (WEEK_COUNTS[later[1].toLowerCase()] ?? Number(later[1])) : 1;
  const date = addDays(context.reference.date, 7 * count);
  return context.reference.time ? `${date}T${context.reference.time}` : date;
}

/**
 * "Next meeting: August 4-8": a workshop or an offsite over days, which a task's deadline reader
 * leaves alone ("the logs from May 3-4" is no deadline), starts on its first day.
 */
function firstDayOfPeriod(text: string, context: ExtractContext): string | null {
  const reading = readDates(text, {
    reference: context.reference,
    dateOrder: context.options.dateOrder,
  }).find((candidate) => candidate.range && candidate.due);
  return reading?.due ?? null;
}
