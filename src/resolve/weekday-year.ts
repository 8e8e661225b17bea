import { MONTH_WORD } from "../util/lexicon.js";
import { type DateReading, readDates } from "./date-reader.js";
import type { StatedDate } from "./meeting-time.js";
import { DAY_NAMES, weekdayIndex } from "./phrase-words.js";
import { isoDate, isValidDate, weekdayOf } from "./wall-clock.js";

// "Friday 3/6", "Saturday, Oct 17", "Tue 14 March": a weekday written right before the day.
const WEEKDAY_BEFORE = new RegExp(`\\b(${DAY_NAMES})\\.?,?\\s*(?:the\\s+)?$`, "i");
// "Recap (Tue 8 Dec)": the reader takes the opening bracket into the date it found, and "today
// (Tue 8 Dec)" the word the bracket dates.
const WEEKDAY_FIRST = new RegExp(`^(?:(?:today|tonight)\\s*)?\\(?(${DAY_NAMES})\\b`, "i");
// "Sept 23 (Sat)", "4/2, Friday"
const WEEKDAY_AFTER = new RegExp(`^,?\\s*\\(?(${DAY_NAMES})\\b`, "i");

/** A weekday falls on the same day of the year again within 28 years, the leap-year cycle. */
const CYCLE_YEARS = 28;

/**
 * A day written with its weekday but without a year ("Friday 3/6", "Saturday, Oct 17, 09:30"),
 * as running logs of a semester's meetings date their entries: the weekday settles the year up to
 * a cycle of years, and a note is written on or before the day it is read, so the year is the
 * latest one, up to `today`, in which that day falls on that weekday. Null when the text states
 * a year, gives no weekday, or the weekday fits no such year (a slip of the writer's).
 */
export function weekdayDate(
  text: string,
  dateOrder: "MDY" | "DMY" | null,
  today: string,
): StatedDate | null {
  if (!WEEKDAY_IN_TEXT.test(text)) return null;
  // "Monday, May 11, 10-11 CET": hours after the day, which a reader may take for a year.
  const dated = text.replace(HOURS, " ");
  for (const reading of readDates(dated, { reference: { date: today, time: null }, dateOrder })) {
    if (reading.due === null || !reading.implied.includes("year")) continue;
    const weekday = weekdayWritten(dated, reading);
    if (weekday === null) continue;
    const [date, time] = reading.due.split("T") as [string, string | undefined];
    const [, month, day] = date.split("-").map(Number) as [number, number, number];
    const year = latestYearWith(month, day, weekday, today);
    return year === null ? null : { date: isoDate(year, month, day), time: time ?? null };
  }
  return null;
}

/** The weekday (0 for Sunday) written with a date the reader found in `text`, or null. */
export function weekdayWritten(text: string, reading: DateReading): number | null {
  const weekday =
    WEEKDAY_FIRST.exec(reading.text)?.[1] ??
    WEEKDAY_BEFORE.exec(text.slice(0, reading.index))?.[1] ??
    WEEKDAY_AFTER.exec(text.slice(reading.end))?.[1];
  return weekday ? weekdayIndex(weekday) : null;
}

// "10-11 CET", "09:30-10:15", "9am-10am": a clock range, with a zone, minutes or am/pm to say so.
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)`;
const HOURS = new RegExp(
  String.raw`,?\s*\b(?:${CLOCK}\s*[-–]\s*(?:${CLOCK}|\d{1,2})|\d{1,2}\s*[-–]\s*(?:${CLOCK}|\d{1,2}(?=\s+\p{Lu}{2,5}\b)))(?:\s+\p{Lu}{2,5}\b)?`,
  "gu",
);
const WEEKDAY_IN_TEXT = new RegExp(`\\b(?:${DAY_NAMES})\\b`, "i");
const WEEKDAY_NEXT_TO_DAY = new RegExp(
  `\\b(?:${DAY_NAMES})\\b\\.?,?\\s*(?:the\\s+)?(?:\\d|${MONTH_WORD})|(?:\\d|${MONTH_WORD})[\\w.]*[\\s,]*\\(?(?:${DAY_NAMES})\\b`,
  "i",
);

/** Whether weekdayDate could read anything in the text: a weekday beside a day or a month. */
export function mayBeDatedByWeekday(text: string): boolean {
  return WEEKDAY_NEXT_TO_DAY.test(text);
}

function latestYearWith(month: number, day: number, weekday: number, today: string): number | null {
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year > thisYear - CYCLE_YEARS; year--) {
    if (!isValidDate(year, month, day)) continue;
    const date = isoDate(year, month, day);
    if (date <= today && weekdayOf(date) === weekday) return year;
  }
  return null;
}
