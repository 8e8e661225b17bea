import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { MONTH_WORD } from "../util/lexicon.js";
import { DATE_PARSERS, type DateValue, NOT_A_DATE } from "./date-parsers.js";
import { CLOCK_TIME, clockOf } from "./date-shapes.js";
import { DAY_NAMES, weekdayIndex } from "./phrase-words.js";
import {
  formatDate,
  isoTime,
  isValidDate,
  mondayOf,
  nearestDay,
  WEEKDAYS,
  weekdayOf,
} from "./wall-clock.js";

/** What chrono's result does not say: which of our parsers made it, and what it read. */
interface OurReading {
  parser: string;
  priority: number;
  value: DateValue | typeof NOT_A_DATE;
}

const OURS = new WeakMap<ParsingResult, OurReading>();
// A weekday written beside a calendar date that names another day; read with the result.
const WEEKDAY_CONFLICTS = new WeakMap<ParsingResult, string>();

export function recordOurReading(result: ParsingResult, reading: OurReading): void {
  OURS.set(result, reading);
}

export function ourReading(result: ParsingResult): OurReading | undefined {
  return OURS.get(result);
}

export function weekdayConflict(result: ParsingResult): string | undefined {
  return WEEKDAY_CONFLICTS.get(result);
}

const byIndex = (a: ParsingResult, b: ParsingResult) => a.index - b.index;
const endOf = (result: ParsingResult) => result.index + result.text.length;
const overlap = (a: ParsingResult, b: ParsingResult) => a.index < endOf(b) && endOf(a) > b.index;

/**
 * chrono's own refiners (merging "March 6" with "at 10am", ranges, forward dates) shape
 * chrono's readings; ours are final as our parsers wrote them, so each of chrono's refiners
 * is shown only chrono's.
 */
export function onlyOnChronoReadings(refiner: Refiner): Refiner {
  return {
    refine: (context, results) => {
      const ours = results.filter((result) => OURS.has(result));
      if (ours.length === 0) return refiner.refine(context, results);
      const theirs = refiner.refine(
        context,
        results.filter((result) => !OURS.has(result)),
      );
      return [...ours, ...theirs].sort(byIndex);
    },
  };
}

const SPAN_WORDS =
  /\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|ago|later)\b/i;
const CALENDAR_WORDS = new RegExp(`\\d{1,4}[/.-]\\d{1,2}|\\b${MONTH_WORD}\\b`, "i");
const COUNTS_FROM_A_DATE = new RegExp(
  `\\b(?:before|after|from)\\s.*(?:\\b${MONTH_WORD}\\b|\\d{1,2}/\\d{1,2})`,
  "i",
);
// "this afternoon" names the meeting's own day ahead, as "tonight" does; "this morning" is
// mostly behind it ("as discussed this morning").
export const RELATIVE_DAY = /\b(?:today|tonight|tomorrow|this (?:afternoon|evening))\b/i;
const WRITTEN_DATE = new RegExp(
  `\\d|\\b${MONTH_WORD}\\b|\\b(?:today|tonight|tomorrow|noon|midnight|this (?:afternoon|evening))\\b`,
  "i",
);

/** Digits, a month, or a named day: what every reading of chrono's that we keep holds. */
export function holdsWrittenDate(text: string): boolean {
  return WRITTEN_DATE.test(text);
}

/** "3/4 of users" is a fraction, "1/2" alone is too short to be a date worth trusting. */
function isFraction(text: string, index: number, matched: string): boolean {
  if (!/^\d{1,2}\/\d{1,2}$/.test(matched)) return false;
  const after = text.slice(index + matched.length, index + matched.length + 4);
  const before = text.slice(Math.max(0, index - 1), index);
  return /^\s+of\b/i.test(after) || /[\d.]/.test(before);
}

/**
 * "Send Noor the quote (12:41)", "Pricing (02:10 - 14:30)": a clock reading alone in brackets is
 * where a recording's transcript says it, as meeting recorders write their recaps, not a time
 * the work is due.
 */
function isRecordingTimestamp(text: string, index: number, matched: string): boolean {
  if (!/^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–]\s*\d{1,2}:\d{2}(?::\d{2})?)?$/.test(matched))
    return false;
  const before = text.slice(0, index);
  const after = text.slice(index + matched.length);
  return (
    /\(\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*[-–]\s*)?$/.test(before) &&
    /^\s*(?:[-–]\s*\d{1,2}:\d{2}(?::\d{2})?\s*)?\)/.test(after)
  );
}

