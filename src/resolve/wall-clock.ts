/**
 * Local wall-clock arithmetic. A meeting's times are what its clock showed; keeping them in
 * UTC-based Date objects makes "24 hours later" independent of the machine's time zone.
 */
export interface WallClock {
  /** "2025-09-27" */
  date: string;
  /** "10:00", or null when only the day is known. */
  time: string | null;
}

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

export function toUtc(date: string, time: string | null = null): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = (time ?? "00:00").split(":").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

export function formatDate(value: Date): string {
  return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

export function formatTime(value: Date): string {
  return `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
}

export function formatDateTime(value: Date): string {
  return `${formatDate(value)}T${formatTime(value)}`;
}

export function addDays(date: string, days: number): string {
  const value = toUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return formatDate(value);
}

/** Adds months, clamping to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: string, months: number): string {
  const value = toUtc(date);
  const day = value.getUTCDate();
  value.setUTCDate(1);
  value.setUTCMonth(value.getUTCMonth() + months);
  const last = daysInMonth(value.getUTCFullYear(), value.getUTCMonth() + 1);
  value.setUTCDate(Math.min(day, last));
  return formatDate(value);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(date: string): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: string): number {
  return toUtc(date).getUTCDay();
}

/** The first given weekday strictly after the date. */
export function nextWeekday(date: string, weekday: number): string {
  const delta = ((weekday - weekdayOf(date) + 6) % 7) + 1;
  return addDays(date, delta);
}

/** The given weekday in the calendar week (Monday to Sunday) after the date's week. */
export function weekdayOfFollowingWeek(date: string, weekday: number): string {
  const monday = mondayOf(date);
  return addDays(monday, 7 + ((weekday + 6) % 7));
}

export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    year >= 1000 &&
    year <= 9999
  );
}

/**
 * The day `month`/`day` names when no year is written. A deadline lies ahead, so the first such
 * day on or after the meeting, unless the same day fell within the last quarter of a year and
 * nearer: "Due 10 Mar" written on 11 March is the day before, overdue (which the check reports),
 * not a year ahead, while "by 20 Sept" written in March is this September. A weekday written with
 * it ("Tuesday, March 10") picks the year whose day it is, when one is that near. Null when no
 * year near the meeting has that day (29 February).
 */
export function nearestDay(
  reference: string,
  month: number,
  day: number,
  weekday: number | null = null,
): string | null {
  return (
    (weekday === null ? null : nearestDayOnWeekday(reference, month, day, weekday)) ??
    nearDay(reference, daysNear(reference, month, day))
  );
}

/**
 * As nearestDay, among only the days within half a year of the meeting that fall on `weekday`:
 * one further off fits the weekday by chance ("Thursday 10/3" written on 2 October 2023, a Tuesday
 * then, is not the Thursday a year on). Null where none does.
 */
export function nearestDayOnWeekday(
  reference: string,
  month: number,
  day: number,
  weekday: number,
): string | null {
  const from = reference.slice(0, 10);
  return nearDay(
    reference,
    daysNear(reference, month, day).filter(
      (date) => weekdayOf(date) === weekday && Math.abs(daysBetween(from, date)) <= 183,
    ),
  );
}

function daysNear(reference: string, month: number, day: number): string[] {
  const year = Number(reference.slice(0, 4));
  return [year - 1, year, year + 1]
    .filter((candidate) => isValidDate(candidate, month, day))
    .map((candidate) => isoDate(candidate, month, day));
}

const LOOKBACK_DAYS = 92;

function nearDay(reference: string, days: readonly string[]): string | null {
  const from = reference.slice(0, 10);
  const ahead = days.find((date) => date >= from) ?? null;
  const before = days.filter((date) => date < from).at(-1) ?? null;
  const back = before ? daysBetween(before, from) : Number.POSITIVE_INFINITY;
  if (back <= LOOKBACK_DAYS && (!ahead || daysBetween(from, ahead) > back)) return before;
  return ahead;
}

export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(later) - Date.parse(earlier)) / 86_400_000);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoTime(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`;
}

/**
 * Adds working days (Monday to Friday); a weekend reference counts from the Monday after it.
 * A negative count goes back ("3 working days before the audit").
 */
export function addBusinessDays(date: string, days: number): string {
  const step = days < 0 ? -1 : 1;
  let current = date;
  let left = Math.abs(days);
  while (left > 0) {
    current = addDays(current, step);
    const weekday = weekdayOf(current);
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return current;
}
