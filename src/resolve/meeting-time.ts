import { canonicalTimeZone } from "../model/date-time.js";
import { MONTH_NAMES, MONTH_WORD, monthNumber } from "../util/lexicon.js";
import { noteMemo, remembering } from "../util/note-memo.js";
import { weekStartsWritten, withoutWeekWords } from "./date-parsers.js";
import { readDates } from "./date-reader.js";
import { RELATIVE_DAY } from "./date-refiners.js";
import { isoDate, isoTime, isValidDate, weekdayOf } from "./wall-clock.js";
import { weekdayWritten } from "./weekday-year.js";
import { ZONE_ABBREVIATIONS } from "./zone-words.js";

export interface StatedDate {
  date: string;
  time: string | null;
}

const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));
// "September 27, 2025" alone, the way most notes state their date: read without chrono, whose
// parse of the same text gives the same day (and no time) at many times the cost.
const PLAIN_DATE = new RegExp(`^\\s*(${MONTH_NAMES.join("|")}) (\\d{1,2}), (\\d{4})\\s*$`, "i");

/**
 * "Thanks for the call today, Tue 17 Nov 2026": a day named relative to the reader goes with the
 * date beside it into one reading, which has no day without a meeting date to count from; a
 * stated date never leans on it.
 */
const RELATIVE_DAYS = new RegExp(`${RELATIVE_DAY.source}|\\byesterday\\b`, "gi");

/** How much of a line is searched for the meeting's date. */
export const MAX_STATED_TEXT = 400;

/**
 * What readStatedDate found, per date order and text, while a note is read: its facts, its
 * date lines and the headings of a running log ask about the same lines again (a fifth of the
 * calls), and each reading may run chrono.
 */
const STATED_DATES = noteMemo<StatedDate | null>();

/** A calendar date with its year written out; chrono reads the many spellings people use. */
export function readStatedDate(
  written: string,
  dateOrder: "MDY" | "DMY" | null,
): StatedDate | null {
  if (!remembering()) return readDateStated(written, dateOrder);
  const key = `${dateOrder ?? ""}|${written}`;
  let stated = STATED_DATES.get(key);
  if (stated === undefined) {
    stated = readDateStated(written, dateOrder);
    STATED_DATES.set(key, stated);
  }
  // A copy: callers may change what they are given.
  return stated && { ...stated };
}

function readDateStated(written: string, dateOrder: "MDY" | "DMY" | null): StatedDate | null {
  // A meeting's date is stated near the start of its line; chrono's time grows faster than the
  // text, and a pasted line of 100 KB ("1/1 1/1 ...") took seconds, so only the start is read.
  const text = withoutWeekWords(
    weekStartsWritten(
      inEnglishMonths(
        unsqueezed(written.length > MAX_STATED_TEXT ? written.slice(0, MAX_STATED_TEXT) : written),
      ),
    ).replace(RELATIVE_DAYS, (word) => " ".repeat(word.length)),
  );
  const plain = PLAIN_DATE.exec(text);
  if (plain) {
    const [month, day, year] = [
      MONTHS.indexOf(plain[1]!.slice(0, 3).toLowerCase()) + 1,
      Number(plain[2]),
      Number(plain[3]),
    ];
    if (isValidDate(year, month, day)) return { date: isoDate(year, month, day), time: null };
  }
  // A stated date names its year, in digits; a reading that leans on a meeting date the note has not stated yet is none.
  if (!/\d/.test(text)) return null;
  for (const reading of readDates(text, { reference: null, dateOrder })) {
    if (reading.due === null || reading.implied.includes("year")) continue;
    const [date, time] = reading.due.split("T") as [string, string | undefined];
    // "Monday, May 11, 10-11 CET" read as 11 May 2010, a Tuesday: the weekday says the
    // reader took the hours for a year. A year written out in full stands, whatever the weekday.
    const weekday = weekdayWritten(text, reading);
    if (weekday !== null && weekdayOf(date) !== weekday && !reading.text.includes(date.slice(0, 4)))
      continue;
    return { date, time: time ?? null };
  }
  // "4 March 2026 at 9.30", "2026-03-04 at 9.30": a clock the date reader does not know spoils
  // the reading; the words before it are the date (the clock is read as the start time).
  const clockAt = /\s+(?:at\s+|@\s*)?\d{1,2}[.h]\d{2}(?!\d)/.exec(text);
  return clockAt && clockAt.index > 0
    ? readDateStated(text.slice(0, clockAt.index), dateOrder)
    : null;
}

