import * as chrono from "chrono-node";
import { DATE_MENTION_AFTER_AT, MONTH_WORD } from "../util/lexicon.js";
import { DATE_PARSERS, type DateParser, type ImpliedPart, NOT_A_DATE } from "./date-parsers.js";
import {
  clockOnTheDay,
  closedAtEndOfDay,
  dropAmbiguousHour,
  dropNotADates,
  holdsWrittenDate,
  keepDateShapes,
  nearestYearOfDay,
  OUR_PARSER_PRIORITY,
  onlyOnChronoReadings,
  ourReading,
  RELATIVE_DAY,
  recordOurReading,
  rereadLostDates,
  rereadNumberTakenForHour,
  settleOverlaps,
  weekdayConflict,
  weekdayNamesTheDate,
  writtenDateNamesTheDay,
} from "./date-refiners.js";
import { HOUR_TO_THE_END } from "./date-shapes.js";
import { AMOUNT, addSpan, amountOf, type PhraseContext, UNIT, unitOf } from "./phrase-words.js";
import { addDays, isoDate, isoTime, toUtc } from "./wall-clock.js";
import { REGION_ZONE_AFTER_CLOCK } from "./zone-words.js";

/** One date the words name, with where it was written and how it was read. */
export interface DateReading {
  index: number;
  end: number;
  text: string;
  /** The parser that read it: one of ours (date-parsers.ts), or "chrono" for chrono's own. */
  parser: string;
  /** "2025-09-27" or "2025-09-27T17:00"; null when the words need a meeting date the note lacks, or name no real day. */
  due: string | null;
  /** What the words left out and the reader filled in: the year of "Oct 17", 17:00 for "EOD". */
  implied: ImpliedPart[];
  /** A period ("May 3-4"), read as its first day. */
  range: boolean;
  span?: string;
  ambiguity?: string;
  unresolved?: boolean;
}

interface ReaderOption extends chrono.ParsingOption {
  meeting: PhraseContext;
}

/** Adapts one of our parsers to chrono's interface, so that one chrono configuration runs all. */
function asChronoParser(parser: DateParser): chrono.Parser {
  const scan = new RegExp(parser.pattern.source, parser.pattern.flags.replace("g", ""));
  // chrono hands a parser the text after its last match; ours read the whole text (lookbehinds,
  // cue words before a day name), so each hit is matched again there.
  const atIndex = new RegExp(parser.pattern.source, `${parser.pattern.flags.replace("g", "")}y`);
  const priority = OUR_PARSER_PRIORITY.get(parser.name)!;
  return {
    pattern: () => scan,
    extract: (context, hit) => {
      atIndex.lastIndex = hit.index!;
      const match = atIndex.exec(context.text);
      if (!match || match[0] === "") return null;
      const value = parser.read(match, (context.option as ReaderOption).meeting);
      if (value === null) return null;
      const result = context.createParsingResult(match.index, match[0]);
      recordOurReading(result, { parser: parser.name, priority, value });
      readByUs(context, match.index, match.index + match[0].length);
      return result;
    },
  };
}

const NEVER = /(?!)/;

/** The text of each parse with what our parsers read blanked out; they run before chrono's. */
const leftByUs = new WeakMap<chrono.ParsingContext, string>();

function readByUs(context: chrono.ParsingContext, start: number, end: number): void {
  const text = leftByUs.get(context) ?? context.text;
  leftByUs.set(context, text.slice(0, start) + " ".repeat(end - start) + text.slice(end));
}

/** Time-of-day words a reading of chrono's may add to a date our parsers read ("3/6 in the evening"). */
const TIME_OF_DAY = /\b(?:morning|afternoon|evening|night|[ap]\.?m)\b/i;

/**
 * chrono's readings that hold no written date ("now", "this evening") are dropped by
 * keepDateShapes, and one that overlaps ours is kept only where it adds a date or a time to
 * ours (settleOverlaps). So its parsers are not run when the text holds no written date besides
 * what our parsers read: most task texts, and most that name a deadline in our words.
 */
