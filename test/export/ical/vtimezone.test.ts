import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { serializeComponent } from "../../../src/export/ical/content-line.js";
import { buildVTimezone } from "../../../src/export/ical/vtimezone.js";
import { offsetAt, wallToInstant } from "../../../src/util/zone-offsets.js";

const DAY = 86_400_000;

/** ical.js's offset for local noon of each day, against Intl's, over [from, to). */
function mismatches(zone: string, text: string, from: number, to: number): string[] {
  const timezone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(text) as unknown as unknown[]));
  const wrong: string[] = [];
  for (let day = from; day < to; day += DAY) {
    const noon = new Date(day + 12 * 3_600_000);
    const expected = offsetAt(zone, wallToInstant(zone, noon.getTime()));
    const local = new ICAL.Time(
      {
        year: noon.getUTCFullYear(),
        month: noon.getUTCMonth() + 1,
        day: noon.getUTCDate(),
        hour: 12,
        minute: 0,
        second: 0,
        isDate: false,
      },
      timezone,
    );
    const actual = timezone.utcOffset(local) / 60;
    if (actual !== expected)
      wrong.push(`${noon.toISOString().slice(0, 10)}: ${actual} != ${expected}`);
  }
  return wrong;
}

describe("VTIMEZONE from Intl (RFC 5545 §3.6.5)", () => {
  const zones = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Africa/Casablanca",
    "America/Santiago",
    "Asia/Gaza",
  ];

  it.each(zones)("matches Intl for every day of the exported years in %s", (zone) => {
    const component = buildVTimezone(zone, {
      from: Date.UTC(2025, 8, 27),
      to: Date.UTC(2025, 11, 27),
      openEnded: false,
    });
    expect(
      mismatches(zone, serializeComponent(component), Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)),
    ).toEqual([]);
  });

  it.each(zones)("covers the years after an open-ended recurrence in %s", (zone) => {
    const component = buildVTimezone(zone, {
      from: Date.UTC(2025, 8, 27),
      to: Date.UTC(2025, 8, 27),
      openEnded: true,
    });
    expect(
      mismatches(zone, serializeComponent(component), Date.UTC(2025, 0, 1), Date.UTC(2035, 0, 1)),
    ).toEqual([]);
  });

  it("describes a regular zone by yearly rules after the exported years", () => {
    const text = serializeComponent(
      buildVTimezone("Europe/Berlin", {
        from: Date.UTC(2025, 8, 27),
        to: Date.UTC(2025, 8, 27),
        openEnded: true,
      }),
    );
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n");
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n");
    expect(text).toContain(
      "BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n",
    );
  });

  it("reads a skipped local time with the offset before the gap", () => {
    // 2026-03-29 02:30 does not exist in Berlin; §3.3.5 reads it as 03:30 CEST, 01:30 UTC.
    expect(
      new Date(wallToInstant("Europe/Berlin", Date.UTC(2026, 2, 29, 2, 30))).toISOString(),
    ).toBe("2026-03-29T01:30:00.000Z");
    // 2026-10-25 02:30 happens twice; the first is 00:30 UTC.
    expect(
      new Date(wallToInstant("Europe/Berlin", Date.UTC(2026, 9, 25, 2, 30))).toISOString(),
    ).toBe("2026-10-25T00:30:00.000Z");
  });
});
