import { isCalendarDate, isClockTime } from "../model/date-time.js";
import { offsetAt, wallToInstant } from "../util/zone-offsets.js";

/**
 * "Now" as `check --now` and `extract --now` take it, with one meaning in both: a date is 00:00 of
 * that day and a date-time without offset is wall-clock time, both in the note's zone (floating when
 * it has none); a date-time with `Z` or an offset is an instant, converted to the note's zone when it
 * has one.
 */
export interface NowValue {
  date: string;
  /** "HH:MM", or null for a bare date (00:00). */
  time: string | null;
  seconds: number;
  /** Minutes east of UTC when the text gave `Z` or an offset: then it names an instant. */
  offset: number | null;
}

const NOW =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?)?$/i;

export const NOW_EXPECTED =
  "expected a date (2025-10-10), a wall-clock time (2025-10-10T09:00) or an instant (2025-10-10T09:00:00Z, 2025-10-10T09:00+02:00)";

/** The value, or null when the text is not one of the three forms or names no real day and time. */
export function readNow(text: string): NowValue | null {
  const match = NOW.exec(text.trim());
  if (!match) return null;
  const [, date, time, secondsText, zulu, sign, offsetHours, offsetMinutes] = match;
  if (!isCalendarDate(date!) || (time !== undefined && !isClockTime(time))) return null;
  const seconds = Number(secondsText ?? 0);
  if (seconds > 59) return null;
  let offset: number | null = zulu ? 0 : null;
  if (sign) {
    if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return null;
    offset = (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  }
  return { date: date!, time: time ?? null, seconds, offset };
}

function wallAsUtc(value: NowValue): number {
  const [year, month, day] = value.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = (value.time ?? "00:00").split(":").map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hour, minute, value.seconds);
}

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * Local wall-clock in the note's zone, as the rules compare it with deadlines: "2025-10-10" or
 * "2025-10-10T09:00". An instant in a note without a zone keeps the clock time it was written with,
 * since floating deadlines belong to no zone to convert to.
 */
export function nowAsWallClock(value: NowValue, zone: string | null): string {
  if (value.offset === null || zone === null)
    return value.time ? `${value.date}T${value.time}` : value.date;
  const instant = wallAsUtc(value) - value.offset * 60_000;
  const local = new Date(instant + offsetAt(zone, instant) * 60_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/**
 * The instant, as DTSTAMP needs it. A wall-clock value is read in the note's zone; in a note with
 * no zone it is read as UTC, so that the output never depends on the machine's zone.
 */
export function nowAsInstant(value: NowValue, zone: string | null): Date {
  const wall = wallAsUtc(value);
  if (value.offset !== null) return new Date(wall - value.offset * 60_000);
  return new Date(zone === null ? wall : wallToInstant(zone, wall));
}