/**
 * The months in full in German, French, Spanish, Dutch, Italian and Portuguese, as the
 * meeting's date line of notes kept in those languages writes them, with the English month each
 * is (the headers of their task tables are read in the same languages).
 */
const FOREIGN_MONTHS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "januar janvier enero januari gennaio janeiro",
    "februar février fevrier febrero februari febbraio fevereiro",
    "märz maerz mars marzo maart março",
    "avril abril aprile",
    "mai mayo mei maggio maio",
    "juni juin junio giugno junho",
    "juli juillet julio luglio julho",
    "août aout agosto augustus",
    "septembre septiembre setiembre settembre setembro",
    "oktober octobre octubre ottobre outubro",
    "novembre noviembre novembro",
    "dezember décembre decembre diciembre dicembre dezembro",
  ].flatMap((names, index) => names.split(" ").map((name) => [name, MONTH_NAMES[index]!])),
);
/** "4. März 2026", "4 de marzo de 2026", "4 mars 2026": a day, a month in full and a year. */
const FOREIGN_DATE = new RegExp(
  `\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?(${Object.keys(FOREIGN_MONTHS).join("|")})(?:\\s+de)?,?\\s+(\\d{4})\\b`,
  "giu",
);

/** The date with its month in English, which the date reader knows. */
export function inEnglishMonths(text: string): string {
  return text.replace(
    FOREIGN_DATE,
    (_, day: string, month: string, year: string) =>
      `${day} ${FOREIGN_MONTHS[month.toLowerCase()]} ${year}`,
  );
}

const SQUEEZED = new RegExp(`\\b(${MONTH_WORD})(\\d{1,2}(?:st|nd|rd|th)?)\\b`, "gi");

/** "Jan27 2022", "Nov23rd": a month name written against its day. */
function unsqueezed(text: string): string {
  return text.replace(SQUEEZED, "$1 $2");
}

/** A date in a file name: "2016-5-19-pm-call.md", "2022-05-10.md", "notes_20250927.md". */
export function dateFromFileName(
  fileName: string,
  dateOrder: "MDY" | "DMY" | null = null,
): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dashed = /(?:^|[^\d])(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/.exec(base);
  const compact = /(?:^|[^\d])(\d{4})(\d{2})(\d{2})(?!\d)/.exec(base);
  const match = dashed ?? compact;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (isValidDate(year, month, day)) return isoDate(year, month, day);
  }
  // "2024-nov-19-sync.md", "04_March_2025.md", "review-mar-4-2025.md": a month by name needs no
  // order; the year is four digits, first or last.
  const named = monthNamedDate(base);
  if (named) return named;
  // "02-03-2021-outage.md", "19032025-minutes.md": the year last, the other two in the note's order.
  // "meeting-4-4-24.md", "10_08_24_notes.md": a year of two digits only between dashes or
  // underscores, the whole date standing apart ("v1.2.24" is a version).
  const yearLast =
    /(?:^|[^\d])(\d{1,2})([-_.])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/.exec(base) ??
    /(?:^|[^\d])(\d{2})()(\d{2})((?:19|20)\d{2})(?!\d)/.exec(base) ??
    /(?:^|[-_ ])(\d{1,2})([-_])(\d{1,2})\2(\d{2})(?=[-_ .]|$)/.exec(base);
  if (!yearLast) return null;
  const yy = yearLast[4]!;
  const [a, b, year] = [
    Number(yearLast[1]),
    Number(yearLast[3]),
    yy.length === 2 ? 2000 + Number(yy) : Number(yy),
  ];
  const [month, day] = dateOrder === "DMY" ? [b, a] : [a, b];
  return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}

const NAMED_MONTH_FIRST_YEAR = new RegExp(
  `(?:^|[^\\d\\p{L}])((?:19|20)\\d{2})[-_ ](${MONTH_WORD})[-_ ](\\d{1,2})(?![\\d\\p{L}])`,
  "iu",
);
const NAMED_MONTH_LAST_YEAR = new RegExp(
  `(?:^|[^\\d\\p{L}])(?:(\\d{1,2})[-_ ](${MONTH_WORD})|(${MONTH_WORD})[-_ ](\\d{1,2}))[-_ ,]+((?:19|20)\\d{2})(?!\\d)`,
  "iu",
);

