import { describe, expect, it } from "vitest";
import { checkMinutes, parseMinutes, toICalendar } from "../src/index.js";

const NOTE =
  "# Weekly sync\n\n**Date:** 2025-10-06  \n**Attendees:** Ben Ortiz, Chloe Dubois\n\n## Action Items\n\n- Ben to send the report by 2025-10-10\n";

describe("time zones are known or refused", () => {
  it("the timezone option throws a TypeError for an unknown zone and canonicalizes a known one", () => {
    expect(() => parseMinutes(NOTE, { timezone: "Mars/Olympus" })).toThrow(
      new TypeError(
        'Invalid md-minutes option "timezone": unknown time zone "Mars/Olympus", expected an IANA name such as "Europe/Berlin"',
      ),
    );
    expect(parseMinutes(NOTE, { timezone: "europe/berlin" }).timezone).toBe("Europe/Berlin");
    expect(parseMinutes(NOTE, { timezone: "Asia/Kolkata" }).timezone).toBe("Asia/Kolkata");
    expect(parseMinutes(NOTE, { timezone: "utc" }).timezone).toBe("UTC");
    const timed = NOTE.replace("**Attendees:**", "**Time:** 10:00 - 11:00  \n**Attendees:**");
    const ics = toICalendar(parseMinutes(timed), {
      timezone: "america/new_york",
      now: "2025-10-06T12:00:00Z",
    });
    expect(ics).toContain("DTSTART;TZID=America/New_York:20251006T100000");
    expect(() => toICalendar(parseMinutes(NOTE), { timezone: "Mars/Olympus" })).toThrow(TypeError);
  });

  it("a note's own unknown zone is a diagnostic, a known one is canonicalized", () => {
    const unknown = parseMinutes(`---\ntimezone: Mars/Olympus\n---\n${NOTE}`);
    expect(unknown.timezone).toBeNull();
    expect(unknown.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["unknown-timezone"]);
    expect(parseMinutes(`---\ntimezone: europe/berlin\n---\n${NOTE}`).timezone).toBe(
      "Europe/Berlin",
    );
    expect(
      parseMinutes(NOTE.replace("**Attendees:**", "**Time zone:** europe/berlin  \n**Attendees:**"))
        .timezone,
    ).toBe("Europe/Berlin");
  });
});

describe("dates and times are real or refused", () => {
  it("referenceDate names a real day and time or throws a TypeError", () => {
    const undated = "# Sync\n\n- Ben to send the report tomorrow\n";
    for (const referenceDate of [
      "2025-02-30",
      "2025-13-45",
      "2025-09-27T24:00",
      "2025-09-27T10:60",
    ])
      expect(() => parseMinutes(undated, { referenceDate })).toThrow(
        new TypeError(
          `Invalid md-minutes option "referenceDate": "${referenceDate}" names no real day and time`,
        ),
      );
    expect(parseMinutes(undated, { referenceDate: "2024-02-29T23:59" }).date).toBe("2024-02-29");
  });

  it("checkMinutes refuses a now that names no real day or time", () => {
    for (const now of ["2025-13-45", "2025-02-30", "2025-10-10T25:00", "soon"])
      expect(() => checkMinutes(NOTE, { now })).toThrow(TypeError);
    expect(() => checkMinutes(NOTE, { now: "2025-02-28" })).not.toThrow();
  });

  it("**Date:** 2025-02-30 in a note gives a positioned unreadable-date diagnostic", () => {
    const minutes = parseMinutes(NOTE.replace("2025-10-06", "2025-02-30"));
    expect(minutes.date).toBeNull();
    expect(minutes.diagnostics).toEqual([
      {
        code: "unreadable-date",
        message:
          'The meeting date "2025-02-30" names no real day, expected a date such as "2025-09-27"',
        source: expect.objectContaining({ start: expect.objectContaining({ line: 3 }) }),
      },
    ]);
    const fromFrontMatter = parseMinutes("---\ndate: 2025-02-30\n---\n# Sync\n");
    expect(fromFrontMatter.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      "unreadable-date",
    ]);
  });
});