/** The day and month are written, not filled in from the meeting. */
export function namesCalendarDay(result: ParsingResult): boolean {
  return result.start.isCertain("day") && result.start.isCertain("month");
}

const DATE_START = new RegExp(
  `\\d|\\b(?:${MONTH_WORD}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b`,
  "i",
);

const MONTH_THEN_DAY = new RegExp(`\\b${MONTH_WORD}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?$`, "i");

/** chrono reads "end of May 14" as the end of May 2014; in a note, the 14 is the day. */
function dayTakenForYear(result: ParsingResult): boolean {
  return result.tags().has("refiner/ENEndOfPeriodRefiner") && MONTH_THEN_DAY.test(result.text);
}

/**
 * chrono merges a part of the day written before a date ("this morning, 14 April 2026", "this
 * afternoon (March 4)") into one reading that keeps neither's day, and "end of May 14" into the
 * end of May 2014: such a reading is read again from its first calendar word, and what that
 * gives stands in its place.
 */
export function rereadLostDates(
  reread: (text: string, context: ParsingContext) => ParsingResult[],
): Refiner {
  return {
    refine: (context, results) =>
      results.flatMap((result) => {
        if (
          OURS.has(result) ||
          ((namesCalendarDay(result) || result.start.isCertain("weekday")) &&
            !dayTakenForYear(result))
        )
          return [result];
        const from = DATE_START.exec(result.text)?.index ?? 0;
        if (from === 0) return [result];
        return reread(result.text.slice(from), context).map((again) => {
          again.index += result.index + from;
          return again;
        });
      }),
  };
}

/** "PR 17 tomorrow", "sprint 22 on 14 Dec": a bare number before a day, after a word that is no time's. */
const NUMBER_BEFORE_DAY = /^(\d{1,2})\s+(?!(?:am|pm|a\.m|p\.m|h|hrs?|hours?|o['’]clock)\b)(?=\S)/i;
const MONTH_FIRST = new RegExp(`^(?:of\\s+)?${MONTH_WORD}`, "i");
const BEFORE_AN_HOUR = /(?:\b(?:at|by|before|until|till|around|about|from|after|to)|[@~–-])\s*$/i;

/**
 * chrono takes a number before a day for that day's hour ("review PR 17 tomorrow" at 17:00, "demo
 * sprint 22 on 14 Dec" at 22:00); after a word that is no time's ("at 5 tomorrow" is one), the
 * number names a thing, and the reading is read again from the day.
 */
export function rereadNumberTakenForHour(
  reread: (text: string, context: ParsingContext) => ParsingResult[],
): Refiner {
  return {
    refine: (context, results) =>
      results.flatMap((result) => {
        const number = NUMBER_BEFORE_DAY.exec(result.text);
        if (
          OURS.has(result) ||
          !number ||
          !result.start.isCertain("hour") ||
          result.start.get("hour") !== Number(number[1]) ||
          // "8 April 2025 at 8:00": the number is the day.
          MONTH_FIRST.test(result.text.slice(number[0].length)) ||
          BEFORE_AN_HOUR.test(context.text.slice(Math.max(0, result.index - 12), result.index))
        )
          return [result];
        return reread(result.text.slice(number[0].length), context).map((again) => {
          again.index += result.index + number[0].length;
          return again;
        });
      }),
  };
}

/**
 * Keeps chrono's readings that name a day or a time people set work for. Spans ("in 2 days",
 * "20m") are efforts as often as deadlines, and "within ..." is read by our own parser; "at 9"
 * alone is too weak ("p99 at 2.5s"), a time needs a meridiem, minutes, or noon/midnight;
 * weekdays are our parser's.
 */
export const keepDateShapes: Refiner = {
  refine: (context, results) =>
    results.filter((result) => {
      if (OURS.has(result)) return true;
      const start = result.start;
      // "2 days before" counts from the meeting, which the words do not mean; "two days before
      // March 20" counts from the date written, as chrono reads it.
      if (result.tags().has("result/relativeDate") && !COUNTS_FROM_A_DATE.test(result.text))
        return false;
      const explicitDay = namesCalendarDay(result);
      const explicitTime =
        start.isCertain("hour") &&
        (start.isCertain("meridiem") ||
          /\d:\d{2}/.test(result.text) ||
          /\b(?:noon|midnight)\b/i.test(result.text));
      if (!explicitDay && !explicitTime && !RELATIVE_DAY.test(result.text)) return false;
      // "now", "this evening": chrono's casual words name the meeting's own moment, not a deadline.
      if (!WRITTEN_DATE.test(result.text)) return false;
      if (start.isCertain("weekday") && !explicitDay) return false;
      if (isFraction(context.text, result.index, result.text)) return false;
      if (isRecordingTimestamp(context.text, result.index, result.text)) return false;
      // chrono reads a bare span ("5 minutes", "in 1 second") as an instant; spans are ours to read.
      if (SPAN_WORDS.test(result.text) && !CALENDAR_WORDS.test(result.text)) return false;
      return isValidDate(start.get("year")!, start.get("month")!, start.get("day")!);
    }),
};

/**
 * "call the bank tomorrow at 3": an hour of twelve or less with no "am"/"pm", minutes, noon or
 * midnight may be either half of the day, so the reading keeps its day and no hour, as "Friday at
 * 10" does; "at 17" can only be the afternoon's.
 */
export const dropAmbiguousHour: Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      const start = result.start;
      if (
        OURS.has(result) ||
        !start.isCertain("hour") ||
        start.isCertain("meridiem") ||
        start.get("hour")! > 12 ||
        start.get("hour") === 0 ||
        /\d[:.]\d{2}|\b(?:noon|midnight)\b/i.test(result.text)
      )
        continue;
      start.delete(["hour", "minute", "second", "millisecond"]);
    }
    return results;
  },
};

