import { DEADLINE_CUES, DUE_FIELD_LABELS } from "../util/lexicon.js";
import type { DateValue, NOT_A_DATE } from "./date-parsers.js";
import type { PhraseContext } from "./phrase-words.js";
import { addDays, isoDate, isoTime, isValidDate, nearestDay } from "./wall-clock.js";

/**
 * A clock time that cannot be a bare number: "3pm", "3:30 p.m.", "15:00", "noon"; "14h", "9h30"
 * only after "at" or its French, German, Dutch, Italian, Portuguese or Spanish word, since
 * "2h" alone is a span. One group.
 */
export const CLOCK_TIME =
  "(\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b\\.?|\\d{1,2}:\\d{2}(?!\\d)|(?<=(?:^|[\\s,(])(?:at|à|um|om|alle|às|a las)\\s)\\d{1,2}h(?:[0-5]\\d)?(?![A-Za-z\\d])|noon|midday|midnight)";

/** "3pm" -> "15:00", "noon" -> "12:00"; null for no text or an impossible time. */
export function clockOf(text: string | undefined): string | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  if (lower === "noon" || lower === "midday") return "12:00";
  if (lower === "midnight") return "00:00";
  const match = /^(\d{1,2})(?:[:h](\d{2})|h)?\s*(?:([ap])\.?m\.?)?$/.exec(lower);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (match[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (match[3] === "p" ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 ? isoTime(hour, minute) : null;
}

// "on 12.03." too: a day-first date after "on" is a day the work is set for.
const DEADLINE_BEFORE = new RegExp(`\\b(?:${DEADLINE_CUES}|on):?\\s*$`, "i");
// "When: 17.06", "Target: 17.06": a record's field of by when says it as much as a cue does.
const DEADLINE_WORD_BEFORE = new RegExp(
  `\\b(?:${DEADLINE_CUES}:?|${DUE_FIELD_LABELS}\\s*:)\\s*$`,
  "i",
);
// "by the 20.3.", "until the 6.10": with "the", a date that closes its words; "by the 2.10
// release" names a version.
const DEADLINE_WORD_THE_BEFORE = new RegExp(`\\b${DEADLINE_CUES}\\s+the\\s+$`, "i");

/** "20.3 evening", "20.3., 17:00", "20.3 EOD": a day and its hour that fill the text, as a "When" cell holds them. */
export const HOUR_TO_THE_END = `\\s*(?:(?:in the\\s+)?(?:morning|afternoon|evening|night)|EOD|COB|end of (?:the )?day|(?:at\\s+)?${CLOCK_TIME})\\s*$`;
const HOUR_OF_ITS_DAY = new RegExp(`^\\.?,?${HOUR_TO_THE_END}`, "i");

/** "10/20", "20/10/2025", "16.03.2015", read in the note's date order; dots are always day first. */
export function readNumericDate(
  match: RegExpExecArray,
  context: PhraseContext,
): DateValue | typeof NOT_A_DATE {
  const [, first, separator, second, yearText] = match;
  const after = match.input.slice(match.index + match[0].length);
  // Dots without a four-digit year are versions and decimals ("2.10", "3.14"), except a
  // day-first date after a deadline word ("due 12.03", "until 6.10"), one closed by a dot
  // after "on" or closing the item after a dash ("on 12.03.", "Kim — tidy the board — 12.03"),
  // or one that is the whole text (a "When" cell holding "12.03").
  const before = match.input.slice(0, match.index);
  const closedByDot = /^\.(?!\d)/.test(after);
  // A year of two digits makes a version of three parts ("21.09.19"), unless the date closes a
  // title after a dash ("Organisers' sync – 21.09.19") or is the whole text, where versions are rare.
  const closesTheText =
    (/\s[—–-]\s*$/.test(before) && /^\.?\s*$/.test(after)) ||
    match.input.trim().replace(/\.$/, "") === match[0] ||
    (before.trim() === "" && HOUR_OF_ITS_DAY.test(after));
  // "(13.03.)": a bracket that holds only a day and a month, each closed by a dot, as day-first
  // writers put a deadline after the work; a version there has no dot after it ("(20.04)").
  const bracketedDayMonth = closedByDot && /\($/.test(before) && /^\.\)/.test(after);
  const closedDayMonth =
    separator === "." &&
    (yearText
      ? yearText.length === 2 && (closesTheText || DEADLINE_WORD_BEFORE.test(before))
      : DEADLINE_WORD_BEFORE.test(before) ||
        (DEADLINE_WORD_THE_BEFORE.test(before) && /^\.?\s*(?:$|[,;)])/.test(after)) ||
        (closedByDot && DEADLINE_BEFORE.test(before)) ||
        bracketedDayMonth ||
        closesTheText);
  if (separator === "." && yearText?.length !== 4 && !closedDayMonth) return "not-a-date";
  if (/^\s+of\b/i.test(after) || /^\s*(?:%|x\b)/i.test(after)) return "not-a-date";
  const dayFirst = separator === "." || context.dateOrder === "DMY";
  const month = Number(dayFirst ? second : first);
  const day = Number(dayFirst ? first : second);
  const written = yearText ? Number(yearText.length === 2 ? `20${yearText}` : yearText) : null;
  const cued = DEADLINE_BEFORE.test(before);
  if (separator === "/" && !yearText && /^24\/7$/.test(match[0])) return "not-a-date";
  if (!isValidDate(written ?? 2000, month, day)) {
    const otherOrder = isValidDate(written ?? 2000, day, month);
    // "due 25/10/2024" in a month-first note can only be read day first: it is, and the reading
    // is reported, since the note writes its dates both ways. Without a deadline word or a year,
    // "10/20" in a day-first note may be a ratio or a score: it is reported, not read.
    // A date that is the whole text (a "When" cell holding "20/06"), or that closes it after a
    // dash ("share the plan - 16/03"), is a date, not a ratio.
    const alone =
      match.input.trim() === match[0] || (/\s[—–-]\s*$/.test(before) && /^[.\s]*$/.test(after));
    if (separator === "/" && otherOrder && (cued || yearText || alone)) {
      const read = readInOrder(written, day, month, context);
      // With no order the note settles, the one reading that exists is no conflict.
      if (context.dateOrder == null) return read;
      const order = dayFirst ? "day-first" : "month-first";
      const other = dayFirst ? "month first" : "day first";
      return read.due === null
        ? read
        : {
            ...read,
            ambiguity: `"${match[0]}" cannot be ${order} like the note's other dates; read ${other} as ${read.due}`,
          };
    }
    return cued || otherOrder ? { due: null, unresolved: true } : "not-a-date";
  }
  const read = readInOrder(written, month, day, context);
  // "come back by 10/12" in a December meeting of a note that settles no order: a deadline is
  // not set in the past, so the reading that falls in the coming weeks is meant (10 December).
  if (
    DEADLINE_WORD_BEFORE.test(before) &&
    !dayFirst &&
    context.dateOrder == null &&
    !written &&
    context.reference &&
    read.due
  ) {
    const swapped =
      isValidDate(2000, day, month) && day !== month
        ? nearestDay(context.reference.date, day, month)
        : null;
    const meeting = context.reference.date;
    if (
      read.due < addDays(meeting, -7) &&
      swapped &&
      swapped >= meeting &&
      swapped <= addDays(meeting, 62)
    )
      return {
        due: swapped,
        implied: ["year"],
        ambiguity: `"${match[0]}" read day first as ${swapped}, the reading after the meeting; month first it is ${read.due}`,
      };
  }
  return read;
}

/** The day `month`/`day` names: in the year written, or else the one nearest the meeting. */
function readInOrder(
  written: number | null,
  month: number,
  day: number,
  context: PhraseContext,
): DateValue {
  if (written !== null) return { due: isoDate(written, month, day) };
  if (!context.reference) return { due: null };
  const due = nearestDay(context.reference.date, month, day);
  return due ? { due, implied: ["year"] } : { due: null, unresolved: true };
}
