import { DEADLINE_CUES, MEETING_NOUNS, MONTH_WORD, monthNumber } from "../util/lexicon.js";
import { CLOCK_TIME, clockOf, readNumericDate } from "./date-shapes.js";
import {
  AMOUNT,
  addSpan,
  amountOf,
  DAY_NAMES,
  END_OF_DAY_ABBREVIATIONS,
  germanWeekdayIndex,
  isoDuration,
  type PhraseContext,
  UNIT,
  unitOf,
  weekdayIndex,
} from "./phrase-words.js";
import {
  addBusinessDays,
  addDays,
  addMonths,
  daysBetween,
  isoDate,
  isValidDate,
  lastDayOfMonth,
  mondayOf,
  nearestDayOnWeekday,
  nextWeekday,
  WEEKDAYS,
  weekdayOf,
  weekdayOfFollowingWeek,
} from "./wall-clock.js";

/** A part of a deadline the words left out and the reader filled in. */
export type ImpliedPart = "year" | "time";

/** What one of our date parsers read. */
export interface DateValue {
  /** "2025-09-27" or "2025-09-27T17:00"; null when the words need a meeting date the note lacks, or name no real day. */
  due: string | null;
  /** "the year of Oct 17", "17:00 for EOD". */
  implied?: ImpliedPart[];
  /** A span of time that could also be read as a duration ("within 4 hours"). */
  span?: string;
  /** A second reading worth a diagnostic. */
  ambiguity?: string;
  /** The words are a date's shape but name no real day ("13/45"). */
  unresolved?: boolean;
}

/** Words shaped like a date that are something else ("24/7", "3/4 of users", "v2.10"): claimed so no parser reads them. */
export const NOT_A_DATE = "not-a-date";

/**
 * A date parser of ours, in the manner of chrono's: a pattern and what a match means. It is
 * run by chrono (see date-reader.ts); `match.input` is the whole text, so a parser may look at
 * the words before its match.
 */
export interface DateParser {
  name: string;
  pattern: RegExp;
  read(match: RegExpExecArray, context: PhraseContext): DateValue | typeof NOT_A_DATE | null;
}

/** A short day name counts when capitalised or cued: "sat down" and "the sun" name no day. */
const DAY_CUE = new RegExp(
  `\\b(?:by|due|until|till|before|on|next|this|coming|${END_OF_DAY_ABBREVIATIONS}|from|to)\\s*[:,]?\\s*$`,
  "i",
);

function isDayWord(match: RegExpExecArray, day: string): boolean {
  if (day.length >= 6) return true;
  return (
    /^[A-Z]/.test(day) || DAY_CUE.test(match.input.slice(0, match.index + match[0].indexOf(day)))
  );
}

/** "move the Wednesday sync", "our Friday standup": a weekday that says which thing, not when. */
// "a no-meeting Wednesday trial", "the weekly Friday sync": one word may stand between.
const OWNED_OR_DEFINITE =
  /(?:^|[^\p{L}])(?:the|our|their|your|my|its|his|her|a|an)\s+(?:[\p{Ll}-]{3,}\s+)?$/iu;
const CUE_THEN_DEFINITE =
  /\b(?:by|before|until|till|ahead of|for|at|on|from|after|since|during|in)\s+(?:the|our|their|your|my|its|his|her)\s+$/i;
const NOUN_AFTER = new RegExp(
  `^\\s+(?!(?:morning|afternoon|evening|night|noon|midday|${END_OF_DAY_ABBREVIATIONS}|eow|after|before|of|at|in|on|and|or|to|the|this|next|week)\\b)\\p{Ll}{3,}`,
  "u",
);

