/** The words a note names a time zone with, and what they name. */

// Abbreviations that name one zone in practice; ambiguous ones (IST, CST in Asia) stay unread.
export const ZONE_ABBREVIATIONS: Record<string, string> = {
  UTC: "UTC",
  GMT: "UTC",
  Z: "UTC",
  ET: "America/New_York",
  EST: "America/New_York",
  EDT: "America/New_York",
  CT: "America/Chicago",
  CDT: "America/Chicago",
  MT: "America/Denver",
  MST: "America/Denver",
  MDT: "America/Denver",
  PT: "America/Los_Angeles",
  PST: "America/Los_Angeles",
  PDT: "America/Los_Angeles",
  BST: "Europe/London",
  CET: "Europe/Paris",
  CEST: "Europe/Paris",
  EET: "Europe/Helsinki",
  EEST: "Europe/Helsinki",
  JST: "Asia/Tokyo",
  AEST: "Australia/Sydney",
  AEDT: "Australia/Sydney",
};

/**
 * "by 5pm PT Friday", "14:00 UTC", "9am Eastern": the zone a deadline's words name, as an IANA
 * name, or null. Abbreviations count only in capitals ("et al." names none), a region only right
 * after a clock ("the Pacific office" names none), and a lone "Z" (a plan's name as often as a
 * zone) not at all.
 */
export function zoneNamedIn(words: string): string | null {
  return zoneOf(ZONE_IN_WORDS.exec(words));
}

/**
 * "Friday 17:00 (CET)": the zone written right after the words at `from` (a deadline's), read
 * with the words before it, which a region needs ("17:00 Central").
 */
export function zoneOpening(text: string, from: number): string | null {
  ZONE_OPENING.lastIndex = from;
  return zoneOf(ZONE_OPENING.exec(text));
}

/** "CET", "PT": a zone's abbreviation and nothing else, as in "Ship it by 17:00 (CET)". */
export function isZoneAbbreviation(words: string): boolean {
  return words.length > 1 && Object.hasOwn(ZONE_ABBREVIATIONS, words);
}

function zoneOf(named: RegExpExecArray | null): string | null {
  if (!named) return null;
  if (named[1]) return ZONE_ABBREVIATIONS[named[1]] ?? null;
  return REGION_ZONES[named[2]!.toLowerCase()] ?? null;
}

const REGION_ZONES: Record<string, string> = {
  pacific: "America/Los_Angeles",
  mountain: "America/Denver",
  central: "America/Chicago",
  eastern: "America/New_York",
};

const REGION_AFTER_CLOCK = String.raw`(?<=\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+)([Pp]acific|[Mm]ountain|[Cc]entral|[Ee]astern)(?!\s+[Ee]urop)(?:\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?[Tt]ime\b)?`;

const ZONE_WORDS = String.raw`(?<![\p{L}\d/])(?:(${Object.keys(ZONE_ABBREVIATIONS)
  .filter((name) => name.length > 1)
  .join("|")})(?![\p{L}\d])|${REGION_AFTER_CLOCK})`;
const ZONE_IN_WORDS = new RegExp(ZONE_WORDS, "u");
const ZONE_OPENING = new RegExp(String.raw`[ \t,]*\(?${ZONE_WORDS}`, "uy");

/**
 * "5pm Pacific Friday": chrono reads the clock and stops at the region, losing the day; the date
 * reader blanks the region (and a "time" after it) so the words around it read as one date.
 */
export const REGION_ZONE_AFTER_CLOCK = new RegExp(REGION_AFTER_CLOCK, "gu");
