import {
  addBusinessDays,
  addDays,
  addMonths,
  formatDateTime,
  toUtc,
  WEEKDAYS,
} from "./wall-clock.js";

/** The instant relative phrases count from: the meeting's date and, when known, its start. */
export interface Reference {
  date: string;
  time: string | null;
}

export interface PhraseContext {
  reference: Reference | null;
  /** How to read "10/11": month first or day first; null when nothing settles it (read month first). */
  dateOrder?: "MDY" | "DMY" | null;
}

/** Full day names, and the short forms people write ("Wed", "Weds", "next Fri", "EOD Thurs"). */
export const DAY_NAMES =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun";

/**
 * The days in German, Monday first, as notes written in German give a deadline ("bis Freitag");
 * "Sonnabend" is Saturday in the north.
 */
export const GERMAN_DAY_NAMES = [
  "montag",
  "dienstag",
  "mittwoch",
  "donnerstag",
  "freitag",
  "samstag",
  "sonntag",
] as const;

/** 0 (Sunday) to 6 for a German day name, as weekdayIndex counts. */
export function germanWeekdayIndex(name: string): number {
  const lower = name.toLowerCase();
  const monday = lower === "sonnabend" ? 5 : GERMAN_DAY_NAMES.indexOf(lower as never);
  return monday < 0 ? -1 : (monday + 1) % 7;
}

/** The close of a working day in short: "EOD", "COB" (close of business), "EOB", "EOP" (end of play). */
export const END_OF_DAY_ABBREVIATIONS = "eod|cob|eob|eop";

export const UNIT =
  "(minutes?|mins?|hours?|hrs?|h|days?|(?:business|biz|working|work) ?days?|weeks?|wks?|fortnights?|months?)";

export function weekdayIndex(name: string): number {
  const lower = name.toLowerCase();
  return WEEKDAYS.findIndex((day) => day.startsWith(lower.slice(0, 3)));
}

export type Unit = "minute" | "hour" | "day" | "businessDay" | "week" | "fortnight" | "month";

export function unitOf(word: string): Unit {
  const lower = word.toLowerCase();
  if (/^(?:business|biz|work)/.test(lower)) return "businessDay";
  if (lower.startsWith("mi")) return "minute";
  if (lower.startsWith("h")) return "hour";
  if (lower.startsWith("w")) return "week";
  if (lower.startsWith("mo")) return "month";
  if (lower.startsWith("f")) return "fortnight";
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
    case "fortnight":
      return `P${amount * 2}W`;
    case "month":
      return `P${amount}M`;
  }
}

/** Adds a span to the reference. Hours need a start time; without one they round up to whole days. */
export function addSpan(reference: Reference, amount: number, unit: Unit): string {
  if (unit === "month") return addMonths(reference.date, amount);
  if (unit === "week") return addDays(reference.date, amount * 7);
  if (unit === "fortnight") return addDays(reference.date, amount * 14);
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

/** "a couple of days" is two of them, as the phrase is meant; "a few" says no number. */
export const AMOUNT =
  "(\\d{1,4}|a couple of|couple of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight|seventy-two)";

export function amountOf(word: string): number {
  const lower = word.toLowerCase().replace(/^(?:a )?couple of$/, "two");
  return Object.hasOwn(NUMBER_WORDS, lower) ? NUMBER_WORDS[lower]! : Number(word);
}