/**
 * Where readings overlap, ours win in the order of DATE_PARSERS and chrono's fill the gaps,
 * with one exception: a calendar date of chrono's that takes in our weekday ("Friday, March 6")
 * names the day itself, and one that takes in our numeric date and agrees on the day
 * ("10/14/2025, 3pm") says more about it, so chrono's reading wins.
 */
export const settleOverlaps: Refiner = {
  refine: (_context, results) => {
    const kept: ParsingResult[] = [];
    const ours = results
      .filter((result) => OURS.has(result))
      .sort((a, b) => OURS.get(a)!.priority - OURS.get(b)!.priority || byIndex(a, b));
    for (const result of ours) if (!kept.some((other) => overlap(other, result))) kept.push(result);
    for (const result of results.filter((entry) => !OURS.has(entry))) {
      const hits = kept.filter((other) => overlap(other, result));
      const takesThemIn =
        hits.length > 0 &&
        namesCalendarDay(result) &&
        hits.every(
          (hit) =>
            hit.index >= result.index &&
            endOf(hit) <= endOf(result) &&
            (OURS.get(hit)!.parser === "weekday" ||
              (OURS.get(hit)!.parser === "numeric-date" &&
                hit.text.length < result.text.length &&
                dueDay(hit) === dueDay(result))),
        );
      // "COB Friday, March 20": the date is kept beside the end-of-day words that took its
      // weekday, and writtenDateNamesTheDay joins the two.
      if (
        hits.length > 0 &&
        namesWrittenDay(result, false) &&
        hits.every((hit) => countedSpan(hit) !== null)
      ) {
        kept.push(result);
        continue;
      }
      if (hits.length > 0 && !takesThemIn) continue;
      for (const hit of hits) kept.splice(kept.indexOf(hit), 1);
      kept.push(result);
    }
    return kept.sort(byIndex);
  },
};

