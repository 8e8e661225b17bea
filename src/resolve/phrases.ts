import { CLOCK_TIME, clockOf, readNumericDate } from "./date-shapes.js";
import {
  addBusinessDays,
  addDays,
  addMonths,
  formatDate,
  formatDateTime,
  isoDate,
  isoTime,
  isValidDate,
  lastDayOfMonth,
  mondayOf,
  nextWeekday,
  toUtc,
  WEEKDAYS,
  weekdayOf,
  weekdayOfFollowingWeek,
} from "./wall-clock.js";

/** The instant relative phrases count from: the meeting's date and, when known, its start. */
export interface Reference {
  date: string;
  time: string | null;
}

export interface PhraseContext {
  reference: Reference | null;
  /** How to read "10/11": month first (the default) or day first. */
  dateOrder?: "MDY" | "DMY";
}

/** "not-a-date" claims words shaped like a date that are something else ("24/7", "3/4 of users"). */
export type PhraseKind = "condition" | "recurrence" | "duration" | "due" | "not-a-date";

export interface PhraseValue {
  kind: PhraseKind;
  /** For "due": the resolved deadline, or null when the phrase needs a reference the note lacks. */
  due?: string | null;
  duration?: string;
  recurrence?: string;
  condition?: string;
  /** For "due": a span of time that could also be read as a duration ("within 4 hours"). */
  span?: string;
  /** A second reading worth a diagnostic. */
  ambiguity?: string;
  /** For "due": the words are a date's shape but name no real day ("13/45"). */
  unresolved?: boolean;
}

/** A small named unit, in the manner of chrono's parsers: a pattern and what a match means. */
export interface PhraseParser {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, context: PhraseContext): PhraseValue | null;
}

/** Full day names, and the short forms people write ("Wed", "next Fri", "EOD Thurs"). */
const DAY_NAMES =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun";
/** A short day name counts when capitalised or cued: "sat down" and "the sun" name no day. */
const DAY_CUE = /\b(?:by|due|until|till|before|on|next|this|coming|eod|cob|from|to)\s*[:,]?\s*$/i;

function isDayWord(match: RegExpExecArray, day: string): boolean {
  if (day.length >= 6) return true;
  return (
    /^[A-Z]/.test(day) || DAY_CUE.test(match.input.slice(0, match.index + match[0].indexOf(day)))
  );
}
const UNIT =
  "(minutes?|mins?|hours?|hrs?|h|days?|business days?|working days?|weeks?|wks?|months?)";
function weekdayIndex(name: string): number {
  const lower = name.toLowerCase();
  return WEEKDAYS.findIndex((day) => day.startsWith(lower.slice(0, 3)));
}

type Unit = "minute" | "hour" | "day" | "businessDay" | "week" | "month";

function unitOf(word: string): Unit {
  const lower = word.toLowerCase();
  if (lower.startsWith("business") || lower.startsWith("working")) return "businessDay";
  if (lower.startsWith("mi")) return "minute";
  if (lower.startsWith("h")) return "hour";
  if (lower.startsWith("w") && !lower.startsWith("working")) return "week";
  if (lower.startsWith("mo")) return "month";
  return "day";
}

export function isoDuration(amount: number, unit: Unit): string {
  switch (unit) {
    case "minute":
      return `PT${amount}M`;
    case "hour":
      return `PT${amount}H`;
    case "day":
    case "businessDay":
      return `P${amount}D`;
    case "week":
      return `P${amount}W`;
    case "month":
      return `P${amount}M`;
  }
}

/** Adds a span to the reference. Hours need a start time; without one they round up to whole days. */
function addSpan(reference: Reference, amount: number, unit: Unit): string {
  if (unit === "month") return addMonths(reference.date, amount);
  if (unit === "week") return addDays(reference.date, amount * 7);
  if (unit === "day") return addDays(reference.date, amount);
  if (unit === "businessDay") return addBusinessDays(reference.date, amount);
  const minutes = unit === "hour" ? amount * 60 : amount;
  if (!reference.time) return addDays(reference.date, Math.ceil(minutes / (24 * 60)));
  const start = toUtc(reference.date, reference.time);
  return formatDateTime(new Date(start.getTime() + minutes * 60_000));
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  "twenty-four": 24,
  "forty-eight": 48,
  "seventy-two": 72,
};
const AMOUNT =
  "(\\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight|seventy-two)";

function amountOf(word: string): number {
  const lower = word.toLowerCase();
  return Object.hasOwn(NUMBER_WORDS, lower) ? NUMBER_WORDS[lower]! : Number(word);
}

function endOfBusiness(date: string): string {
  return `${date}T17:00`;
}

