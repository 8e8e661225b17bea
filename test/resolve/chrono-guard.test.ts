import * as chrono from "chrono-node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayNameADate } from "../../src/resolve/date-reader.js";
import { readStatedDate } from "../../src/resolve/meeting-time.js";

// The guard skips chrono when a text holds none of the words chrono starts from; that is only
// safe if chrono never finds anything in a text the guard turns away.
const REFERENCE = { instant: new Date(Date.UTC(2025, 8, 27, 14, 0)), timezone: 0 };

function chronoFinds(text: string): boolean {
  return (
    chrono.en.casual.parse(text, REFERENCE).length > 0 ||
    chrono.en.GB.parse(text, REFERENCE).length > 0
  );
}

const PHRASES = [
  "in an hour",
  "within a day",
  "in a couple of days",
  "next week",
  "last month",
  "this quarter",
  "end of month",
  "the last day of the month",
  "tonight",
  "tomorrow morning",
  "at noon",
  "midday",
  "by Friday",
  "next thurs",
  "Sept. 3",
  "the 3rd of March",
  "in half an hour",
  "in a few minutes",
  "after this week",
  "a week from now",
  "two weeks ago",
  "yesterday evening",
  "overmorrow",
  "tmrw",
  "this weekend",
  "next yr",
  "last qtr",
  "in a h",
  "in one d",
  "past mos",
  "next mon",
  "3 days later",
  "10/11",
  "2025-10-01",
  "6 PM",
];

const DISTRACTORS = [
  "decisions",
  "monitoring",
  "secure",
  "minor",
  "daily",
  "weekly",
  "yearly",
  "hourly",
  "dashboards",
  "Mayor",
  "marketing",
  "sunset",
  "the",
  "a",
  "of",
  "in",
  "by",
  "for",
  "and",
];

describe("the chrono guard", () => {
  it.each(PHRASES)("lets through what chrono reads: %s", (phrase) => {
    expect(chronoFinds(phrase)).toBe(true);
    expect(mayNameADate(phrase)).toBe(true);
  });

  it("turns away words chrono does not read", () => {
    for (const word of [
      "decisions",
      "monitoring",
      "secure",
      "minor",
      "dashboards",
      "marketing",
      "sunset",
      // An amount word run into a unit's letter: "an" + "d", "the" + "m", "one" + "s".
      "Parker and Owen",
      "send them",
      "the ones",
    ])
      expect(mayNameADate(word)).toBe(false);
    for (const phrase of ["in a w", "next m", "a few d"]) expect(mayNameADate(phrase)).toBe(true);
  });

  it("takes lower-case 'may' for the verb unless a month's words go with it", () => {
    expect(mayNameADate("customers may be affected")).toBe(false);
    expect(mayNameADate("we may ship it")).toBe(false);
    expect(mayNameADate("ship by May")).toBe(true);
    expect(mayNameADate("by end of may")).toBe(true);
    expect(mayNameADate("ship on may 3")).toBe(true);
  });

  it("never turns away a text in which chrono finds a date", () => {
    const words = [...PHRASES.flatMap((phrase) => phrase.split(" ")), ...DISTRACTORS];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (picked) => {
        const text = picked.join(" ");
        if (chronoFinds(text)) expect(mayNameADate(text)).toBe(true);
      }),
      { seed: 20250927, numRuns: 3000 },
    );
  });
});

describe("reading a plain stated date without chrono", () => {
  const MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];

  it("gives the day chrono gives, in both date orders", () => {
    for (const [index, month] of MONTHS.entries()) {
      for (const day of [1, 9, 28, 29, 30, 31]) {
        const text = `${month} ${day}, 2024`;
        for (const order of ["MDY", "DMY"] as const) {
          const parser = order === "DMY" ? chrono.en.GB : chrono.en.casual;
          const result = parser.parse(text, {
            instant: new Date(Date.UTC(2000, 0, 1)),
            timezone: 0,
          })[0];
          const valid = new Date(Date.UTC(2024, index, day)).getUTCDate() === day;
          const fromChrono =
            valid && result
              ? `${result.start.get("year")}-${String(result.start.get("month")).padStart(2, "0")}-${String(result.start.get("day")).padStart(2, "0")}`
              : null;
          expect(readStatedDate(text, order)?.date ?? null).toBe(fromChrono);
        }
      }
    }
  });

  it("leaves a time to chrono", () => {
    expect(readStatedDate("September 27, 2025 at 10:00", "MDY")).toEqual({
      date: "2025-09-27",
      time: "10:00",
    });
  });
});
