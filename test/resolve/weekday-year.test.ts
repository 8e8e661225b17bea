import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { mayBeDatedByWeekday, weekdayDate } from "../../src/resolve/weekday-year.js";

const today = "2026-12-03";

describe("a meeting day written with its weekday and no year", () => {
  it("takes the latest year, up to the reading day, in which that day is that weekday", () => {
    // 4 February was a Friday in 2022; the next such year, 2028, is after the reading day.
    expect(weekdayDate("Friday 2/4 - 7p - 8:30p", null, today)).toEqual({
      date: "2022-02-04",
      time: null,
    });
    expect(weekdayDate("Saturday, Sept 23, 13:00-13:55", null, today)?.date).toBe("2023-09-23");
    expect(weekdayDate("Tue 14 March", null, today)?.date).toBe("2023-03-14");
    expect(weekdayDate("Thursday the 4th of June", null, today)?.date).toBe("2026-06-04");
    expect(weekdayDate("Sept 23 (Saturday)", null, today)?.date).toBe("2023-09-23");
    expect(weekdayDate("Kickoff call (Tue 14 March)", null, today)?.date).toBe("2023-03-14");
    // A recap's "today" dated in a bracket.
    expect(weekdayDate("Thanks for joining today (Tue 1 Dec).", null, today)?.date).toBe(
      "2026-12-01",
    );
    expect(
      parseMinutes(
        "Hi all,\n\nThanks for joining today (Tue 1 Dec). Recap below.\n\nNext steps:\n- Ada will set up the sandbox by Friday\n",
        { today },
      ).actionItems.map((task) => task.due),
    ).toEqual(["2026-12-04"]);
  });

  it("reads a numeric day in the note's date order", () => {
    // 2 April 2027 is a Friday, after the reading day; 2 April 2021 is the one before.
    expect(weekdayDate("Friday 2/4", "DMY", today)?.date).toBe("2021-04-02");
  });

  it("counts the reading day itself, and never a day after it", () => {
    expect(weekdayDate("Thursday, Dec 3", null, today)?.date).toBe("2026-12-03");
    // 4 December 2026 is a Friday, but tomorrow: the year before that with it on a Friday is 2020.
    expect(weekdayDate("Friday, Dec 4", null, today)?.date).toBe("2020-12-04");
  });

  it("reads nothing where the year is written, the weekday is missing or stands apart", () => {
    expect(weekdayDate("Friday, Feb 4, 2022", null, today)).toBeNull();
    expect(weekdayDate("Sept 23 planning", null, today)).toBeNull();
    expect(weekdayDate("Friday: review of the Sept 23 release", null, today)).toBeNull();
    expect(weekdayDate("Friday 30/2", null, today)).toBeNull();
  });

  it("tells a cache which texts it may read", () => {
    expect(mayBeDatedByWeekday("# Sync\n\n## Friday 2/4\n")).toBe(true);
    expect(mayBeDatedByWeekday("Oct 9 (Mon)")).toBe(true);
    expect(mayBeDatedByWeekday("# Sync 2026-03-04\n\nKim will call on Friday.\n")).toBe(false);
  });
});

describe("a note dated by weekday", () => {
  const log =
    "Saturday, Sept 23, 13:00-13:55\n- Partner explained the goals\n- Team will send the mockups by Wednesday\n";

  it("is dated when the caller says which day it is read, and says where the year came from", () => {
    const minutes = parseMinutes(log, { today });
    expect([minutes.date, minutes.dateSource]).toEqual(["2023-09-23", "weekday"]);
    expect(minutes.actionItems.map((task) => task.due)).toEqual(["2023-09-27"]);
  });

  it("stays undated without that day: the library does not read the clock", () => {
    expect(parseMinutes(log).date).toBeNull();
  });

  it("lets a stated date win, even one from the file name", () => {
    const named = parseMinutes(log, { today, fileName: "2023-09-24-partner.md" });
    expect([named.date, named.dateSource]).toEqual(["2023-09-24", "file-name"]);
    const stated = parseMinutes(`# Partner call 2023-09-22\n\n${log}`, { today });
    expect(stated.date).toBe("2023-09-22");
  });
});

describe("a weekday that checks a date's year", () => {
  it("turns away a year the reader took from the hours, and dates the note by the weekday", () => {
    // 4 October 2012 was a Thursday: "12-13" were the hours.
    const note = "# Community call\n\n- Date: **Monday, October 4**, 12-13 CEST / 13-14 EEST\n";
    expect(parseMinutes(note, { today }).date).toBe("2021-10-04");
    expect(parseMinutes(note).date).toBeNull();
  });

  it("keeps a year written out in full, whatever the weekday says", () => {
    expect(parseMinutes("# Call\n\nDate: Tuesday, October 4, 2021\n", { today }).date).toBe(
      "2021-10-04",
    );
  });

  it("keeps a day written with a dash or a range of days", () => {
    expect(weekdayDate("Friday 12-4", null, today)?.date).toBe("2020-12-04");
    expect(weekdayDate("Monday, May 3-4", null, today)?.date).toBe("2021-05-03");
    expect(weekdayDate("Friday, Dec 4, 9am-10am", null, today)?.date).toBe("2020-12-04");
  });
});