const FREQUENCIES: Record<string, string> = {
  daily: "FREQ=DAILY",
  "every day": "FREQ=DAILY",
  "each day": "FREQ=DAILY",
  nightly: "FREQ=DAILY",
  weekly: "FREQ=WEEKLY",
  "every week": "FREQ=WEEKLY",
  "each week": "FREQ=WEEKLY",
  biweekly: "FREQ=WEEKLY;INTERVAL=2",
  "bi-weekly": "FREQ=WEEKLY;INTERVAL=2",
  fortnightly: "FREQ=WEEKLY;INTERVAL=2",
  "every other week": "FREQ=WEEKLY;INTERVAL=2",
  "every two weeks": "FREQ=WEEKLY;INTERVAL=2",
  monthly: "FREQ=MONTHLY",
  "every month": "FREQ=MONTHLY",
  "each month": "FREQ=MONTHLY",
  quarterly: "FREQ=MONTHLY;INTERVAL=3",
  yearly: "FREQ=YEARLY",
  annually: "FREQ=YEARLY",
};

const DESCRIBES_SUBJECT =
  /^\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:may|might|could|can|would|should|must|keep|keeps|fail|failed|fails|broke|break|breaks)\b/i;

const BYDAY = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/**
 * The phrase parsers, in priority order: where two matches overlap, the earlier parser wins.
 * Conditions come first so that a deadline inside one ("in case he can't make it tomorrow") is
 * not taken for the task's own; recurrences before durations so that "for next 3 months" after
 * "Weekly" bounds the recurrence instead of reading as a span; durations before deadlines so
 * that "72-hour monitoring period" is not "within 72 hours".
 */