/** "will send", "'ll check", "to send", "is going to": work still to do. */
const WORK_AHEAD = /(?:\bwill|'ll|’ll|\bto|\bshall|\bgoing to)\s+\p{L}+/iu;

/** "propose a Wednesday", "find any Friday afternoon", "a no-meeting Wednesday afternoon": no one day. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an|any|another|some)\s+(?:\p{Ll}+-[\p{Ll}-]+\s+)?$/iu;

/** "see if we hold Friday meetings", "Monday calls run long": meetings held on that day, all of them. */
const MEETINGS_AFTER = new RegExp(`^\\s+${MEETING_NOUNS}s\\b`, "i");

function namesAKindOfThing(match: RegExpExecArray): boolean {
  // With "next"/"this", a clock or a week after it, the weekday is a day.
  if (match[1] || match[2] || match[4] || match[5]) return false;
  const before = match.input.slice(0, match.index);
  const after = match.input.slice(match.index + match[0].length);
  if (MEETINGS_AFTER.test(after) || INDEFINITE_BEFORE.test(before)) return true;
  return (
    OWNED_OR_DEFINITE.test(before) && !CUE_THEN_DEFINITE.test(before) && NOUN_AFTER.test(after)
  );
}

/** Close of business: the hour is ours, the words only name the day. */
/** The last day of the calendar quarter the date falls in. */
function lastDayOfQuarter(date: string): string {
  const quarterEnd = Math.ceil(Number(date.slice(5, 7)) / 3) * 3;
  return lastDayOfMonth(isoDate(Number(date.slice(0, 4)), quarterEnd, 1));
}

function endOfBusiness(date: string): DateValue {
  return { due: `${date}T17:00`, implied: ["time"] };
}

function dayNamed(word: string, referenceDate: string): string {
  const lower = word.toLowerCase();
  if (lower === "today") return referenceDate;
  if (lower === "tomorrow") return addDays(referenceDate, 1);
  return nextWeekday(referenceDate, weekdayIndex(lower));
}

const NEEDS_REFERENCE: DateValue = { due: null };

/**
 * "the week of", "w/c" (week commencing), "w/b" (week beginning): words that name a week by one
 * of its days. A deadline set so is the week's end; a meeting so placed starts in it.
 */
export const WEEK_NAMED_BY_A_DAY = new RegExp(
  `\\b(?<!\\b(?:first|1st|second|2nd|third|3rd|fourth|4th|last|this|next)\\s+)(?:(?:the\\s+)?week\\s+(?:of|commencing|beginning|starting)|w\\/[cb]|w\\.c\\.?)\\s+(?=(?:(?:mon|sun)\\w*\\.?,?\\s+)?(?:the\\s+)?(?:\\d{1,2}(?!\\d)|${MONTH_WORD}\\.?\\s+\\d{1,2}(?!\\d)))`,
  "i",
);

const WEEK_WORDS = new RegExp(WEEK_NAMED_BY_A_DAY.source, "gi");

/** A meeting held in "the week of June 11" starts in it: the words left out, the day names its date. */
export function withoutWeekWords(text: string): string {
  return text.replace(WEEK_WORDS, "");
}

/** "2026-W20", "KW 20/2026", "CW20'26": an ISO week with its year. */
const WEEK_WITH_YEAR =
  /\b(?:(20\d{2})-?W(\d{2})|(?:KW|CW)\s?(\d{1,2})\s?[/'’]\s?((?:20)?\d{2}))\b/g;

/**
 * "Weekly sync 2026-W20", "Protokoll KW 20/2026": a meeting dated by its week is placed on the
 * week's Monday (ISO 8601's day 1 of the week), so that "by Friday" in it is that week's Friday.
 */
export function weekStartsWritten(text: string): string {
  return text.replace(WEEK_WITH_YEAR, (whole, isoYear, isoWeek, week, year) => {
    const number = Number(isoWeek ?? week);
    const yearNumber = Number(isoYear ?? (year.length === 2 ? `20${year}` : year));
    if (number < 1 || number > 53) return whole;
    return addDays(mondayOf(isoDate(yearNumber, 1, 4)), 7 * (number - 1));
  });
}

/** The first three letters of the ordinals of "the 2nd week of June"; "las" is none of them. */
const WEEK_ORDINALS = ["fir", "sec", "thi", "fou", "1st", "2nd", "3rd", "4th"];
/** "the first of next month", "the fifteenth of this month": a day of the month in words. */
const DAY_ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  fifteenth: 15,
  twentieth: 20,
};

/**
 * Our parsers, in priority order: where two of their readings overlap, the earlier parser's
 * wins, and any of them wins over chrono's own (date-refiners.ts). "within" comes before the
 * end-of-period words and those before bare weekdays, so that "EOD Friday" is one deadline.
 */
/** A zone or a comma between a close of day and its day: " PT", " (CET)", ",". */
const ZONE_BETWEEN = String.raw`(?:,|\s*\(?(?:UTC|GMT|[ECMP][SD]?T|BST|CES?T|EES?T|JST|AE[SD]T)\)?)?`;

export const DATE_PARSERS: readonly DateParser[] = [
  {
    name: "within-span",
    // "within 24 hours", "ETA: 2 weeks", "a week from today", "in ~2 weeks": a span counted from
    // the meeting, however roughly;
    // "within 2 days of the release" counts from something else, "2 days of effort" is an amount;
    // "within 48 hours of the meeting", "of this call", "of today" count from the meeting itself.
    pattern: new RegExp(
      `\\b(?:(?:within|in|in the next|within the next|over the next|next|inside|eta:?)\\s+(?:~\\s*|about\\s+|around\\s+|approx(?:\\.|imately)?\\s+|roughly\\s+)?(?:${AMOUNT}\\s*[-–]\\s*)?${AMOUNT}\\s*${UNIT}(?![a-z])(?!\\s+of\\b(?!\\s+(?:(?:the|this|our|today['’]s)\\s+(?:meeting|call|sync|session)\\b|today\\b)))|${AMOUNT}\\s+${UNIT}\\s+from\\s+(?:today|now)\\b)`,
      "gi",
    ),
    read: (match, context) => {
      const amount = amountOf(match[2] ?? match[4]!);
      const unit = unitOf(match[3] ?? match[5]!);
      const span = isoDuration(amount, unit);
      if (!context.reference) return { due: null, span };
      return { due: addSpan(context.reference, amount, unit), span };
    },
  },
  {
    name: "the-next-unit",
    // "within the hour", "in the next day or two": one hour or day, counted from the meeting.
    pattern:
      /\b(?:within the (hour)|(?:in|within|over) the next (hour|day))\b(?!\s+(?:of|after|before)\b)/gi,
    read: (match, context) => {
      const unit = unitOf((match[1] ?? match[2])!);
      const span = isoDuration(1, unit);
      if (!context.reference) return { due: null, span };
      return { due: addSpan(context.reference, 1, unit), span };
    },
  },
  {
    name: "plus-span",
    // "T+24h – RCA to the customer", "+48h: post-incident review": an incident plan counts its
    // steps from the meeting, as a timeline counts from T. "+1" alone is a vote. After "T+" a
    // day or a week may be its letter alone ("T+7d", "T+2w").
    pattern: new RegExp(
      `(?<![\\w+])(?:T\\s?)?\\+\\s?(\\d{1,3})\\s?(?:${UNIT}|(?<=T\\s?\\+\\s?\\d{1,3}\\s?)([dw]))(?![a-z])`,
      "gi",
    ),
    read: (match, context) => {
      const amount = Number(match[1]);
      const unit = unitOf((match[2] ?? match[3])!);
      const span = isoDuration(amount, unit);
      if (!context.reference) return { due: null, span };
      return { due: addSpan(context.reference, amount, unit), span };
    },
  },
  {
    name: "same-time-next",
    // "by this time next week", "same time next month": the meeting's day and hour, a week or a
    // month on, not the end of that week.
    pattern: /\b(?:this|the same|same) time next (week|month)\b/gi,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const { date, time } = context.reference;
      const day = match[1]!.toLowerCase() === "week" ? addDays(date, 7) : addMonths(date, 1);
      return { due: time ? `${day}T${time}` : day };
    },
  },
  {
    name: "span-from-weekday",
    // "a week from Friday", "two days from Monday", "a week on Friday": the span counted from that
    // day, not the meeting. "A week today", "a week tomorrow": a week from that day; "2 hours
    // today" is an amount of work, so only weeks are read without "from" or "on".
    pattern: new RegExp(
      `\\b${AMOUNT}\\s+${UNIT}\\s+(?:(?:from|on)\\s+(?:this\\s+|next\\s+)?(${DAY_NAMES}|tomorrow)|(today|tomorrow))\\b`,
      "gi",
    ),
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const unit = unitOf(match[2]!);
      if (unit === "hour" || unit === "minute") return null;
      if (match[4] && unit !== "week" && unit !== "fortnight") return null;
      const from = dayNamed(match[3] ?? match[4]!, context.reference.date);
      return { due: addSpan({ date: from, time: null }, amountOf(match[1]!), unit) };
    },
  },
  {
    name: "within-the-next-unit",
    // "within the next fortnight", "over the next week", "in the coming month": a span from the
    // meeting, as "within a week" is, not the calendar week or month after the meeting's.
    pattern:
      /\b(?:within|in|over|during)\s+the\s+(?:next|coming)\s+(fortnight|week|month)\b(?!['’])/gi,
    read: (match, context) => {
      const unit = unitOf(match[1]!);
      const span = isoDuration(1, unit);
      if (!context.reference) return { due: null, span };
      return { due: addSpan(context.reference, 1, unit), span };
    },
  },
  {
    name: "end-of-day",
    // "EOD Friday", "next Friday EOD", "COB next Tue", "EOP Fri" (end of play), "close of day
    // on Tuesday": the close of that day; "next" is the day of the following week, as for a
    // weekday alone. "EOD (PT) tomorrow": the zone between is the close's, and the day after it
    // is still the day.
    pattern: new RegExp(
      `\\b(?:(next\\s+|this\\s+|coming\\s+)?(${DAY_NAMES}|today|tomorrow)\\s+)?(?:EOD|COB|EOB|EOP|(?:end|close) of (?:the )?(?:business )?day|(?:close|end) of business|(?<=\\b(?:by|before|until|till|at)\\s+(?:the\\s+)?)(?:end|close) of play|(?:end|close) of play(?=\\s+(?:on\\s+)?(?:next\\s+|this\\s+)?(?:${DAY_NAMES}|tomorrow)\\b))(?:${ZONE_BETWEEN}\\s+(?:on\\s+)?(next\\s+|this\\s+|coming\\s+)?(${DAY_NAMES}|today|tomorrow))?\\b`,
      "gi",
    ),
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const day = match[2] ?? match[4] ?? "today";
      const next = /^next/i.test(match[1] ?? match[3] ?? "") && weekdayIndex(day) >= 0;
      return endOfBusiness(
        next
          ? weekdayOfFollowingWeek(context.reference.date, weekdayIndex(day))
          : dayNamed(day, context.reference.date),
      );
    },
  },
  {
    name: "end-of-week",
    // "within the week" closes the same week as "end of the week"; "end of week 12" names another
    // week, of a year or a course, and is left to the readers of week numbers.
    pattern:
      /\b(?:EOW|end of (?:the )?(this |next )?(?:week|wk)(?![\s-]*#?\d)(\s+after\s+next)?|within the week|(?<=\bby\s+)week'?s\s+end)\b/gi,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const next = match[1]?.trim().toLowerCase() === "next";
      // "end of the week after next": the Friday two weeks on.
      const weeksOn = match[2] ? 14 : next ? 7 : 0;
      const friday = addDays(mondayOf(context.reference.date), 4 + weeksOn);
      // The Friday of the meeting's own week; at a weekend meeting that Friday has passed, and a
      // deadline is not set before the meeting that sets it: the working week ahead is meant.
      const passed = weeksOn === 0 && friday < context.reference.date;
      return {
        ...endOfBusiness(passed ? addDays(friday, 7) : friday),
        ambiguity: passed
          ? `"${match[0]}" is read as Friday of the working week after the weekend meeting, ${addDays(friday, 7)}; the meeting's own week ended on ${friday}`
          : undefined,
      };
    },
  },
  {
    name: "mid-week",
    // "by mid-week": the Wednesday of the meeting's week, or of the next once it has passed;
    // "by mid next week" is the Wednesday of the week after the meeting's.
    pattern: /\bmid[-\s]?(next[-\s]+)?week\b/gi,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const wednesday = addDays(mondayOf(context.reference.date), 2);
      if (match[1]) return { due: addDays(wednesday, 7) };
      return { due: wednesday < context.reference.date ? addDays(wednesday, 7) : wednesday };
    },
  },
  {
    name: "this-morning-ahead",
    // "Tallis will send the credentials this morning": with work still to do in its clause, the
    // meeting's own morning. Alone ("as discussed this morning") it is mostly behind the meeting.
    pattern: /\bthis morning\b/gi,
    read: (match, context) => {
      const clause =
        match.input
          .slice(0, match.index)
          .split(/[.;!?]/)
          .pop() ?? "";
      if (!WORK_AHEAD.test(clause)) return null;
      if (!context.reference) return NEEDS_REFERENCE;
      return { due: context.reference.date };
    },
  },
  {
    name: "day-after-tomorrow",
    // "the day after tomorrow": two days on. Before chrono, which reads "tomorrow" alone in it.
    pattern: new RegExp(
      `\\b(?:the\\s+)?day\\s+after\\s+tomorrow\\b(?:,?\\s+(?:at\\s+|@\\s*)?${CLOCK_TIME})?`,
      "gi",
    ),
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const day = addDays(context.reference.date, 2);
      const time = clockOf(match[1]);
      return { due: time ? `${day}T${time}` : day };
    },
  },
  {
    name: "week-after-next",
    // "the week after next": a week-long window that ends on the Friday two weeks on.
    pattern: /\b(?:the\s+)?week\s+after\s+next\b/gi,
    read: (_match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      return { due: addDays(mondayOf(context.reference.date), 14 + 4) };
    },
  },
  {
    name: "mid-month",
    // "by mid-month": the 15th of the meeting's month, or of the next once it has passed.
    pattern: /\bmid[-\s]?month\b/gi,
    read: (_match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const fifteenth = `${context.reference.date.slice(0, 8)}15`;
      return {
        due:
          fifteenth < context.reference.date
            ? `${addMonths(`${context.reference.date.slice(0, 8)}01`, 1).slice(0, 8)}15`
            : fifteenth,
      };
    },
  },
  {
    name: "first-of-the-month",
    // "by the first of the month": the next month's first day (the meeting's own, met on it).
    pattern: /\b(?:the\s+)?(?:first|1st)\s+of\s+the\s+month\b/gi,
    read: (_match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const first = `${context.reference.date.slice(0, 8)}01`;
      return { due: first === context.reference.date ? first : addMonths(first, 1) };
    },
  },
  {
    name: "half-year",
    // "by H1 2027", "end of H2", "in H1": work due in a half-year is due by its last day, in the
    // meeting's year or the next half-year to come when no year is written.
    pattern:
      /\b(?:end\s+of\s+)?(?<=\b(?:by|before|in|during|until|of|due)\s+(?:the\s+)?(?:end\s+of\s+)?)(H[12])(?:\s+(\d{4}))?\b/g,
    read: (match, context) => {
      if (!match[2] && !context.reference) return NEEDS_REFERENCE;
      const half = match[1] === "H1" ? "06-30" : "12-31";
      let year = match[2] ? Number(match[2]) : Number(context.reference!.date.slice(0, 4));
      if (!match[2] && `${year}-${half}` < context.reference!.date) year += 1;
      return {
        due: `${year}-${half}`,
        ...(match[2] ? {} : { implied: ["year"] as ImpliedPart[] }),
      };
    },
  },
  {
    name: "weekend",
    // "over the weekend", "this weekend": done by the Sunday that closes the coming weekend;
    // "by the weekend", "before the weekend": by the Friday before it.
    pattern: /\b(over|during|this|on|by|before)\s+(?:the\s+)?weekend\b/gi,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const monday = mondayOf(context.reference.date);
      if (!/^(?:by|before)$/i.test(match[1]!)) return { due: addDays(monday, 6) };
      const friday = addDays(monday, 4);
      return { due: friday < context.reference.date ? addDays(friday, 7) : friday };
    },
  },
  {
    name: "end-of-month",
    // "the month-end export" names a thing that runs at every month's end: "month-end" says when
    // after a word of time ("by month-end") or standing alone ("(month end)"), not before a noun.
    pattern:
      /\b(?:EOM|end of (?:the )?(this |next )?month|within the month|(?<=\b(?:by|before|until|till|at|for|due|on)\s+(?:the\s+)?)month[-\s]end|month[-\s]end(?![-\s]+\p{L})|(?<=\b(?:by|before|until|till|at)\s+(?:the\s+)?)month['’]s\s+end)\b/giu,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const month =
        match[1]?.trim().toLowerCase() === "next"
          ? addMonths(`${context.reference.date.slice(0, 8)}01`, 1)
          : context.reference.date;
      return { due: lastDayOfMonth(month) };
    },
  },
  {
    name: "part-of-month",
    // "mid-June", "the beginning of July", "end of March 2026": a day set by the part of the month,
    // in the first such month on or after the meeting when no year is written; "by end June" says
    // the same without "of". "Early June" and "late June" name a stretch of days, not one, and are
    // left alone; "the end of Nov 9th" is the end of that day.
    pattern: new RegExp(
      `\\b(?:(?:the\\s+)?(beginning|start|middle|end)\\s+of|(mid)|(?<=\\b(?:by|before|until|till|due)\\s+)(end))[-\\s]+(${MONTH_WORD})\\.?(?:\\s+(\\d{4})\\b|(?!\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)\\b)`,
      "gi",
    ),
    read: (match, context) => {
      const part = (match[1] ?? match[2] ?? match[3]!).toLowerCase();
      const month = monthNumber(match[4]!);
      if (!match[5] && !context.reference) return NEEDS_REFERENCE;
      const year = match[5] ? Number(match[5]) : comingYearOf(month, context.reference!.date);
      const first = isoDate(year, month, 1);
      const day =
        part === "end"
          ? lastDayOfMonth(first)
          : part === "mid" || part === "middle"
            ? isoDate(year, month, 15)
            : first;
      return { due: day, ...(match[5] ? {} : { implied: ["year"] as ImpliedPart[] }) };
    },
  },
  {
    name: "weekday-of-month",
    // "by the last Friday of the month", "the first Monday of January": one day, the month's nth
    // such weekday; the meeting's month (the next once that day has passed) when none is named,
    // the first such month on or after the meeting when no year is written. "Of every month" is a
    // rhythm, read before this.
    pattern: new RegExp(
      `\\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\\s+(${DAY_NAMES})\\.?\\s+(?:of|in)\\s+(?:(the|this|next)\\s+month|(${MONTH_WORD})\\.?(?:\\s+(\\d{4}))?)\\b`,
      "gi",
    ),
    read: (match, context) => {
      const weekday = weekdayIndex(match[2]!);
      const nth = WEEK_ORDINALS.indexOf(match[1]!.toLowerCase().slice(0, 3)) % 4;
      if (weekday < 0 || (!match[5] && !context.reference)) return NEEDS_REFERENCE;
      const dayIn = (first: string): string => {
        if (nth < 0) {
          const last = lastDayOfMonth(first);
          return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
        }
        return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * nth);
      };
      if (match[4]) {
        const month = monthNumber(match[4]);
        const year = match[5] ? Number(match[5]) : comingYearOf(month, context.reference!.date);
        return {
          due: dayIn(isoDate(year, month, 1)),
          ...(match[5] ? {} : { implied: ["year"] as ImpliedPart[] }),
        };
      }
      const thisMonth = `${context.reference!.date.slice(0, 8)}01`;
      const which = match[3]!.toLowerCase();
      if (which === "next") return { due: dayIn(addMonths(thisMonth, 1)) };
      const day = dayIn(thisMonth);
      return {
        due:
          which === "the" && day < context.reference!.date ? dayIn(addMonths(thisMonth, 1)) : day,
      };
    },
  },
  {
    name: "week-of-month",
    // "the 2nd week in January", "the last week of June": work set for a week of the month is due
    // by its last day, the 7th, 14th, 21st or 28th (the month's last day for "last"), in the first
    // such month on or after the meeting when no year is written.
    pattern: new RegExp(
      `\\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\\s+week\\s+(?:of|in)\\s+(${MONTH_WORD})\\.?(?:\\s+(\\d{4}))?\\b`,
      "gi",
    ),
    read: (match, context) => {
      const week = WEEK_ORDINALS.indexOf(match[1]!.toLowerCase().slice(0, 3)) % 4;
      const month = monthNumber(match[2]!);
      if (!match[3] && !context.reference) return NEEDS_REFERENCE;
      const year = match[3] ? Number(match[3]) : comingYearOf(month, context.reference!.date);
      const first = isoDate(year, month, 1);
      const due = week < 0 ? lastDayOfMonth(first) : isoDate(year, month, 7 * (week + 1));
      return { due, ...(match[3] ? {} : { implied: ["year"] as ImpliedPart[] }) };
    },
  },
  {
    name: "week-commencing",
    // "the week of March 16", "w/c 16 March", "week beginning 16/3": work set for a week is due by
    // its last working day, as "next week" is, not on the day that names the week. The first
    // Friday on or after that day, so a week named by its Sunday ("the week of March 15") ends
    // where one named by its Monday does.
    pattern: new RegExp(
      `${WEEK_NAMED_BY_A_DAY.source}(?:(?:mon|sun)(?:day)?\\.?,?\\s+)?(?:the\\s+)?(?:(?<monthFirst>${MONTH_WORD})\\.?\\s+(?<dayAfter>\\d{1,2})(?:st|nd|rd|th)?|(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<monthAfter>${MONTH_WORD})\\.?|(?<first>\\d{1,2})(?<separator>[/.])(?<second>\\d{1,2})(?:\\k<separator>(?<numericYear>\\d{4}))?|(?<dayAlone>\\d{1,2})(?:st|nd|rd|th))(?:,?\\s+(?<year>\\d{4}))?(?![\\d/])`,
      "gi",
    ),
    read: (match, context) => {
      const parts = match.groups!;
      const yearText = parts.year ?? parts.numericYear;
      if (!yearText && !context.reference) return NEEDS_REFERENCE;
      let named: string | undefined;
      if (parts.dayAlone) {
        // "the week of the 16th": the first 16th on or after the meeting.
        named = daysOfMonthFrom(context.reference!.date, Number(parts.dayAlone), 2)[0];
      } else {
        let month: number;
        let day: number;
        if (parts.first) {
          const dayFirstOrder = context.dateOrder === "DMY" || parts.separator === ".";
          day = Number(dayFirstOrder ? parts.first : parts.second);
          month = Number(dayFirstOrder ? parts.second : parts.first);
          // "w/c 23/3" in a note that settles no order: the one order that names a day is meant.
          if (!isValidDate(2000, month, day) && isValidDate(2000, day, month)) {
            [month, day] = [day, month];
          }
        } else {
          month = monthNumber((parts.monthFirst ?? parts.monthAfter)!);
          day = Number(parts.dayAfter ?? parts.dayFirst);
        }
        const year = yearText ? Number(yearText) : comingYearOf(month, context.reference!.date);
        if (isValidDate(year, month, day)) named = isoDate(year, month, day);
      }
      if (!named) return { due: null, unresolved: true };
      const friday = addDays(named, (5 - weekdayOf(named) + 7) % 7);
      return { due: friday, ...(yearText ? {} : { implied: ["year"] as ImpliedPart[] }) };
    },
  },
  {
    name: "end-of-quarter",
    // "end of Q2", "EOQ", "by the end of the quarter", "by quarter end": the last day of that calendar quarter, the
    // meeting's own unless a later one is named. Fiscal quarters are the note's to state.
    // "by Q3", "in Q3 2027": work due in a quarter is due by its end; so is "Q2" alone, as a
    // "Target" cell holds it, closing an item after a dash ("Review the defaults — Q4"), or alone
    // in brackets ("Longer term (Q4)").
    pattern:
      /\b(?:EOQ|(?<=\b(?:by|before|until|till|due|at)\s+(?:the\s+)?)quarter[-\s]?end|end of (?:the )?(?:(this |next )?quarter|(Q[1-4])(?:\s+(\d{4}))?)|(?<=\b(?:by|before|due|in|during|until|target:?|eta:?)\s+(?:the\s+)?)(Q[1-4])(?:\s+(\d{4}))?)\b|^\s*(Q[1-4])(?:\s+(\d{4}))?\s*$|(?<=\s(?:[—–-]|--)\s*)(Q[1-4])(?:\s+(\d{4}))?(?=\s*\.?\s*$)|(?<=\()(Q[1-4])(?:\s+(\d{4}))?(?=\))/gi,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const [year, month] = context.reference.date.split("-").map(Number) as [number, number];
      const current = Math.ceil(month / 3);
      const named = match[2] ?? match[4] ?? match[6] ?? match[8] ?? match[10];
      const stated = match[3] ?? match[5] ?? match[7] ?? match[9] ?? match[11];
      let quarter = match[1]?.trim().toLowerCase() === "next" ? current + 1 : current;
      let inYear = year;
      if (named) {
        quarter = Number(named.slice(1));
        inYear = stated ? Number(stated) : quarter < current ? year + 1 : year;
      }
      inYear += Math.floor((quarter - 1) / 4);
      const lastMonth = (((quarter - 1) % 4) + 1) * 3;
      return {
        due: lastDayOfMonth(isoDate(inYear, lastMonth, 1)),
        implied: named && !stated ? ["year"] : [],
      };
    },
  },
  {
    name: "month-in-brackets",
    // "Book the roadmap preview (January)", "Migrate the wiki (March 2027)": a month alone in
    // brackets after the work says when it falls, as "(Q1)" does; due by its last day.
    pattern: new RegExp(`(?<=\\()(${MONTH_WORD})\\.?(?:\\s+(\\d{4}))?(?=\\))`, "gi"),
    read: (match, context) => {
      if (!/^[A-Z]/.test(match[1]!)) return null;
      if (!match[2] && !context.reference) return NEEDS_REFERENCE;
      const month = monthNumber(match[1]!);
      const year = match[2] ? Number(match[2]) : comingYearOf(month, context.reference!.date);
      return {
        due: lastDayOfMonth(isoDate(year, month, 1)),
        ...(match[2] ? {} : { implied: ["year"] as ImpliedPart[] }),
      };
    },
  },
  {
    name: "month-only",
    // "by December", "ETA: March", "in June 2026", "in the month of May": work due within a month is due by its last
    // day, and "before December" by the day before it; "from January" begins on its first. Without a year, "by" means the month's
    // next coming; "in" and "during" also tell of the past ("the outage in March"), so they are
    // read only for the meeting's month or one of the three after it. The month is capitalised,
    // which keeps the verb "may" out.
    pattern: new RegExp(
      `(?<=\\b(by|before|until|till|in|during|from|starting|beginning|due(?:\\s+by|\\s+in)?|eta:?|target:?)\\s+(?:the\\s+month\\s+of\\s+)?)(${MONTH_WORD})\\.?(?:\\s+(\\d{4}))?\\b(?!\\.?\\s*\\d)(?![-/.]\\w)`,
      "gi",
    ),
    read: (match, context) => {
      if (!/^[A-Z]/.test(match[2]!)) return null;
      const cue = match[1]!.toLowerCase();
      const month = monthNumber(match[2]!);
      if (!match[3] && !context.reference) return NEEDS_REFERENCE;
      const reference = context.reference?.date ?? "";
      // "monthly from January", "starting March": the day the work begins, the month's first.
      const begins = cue === "from" || cue === "starting" || cue === "beginning";
      if (!match[3] && (cue === "in" || cue === "during" || begins)) {
        const ahead = (month - Number(reference.slice(5, 7)) + 12) % 12;
        if (ahead > 3) return null;
      }
      const year = match[3] ? Number(match[3]) : comingYearOf(month, reference);
      const first = isoDate(year, month, 1);
      return {
        due: cue === "before" ? addDays(first, -1) : begins ? first : lastDayOfMonth(first),
        ...(match[3] ? {} : { implied: ["year"] as ImpliedPart[] }),
      };
    },
  },
  {
    name: "next-business-day",
    // "by the next business day", "next working day": the first working day after the meeting;
    // "end of next business day" is its close, as "end of day" is today's.
    pattern:
      /\b(?:(?:end|close) of\s+)?(?:the\s+)?(?:next|following)\s+(?:business|working)\s+day\b/gi,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const day = addBusinessDays(context.reference.date, 1);
      return /^(?:end|close)/i.test(match[0]) ? endOfBusiness(day) : { due: day };
    },
  },
  {
    name: "end-of-year",
    // "by year end" and "before year's end" say "by the end of the year", but only after such a
    // word: "the year-end report" names a report, not a day.
    pattern:
      /\b(?:EOY|end of (?:the |this )?(next )?year|(?<=\b(?:by|before|until|till|due|at)\s+(?:the\s+)?)year(?:[-\s]?end|'s\s+end)(?:\s+(\d{4}))?)\b/gi,
    read: (match, context) => {
      if (match[2]) return { due: `${match[2]}-12-31` };
      if (!context.reference) return NEEDS_REFERENCE;
      const year = Number(context.reference.date.slice(0, 4)) + (match[1] ? 1 : 0);
      return { due: `${year}-12-31` };
    },
  },
  // Before numeric-date, which would read the day alone, and weekday, which would read the name alone.
  {
    name: "weekday-and-numeric-date",
    // "this Thursday 3-5", "Sat 4/12": the weekday is the writer's check on the day, so a day
    // that agrees with it is the one meant, even written with a dash, as ranges are.
    pattern: new RegExp(
      `\\b(?:(?:next|this|coming)\\s+)?(${DAY_NAMES})\\.?,?\\s+(\\d{1,2})[-/.](\\d{1,2})(?![\\d/.-]|:\\d)(?:,?\\s+(?:at\\s+|@\\s*)?${CLOCK_TIME})?`,
      "gi",
    ),
    read: (match, context) => {
      if (!isDayWord(match, match[1]!)) return null;
      if (!context.reference) return NEEDS_REFERENCE;
      const dayFirst = context.dateOrder === "DMY";
      const month = Number(dayFirst ? match[3] : match[2]);
      const day = Number(dayFirst ? match[2] : match[3]);
      // The day near the meeting that agrees with the weekday; where none does, the words are
      // left to the readers of the day and of the weekday alone.
      const weekday = weekdayIndex(match[1]!);
      const agreeing = nearestDayOnWeekday(context.reference.date, month, day, weekday);
      // "Thu 11/6" in a note read month first: 6 November is a Friday, and 11 June, six weeks
      // on from the meeting, a Thursday. The weekday settles the order where it agrees with the
      // other one only, and that day is close.
      const swapped =
        agreeing === null && month <= 12 && day <= 12 && month !== day
          ? nearestDayOnWeekday(context.reference.date, day, month, weekday)
          : null;
      const other =
        swapped && Math.abs(daysBetween(context.reference.date.slice(0, 10), swapped)) <= 62
          ? swapped
          : null;
      const found = agreeing ?? other;
      const time = clockOf(match[4]);
      if (!found) return null;
      return {
        due: time ? `${found}T${time}` : found,
        implied: ["year"],
        ...(other
          ? {
              ambiguity: `"${match[0].trim()}" is read ${context.dateOrder === "DMY" ? "month" : "day"} first, the order in which it falls on a ${WEEKDAYS[weekday]!.replace(/^./, (letter) => letter.toUpperCase())}`,
            }
          : {}),
      };
    },
  },
  {
    name: "numeric-date",
    // chrono falls back to the other order when a part is over 12; a stated order must hold.
    // A colon may close it ("until 06.10.2023:"), but not start a clock ("10/20:30").
    pattern: /(?<![\d./:-])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/-]|:\d|\.\d|[a-z])/gi,
    read: (match, context) => readNumericDate(match, context),
  },
  {
    name: "weekday-and-day",
    // "Fri 16th", "Friday the 16th", "Tue, 3": the day of the month settles the week and the
    // weekday is the writer's check on it. With a month after the day ("Tue 3 June") the date is
    // chrono's to read; a clock ("Fri 16:00") or a count ("Monday 3 people") is no day.
    pattern: new RegExp(
      `\\b(${DAY_NAMES}),?\\s+(?:the\\s+)?(\\d{1,2})(?:(st|nd|rd|th)\\b|(?=\\s*(?:$|[,;)\\]]|\\.(?:\\s|$))))(?!\\s*(?:of\\s+)?${MONTH_WORD}\\b)`,
      "gi",
    ),
    read: (match, context) => {
      if (!isDayWord(match, match[1]!)) return null;
      if (!context.reference) return NEEDS_REFERENCE;
      const weekday = weekdayIndex(match[1]!);
      const days = daysOfMonthFrom(context.reference.date, Number(match[2]), 3);
      const agreeing = days.find((day) => weekdayOf(day) === weekday);
      if (agreeing) return { due: agreeing };
      const first = days[0];
      if (!first) return { due: null, unresolved: true };
      const dayName = WEEKDAYS[weekday]!.replace(/^./, (letter) => letter.toUpperCase());
      return {
        due: first,
        ambiguity: `"${match[0].trim()}": ${first} is not a ${dayName}; read as the day of the month`,
      };
    },
  },
  {
    name: "weekday-of-next-week",
    // "next week Tuesday", "next week on Thu": that day of the week after the meeting's, as
    // "Tuesday next week" is.
    pattern: new RegExp(`\\bnext\\s+week(?:['’]s)?\\s+(?:on\\s+)?(${DAY_NAMES})\\b`, "gi"),
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      return {
        due: weekdayOfFollowingWeek(context.reference.date, weekdayIndex(match[1]!)),
      };
    },
  },
  {
    name: "weekday-week",
    // "by Friday week", "Tuesday week": British for that day a week after the coming one. Before
    // "weekday", which would read the day alone; "Friday week 12" is a calendar week's day.
    pattern: new RegExp(`\\b(${DAY_NAMES})\\s+week\\b(?!['’]|\\s*\\d)`, "gi"),
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      return { due: addDays(nextWeekday(context.reference.date, weekdayIndex(match[1]!)), 7) };
    },
  },
  {
    name: "weekday",
    // An optional clock time before or after the day: "3pm Friday", "Friday at 15:00". The end
    // of a range before it ("12:00-13:00 on Friday") is left to clockOnTheDay, which takes the first.
    pattern: new RegExp(
      `\\b(?:(?<![-–—]\\s*)${CLOCK_TIME}\\s+(?:on\\s+)?)?(?:(next|this|coming)\\s+)?(${DAY_NAMES})\\b(?!s)(?:,?\\s+(?:(?:at|à)\\s+|@\\s*)?${CLOCK_TIME})?(?:,?\\s+(?:of\\s+)?(next|this)\\s+week\\b)?`,
      "gi",
    ),
    read: (match, context) => {
      if (!isDayWord(match, match[3]!)) return null;
      if (namesAKindOfThing(match)) return null;
      if (!context.reference) return NEEDS_REFERENCE;
      const weekday = weekdayIndex(match[3]!);
      const time = clockOf(match[1]) ?? clockOf(match[4]);
      const at = (date: string) => (time ? `${date}T${time}` : date);
      const first = nextWeekday(context.reference.date, weekday);
      // "Friday next week" names the Friday of the following week, whatever the meeting's day.
      if (match[5]?.toLowerCase() === "next")
        return { due: at(weekdayOfFollowingWeek(context.reference.date, weekday)) };
      if (match[2]?.toLowerCase() === "next") {
        const dayName = WEEKDAYS[weekday]!.replace(/^./, (letter) => letter.toUpperCase());
        return dayOfFollowingWeek(context.reference.date, weekday, match[0].trim(), dayName, at);
      }
      return { due: at(first) };
    },
  },
  {
    name: "fixed-holiday",
    // "before Christmas", "by New Year's Eve": holidays on a fixed day, the first on or after the
    // meeting. Holidays that move (Easter, Thanksgiving) differ by country and are left alone.
    pattern:
      /\b(christmas eve|christmas|xmas|new year['’]?s eve|new year['’]?s day|new year['’]?s)\b/gi,
    read: (match, context) => {
      // "the Christmas party", "New Year's resolutions": the holiday says which thing, not when.
      if (NOUN_AFTER.test(match.input.slice(match.index + match[0].length))) return null;
      if (!context.reference) return NEEDS_REFERENCE;
      const name = match[1]!.toLowerCase();
      const [month, day] = name.startsWith("new")
        ? name.endsWith("eve")
          ? [12, 31]
          : [1, 1]
        : name.endsWith("eve")
          ? [12, 24]
          : [12, 25];
      const year = Number(context.reference.date.slice(0, 4));
      const thisYear = isoDate(year, month, day);
      const due = thisYear >= context.reference.date ? thisYear : isoDate(year + 1, month, day);
      return { due, implied: ["year"] };
    },
  },
  {
    name: "calendar-week",
    // "KW 12", "CW12", "calendar week 12", "2026-W12": an ISO week, due by its Friday. A bare
    // "week 12" is as often a project's own count, so it is left alone. "W50" alone is one only
    // as all a deadline cell says or after a deadline's word ("by W50"): "the W10 laptops" are
    // an operating system's.
    pattern:
      /\b(?:(?:KW|CW)\s?(\d{1,2})(?:\s?[/'’]\s?((?:20)?\d{2}))?|[Cc]alendar [Ww]eek\s+(\d{1,2})|(20\d{2})-?W(\d{2})|(?<=^\s*|\b(?:[Bb]y|BY|[Ii]n|[Uu]ntil|[Tt]ill|[Dd]ue|DUE|[Bb]efore|[Tt]arget|TARGET|ETA)\s*:?\s*)W(\d{2})(?=\s*$|\s*[,;.)]))\b/g,
    read: (match, context) => {
      const week = Number(match[1] ?? match[3] ?? match[5] ?? match[6]);
      const written = match[2] ?? match[4];
      if (week < 1 || week > 53) return null;
      if (!written && !context.reference) return NEEDS_REFERENCE;
      const fridayOf = (year: number) => addDays(mondayOf(isoDate(year, 1, 4)), 7 * (week - 1) + 4);
      if (written)
        return { due: fridayOf(Number(written.length === 2 ? `20${written}` : written)) };
      const year = Number(context.reference!.date.slice(0, 4));
      // A week already over at the meeting is next year's.
      const due =
        fridayOf(year) < mondayOf(context.reference!.date) ? fridayOf(year + 1) : fridayOf(year);
      return { due, implied: ["year"] };
    },
  },
  {
    name: "day-of-relative-month",
    // "on the 1st of next month", "the 15th of this month", "by the first of next month".
    pattern: new RegExp(
      String.raw`\bthe\s+(\d{1,2}(?:st|nd|rd|th)|${Object.keys(DAY_ORDINAL_WORDS).join("|")})\s+of\s+(next|this|the following)\s+month\b`,
      "gi",
    ),
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const first = `${context.reference.date.slice(0, 8)}01`;
      const month = match[2]!.toLowerCase() === "this" ? first : addMonths(first, 1);
      const [year, monthNumber] = month.split("-").map(Number) as [number, number];
      const day = DAY_ORDINAL_WORDS[match[1]!.toLowerCase()] ?? Number.parseInt(match[1]!, 10);
      return isValidDate(year, monthNumber, day)
        ? { due: isoDate(year, monthNumber, day) }
        : { due: null, unresolved: true };
    },
  },
  {
    name: "day-of-month",
    // "by the 26th", "due on the 3rd", "by 15th", "(deadline 12th)", "by the 20th EOD": the first
    // such day on or after the meeting; "the 20th March" and "the 3rd Monday" are others' to read.
    pattern: new RegExp(
      `\\b(?:${DEADLINE_CUES}|on|target(?: date)?):?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?!(?:EOD|COB|EOB|noon|midday)\\b)[A-Za-z]{3})`,
      "gi",
    ),
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const day = Number(match[1]);
      const first = daysOfMonthFrom(context.reference.date, day, 3)[0];
      return first ? { due: first } : { due: null, unresolved: true };
    },
  },
  {
    name: "short-year-date",
    // "5 Mar '24", "March 5th, ’24": a day and month with the year cut to two digits after an
    // apostrophe, which chrono leaves out and so fills the year in from the meeting.
    pattern: new RegExp(
      `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_WORD})|(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\.?,?\\s+['’](\\d{2})(?![\\d'’])`,
      "gi",
    ),
    read: (match) => {
      const day = Number(match[1] ?? match[4]);
      const month = monthNumber(match[2] ?? match[3]!);
      const year = 2000 + Number(match[5]);
      return isValidDate(year, month, day)
        ? { due: isoDate(year, month, day) }
        : { due: null, unresolved: true };
    },
  },
  {
    name: "year-first-date",
    // "2023 November 16th", "2024 Mar 3rd": the year written first and the day with its ordinal,
    // which chrono reads only without the suffix (with it, the year is filled in from the meeting).
    pattern: new RegExp(
      `\\b(\\d{4}),?\\s+(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)\\b`,
      "gi",
    ),
    read: (match) => {
      const year = Number(match[1]);
      const month = monthNumber(match[2]!);
      const day = Number(match[3]);
      return isValidDate(year, month, day)
        ? { due: isoDate(year, month, day) }
        : { due: null, unresolved: true };
    },
  },
  {
    name: "iso-basic-time",
    // "2025-05-14T0930": ISO 8601's basic time, without the colon, which chrono does not read.
    // With a zone ("T1600Z", "T1600+0100") the clock is another place's, so only the day counts.
    pattern:
      /\b(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(?:\d{2})?(Z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])/g,
    read: (match) => {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const [hour, minute] = [Number(match[4]), Number(match[5])];
      if (!isValidDate(year, month, day)) return { due: null, unresolved: true };
      const date = isoDate(year, month, day);
      if (match[6] || hour > 23 || minute > 59) return { due: date };
      return { due: `${date}T${match[4]}:${match[5]}` };
    },
  },
  {
    name: "german-period",
    // "bis Ende nächster Woche", "Anfang des nächsten Monats", "nächste Woche": notes written in
    // German give deadlines in these words, read as their English counterparts are above.
    pattern:
      /(?<!\p{L})(?:(ende|anfang|mitte)\s+(?:(?:der|dieser)\s+)?(?:(nächste[rn]|kommende[rn])\s+|(übernächste[rn])\s+)?woche|(ende|anfang|mitte)\s+(?:(?:des|dieses)\s+)?(?:(nächsten|kommenden)\s+)?monats|(übernächste|nächste|kommende|diese)\s+woche)(?!\p{L})/giu,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const [, weekPart, nextWeek, weekAfter, monthPart, nextMonth, plainWeek] = match;
      if (monthPart) {
        const first = addMonths(`${context.reference.date.slice(0, 8)}01`, nextMonth ? 1 : 0);
        const part = monthPart.toLowerCase();
        if (part === "anfang") return { due: first };
        return { due: part === "mitte" ? `${first.slice(0, 8)}15` : lastDayOfMonth(first) };
      }
      const which = (plainWeek ?? "").toLowerCase();
      const weeksOn =
        weekAfter || which === "übernächste"
          ? 2
          : nextWeek || /^(?:nächste|kommende)$/.test(which)
            ? 1
            : 0;
      const monday = addDays(mondayOf(context.reference.date), 7 * weeksOn);
      const part = weekPart?.toLowerCase();
      if (part === "anfang") return { due: monday };
      if (part === "mitte") return { due: addDays(monday, 2) };
      // The Friday of the meeting's own week, or of the next where a weekend meeting is past it.
      const friday = addDays(monday, 4);
      const due = weeksOn === 0 && friday < context.reference.date ? addDays(friday, 7) : friday;
      return part === "ende" ? endOfBusiness(due) : { due };
    },
  },
  {
    name: "german-end-of",
    // "bis Monatsende", "bis Jahresende", "Ende des Quartals": the last day of the meeting's
    // month, year or quarter, as "end of month" is read above.
    pattern:
      /(?<!\p{L})(?:(monats|quartals|jahres)ende|ende\s+(?:des\s+|dieses\s+)?(monats|quartals|jahres))(?!\p{L})/giu,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const period = (match[1] ?? match[2]!).toLowerCase();
      const date = context.reference.date;
      if (period === "monats") return { due: lastDayOfMonth(date) };
      if (period === "jahres") return { due: `${date.slice(0, 4)}-12-31` };
      return { due: lastDayOfQuarter(date) };
    },
  },
  {
    name: "romance-end-of",
    // "fin de semaine", "fin de la semaine prochaine", "fin du mois", "fin d'année", "fin de
    // mes", "finales de año": the end of the week (its Friday's close, as "end of week" is read
    // above), month, quarter or year, in the French and Spanish of notes kept in them. A
    // Spanish "fin de semana" is the weekend and left to be read as none.
    pattern:
      /(?<!\p{L})(?:fin|finales)\s+(?:de\s+la\s+|du\s+|de\s+l['’]|d['’]|del\s+|de\s+)(semaine(?:\s+prochaine)?|mois(?:\s+prochain)?|mes(?:\s+que\s+viene)?|trimestre|ann[ée]e|año|ano)(?!\p{L})/giu,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const period = match[1]!.toLowerCase();
      const date = context.reference.date;
      if (period.startsWith("semaine")) {
        const monday = addDays(mondayOf(date), period.includes("prochaine") ? 7 : 0);
        const friday = addDays(monday, 4);
        return endOfBusiness(friday < date ? addDays(friday, 7) : friday);
      }
      if (period.startsWith("mois") || period.startsWith("mes")) {
        const first = addMonths(`${date.slice(0, 8)}01`, /prochain|que viene/.test(period) ? 1 : 0);
        return { due: lastDayOfMonth(first) };
      }
      if (period === "trimestre") {
        return { due: lastDayOfQuarter(date) };
      }
      return { due: `${date.slice(0, 4)}-12-31` };
    },
  },
  {
    name: "german-day",
    // "bis morgen", "übermorgen", "bis Freitag 12 Uhr", "nächsten Dienstag": German day words. A
    // capital "Morgen" after anything but "bis" is the morning ("heute Morgen", "am Morgen").
    pattern:
      /(?<!\p{L})(?:(heute|übermorgen|morgen)|(?:(nächsten|kommenden|diesen|am)\s+)?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag))(?:,?\s+(?:um\s+)?(\d{1,2})(?::(\d{2}))?\s*uhr|,?\s+(?:um\s+)?(\d{1,2}):(\d{2}))?(?!\p{L})/giu,
    read: (match, context) => {
      const [written, relative, which, day] = match;
      const before = match.input.slice(0, match.index);
      if (relative === "Morgen" && !/(?:^|\bbis)\s*$/i.test(before)) return null;
      if (/(?:heute|gestern|guten|jeden|letzten|vergangenen|vorigen)\s+$/i.test(before))
        return null;
      if (!context.reference) return NEEDS_REFERENCE;
      const hour = Number(match[4] ?? match[6] ?? Number.NaN);
      const minute = Number(match[5] ?? match[7] ?? 0);
      const time =
        hour <= 23 && minute <= 59
          ? `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`
          : null;
      const at = (date: string) => (time ? `${date}T${time}` : date);
      const reference = context.reference.date;
      if (relative) {
        const ahead = { heute: 0, morgen: 1, übermorgen: 2 }[relative.toLowerCase()] ?? 0;
        return { due: at(addDays(reference, ahead)) };
      }
      const weekday = germanWeekdayIndex(day!);
      if (!/^(?:nächsten|kommenden)$/i.test(which ?? ""))
        return { due: at(nextWeekday(reference, weekday)) };
      return dayOfFollowingWeek(reference, weekday, written.trim(), day!, at);
    },
  },
  {
    name: "next-week",
    // "the start of next week", "beginning of next month": the period's first day.
    pattern:
      /\b(?:(early|late|later)\s+|(?:the\s+)?(start|beginning)\s+of\s+(?:the\s+)?)?(next|this|the following) (week|wk|month)\b/gi,
    read: (match, context) => {
      if (!context.reference) return NEEDS_REFERENCE;
      const which = match[3]!.toLowerCase();
      const opening = match[2] !== undefined;
      // "next wk": the week, as notes shorten it.
      if (match[4]!.toLowerCase().startsWith("w")) {
        const ownWeek = mondayOf(context.reference.date);
        // "this week" at a weekend meeting, whose working days are over: the week ahead.
        const thisWeek =
          addDays(ownWeek, 4) < context.reference.date ? addDays(ownWeek, 7) : ownWeek;
        const monday = which === "this" ? thisWeek : addDays(ownWeek, 7);
        // "early next week" is its Monday; otherwise a week-long window ends on its last working day.
        if (match[1]?.toLowerCase() === "early" || opening) return { due: monday };
        return { due: addDays(monday, 4) };
      }
      const first =
        which === "this"
          ? `${context.reference.date.slice(0, 8)}01`
          : addMonths(`${context.reference.date.slice(0, 8)}01`, 1);
      return { due: opening ? first : lastDayOfMonth(first) };
    },
  },
];