function onWrittenDates(parser: chrono.Parser): chrono.Parser {
  return {
    pattern: (context) => (chronoMayRead(context) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

const chronoReads = new WeakMap<chrono.ParsingContext, boolean>();

function chronoMayRead(context: chrono.ParsingContext): boolean {
  let verdict = chronoReads.get(context);
  if (verdict === undefined) {
    const left = leftByUs.get(context);
    verdict =
      left === undefined
        ? holdsWrittenDate(context.text)
        : holdsWrittenDate(left) || TIME_OF_DAY.test(left);
    chronoReads.set(context, verdict);
  }
  return verdict;
}

/**
 * chrono's "3 days ago" and "2 weeks later" patterns cost V8 about 100 ms each to compile to
 * machine code on their second run (the first is interpreted): more than reading a hundred
 * notes. They match only where a time unit stands before their closing word, so they are run
 * only on texts that have one, and most processes never compile them.
 */
const CLOSED_SPAN =
  /(?:^|[\s\d])(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mos|mon|months?|qtr|quarters?|y|yrs?|years?)\s{0,5}(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\W|$)/i;
const CLOSES_A_SPAN = /\(\?:(?:ago|later)\|/;

function onClosedSpans(parser: chrono.Parser): chrono.Parser {
  let source: string;
  try {
    source = String(parser.pattern({ option: {} } as chrono.ParsingContext).source);
  } catch {
    return parser;
  }
  if (!CLOSES_A_SPAN.test(source)) return parser;
  return {
    pattern: (context) => (CLOSED_SPAN.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * chrono's day-first configuration skips "March 25" and "Mar 12", whose two digits could be a
 * year ("March '25"). In a note the two digits after a month are its day, as they are in chrono's
 * month-first configuration: a note written day first still writes "by March 25". The parser is
 * copied, not changed, so chrono's own configuration stays as the library's other users expect.
 */
function readsDayAfterMonth(parser: chrono.Parser): chrono.Parser {
  if (!(YEAR_LIKE_SKIP in parser) || !(parser as Record<string, unknown>)[YEAR_LIKE_SKIP])
    return parser;
  return Object.assign(Object.create(Object.getPrototypeOf(parser)), parser, {
    [YEAR_LIKE_SKIP]: false,
  });
}

const YEAR_LIKE_SKIP = "shouldSkipYearLikeDate";

/**
 * chrono's casual English configuration (day-first for notes written that way), our parsers
 * first, and our refiners after chrono's. Order matters: chrono's refiners merge its readings
 * ("March 6" + "at 10am") before ours judge them against our parsers' readings.
 */
function configure(base: chrono.Chrono): chrono.Chrono {
  const reader = base.clone();
  reader.parsers = [
    ...DATE_PARSERS.map(asChronoParser),
    ...base.parsers.map((parser) => onWrittenDates(onClosedSpans(readsDayAfterMonth(parser)))),
  ];
  // A part of a reading, read again against the same reference.
  const reread = (text: string, context: chrono.ParsingContext) =>
    reader.parse(
      text,
      { instant: context.reference.instant, timezone: context.reference.timezoneOffset ?? 0 },
      context.option,
    ) as chrono.ParsingResult[];
  reader.refiners = [
    ...base.refiners.map(onlyOnChronoReadings),
    // After chrono's forward dates, which it corrects.
    nearestYearOfDay,
    // Before keepDateShapes, which would drop a merged reading that lost its day or took a
    // number for its hour.
    rereadLostDates(reread),
    rereadNumberTakenForHour(reread),
    keepDateShapes,
    dropAmbiguousHour,
    settleOverlaps,
    weekdayNamesTheDate,
    // After weekdayNamesTheDate, so that "EOD Fri, 3/20" closes the day "Fri, 3/20" names.
    writtenDateNamesTheDay,
    clockOnTheDay,
    dropNotADates,
  ];
  return reader;
}

let monthFirst: chrono.Chrono | null = null;
let dayFirst: chrono.Chrono | null = null;

function readerFor(order: "MDY" | "DMY"): chrono.Chrono {
  if (order === "DMY") {
    dayFirst ??= configure(chrono.en.GB);
    return dayFirst;
  }
  monthFirst ??= configure(chrono.en.casual);
  return monthFirst;
}

/**
 * chrono always counts from an instant. Without a meeting date it is handed this one, and every
 * reading that leans on it (a relative day, a year left out) comes back without a date.
 */
const NO_MEETING_INSTANT = new Date(Date.UTC(2000, 0, 3, 12, 0));

/**
 * Every word a date can start from: chrono's (digits, month and weekday names, its casual words,
 * time units) and ours (end of day, week, month, quarter, year, German day words). A text with none of them holds no date, and the
 * parse, the costliest step of reading a note after the Markdown parse itself, is skipped.
 * "may" in lower case is the verb ("customers may be affected") unless a month's words go with it
 * ("end of may"; "may 3" has its digit).
 */
const DATE_WORD = new RegExp(
  [
    "\\d",
    `\\b(?!may\\b)${MONTH_WORD}\\b`,
    "\\b(?:sun|mon|tues?|weds?|wednes|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\\b|\\bweek(?:end|day)\\b",
    "\\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon|christmas|xmas|new year)\\b",
    "\\b(?:second|minute|hour|day|week|wk|fortnight|month|quarter|year)s?\\b|\\bmidweek\\b",
    "\\b(?:an?|the|few|several|couple|of|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|this|last|past|next|after)\\s{1,3}(?:s|sec|m|mins?|h|hrs?|d|w|mos?|mon|qtr|y|yr)\\b",
    "\\b(?:EOD|COB|EOB|EOP|EOW|EOM|EOQ|EOY|(?:close|end) of (?:business|play))\\b",
    // German day and period words (date-parsers.ts, "german-day", "german-period", "german-end-of").
    "(?:^|[^a-zäöüß])(?:heute|morgen|übermorgen|woche|monats|monatsende|quartals|quartalsende|jahres|jahresende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(?![a-zäöüß])",
    // French and Spanish period ends ("romance-end-of").
    "\\b(?:fin|finales)\\s+d",
  ].join("|"),
  "i",
);
const MONTH_OF_MAY = /\bMa[yY]\b|\bof\s+may\b/;

export function mayNameADate(text: string): boolean {
  return DATE_WORD.test(text) || MONTH_OF_MAY.test(text);
}

// Links, code, effort estimates ("[20m]") and item numbers ("11/02-03. ...") hold digits that are
// no date; handles and e-mail addresses hold words that are none ("@monday-bot"), unless the
// mention is a date mention ("@Friday"). "2/3 of the team", "ask 2/3 volunteers": a fraction or a
// count of people.
const NOT_DATES = new RegExp(
  String.raw`^\s*\d{1,2}[/.-]\d{1,2}(?:-\d{1,2})?[.)](?=\s)(?!${HOUR_TO_THE_END})|\b\d{1,2}\/\d{1,2}(?=\s+(?:of|people|persons|folks|members|volunteers|devs?|developers|engineers|students|times)\b)|<?https?:\/\/[^\s>)]+>?|\`[^\`]*\`|\[\s*\d+(?:\.\d+)?\s*(?:m|min|mins|h|hr|hrs|d|w|pts?|sp)\s*\]|#\d+|\b(?:v|version\s*)\d+(?:\.\d+)+\b|[\w.+-]*@(?!${DATE_MENTION_AFTER_AT})[A-Za-z0-9][\w.-]*`,
  "gi",
);

/**
 * "SEP19", "MAR3": a month's letters in capitals run into digits name a proposal, a ticket or a
 * part, as "PR70" and "JIRA-12" do, unless a deadline word says it is a day ("due SEP19").
 */
const CAPITALS_RUN_INTO_DIGITS =
  /(?<!\b(?:[Bb]y|[Dd]ue|[Uu]ntil|[Tt]ill|[Bb]efore|[Oo]n)\s+)\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\d{1,4}\b/g;

/** Blanks what holds digits but names no date, keeping every other character where it was. */
export function maskNonDates(text: string): string {
  const blank = (match: string) => " ".repeat(match.length);
  return text
    .replace(NOT_DATES, blank)
    .replace(CAPITALS_RUN_INTO_DIGITS, blank)
    .replace(REGION_ZONE_AFTER_CLOCK, blank);
}

const RELATIVE_WORDS = /\b(?:today|tonight|tomorrow|yesterday|now|ago|next|last|this|coming)\b/i;

/** "this afternoon": the meeting's own day, though its hours may have passed when the meeting ends. */
const THIS_PART_OF_DAY = /^this (?:afternoon|evening)$/i;

function chronoReading(
  result: chrono.ParsedResult,
  meeting: PhraseContext["reference"],
): DateReading {
  const reference = meeting?.date ?? null;
  const hasReference = reference !== null;
  const start = result.start;
  const explicitDay = start.isCertain("day") && start.isCertain("month");
  const relativeDay = RELATIVE_DAY.test(result.text);
  const needsReference =
    !start.isCertain("year") || RELATIVE_WORDS.test(result.text) || (!explicitDay && !relativeDay);
  const reading: DateReading = {
    index: result.index,
    end: result.index + result.text.length,
    text: result.text,
    parser: "chrono",
    due: null,
    implied: [
      ...(explicitDay && !start.isCertain("year") ? (["year"] as const) : []),
      ...(closedAtEndOfDay(result as chrono.ParsingResult) ? (["time"] as const) : []),
    ],
    // "March 25, 14:00-15:00" is one day's hours, not a period of days.
    range: result.end != null && !sameDay(start, result.end),
  };
  const conflict = weekdayConflict(result as chrono.ParsingResult);
  if (conflict) reading.ambiguity = conflict;
  if (needsReference && !hasReference) return reading;
  const date = THIS_PART_OF_DAY.test(result.text)
    ? reference!
    : isoDate(start.get("year")!, start.get("month")!, start.get("day")!);
  reading.due = start.isCertain("hour")
    ? `${date}T${isoTime(start.get("hour")!, start.get("minute") ?? 0)}`
    : date;
  // "at 9 AM EST" from a meeting at 14:00: chrono weighs the hour in its zone against the
  // meeting's instant in UTC, and may keep the meeting's day or move to the next ("17:00 CEST"
  // from a meeting at 16:00); on the wall clock the notes are written in, a clock alone names its
  // next coming, as "at 9 AM" does.
  if (
    meeting &&
    start.isCertain("timezoneOffset") &&
    !start.isCertain("day") &&
    start.isCertain("hour") &&
    !RELATIVE_WORDS.test(result.text)
  ) {
    const clock = reading.due.slice(10);
    const passed = `${meeting.date}T${meeting.time ?? "12:00"}`;
    reading.due =
      `${meeting.date}${clock}` < passed
        ? `${addDays(meeting.date, 1)}${clock}`
        : `${meeting.date}${clock}`;
  }
  return reading;
}

function sameDay(start: chrono.ParsedComponents, end: chrono.ParsedComponents): boolean {
  return (["year", "month", "day"] as const).every((part) => start.get(part) === end.get(part));
}

/**
 * The dates a text names, in text order, read by one chrono configuration against the meeting's
 * reference (or none). The caller blanks what is not to be read as a date (conditions, spans).
 */
export function readDates(written: string, context: PhraseContext): DateReading[] {
  return readDatesInMaskedText(maskNonDates(written), context);
}

/** readDates for a text maskNonDates has already blanked (the schedule reads its timing phrases from it first). */
export function readDatesInMaskedText(text: string, context: PhraseContext): DateReading[] {
  if (!mayNameADate(text)) return [];
  const reference = context.reference;
  const stated = reference ? toUtc(reference.date, reference.time ?? "12:00") : null;
  // chrono never returns when handed an invalid instant, so a malformed reference counts as none.
  const instant = stated && !Number.isNaN(stated.getTime()) ? stated : null;
  const option: ReaderOption = { forwardDate: true, meeting: context };
  const results = readerFor(context.dateOrder ?? "MDY").parse(
    text,
    { instant: instant ?? NO_MEETING_INSTANT, timezone: 0 },
    option,
  ) as chrono.ParsingResult[];
  return results.map((result) => countedFromAnEvent(text, readingOf(result, reference, instant)));
}

function readingOf(
  result: chrono.ParsingResult,
  reference: PhraseContext["reference"],
  instant: Date | null,
): DateReading {
  const ours = ourReading(result);
  if (!ours) return chronoReading(result, instant && reference ? reference : null);
  const value = ours.value === NOT_A_DATE ? { due: null } : ours.value;
  const conflict = weekdayConflict(result);
  return {
    index: result.index,
    end: result.index + result.text.length,
    text: result.text.trim(),
    parser: ours.parser,
    due: value.due,
    implied: value.implied ?? [],
    range: false,
    ...(value.span ? { span: value.span } : {}),
    ...((conflict ?? value.ambiguity) ? { ambiguity: conflict ?? value.ambiguity } : {}),
    ...(value.unresolved ? { unresolved: true } : {}),
  };
}

/**
 * "two days before their budget meeting on 28 October", "a week ahead of the launch (3 May)":
 * a span counted back (or on) from the day an event is on, which the words between keep chrono
 * from reading as one date as it reads "2 days before 28 October". Hours are left alone: "2 hours
 * before the dinner on Friday" says when on a day the reader does not know the hours of. The
 * event is named in lower case or after an article ("the day before Ben Ode 10 Mar" names a
 * person, then the day the item is due).
 */
const SPAN_FROM_AN_EVENT = new RegExp(
  `\\b(?:${AMOUNT}\\s+${UNIT}|(?:the\\s+)?(day|week))\\s+(before|ahead of|prior to|after)\\s+([\\p{L}'’-]+)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:on\\s+|of\\s+|\\(\\s*|,\\s*)?(?:the\\s+)?$`,
  "iu",
);

function countedFromAnEvent(text: string, reading: DateReading): DateReading {
  if (!reading.due || reading.range) return reading;
  const span = SPAN_FROM_AN_EVENT.exec(text.slice(Math.max(0, reading.index - 120), reading.index));
  if (!span || !/^\p{Ll}/u.test(span[5]!)) return reading;
  const unit = unitOf(span[2] ?? span[3]!);
  if (unit === "hour" || unit === "minute") return reading;
  const amount = span[1] ? amountOf(span[1]) : 1;
  const back = /^after$/i.test(span[4]!) ? 1 : -1;
  const index = reading.index - (span.input.length - span.index);
  return {
    ...reading,
    index,
    text: text.slice(index, reading.end).trim(),
    due: addSpan({ date: reading.due.slice(0, 10), time: null }, back * amount, unit),
  };
}
