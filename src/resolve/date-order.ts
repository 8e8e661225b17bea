import { MONTH_WORD, monthNumber } from "../util/lexicon.js";
import { inEnglishMonths } from "./meeting-time.js";
import { weekdayIndex } from "./phrase-words.js";

/**
 * Whether a note writes numeric dates day first: "19/03/2025" can only be 19 March, and a note
 * that writes one such date writes "05/03/2025" the same way. Evidence comes from the note's
 * text and its file name; without evidence either way, or with evidence both ways, null.
 */
/** "2023-04-11-sync.md", "notes_20230411.md": a date the name writes year first. */
const ISO_IN_NAME = /(?:^|\D)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/;

const DEADLINE_CUE_BEFORE = /\b(?:by|due|before|until|till|nlt|no later than|deadline)\s*:?\s*$/i;

export function inferDateOrder(written: string, fileName: string | null): "MDY" | "DMY" | null {
  // "2 décembre 2026", "4. März 2026": a date with its month in another language is evidence as
  // the same date in English is.
  const text = inEnglishMonths(written);
  let dayFirst = 0;
  let monthFirst = 0;
  const ambiguous: Array<[number, number, number]> = [];
  /** Month, day, and whether a deadline's word stands before it. */
  const yearless: Array<[number, number, boolean]> = [];
  const count = (first: number, second: number, year?: string, weekday?: number) => {
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst++;
    else if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst++;
    else if (year && first >= 1 && first <= 12 && second >= 1 && second <= 12) {
      const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
      ambiguous.push([first, second, fullYear]);
      // "Tuesday 02/03/2021": the reading that falls on the weekday written with it.
      if (weekday !== undefined) {
        const onDayFirst = new Date(Date.UTC(fullYear, second - 1, first)).getUTCDay() === weekday;
        const onMonthFirst =
          new Date(Date.UTC(fullYear, first - 1, second)).getUTCDay() === weekday;
        if (onDayFirst && !onMonthFirst) dayFirst++;
        if (onMonthFirst && !onDayFirst) monthFirst++;
      }
    }
  };
  // Slashes and dashes only: dotted dates are always day first and tell nothing of the others.
  for (const match of text.matchAll(
    /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})(?![\d/-])/g,
  )) {
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, match.index - 14), match.index));
    const after = WEEKDAY_AFTER.exec(
      text.slice(match.index + match[0].length, match.index + match[0].length + 14),
    );
    const weekday = before?.[1] ?? after?.[1];
    count(
      Number(match[1]),
      Number(match[3]),
      match[4],
      weekday ? weekdayIndex(weekday) : undefined,
    );
  }
  // "13/03", "due 3/16": a date without its year settles the order when it can be read one way only.
  // "24/7" is a service's hours, "13/20 of" a share.
  for (const match of text.matchAll(
    /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})(?![\d/:%-]|\.\d|\s+of\b)/g,
  )) {
    if (match[0] === "24/7") continue;
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (first > 12 !== second > 12) count(first, second);
    else if (first !== second && first >= 1 && second >= 1 && first <= 12 && second <= 12)
      yearless.push([
        first,
        second,
        DEADLINE_CUE_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index)),
      ]);
  }
  const base = fileName?.split(/[\\/]/).pop() ?? "";
  const named =
    /(?:^|\D)(\d{1,2})([-_.])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/.exec(base) ??
    /(?:^|\D)(\d{2})()(\d{2})((?:19|20)\d{2})(?!\d)/.exec(base);
  // A report dated by its file name often opens with the day: "On Tuesday at 02:01 UTC, ...".
  const opening = OPENING_WEEKDAY.exec(text.slice(0, 600));
  if (named)
    count(
      Number(named[1]),
      Number(named[3]),
      named[4],
      opening ? weekdayIndex(opening[1]!) : undefined,
    );
  // "Nov 3, 2025" in the front matter and "3/11/25" in the heading: the same day, written day
  // first; so is "11/04/2023" in a note filed as "2023-04-11-sync.md".
  const worded = wordedDates(text);
  const filed = ISO_IN_NAME.exec(base);
  if (filed) worded.add(`${Number(filed[1])}-${Number(filed[2])}-${Number(filed[3])}`);
  for (const [first, second, year] of ambiguous) {
    if (worded.has(`${year}-${second}-${first}`)) dayFirst++;
    if (worded.has(`${year}-${first}-${second}`)) monthFirst++;
  }
  if (dayFirst > 0 && monthFirst === 0) return "DMY";
  if (monthFirst > 0 && dayFirst === 0) return "MDY";
  if (dayFirst === 0 && monthFirst === 0) {
    const fixed = anchors(text, worded);
    const clustered = orderThatClusters(ambiguous, fixed);
    if (clustered) return clustered;
    const writersOrder = ambiguous.length === 0 ? wordedOrder(text) : null;
    // "1 Dec 2026" over "due 12/10": read day first, the deadline fell due in October. The
    // evidence disagrees, and the reader takes each date's reading to come.
    const ahead = writersOrder
      ? orderOfDeadlinesAhead(
          yearless.filter(([, , cued]) => cued).map(([first, second]) => [first, second]),
          fixed,
        )
      : null;
    if (ahead && ahead !== writersOrder) return null;
    return (
      writersOrder ??
      // After the writer's own order: "April 3, 2026 ... by 10/04" is October in that hand.
      // Beside dates that read one way only, "by 5/3" in a March meeting lies ahead of them, not
      // close by: a deadline says nothing of the order there (the reader takes the reading to
      // come); beside a date as ambiguous as itself it is the evidence there is.
      orderThatClusters(
        ambiguous,
        fixed,
        yearless
          .filter(([, , cued]) => ambiguous.length > 0 || !cued)
          .map(([month, day]) => [month, day] as [number, number]),
      ) ??
      wordedOrder(text, DAY_MONTH, MONTH_DAY) ??
      (writtenInDayFirstLanguage(text) ? "DMY" : null)
    );
  }
  return null;
}