function dueDay(result: ParsingResult): string | null {
  const reading = OURS.get(result);
  if (reading)
    return reading.value === NOT_A_DATE ? null : (reading.value.due?.slice(0, 10) ?? null);
  const start = result.start;
  const [year, month, day] = [start.get("year")!, start.get("month")!, start.get("day")!];
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "Friday (3/20)": a reading joined across an opening parenthesis takes in its closing one. */
function endAfterParenthesis(text: string, start: number, end: number): number {
  const opened =
    text.slice(start, end).split("(").length - text.slice(start, end).split(")").length;
  return opened > 0 && text[end] === ")" ? end + 1 : end;
}

/**
 * "Friday, 3/6 at 10am": the weekday only names the day the date already gives, so the date
 * wins and takes in the weekday's words; a weekday that names another day is reported.
 */
const CLOSING_RELATIVE_DAY = /\s(today|tonight|tomorrow|tmrw?)$/i;

export const weekdayNamesTheDate: Refiner = {
  refine: (context, results) => {
    const dated = results.filter(
      (result) => !OURS.has(result) || OURS.get(result)!.parser === "numeric-date",
    );
    for (const result of dated) {
      const weekday = results.find(
        (other) =>
          OURS.get(other)?.parser === "weekday" &&
          endOf(other) <= result.index &&
          /^[\s,(]{0,3}$/.test(context.text.slice(endOf(other), result.index)),
      );
      if (!weekday) continue;
      results = results.filter((other) => other !== weekday);
      const end = endAfterParenthesis(context.text, weekday.index, endOf(result));
      result.index = weekday.index;
      result.text = context.text.slice(weekday.index, end).trim();
      const named = WEEKDAYS.findIndex((day) =>
        weekday.text.toLowerCase().includes(day.slice(0, 3)),
      );
      const day = dueDay(result);
      if (day && named >= 0 && weekdayOf(day) !== named)
        WEEKDAY_CONFLICTS.set(
          result,
          `"${result.text}": ${day} is not a ${WEEKDAYS[named]}; read the date and ignored the weekday`,
        );
    }
    // chrono's own reading of "Friday, March 6" carries the weekday it was written with.
    for (const result of results) {
      if (OURS.has(result) || !result.start.isCertain("weekday")) continue;
      const day = dueDay(result);
      const named = result.start.get("weekday")!;
      // "the logs from last Friday today": a day counted from the meeting closes the reading,
      // and the weekday before it names another day, which the work is about.
      const counted = CLOSING_RELATIVE_DAY.exec(result.text);
      if (day && weekdayOf(day) !== named && counted) {
        result.index += counted.index + counted[0].length - counted[1]!.length;
        result.text = counted[1]!;
        continue;
      }
      if (day && weekdayOf(day) !== named)
        WEEKDAY_CONFLICTS.set(
          result,
          `"${result.text}": ${day} is not a ${WEEKDAYS[named]}; read the date and ignored the weekday`,
        );
    }
    return results;
  },
};

/** Our parsers whose reading is a calendar day the words write out ("3/20", "Fri 20th", "the 20th"). */
const WRITTEN_DAY_PARSERS = new Set([
  "numeric-date",
  "weekday-and-numeric-date",
  "weekday-and-day",
  "day-of-month",
  "short-year-date",
  "year-first-date",
]);
/** What may stand between "EOD" and the date it closes: "EOD on 3/20", "3/20 by EOD", "March 20, COB". */
const DAY_TO_ITS_END = /^[\s,(]*(?:(?:on|by|at|of)\s+)?(?:the\s+)?$/i;
// A calendar day chrono read that "EOD" set 17:00 on, which the words did not write.
const CLOSED_AT_END_OF_DAY = new WeakSet<ParsingResult>();

export function closedAtEndOfDay(result: ParsingResult): boolean {
  return CLOSED_AT_END_OF_DAY.has(result);
}

/** A calendar day the words write out; with `hourless`, one that says no hour of it either. */
function namesWrittenDay(result: ParsingResult, hourless: boolean): boolean {
  const reading = OURS.get(result);
  if (reading)
    return (
      WRITTEN_DAY_PARSERS.has(reading.parser) &&
      reading.value !== NOT_A_DATE &&
      !(hourless && reading.value.due?.includes("T"))
    );
  return namesCalendarDay(result) && !(hourless && result.start.isCertain("hour")) && !result.end;
}

/**
 * Our readings that count from the meeting, by the span of days within which a date written
 * beside them agrees with them: end-of-day words also set 17:00 on it.
 */
const COUNTED_FROM_THE_MEETING: ReadonlyMap<string, "day" | "week" | "month"> = new Map([
  ["end-of-day", "day"],
  ["next-business-day", "day"],
  ["end-of-week", "week"],
  ["next-week", "week"],
  ["mid-week", "week"],
  ["week-after-next", "week"],
  ["weekend", "week"],
  ["end-of-month", "month"],
  ["mid-month", "month"],
]);

const DAY_NAME = new RegExp(`\\b(?:${DAY_NAMES})\\b`, "i");

/** The span a reading counted from the meeting names, or null for any other reading. */
function countedSpan(result: ParsingResult): "day" | "week" | "month" | null {
  const ours = OURS.get(result);
  if (ours) return COUNTED_FROM_THE_MEETING.get(ours.parser) ?? null;
  // chrono's "tomorrow", "today": a day, with no date or hour written.
  return RELATIVE_DAY.test(result.text) &&
    !CALENDAR_WORDS.test(result.text) &&
    !result.start.isCertain("hour")
    ? "day"
    : null;
}

function sameSpan(span: "day" | "week" | "month", a: string, b: string): boolean {
  if (span === "day") return a === b;
  if (span === "week") return mondayOf(a) === mondayOf(b);
  return a.slice(0, 7) === b.slice(0, 7);
}

/**
 * "EOD March 20", "next week 7/14", "tomorrow (3/12)", "3/20 COB": a date written beside words
 * that count from the meeting names the day, and the words are the writer's gloss on it (end-of-
 * day words also set 17:00). Alone, "EOD" would be the meeting's own day and "next week" its
 * Friday. Words that name another day than the date ("tomorrow (3/14)", "EOD Thu 3/20") are
 * reported, and the date stands.
 */
export const writtenDateNamesTheDay: Refiner = {
  refine: (context, results) => {
    for (const counted of results.filter((result) => countedSpan(result) !== null)) {
      const closesTheDay = OURS.get(counted)?.parser === "end-of-day";
      const day = results.find(
        (other) =>
          other !== counted &&
          namesWrittenDay(other, false) &&
          (overlap(other, counted) ||
            (endOf(counted) <= other.index
              ? DAY_TO_ITS_END.test(context.text.slice(endOf(counted), other.index))
              : endOf(other) <= counted.index &&
                // "20.3. EOD": the dot closes the day-first date.
                DAY_TO_ITS_END.test(
                  context.text.slice(endOf(other), counted.index).replace(/^\./, ""),
                ))),
      );
      if (!day) continue;
      const span = countedSpan(counted)!;
      const glossed = dueDay(counted);
      results = results.filter((other) => other !== counted);
      const start = Math.min(day.index, counted.index);
      const end = endAfterParenthesis(context.text, start, Math.max(endOf(day), endOf(counted)));
      const written = day.text;
      day.index = start;
      day.text = context.text.slice(start, end).trim();
      // "EOD 3/20 at 3pm": an hour written with the date is the one meant.
      if (closesTheDay && namesWrittenDay(day, true)) closeTheDay(day);
      const date = dueDay(day);
      if (!date || WEEKDAY_CONFLICTS.has(day)) continue;
      const weekday = DAY_NAME.exec(counted.text);
      const named = weekday ? weekdayIndex(weekday[0]) : -1;
      // "EOD March 20": end-of-day words with no day of their own say only the hour.
      const saysNoDay =
        OURS.get(counted)?.parser === "end-of-day" && !RELATIVE_DAY.test(counted.text);
      if (named >= 0 && weekdayOf(date) !== named)
        WEEKDAY_CONFLICTS.set(
          day,
          `"${day.text}": ${date} is not a ${WEEKDAYS[named]}; read the date "${written}" and ignored the weekday`,
        );
      else if (named < 0 && !saysNoDay && glossed && !sameSpan(span, glossed, date))
        WEEKDAY_CONFLICTS.set(
          day,
          `"${day.text}": "${counted.text}" names ${span === "day" ? glossed : `the ${span} of ${glossed}`}, not ${date}; read the date "${written}"`,
        );
    }
    return results;
  },
};

/** What may stand between a day of ours and its clock time: "20.3. 12:00", "3/20, at 5pm". */
const DAY_TO_ITS_HOUR = /^\.?[\s,]*(?:(?:at|from)\s+|@\s*)?$/i;
/**
 * "5pm PT Friday", "17:00 CET on Fri": a clock time, perhaps its zone, then the day; of hours
 * ("12:00-13:00 on Friday"), the first. The zone's capitals are checked apart, since the clock's
 * "PM" may be written in either case.
 */
const HOUR_BEFORE_ITS_DAY = new RegExp(
  String.raw`(?<![\d:.\/-])${CLOCK_TIME}(?:\s*[-–—]\s*${CLOCK_TIME.replace("(", "(?:")})?(?:\s+(?!on\b)([a-z]{1,4}))?,?\s+(?:on\s+)?$`,
  "i",
);

/**
 * "by 20.3. 12:00", "due 3/20 at 5pm", "5pm PT Friday": a clock time chrono read beside a day our parsers read is
 * that day's hour, and of hours ("12:00-13:00") the first (chrono joins the two only for its own
 * dates).
 */
export const clockOnTheDay: Refiner = {
  refine: (context, results) => {
    for (const day of results.filter((result) => OURS.has(result))) {
      const ours = OURS.get(day)!;
      if (ours.value === NOT_A_DATE || !ours.value.due || ours.value.due.includes("T")) continue;
      const clock = namesWrittenDay(day, true)
        ? results.find(
            (other) =>
              !OURS.has(other) &&
              other.index >= endOf(day) &&
              other.start.isCertain("hour") &&
              !other.start.isCertain("day") &&
              DAY_TO_ITS_HOUR.test(context.text.slice(endOf(day), other.index)),
          )
        : undefined;
      // chrono joins a weekday to the hour after it ("Friday, 5pm") but not to one before it
      // with a zone between ("5pm PT Friday"), and drops its own weekday readings for ours.
      const hourBefore = clock ? null : HOUR_BEFORE_ITS_DAY.exec(context.text.slice(0, day.index));
      const before =
        hourBefore && (!hourBefore[2] || /^[A-Z]+$/.test(hourBefore[2])) ? hourBefore : null;
      const time = clock
        ? isoTime(clock.start.get("hour")!, clock.start.get("minute") ?? 0)
        : clockOf(before?.[1]);
      if (!time) continue;
      if (clock) results = results.filter((other) => other !== clock);
      OURS.set(day, { ...ours, value: { ...ours.value, due: `${ours.value.due}T${time}` } });
      const from = before ? before.index : day.index;
      // "by 5 p.m. on the 12th": chrono's reading of the hour alone is the day's hour now.
      if (before)
        results = results.filter(
          (other) => OURS.has(other) || other.index < from || other.index >= day.index,
        );
      day.text = context.text.slice(from, clock ? endOf(clock) : endOf(day)).trim();
      day.index = from;
    }
    return results;
  },
};

/** 17:00 on the day a reading names, which the words did not write. */
function closeTheDay(day: ParsingResult): void {
  const ours = OURS.get(day);
  if (ours && ours.value !== NOT_A_DATE) {
    const due = ours.value.due;
    OURS.set(day, {
      ...ours,
      value: {
        ...ours.value,
        due: due ? `${due}T17:00` : null,
        implied: [...(ours.value.implied ?? []), "time"],
      },
    });
  } else if (!ours) {
    day.start.assign("hour", 17);
    day.start.assign("minute", 0);
    CLOSED_AT_END_OF_DAY.add(day);
  }
}

/**
 * chrono's forwardDate puts "March 10", written on 11 March, a year ahead, and "Tuesday, March
 * 10" too although that Tuesday was the day before. A month and day written with no year is read
 * as nearestDay reads it, with the weekday written beside it; chrono's forward reading of a
 * weekday alone stays.
 */
export const nearestYearOfDay: Refiner = {
  refine: (context, results) => {
    const reference = formatDate(context.reference.instant);
    for (const result of results) {
      const start = result.start;
      if (OURS.has(result) || !start.isDateWithUnknownYear() || !start.isCertain("day")) continue;
      const weekday = start.isCertain("weekday") ? start.get("weekday")! : null;
      const nearest = nearestDay(reference, start.get("month")!, start.get("day")!, weekday);
      const shift = nearest ? Number(nearest.slice(0, 4)) - start.get("year")! : 0;
      if (shift === 0) continue;
      start.imply("year", start.get("year")! + shift);
      if (result.end && !result.end.isCertain("year"))
        result.end.imply("year", result.end.get("year")! + shift);
    }
    return results;
  },
};

/** Words claimed as no date ("24/7") have done their work once they kept other parsers off. */
export const dropNotADates: Refiner = {
  refine: (_context, results) => results.filter((result) => OURS.get(result)?.value !== NOT_A_DATE),
};

export const OUR_PARSER_PRIORITY = new Map(
  DATE_PARSERS.map((parser, index) => [parser.name, index]),
);
