import { RRULE_WEEKDAYS } from "../../util/lexicon.js";
import { offsetAt, type Transition, transitionsBetween } from "../../util/zone-offsets.js";
import type { Component, Property } from "./content-line.js";

/**
 * A VTIMEZONE (RFC 5545 §3.6.5) generated from the runtime's tz database through Intl.
 *
 * Measured against timezones-ical-library 2.3.2 (scripts/measure-vtimezone.mjs): that library
 * describes each zone by its *current* rule "since 1970", so a zone whose rules changed gives
 * wrong offsets for earlier dates (America/Vancouver is -07:00 all year there, also in 2025), and
 * zones with irregular rules (Africa/Casablanca, Asia/Gaza) cannot be described by one yearly
 * rule at all. Listing the actual transitions of the exported years is exact for every zone the
 * runtime knows, and costs no dependency.
 */
export interface ZoneWindow {
  /** Earliest and latest local date-times used with this TZID, as epoch milliseconds of their wall clock. */
  from: number;
  to: number;
  /** A recurrence without UNTIL or COUNT uses the zone: §3.6.5 wants valid offsets for every instance. */
  openEnded: boolean;
}

const DAY = 86_400_000;
/** How many years of the runtime's data a yearly rule must reproduce before it stands for all later years. */
const RULE_YEARS = 8;
/** An open-ended zone whose rule is irregular gets this many years of explicit transitions. */
const IRREGULAR_HORIZON_YEARS = 20;

export function buildVTimezone(zone: string, window: ZoneWindow): Component {
  const startYear = new Date(window.from).getUTCFullYear();
  const endYear = new Date(window.to).getUTCFullYear();
  const from = Date.UTC(startYear, 0, 1) - DAY;
  const to = Date.UTC(endYear + 1, 0, 1) + DAY;
  const transitions = transitionsBetween(zone, from, to);
  const standardOffset = Math.min(
    offsetAt(zone, from),
    ...transitions.map((transition) => transition.to),
  );
  const observances: Component[] = [
    observance(
      standardOffset,
      { instant: from, from: offsetAt(zone, from), to: offsetAt(zone, from) },
      null,
    ),
  ];

  let explicit = transitions;
  let ruled: Array<{ transition: Transition; rule: string }> = [];
  if (window.openEnded) {
    const yearly = yearlyRules(zone, endYear);
    if (yearly) {
      explicit = transitions.filter((transition) => yearOf(transition) < endYear);
      ruled = yearly;
    } else {
      explicit = transitionsBetween(zone, from, Date.UTC(endYear + IRREGULAR_HORIZON_YEARS, 0, 1));
    }
  }
  for (const transition of explicit) observances.push(observance(standardOffset, transition, null));
  for (const { transition, rule } of ruled)
    observances.push(observance(standardOffset, transition, rule));
  return {
    name: "VTIMEZONE",
    properties: [{ name: "TZID", value: zone }],
    components: observances,
  };
}

function observance(
  standardOffset: number,
  transition: Transition,
  rule: string | null,
): Component {
  const properties: Property[] = [
    // §3.6.5: the onset is local time as it was before the change, so in the "from" offset.
    { name: "DTSTART", value: localStamp(transition.instant + transition.from * 60_000) },
    { name: "TZOFFSETFROM", value: utcOffsetValue(transition.from) },
    { name: "TZOFFSETTO", value: utcOffsetValue(transition.to) },
  ];
  if (rule) properties.push({ name: "RRULE", value: rule });
  return { name: transition.to > standardOffset ? "DAYLIGHT" : "STANDARD", properties };
}

/**
 * The last year's changes as yearly rules, but only when the runtime's data for the following
 * years agrees with them. tzdata rules are "last Sunday" or "first Sunday on or after day N"
 * (Chile: Sun>=2), which RFC 5545 writes as BYDAY=-1SU or BYMONTHDAY=N..N+6;BYDAY=SU; anything
 * else (Morocco's Ramadan changes) gets null and explicit transitions instead.
 */
function yearlyRules(
  zone: string,
  lastYear: number,
): Array<{ transition: Transition; rule: string }> | null {
  const span = transitionsBetween(
    zone,
    Date.UTC(lastYear, 0, 1) - DAY,
    Date.UTC(lastYear + RULE_YEARS, 0, 1),
  );
  const byYear: Transition[][] = [];
  for (let year = lastYear; year < lastYear + RULE_YEARS; year++)
    byYear.push(span.filter((transition) => yearOf(transition) === year));
  const first = byYear[0]!;
  if (first.length === 0 || byYear.some((year) => year.length !== first.length)) return null;
  const rules: Array<{ transition: Transition; rule: string }> = [];
  for (let index = 0; index < first.length; index++) {
    const rule = ruleFor(byYear.map((year) => year[index]!));
    if (!rule) return null;
    rules.push({ transition: first[index]!, rule });
  }
  return rules;
}

function ruleFor(sameChangeEachYear: readonly Transition[]): string | null {
  const locals = sameChangeEachYear.map(
    (transition) => new Date(transition.instant + transition.from * 60_000),
  );
  const shape = (local: Date, transition: Transition) =>
    `${local.getUTCMonth()} ${local.getUTCDay()} ${local.getUTCHours()}:${local.getUTCMinutes()} ${transition.from}>${transition.to}`;
  const key = shape(locals[0]!, sameChangeEachYear[0]!);
  if (locals.some((local, index) => shape(local, sameChangeEachYear[index]!) !== key)) return null;
  const month = locals[0]!.getUTCMonth() + 1;
  const weekday = RRULE_WEEKDAYS[locals[0]!.getUTCDay()];
  if (locals.every((local) => local.getUTCDate() > daysIn(local) - 7))
    return `FREQ=YEARLY;BYMONTH=${month};BYDAY=-1${weekday}`;
  const days = locals.map((local) => local.getUTCDate());
  const low = Math.min(...days);
  if (Math.max(...days) - low > 6 || low + 6 > 28) return null;
  // Seven days from the earliest day seen hold exactly one such weekday each year.
  if (low === 1) return `FREQ=YEARLY;BYMONTH=${month};BYDAY=1${weekday}`;
  const monthDays = Array.from({ length: 7 }, (_, offset) => low + offset);
  return `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${monthDays.join(",")};BYDAY=${weekday}`;
}

function daysIn(local: Date): number {
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
}

function yearOf(transition: Transition): number {
  return new Date(transition.instant + transition.from * 60_000).getUTCFullYear();
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** A wall-clock instant (epoch milliseconds read as UTC fields) as `YYYYMMDDTHHMMSS`. */
export function localStamp(wall: number): string {
  const date = new Date(wall);
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

/** §3.3.14 UTC-OFFSET: `+HHMM`, with seconds only when there are any; "-0000" is not allowed. */
function utcOffsetValue(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}