/**
 * Words of French, German, Spanish, Dutch, Italian and Portuguese that English does not use, and
 * English words those languages do not: minutes kept in one of those languages write "09/12" as
 * the ninth of December.
 */
const DAY_FIRST_LANGUAGE_WORDS = new Set(
  `et les des une pour avec dans sur est sont nous vous aux du réunion prochaine
  und der das mit für ist wir nicht auf bis wird sind sitzung nächste
  y los las una para por está están reunión próxima
  het een voor met zijn niet wordt vergadering volgende
  il gli della delle per sono riunione prossima
  os uma com não são às próxima reunião`
    .split(/\s+/)
    .filter(Boolean),
);
const ENGLISH_WORDS = new Set(
  "the and to of for with is are we will be on by this that".split(" "),
);

function writtenInDayFirstLanguage(text: string): boolean {
  let foreign = 0;
  let english = 0;
  for (const word of text
    .slice(0, 20_000)
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    if (DAY_FIRST_LANGUAGE_WORDS.has(word)) foreign++;
    else if (ENGLISH_WORDS.has(word)) english++;
  }
  return foreign >= 5 && foreign > english * 2;
}

/**
 * "due 12/10" in a note of "1 Dec 2026": a deadline lies ahead of the meeting. The order under
 * which every such deadline falls within half a year after the note's first fixed day, when read
 * the other way one of them fell due in the weeks before it; a deadline half a year off either
 * way settles nothing.
 */
function orderOfDeadlinesAhead(
  deadlines: ReadonlyArray<[number, number]>,
  fixed: readonly number[],
): "MDY" | "DMY" | null {
  if (deadlines.length === 0 || fixed.length === 0) return null;
  const from = Math.min(...fixed);
  const year = new Date(from).getUTCFullYear();
  const day = 86_400_000;
  const readings = (month: number, date: number) =>
    month >= 1 && month <= 12
      ? [year - 1, year, year + 1].map((candidate) => Date.UTC(candidate, month - 1, date))
      : [];
  const ahead = (month: number, date: number) =>
    readings(month, date).some((at) => at >= from && at - from <= 183 * day);
  const behind = (month: number, date: number) =>
    !ahead(month, date) && readings(month, date).some((at) => at < from && from - at <= 92 * day);
  if (
    deadlines.every(([first, second]) => ahead(first, second)) &&
    deadlines.some(([first, second]) => behind(second, first))
  )
    return "MDY";
  if (
    deadlines.every(([first, second]) => ahead(second, first)) &&
    deadlines.some(([first, second]) => behind(first, second))
  )
    return "DMY";
  return null;
}

/**
 * "3rd April 2026" in a note's head, and no date in figures with a year: the writer puts the day first,
 * in figures too ("by 10/04"); "April 3, 2026" puts the month first. Both ways, or neither: null.
 */
