import { wallToInstant } from "../../util/zone-offsets.js";
import type { Property } from "./content-line.js";
import { localStamp } from "./vtimezone.js";

/** How DATE-TIME values are written (RFC 5545 §3.3.5 forms 1-3). */
export type TimeForm =
  /** Form 1, floating: "the same hour wherever you are", for notes that name no zone. */
  | { kind: "floating" }
  /** Form 3, local time with TZID and a matching VTIMEZONE. */
  | { kind: "zoned"; zone: string }
  /** Form 2, UTC, converted from the zone's wall clock. */
  | { kind: "utc"; zone: string };

/** A local wall-clock moment from the model: "2025-09-27" and, when known, "18:00". */
export interface Wall {
  date: string;
  time: string | null;
}

/** Records every wall-clock value written with a TZID, so the VTIMEZONE covers them all. */
export interface ZoneUse {
  record(wall: number): void;
  markOpenEnded(): void;
}

export function parseWall(value: string): Wall | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  return match ? { date: match[1]!, time: match[2] ?? null } : null;
}

/** Epoch milliseconds of the wall clock read as if it were UTC: plain calendar arithmetic. */
export function wallMillis(wall: Wall): number {
  const [year, month, day] = wall.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = (wall.time ?? "00:00").split(":").map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hour, minute);
}

export function dateValue(date: string): string {
  return date.replaceAll("-", "");
}

/** §3.3.5: `YYYYMMDDTHHMMSSZ` of an instant. */
export function utcStamp(instant: Date | number): string {
  return `${localStamp(typeof instant === "number" ? instant : instant.getTime())}Z`;
}

/** DTSTART, DUE, DTEND and the like: VALUE=DATE for a day (§3.3.4), else a DATE-TIME in the chosen form. */
export function dateTimeProperty(
  name: string,
  wall: Wall,
  form: TimeForm,
  zoneUse: ZoneUse,
): Property {
  if (wall.time === null) return { name, params: [["VALUE", "DATE"]], value: dateValue(wall.date) };
  const millis = wallMillis(wall);
  if (form.kind === "floating") return { name, value: localStamp(millis) };
  if (form.kind === "utc") return { name, value: utcStamp(wallToInstant(form.zone, millis)) };
  zoneUse.record(millis);
  return { name, params: [["TZID", form.zone]], value: localStamp(millis) };
}

export function addDaysToDate(date: string, days: number): string {
  const next = new Date(wallMillis({ date, time: null }) + days * 86_400_000);
  return next.toISOString().slice(0, 10);
}
