/**
 * Validation of the dates, times and time zones that options, config and flags give, so that
 * "2025-02-30" or "Mars/Olympus" is refused where it is given instead of rolling over or being
 * written out verbatim.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{2}):(\d{2})$/;

/** "2025-09-27" naming a day that exists (no 2025-02-30, no month 13). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "10:00": hours 00–23, minutes 00–59. */
export function isClockTime(text: string): boolean {
  const match = CLOCK.exec(text);
  return match !== null && Number(match[1]) <= 23 && Number(match[2]) <= 59;
}

/** "2025-09-27" or "2025-09-27T10:00", both real. */
export function isWallClock(text: string): boolean {
  const [date, time, ...rest] = text.split("T");
  return rest.length === 0 && isCalendarDate(date!) && (time === undefined || isClockTime(time));
}

let zonesByLowerName: Map<string, string> | null = null;

function listedZones(): Map<string, string> {
  if (!zonesByLowerName) {
    const names =
      typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    zonesByLowerName = new Map([...names, "UTC"].map((name) => [name.toLowerCase(), name]));
  }
  return zonesByLowerName;
}

/**
 * The IANA name of a zone the runtime knows, in its proper spelling ("europe/berlin" ->
 * "Europe/Berlin"), or null for an unknown one. A name already spelt properly is kept as written:
 * Intl reports some zones under older names (Asia/Kolkata as Asia/Calcutta), and the user's
 * choice of an equally valid name is not ours to change.
 */
export function canonicalTimeZone(name: string): string | null {
  let known = canonicalNames.get(name);
  if (known === undefined) {
    known = canonicalName(name);
    // Building an Intl.DateTimeFormat costs more than reading a short note's dates; a run meets
    // few zone names, and the cap keeps a stream of made-up ones from growing the map.
    if (canonicalNames.size < 512) canonicalNames.set(name, known);
  }
  return known;
}

const canonicalNames = new Map<string, string | null>();

function canonicalName(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  const listed = listedZones().get(trimmed.toLowerCase());
  if (listed) return listed;
  if (resolved.toLowerCase() === trimmed.toLowerCase()) return resolved;
  // Every part capitalized ("US/Eastern", "EST5EDT"): a proper name the runtime knows.
  if (trimmed.split("/").every((part) => /^[A-Z0-9+-]/.test(part))) return trimmed;
  return resolved;
}

/** The known zone names, for a "did you mean". */
export function knownTimeZones(): string[] {
  return [...listedZones().values()];
}

export function unknownZoneMessage(name: string): string {
  return `unknown time zone "${name}", expected an IANA name such as "Europe/Berlin"`;
}