function wordedOrder(
  text: string,
  dayMonth = DAY_MONTH_YEAR,
  monthDay = MONTH_DAY_YEAR,
): "MDY" | "DMY" | null {
  const head = text.slice(0, 2000);
  const dayFirst = head.search(dayMonth) >= 0;
  const monthFirst = head.search(monthDay) >= 0;
  if (dayFirst === monthFirst) return null;
  return dayFirst ? "DMY" : "MDY";
}

/**
 * With no date that settles it, the reading under which the note's dates lie close together:
 * a note dated "05/03/2025" that plans its next meeting on "12/03/2025" means a week later
 * (5 and 12 March), not seven months (3 May and 3 December). Null unless one reading keeps
 * the dates within two months and the other spreads them at least three times wider.
 */
function orderThatClusters(
  dates: ReadonlyArray<[number, number, number]>,
  fixed: readonly number[],
  yearless: ReadonlyArray<[number, number]> = [],
): "MDY" | "DMY" | null {
  const spread = (read: (date: [number, number, number]) => number) => {
    const dated = [...dates.map(read), ...fixed];
    // "by 11/12" in a note dated "03/12/2026": the year, either side of the dated days' middle,
    // that brings the date nearest them.
    const middle = (Math.max(...dated) + Math.min(...dated)) / 2;
    const year = new Date(middle).getUTCFullYear();
    const nearest = ([first, second]: [number, number]) =>
      [year - 1, year, year + 1]
        .map((candidate) => read([first, second, candidate]))
        .reduce((best, day) => (Math.abs(day - middle) < Math.abs(best - middle) ? day : best));
    const days = [...dated, ...yearless.map(nearest)];
    return (Math.max(...days) - Math.min(...days)) / 86_400_000;
  };
  const distinct = new Set([...dates, ...yearless].map((date) => date.join("/")));
  if (dates.length + fixed.length === 0 || distinct.size === 0 || distinct.size + fixed.length < 2)
    return null;
  const monthFirst = spread(([month, day, year]) => Date.UTC(year, month - 1, day));
  const dayFirst = spread(([day, month, year]) => Date.UTC(year, month - 1, day));
  if (dayFirst <= 62 && monthFirst >= 3 * Math.max(dayFirst, 7)) return "DMY";
  if (monthFirst <= 62 && dayFirst >= 3 * Math.max(monthFirst, 7)) return "MDY";
  return null;
}

const WEEKDAY_NAMES =
  "(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thu|fri|sat)";
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY_NAMES}\\.?,?\\s*(?:the\\s+)?$`, "i");
const WEEKDAY_AFTER = new RegExp(`^,?\\s*\\(?${WEEKDAY_NAMES}\\b`, "i");
const OPENING_WEEKDAY =
  /(?:^|[.!?]\s+|\n\s*)On (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;

const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  "gi",
);
// Without a year, as the last hint left: "w/c 14 Dec" is written by someone who puts the day first.
const DAY_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_WORD})\\b(?!\\.?,?\\s+\\d{4})`,
  "i",
);
const MONTH_DAY = new RegExp(
  `\\b(?:${MONTH_WORD})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`,
  "i",
);
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD})\\.?,?\\s+(\\d{4})\\b`,
  "gi",
);

/**
 * The days a note writes in a way only one order reads ("2026-03-04", "4 March 2026"), as instants:
 * "Due: 12/03/2026" in a note of 4 March 2026 is eight days on read day first, nine months on read
 * month first.
 */
function anchors(text: string, worded: ReadonlySet<string>): number[] {
  const days = new Set<number>();
  for (const match of text.matchAll(ISO_DATE))
    days.add(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  for (const day of worded) {
    const [year, month, date] = day.split("-").map(Number) as [number, number, number];
    days.add(Date.UTC(year, month - 1, date));
  }
  return [...days].filter((day) => !Number.isNaN(day));
}
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

/** The days a text writes with a month name and a year, as "year-month-day" without padding. */
function wordedDates(text: string): Set<string> {
  const days = new Set<string>();
  for (const match of text.matchAll(MONTH_DAY_YEAR))
    days.add(`${match[3]}-${monthNumber(match[1]!)}-${Number(match[2])}`);
  for (const match of text.matchAll(DAY_MONTH_YEAR))
    days.add(`${match[3]}-${monthNumber(match[2]!)}-${Number(match[1])}`);
  return days;
}
