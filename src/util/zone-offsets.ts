/**
 * UTC offsets of an IANA zone, read from the runtime's own tz database through Intl, so that
 * no zone data ships with the package and the answer is as current as the runtime.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export function isKnownZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in effect at an instant. */
export function offsetAt(zone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    fields.year!,
    fields.month! - 1,
    fields.day!,
    fields.hour! % 24,
    fields.minute!,
    fields.second!,
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant a local wall-clock time names. A time skipped by a spring-forward gap is read with
 * the offset before the gap (so 02:30 becomes 03:30 local), and a repeated time takes its first
 * occurrence, as RFC 5545 §3.3.5 prescribes for DATE-TIME with TZID.
 */
export function wallToInstant(zone: string, wallAsUtc: number): number {
  const before = offsetAt(zone, wallAsUtc - 86_400_000);
  const after = offsetAt(zone, wallAsUtc + 86_400_000);
  const early = wallAsUtc - before * 60_000;
  const late = wallAsUtc - after * 60_000;
  const earlyValid = offsetAt(zone, early) === before;
  const lateValid = offsetAt(zone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return early;
}

export interface Transition {
  /** The first instant of the new offset. */
  instant: number;
  from: number;
  to: number;
}

/** Every offset change in [from, to), found by weekly steps refined by bisection to the second. */
export function transitionsBetween(zone: string, from: number, to: number): Transition[] {
  const week = 7 * 86_400_000;
  const found: Transition[] = [];
  let previousInstant = from;
  let previousOffset = offsetAt(zone, from);
  for (let probe = from + week; previousInstant < to; probe += week) {
    const at = Math.min(probe, to);
    const offset = offsetAt(zone, at);
    if (offset !== previousOffset) found.push(...bisect(zone, previousInstant, at, previousOffset));
    previousInstant = at;
    previousOffset = offset;
  }
  return found;
}

/** Within one week there can be two changes (rare, but tzdata has them); split until each is one second. */
function bisect(zone: string, low: number, high: number, lowOffset: number): Transition[] {
  const highOffset = offsetAt(zone, high);
  if (high - low <= 1000)
    return lowOffset === highOffset ? [] : [{ instant: high, from: lowOffset, to: highOffset }];
  // Seconds stay whole and the middle stays strictly inside (low, high), so the recursion ends.
  const middle = low + Math.ceil((high - low) / 2000) * 1000;
  const middleOffset = offsetAt(zone, middle);
  const left = middleOffset !== lowOffset ? bisect(zone, low, middle, lowOffset) : [];
  const right = middleOffset !== highOffset ? bisect(zone, middle, high, middleOffset) : [];
  return [...left, ...right];
}