function monthNamedDate(base: string): string | null {
  const first = NAMED_MONTH_FIRST_YEAR.exec(base);
  const last = first ? null : NAMED_MONTH_LAST_YEAR.exec(base);
  if (!first && !last) return null;
  const year = Number(first ? first[1] : last![5]);
  const month = monthNumber(first ? first[2]! : (last![2] ?? last![3])!);
  const day = Number(first ? first[3] : (last![1] ?? last![4]));
  return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}

export interface TimeRange {
  start: string | null;
  end: string | null;
  timezone: string | null;
}

// "7pm", "7 p.m.", "7a": a meridiem letter alone or before "m", not the first letter of a word
// ("10 April" is no time); "14h", "9h30".
const CLOCK =
  "(\\d{1,2})(?:[:.h](\\d{2})|h(?![a-z\\d]))?\\s*(?:([ap])(?:\\.?\\s*m\\b\\.?|\\.|(?![a-z])))?";
const RANGES = new RegExp(
  `${CLOCK}(?:\\s*(?:-|–|—|to|until)\\s*${CLOCK})?(?:\\s*\\(?\\b([A-Z]{2,5}(?:[+-]\\d{1,2})?|[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)\\b\\)?)?`,
  "gi",
);

/**
 * "10:00 AM - 11:30 AM", "14:00–15:00 CET", "9am PT": the first clock time in the text, past the
 * numbers of a date before it ("03/04/2026 (Wed), 14:00 EST").
 */
export function readTimeRange(text: string): TimeRange | null {
  for (const match of text.matchAll(RANGES)) {
    const endMeridiem = match[6];
    const start = clock(match[1], match[2], match[3] ?? endMeridiem);
    // "03/04", "03.04.2026" and "2026-03-04" are a date's numbers, not a clock.
    const before = text.slice(0, match.index);
    // "at 14h", ", 9h - 10h30": the French and German way to write the hour, on a 24-hour clock;
    // "(2h)" is how long.
    const hourMark =
      /^\d{1,2}h/i.test(match[0]) &&
      /(?:^|[,–—-]|\b(?:at|à|um|om|alle|às|las|from|de|von|van|vanaf))\s*$/i.test(before);
    if (!start || (!match[2] && !match[3] && !endMeridiem && !hourMark)) continue;
    const after = text.slice(match.index + match[0].replace(/\.$/, "").length);
    if (/[./-]\s*$|\d$/.test(before) || /^[./-]?\d/.test(after)) continue;
    const end = match[4] ? clock(match[4], match[5], endMeridiem ?? match[3]) : null;
    // "4:07:31 UTC": seconds, or the universal zone, are a machine's or a log's 24-hour clock.
    const twentyFourHour = /^:\d{2}/.test(after) || /^(?:UTC|GMT|Z)$/i.test(match[7] ?? "");
    const marked = !!(match[3] || endMeridiem) || twentyFourHour || hourMark;
    return {
      start: marked ? start : afternoonWhenUnmarked(start, match[1]!),
      end: marked || !end ? end : afternoonWhenUnmarked(end, match[4]!),
      timezone: match[7] ? toIana(match[7]) : null,
    };
  }
  return null;
}

/**
 * "Time: 2:00 - 3:00", "Next meeting: March 11, 2:30": a meeting's hour from one to six without
 * "am" or "pm" is in the afternoon, as no one meets at two in the night; a clock written with a
 * leading zero ("02:00"), with seconds or in UTC is a 24-hour clock and means what it says.
 */
function afternoonWhenUnmarked(time: string, hourText: string): string {
  const hour = Number(time.slice(0, 2));
  if (hourText.length !== 1 || hour < 1 || hour > 6) return time;
  return `${String(hour + 12).padStart(2, "0")}${time.slice(2)}`;
}

function clock(
  hourText: string | undefined,
  minuteText: string | undefined,
  meridiem: string | undefined,
): string | null {
  if (!hourText) return null;
  let hour = Number(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return isoTime(hour, minute);
}

/** An IANA zone name for what the note wrote, or null when it names none this runtime knows. */
export function toIana(written: string): string | null {
  const upper = written.trim().toUpperCase();
  if (Object.hasOwn(ZONE_ABBREVIATIONS, upper)) return ZONE_ABBREVIATIONS[upper]!;
  if (!/^[A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?$/.test(written.trim())) return null;
  return canonicalTimeZone(written);
}

export function isIanaZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}