export const PHRASE_PARSERS: readonly PhraseParser[] = [
  {
    name: "condition",
    pattern: /\b(?:if|unless|in case(?: of)?|provided(?: that)?|as long as)\b[^.;:()\n]*/gi,
    extract: (match) => ({ kind: "condition", condition: match[0].trim().replace(/[\s,]+$/, "") }),
  },
  {
    name: "recurrence",
    pattern: new RegExp(
      `\\b(daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annually|every (?:other )?(?:day|week|month)|each (?:day|week|month)|every two weeks|every (?:${DAY_NAMES})|on (?:${DAY_NAMES})s)\\b(?:[^.;\\n]{0,60}?\\b(?:for|over) (?:the )?(?:next )?${AMOUNT} ${UNIT}\\b)?`,
      "gi",
    ),
    extract: (match, context) => {
      const word = match[1]!.toLowerCase();
      // "Nightly jobs may still fail": the word describes the subject of a sentence, not the task's rhythm.
      if (match.index === 0 && DESCRIBES_SUBJECT.test(match.input.slice(match[1]!.length)))
        return null;
      let rule = Object.hasOwn(FREQUENCIES, word) ? FREQUENCIES[word] : undefined;
      if (!rule) {
        const day = /(monday|tuesday|wednesday|thursday|friday|saturday|sunday)/.exec(word);
        if (!day) return null;
        rule = `FREQ=WEEKLY;BYDAY=${BYDAY[weekdayIndex(day[1]!)]}`;
      }
      if (match[2] && match[3]) {
        if (!context.reference) return { kind: "recurrence", recurrence: rule };
        const until = addSpan(
          { date: context.reference.date, time: null },
          amountOf(match[2]),
          unitOf(match[3]),
        );
        return {
          kind: "recurrence",
          recurrence: `${rule};UNTIL=${until.slice(0, 10).replace(/-/g, "")}`,
        };
      }
      return { kind: "recurrence", recurrence: rule };
    },
  },
  {
    name: "duration-period",
    pattern: new RegExp(
      `\\b${AMOUNT}[- ]${UNIT}(?:[- ]long)?\\s+(?:[a-z]+\\s+)?(?:period|window|evaluation|monitoring|trial|freeze|soak|observation|review)(?:\\s+(?:period|window))?\\b`,
      "gi",
    ),
    extract: (match) => ({
      kind: "duration",
      duration: isoDuration(amountOf(match[1]!), unitOf(match[2]!)),
    }),
  },
  {
    name: "duration-for",
    pattern: new RegExp(`\\b(?:for|over) (?:a period of |the next )?${AMOUNT} ${UNIT}\\b`, "gi"),
    extract: (match) => ({
      kind: "duration",
      duration: isoDuration(amountOf(match[1]!), unitOf(match[2]!)),
    }),
  },
  {
    name: "within-span",
    pattern: new RegExp(
      `\\b(?:within|in|in the next|within the next|over the next|next|inside)\\s+(?:${AMOUNT}\\s*[-–]\\s*)?${AMOUNT}\\s*${UNIT}(?![a-z])`,
      "gi",
    ),
    extract: (match, context) => {
      const amount = amountOf(match[2]!);
      const unit = unitOf(match[3]!);
      const span = isoDuration(amount, unit);
      if (!context.reference) return { kind: "due", due: null, span };
      return { kind: "due", due: addSpan(context.reference, amount, unit), span };
    },
  },
  {
    name: "end-of-day",
    pattern: new RegExp(
      `\\b(?:(${DAY_NAMES}|today|tomorrow)\\s+)?(?:EOD|COB|EOB|end of (?:the )?(?:business )?day|close of business)(?:\\s+(${DAY_NAMES}|today|tomorrow))?\\b`,
      "gi",
    ),
    extract: (match, context) => {
      if (!context.reference) return { kind: "due", due: null };
      const day = dayNamed(match[1] ?? match[2] ?? "today", context.reference.date);
      return { kind: "due", due: endOfBusiness(day) };
    },
  },
  {
    name: "end-of-week",
    pattern: /\b(?:EOW|end of (?:the )?(this |next )?week)\b/gi,
    extract: (match, context) => {
      if (!context.reference) return { kind: "due", due: null };
      const next = match[1]?.trim().toLowerCase() === "next";
      const friday = addDays(mondayOf(context.reference.date), 4 + (next ? 7 : 0));
      // The rule is the Friday of the meeting's own week; at a weekend meeting that Friday has passed.
      const passed = !next && friday < context.reference.date;
      return {
        kind: "due",
        due: endOfBusiness(friday),
        ambiguity: passed
          ? `"${match[0]}" is read as Friday of the meeting's week, ${friday}, which is before the meeting; it could also mean ${addDays(friday, 7)}`
          : undefined,
      };
    },
  },
  {
    name: "end-of-month",
    pattern: /\b(?:EOM|end of (?:the )?(this |next )?month)\b/gi,
    extract: (match, context) => {
      if (!context.reference) return { kind: "due", due: null };
      const month =
        match[1]?.trim().toLowerCase() === "next"
          ? addMonths(`${context.reference.date.slice(0, 8)}01`, 1)
          : context.reference.date;
      return { kind: "due", due: lastDayOfMonth(month) };
    },
  },
  {
    name: "numeric-date",
    // chrono falls back to the other order when a part is over 12; a stated order must hold.
    // A colon may close it ("until 06.10.2023:"), but not start a clock ("10/20:30").
    pattern: /(?<![\d./:-])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/-]|:\d|\.\d|[a-z])/gi,
    extract: (match, context) => readNumericDate(match, context),
  },
  {
    name: "weekday",
    // An optional clock time before or after the day: "3pm Friday", "Friday at 15:00".
    pattern: new RegExp(
      `\\b(?:${CLOCK_TIME}\\s+(?:on\\s+)?)?(?:(next|this|coming)\\s+)?(${DAY_NAMES})\\b(?!s)(?:,?\\s+(?:at\\s+|@\\s*)?${CLOCK_TIME})?`,
      "gi",
    ),
    extract: (match, context) => {
      if (!isDayWord(match, match[3]!)) return null;
      if (!context.reference) return { kind: "due", due: null };
      const weekday = weekdayIndex(match[3]!);
      const time = clockOf(match[1]) ?? clockOf(match[4]);
      const at = (date: string) => (time ? `${date}T${time}` : date);
      const first = nextWeekday(context.reference.date, weekday);
      if (match[2]?.toLowerCase() === "next") {
        const following = weekdayOfFollowingWeek(context.reference.date, weekday);
        const dayName = WEEKDAYS[weekday]!.replace(/^./, (letter) => letter.toUpperCase());
        return {
          kind: "due",
          due: at(following),
          ambiguity:
            following === first
              ? undefined
              : `"${match[0].trim()}" could also mean ${first}; read as the ${dayName} of the following week, ${following}`,
        };
      }
      return { kind: "due", due: at(first) };
    },
  },
  {
    name: "day-of-month",
    // "by the 26th", "due on the 3rd": the first such day on or after the meeting.
    pattern:
      /\b(?:by|due(?: on| by)?|before|until|till|on)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]{3})/gi,
    extract: (match, context) => {
      if (!context.reference) return { kind: "due", due: null };
      const day = Number(match[1]);
      const [year, month] = context.reference.date.split("-").map(Number) as [number, number];
      for (let step = 0; step < 3; step++) {
        const y = year + Math.floor((month - 1 + step) / 12);
        const m = ((month - 1 + step) % 12) + 1;
        const candidate = isValidDate(y, m, day) ? isoDate(y, m, day) : null;
        if (candidate && candidate >= context.reference.date)
          return { kind: "due", due: candidate };
      }
      return { kind: "due", due: null, unresolved: true };
    },
  },
  {
    name: "next-week",
    pattern: /\b(next|this|the following) (week|month)\b/gi,
    extract: (match, context) => {
      if (!context.reference) return { kind: "due", due: null };
      const which = match[1]!.toLowerCase();
      if (match[2]!.toLowerCase() === "week") {
        // A week-long window: the deadline is its last working day.
        const friday = addDays(mondayOf(context.reference.date), which === "this" ? 4 : 11);
        return { kind: "due", due: friday };
      }
      const first =
        which === "this"
          ? context.reference.date
          : addMonths(`${context.reference.date.slice(0, 8)}01`, 1);
      return { kind: "due", due: lastDayOfMonth(first) };
    },
  },
];

function dayNamed(word: string, referenceDate: string): string {
  const lower = word.toLowerCase();
  if (lower === "today") return referenceDate;
  if (lower === "tomorrow") return addDays(referenceDate, 1);
  return nextWeekday(referenceDate, weekdayIndex(lower));
}

export { formatDate, isoTime, weekdayOf };