describe("now has one meaning", () => {
  const zoned = (zone: string | null) => (zone ? `---\ntimezone: ${zone}\n---\n${NOTE}` : NOTE);
  const overdue = (markdown: string, now: string) =>
    checkMinutes(markdown, { now }).messages.filter((message) => message.ruleId === "overdue")
      .length;

  it("check reads an instant in the note's zone, and a date-time as its wall-clock", () => {
    // 22:30 UTC on Oct 10 is 00:30 on Oct 11 in Berlin: the date-only deadline of Oct 10 has passed.
    expect(overdue(zoned("Europe/Berlin"), "2025-10-10T22:30:00Z")).toBe(1);
    // A floating note keeps the clock time as written: still Oct 10, not yet past.
    expect(overdue(zoned(null), "2025-10-10T22:30:00Z")).toBe(0);
    // A date-time without offset is wall-clock time in the note's zone, as is a date (00:00).
    expect(overdue(zoned("Europe/Berlin"), "2025-10-10T23:59")).toBe(0);
    expect(overdue(zoned("Europe/Berlin"), "2025-10-11")).toBe(1);
    expect(overdue(zoned("America/New_York"), "2025-10-11T03:30+00:00")).toBe(0);
  });
});

describe("front-matter attendees", () => {
  const body =
    "# Weekly sync\n\n**Date:** 2025-10-06\n\n## Action Items\n\n- Ben to send the report by 2025-10-10\n";

  it("reads attendees: as a YAML list or a comma string, positioned at the key", () => {
    const list = parseMinutes(
      `---\ntitle: Weekly sync\nattendees:\n  - Ana Lima (CTO, Acme)\n  - Ben Ortiz\n---\n${body}`,
    );
    expect(
      list.attendees.map((attendee) => [attendee.name, attendee.role, attendee.organization]),
    ).toEqual([
      ["Ana Lima", "CTO", "Acme"],
      ["Ben Ortiz", null, null],
    ]);
    expect(list.attendees[0]!.source.start.line).toBe(3);
    expect(list.attendees[0]!.source.end.line).toBe(5);
    const comma = parseMinutes(`---\nattendees: Ana Lima, Ben Ortiz\n---\n${body}`);
    expect(comma.attendees.map((attendee) => attendee.name)).toEqual(["Ana Lima", "Ben Ortiz"]);
    expect(comma.actionItems[0]!.owners[0]!.attendeeId).toBe("ben-ortiz");
    const { messages } = checkMinutes(`---\nattendees: Ana Lima, Ben Ortiz\n---\n${body}`);
    expect(messages.map((message) => message.ruleId)).not.toContain("attendees");
  });
});

describe("next meeting dates", () => {
  it("a next meeting on 2025-02-30 gives an unreadable-date diagnostic", () => {
    const minutes = parseMinutes(
      "# Sync\n\n**Date:** 2025-10-06  \n**Next meeting:** 2025-02-30 for the review\n",
    );
    expect(minutes.nextMeeting?.date).toBeNull();
    expect(
      minutes.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.source?.start.line]),
    ).toEqual([["unreadable-date", 4]]);
    const { messages } = checkMinutes(
      "# Sync\n\n**Date:** 2025-10-06  \n**Next meeting:** 2025-02-30 for the review\n",
    );
    expect(messages.filter((message) => message.ruleId === "unreadable-date")).toHaveLength(1);
  });
});

describe("meeting-date beside unreadable-date", () => {
  it("an impossible next-meeting date does not hide a missing meeting date", () => {
    const { messages } = checkMinutes("# Sync\n\n**Next meeting:** 2025-02-30\n");
    expect(messages.map((message) => message.ruleId)).toEqual(
      expect.arrayContaining(["meeting-date", "unreadable-date"]),
    );
    const stated = checkMinutes("# Sync\n\n**Date:** 2025-02-30\n").messages;
    expect(stated.map((message) => message.ruleId)).not.toContain("meeting-date");
    expect(stated.find((message) => message.ruleId === "unreadable-date")?.reason).toBe(
      'Unexpected meeting date "2025-02-30" that names no day, expected a date such as "2025-09-27" or "September 27, 2025"',
    );
  });
});

describe("a meeting date without its year", () => {
  it.each([
    ["Nov. 3rd, 2p.m.", "year"],
    ["15 October", "year"],
    ["the 15th", "day"],
  ])("says that %j names no %s", (written, missing) => {
    const { messages } = checkMinutes(`# Sync\n\n**Date:** ${written}\n`);
    expect(messages.find((message) => message.ruleId === "unreadable-date")?.reason).toBe(
      `Unexpected meeting date "${written}" that names no ${missing}, expected a date such as "2025-09-27" or "September 27, 2025"`,
    );
  });
});
