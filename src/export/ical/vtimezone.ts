import type { Component, Property } from "./content-line.js";
import { offsetAt, type Transition, transitionsBetween } from "./zone-offsets.js";

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
const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
/** How many recent years must share one rule before it is trusted to go on. */
const RULE_YEARS = 3;
/** An open-ended zone whose rule is irregular gets this many years of explicit transitions. */
const IRREGULAR_HORIZON_YEARS = 20;

export function buildVTimezone(zone: string, window: ZoneWindow): Component {
  const startYear = new Date(window.from).getUTCFullYear();
  let endYear = new Date(window.to).getUTCFullYear();
  if (window.openEnded) endYear = Math.max(endYear, startYear + RULE_YEARS - 1);
  const from = Date.UTC(startYear, 0, 1) - DAY;
  const to = Date.UTC(endYear + 1, 0, 1) + DAY;
  const transitions = transitionsBetween(zone, from, to);
  const standardOffset = Math.min(offsetAt(zone, from), ...transitions.map((transition) => transition.to));
  const observances: Component[] = [observance(standardOffset, { instant: from, from: offsetAt(zone, from), to: offsetAt(zone, from) }, null)];

  let explicit = transitions;
  let ruled: Array<{ transition: Transition; rule: string }> = [];
  if (window.openEnded) {
    const yearly = yearlyRules(transitions, endYear);
    if (yearly) {
      explicit = transitions.filter((transition) => yearOf(transition) < endYear);
      ruled = yearly;
    } else {
      explicit = transitionsBetween(zone, from, Date.UTC(endYear + IRREGULAR_HORIZON_YEARS, 0, 1));
    }
  }
  for (const transition of explicit) observances.push(observance(standardOffset, transition, null));
  for (const { transition, rule } of ruled) observances.push(observance(standardOffset, transition, rule));
  return { name: "VTIMEZONE", properties: [{ name: "TZID", value: zone }], components: observances };
}

function observance(standardOffset: number, transition: Transition, rule: string | null): Component {
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
 * The last year's changes as yearly rules (BYMONTH + BYDAY, the shape of every regular DST rule),
 * but only when the previous years follow the same rules; otherwise null.
 */
function yearlyRules(transitions: readonly Transition[], lastYear: number): Array<{ transition: Transition; rule: string }> | null {
  const keysByYear: string[][] = [];
  for (let year = lastYear - RULE_YEARS + 1; year <= lastYear; year++) {
    keysByYear.push(transitions.filter((transition) => yearOf(transition) === year).map(ruleKey));
  }
  const last = keysByYear[keysByYear.length - 1]!;
  if (last.length === 0 || keysByYear.some((keys) => keys.join("|") !== last.join("|"))) return null;
  return transitions
    .filter((transition) => yearOf(transition) === lastYear)
    .map((transition) => ({ transition, rule: ruleOf(transition) }));
}

function ruleKey(transition: Transition): string {
  const local = new Date(transition.instant + transition.from * 60_000);
  return `${ruleOf(transition)} ${local.getUTCHours()}:${local.getUTCMinutes()} ${transition.from}>${transition.to}`;
}

function ruleOf(transition: Transition): string {
  const local = new Date(transition.instant + transition.from * 60_000);
  const month = local.getUTCMonth() + 1;
  const day = local.getUTCDate();
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), month, 0)).getUTCDate();
  const ordinal = day > daysInMonth - 7 ? -1 : Math.ceil(day / 7);
  return `FREQ=YEARLY;BYMONTH=${month};BYDAY=${ordinal}${WEEKDAYS[local.getUTCDay()]}`;
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
