import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { expect } from "vitest";
import { parseMinutes } from "../../../src/index.js";
import type { Minutes } from "../../../src/model/minutes.js";

export const NOW = "2026-03-12T20:00:00Z";

export function fixtureMinutes(
  path: string,
  options: Parameters<typeof parseMinutes>[1] = {},
): Minutes {
  return parseMinutes(readFileSync(path, "utf8"), { fileName: path, ...options });
}

/** Parses with ical.js (as Thunderbird does), registering VTIMEZONEs so TZID times resolve. */
export function parseCalendar(text: string): ICAL.Component {
  assertWellFormed(text);
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar;
}

/** RFC 5545 §3.1: CRLF only, and no physical line past 75 octets. */
export function assertWellFormed(text: string): void {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n"))
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
}

export function items(calendar: ICAL.Component, name: "vtodo" | "vevent"): ICAL.Component[] {
  return calendar.getAllSubcomponents(name);
}

export function bySummary(components: ICAL.Component[], start: string): ICAL.Component {
  const found = components.find((component) =>
    String(component.getFirstPropertyValue("summary")).startsWith(start),
  );
  if (!found) throw new Error(`no component whose SUMMARY starts with "${start}"`);
  return found;
}

/** A property's value as it was written, e.g. "20250927T180000" or "FREQ=DAILY". */
export function written(component: ICAL.Component, name: string): string | null {
  const property = component.getFirstProperty(name);
  if (!property) return null;
  const value = property.getFirstValue() as unknown;
  if (value instanceof ICAL.Time) return value.toICALString();
  if (value instanceof ICAL.Recur) return value.toString();
  return value === null || value === undefined ? null : String(value);
}