/**
 * "next Tuesday", "nächsten Dienstag": the day of the week after the meeting's, and the nearer
 * day the words could also mean, where the two differ.
 */
function dayOfFollowingWeek(
  reference: string,
  weekday: number,
  written: string,
  dayName: string,
  at: (date: string) => string,
): DateValue {
  const first = nextWeekday(reference, weekday);
  const following = weekdayOfFollowingWeek(reference, weekday);
  return {
    due: at(following),
    ambiguity:
      following === first
        ? undefined
        : `"${written}" could also mean ${first}; read as the ${dayName} of the following week, ${following}`,
  };
}

/** The dates on or after `from` that fall on the given day of the month, in the next `months` months. */
function daysOfMonthFrom(from: string, day: number, months: number): string[] {
  const [year, month] = from.split("-").map(Number) as [number, number];
  const days: string[] = [];
  for (let step = 0; step < months; step++) {
    const y = year + Math.floor((month - 1 + step) / 12);
    const m = ((month - 1 + step) % 12) + 1;
    const candidate = isValidDate(y, m, day) ? isoDate(y, m, day) : null;
    if (candidate && candidate >= from) days.push(candidate);
  }
  return days;
}

/** The year of the first such month on or after the reference date's month. */
function comingYearOf(month: number, reference: string): number {
  const [year, referenceMonth] = reference.split("-").map(Number) as [number, number];
  return month < referenceMonth ? year + 1 : year;
}
