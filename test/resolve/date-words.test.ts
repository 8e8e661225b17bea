import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { inferDateOrder } from "../../src/resolve/date-order.js";
import { dateFromFileName } from "../../src/resolve/meeting-time.js";
import { readSchedule } from "../../src/resolve/schedule.js";

// Monday 2 October 2023, a fixed reference instant.
const at = { reference: { date: "2023-10-02", time: null }, dateOrder: "MDY" as const };
const due = (text: string) => readSchedule(text, at).due;

describe("an hour from the meeting, without a number", () => {
  it("reads 'within the hour' as 'within an hour'", () => {
    const timed = { reference: { date: "2023-10-02", time: "10:00" }, dateOrder: "MDY" as const };
    expect(readSchedule("Call the customer back within the hour", timed).due).toBe(
      "2023-10-02T11:00",
    );
    expect(due("Call the customer back within the hour")).toBe(
      due("Call the customer back within an hour"),
    );
    expect(due("Note the hour of the next day of the trial")).toBeNull();
  });
});

describe("a weekday of a month", () => {
  // Monday 2 October 2023: its month's first Monday is that day, its last Friday the 27th.
  it.each([
    ["Close the books by the last Friday of the month", "2023-10-27"],
    ["Send the survey on the first Monday of next month", "2023-11-06"],
    ["Run the drill on the 2nd Tuesday of this month", "2023-10-10"],
    ["Publish the roadmap the first Friday in January", "2024-01-05"],
    ["Review the plan on the last Monday of March 2024", "2024-03-25"],
  ])("reads %j as one day", (text, day) => {
    expect(due(text)).toBe(day);
  });

  it("takes the next month's when this month's has passed", () => {
    const late = { reference: { date: "2023-10-20", time: null }, dateOrder: "MDY" as const };
    expect(readSchedule("Pay the invoice by the first Monday of the month", late).due).toBe(
      "2023-11-06",
    );
  });

  it("leaves a weekday of every month to the rhythm, with no deadline", () => {
    expect(readSchedule("Check the backups the first Monday of every month", at)).toMatchObject({
      due: null,
      recurrence: "FREQ=MONTHLY;BYDAY=1MO",
    });
  });
});

describe("date words", () => {
  it.each([
    ["Send the draft by Wed", "2023-10-04"],
    ["Send the draft due next Fri", "2023-10-13"],
    ["Send the draft by EOD Thurs", "2023-10-05T17:00"],
    ["Agenda for the review on Weds PM", "2023-10-04"],
    ["Send the draft by end of business tomorrow", "2023-10-03T17:00"],
    ["Send the draft tmrw", "2023-10-03"],
    // Lunch and midday as noon, on the meeting's day or the day named.
    ["Send the draft by lunchtime", "2023-10-02T12:00"],
    ["Send the draft by midday Wednesday", "2023-10-04T12:00"],
    ["Send the draft before lunch", "2023-10-02T12:00"],
    // One day from the meeting, without a number.
    ["Send the draft in the next day or two", "2023-10-03"],
    ["Send the draft by the 26th", "2023-10-26"],
    ["Send the draft by the 1st", "2023-11-01"],
    ["Contact legal (deadline 12th)", "2023-10-12"],
    ["Contact legal, target date: 20th", "2023-10-20"],
    ["Contact legal no later than the 15th", "2023-10-15"],
    ["Contact legal ahead of the 15th", "2023-10-15"],
    ["Book the hall in time for the 20th", "2023-10-20"],
    ["Have the doc done by next Thursdays board call", "2023-10-12"],
    ["Draft the slides for this Fridays review", "2023-10-06"],
    ["Contact legal, at the latest on the 9th", "2023-10-09"],
    ["Due 12.03.: send the draft", "2024-03-12"],
    // Day and month with a dot, closing the item after a dash or alone in a "When" cell.
    ["Kim — tidy the board — 12.03.", "2024-03-12"],
    ["Kim - tidy the board - 5.10", "2023-10-05"],
    ["12.03", "2024-03-12"],
    // A bracket that holds only a day and a month, each closed by a dot.
    ["Kim to tidy the board (12.03.)", "2024-03-12"],
    ["Kim to tidy the board (5.10.) first", "2023-10-05"],
    ["To be done until Friday 06.10.2023:", "2023-10-06"],
    ["Recap the May 3 demo, due Friday", "2023-10-06"],
    ["Finish the migration by Q3", "2024-09-30"],
    ["Finish the migration in Q4", "2023-12-31"],
    ["Longer term (Q1)", "2024-03-31"],
    ["Rework the retry logic (Q2 2025)", "2025-06-30"],
    ["Finish the migration by Q1 2025", "2025-03-31"],
    ["Load test the consumers; target Q1", "2024-03-31"],
    ["Load test the consumers, ETA Q2", "2024-06-30"],
    // A month alone in brackets after the work, as a quarter is; a word before it makes it a period.
    ["Book the roadmap preview (January)", "2024-01-31"],
    ["Migrate the wiki (March 2025)", "2025-03-31"],
    ["Compare the numbers (since January)", null],
    ["Update the deck by mid-week", "2023-10-04"],
    ["Close the books at month end", "2023-10-31"],
    ["Send the draft by month-end", "2023-10-31"],
    ["Send the draft (month end)", "2023-10-31"],
    // "month-end" before a noun names a thing; the date written after it says when.
    ["Look into the month-end export slowness - 23/10/2023", "2023-10-23"],
    ["Migrate the DNS over the weekend", "2023-10-08"],
    // "By the weekend" is before it; the start of a period is its first day, not its end.
    ["Send the draft by the weekend", "2023-10-06"],
    // A fortnight is two weeks; a holiday on a fixed day is the next one after the meeting.
    ["Send the draft in a fortnight", "2023-10-16"],
    ["Send the draft within two fortnights", "2023-10-30"],
    ["Book the venue before Christmas", "2023-12-25"],
    ["Send the cards by Christmas Eve", "2023-12-24"],
    ["Close the books by New Year's Eve", "2023-12-31"],
    ["File the return before New Year's Day", "2024-01-01"],
    ["Send the draft at the start of next week", "2023-10-09"],
    ["Send the draft by the beginning of next month", "2023-11-01"],
    // "midweek" in one word is the meeting week's Wednesday, as "mid-week" is.
    ["Send the draft by midweek", "2023-10-04"],
    // "mid next week" is the Wednesday of the next week; a span from a weekday counts from it.
    ["Send the draft by mid next week", "2023-10-11"],
    ["Send the draft a week from Friday", "2023-10-13"],
    // "a week on Friday", "a week today": a week from that day, as people say it in Britain;
    // "two hours today" says how long, on the day itself.
    ["Send the draft a week on Friday", "2023-10-13"],
    ["Send the draft a week today", "2023-10-09"],
    ["Send the draft a week tomorrow", "2023-10-10"],
    ["Spend two hours today on the draft", "2023-10-02"],
    // "next week Tuesday" is the Tuesday of the next week; "the week after next" ends on its Friday.
    ["Send the draft next week Tuesday", "2023-10-10"],
    ["Send the draft next week on Thu", "2023-10-12"],
    ["Send the draft the week after next", "2023-10-20"],
    ["Send the draft by the end of the week after next", "2023-10-20T17:00"],
    // An incident plan's steps counted from the meeting; "+1" is a vote, "+20 percent" a rise.
    ["T+24h – RCA to the customer", "2023-10-03"],
    ["+3 days: post-incident review", "2023-10-05"],
    // After "T+", a day or a week by its letter; "3d" alone is a kind of printing.
    ["Canary for the sync worker, T+7d", "2023-10-09"],
    ["Review the freeze, T+2w", "2023-10-16"],
    ["Print the 3d models", null],
    ["Vote on the plan +1", null],
    ["Raise the limit by +20 percent", null],
    // "a couple of" is two; "a few" names no number. "This time next week" is the meeting's day.
    ["Send the draft in a couple of days", "2023-10-04"],
    ["Send the draft within the next couple of weeks", "2023-10-16"],
    ["Send the draft in a few days", null],
    ["Send the draft by this time next week", "2023-10-09"],
    ["Send the draft same time next month", "2023-11-02"],
    ["Send the draft by the end of next week", "2023-10-13T17:00"],
    // An hour before the day of the month it falls on is that day's hour.
    ["Send the draft by 5 p.m. on the 12th", "2023-10-12T17:00"],
    ["Send the draft by 17:00 on the 3rd", "2023-10-03T17:00"],
    // The middle of the month is its 15th; the first of the month, the next month's first day.
    ["Send the draft by mid-month", "2023-10-15"],
    ["Send the draft by month's end", "2023-10-31"],
    ["Send the draft by the first of the month", "2023-11-01"],
    ["Our month's end party", null],
    // A half-year is due by its last day: the next one to end when no year is written.
    ["Report the totals by H1 2024", "2024-06-30"],
    ["Report the totals by end of H2", "2023-12-31"],
    ["Report the totals in H1", "2024-06-30"],
    ["Our H1 results were good", null],
    // The next working day after the meeting; "next business" alone names no day.
    ["Reply to the vendor by the next business day", "2023-10-03"],
    ["Reply on the following working day", "2023-10-03"],
    ["Our next business is the budget", null],
    // The earliest day the work may happen is no deadline; "before" alone is one.
    ["Send the deck, but not before Friday", null],
    ["Publish the post no earlier than the 20th", null],
    ["Publish the post not until Monday", null],
    ["Publish the post before Friday", "2023-10-06"],
    // A rough span counts as the span: "~", "about", "approx."; a span that was is none.
    ["Follow-up demo with their CISO in ~2 weeks", "2023-10-16"],
    ["Send the quote in about 3 days", "2023-10-05"],
    ["Rebuild the index within approx. 48 hours", "2023-10-04"],
    ["The import took about 3 days", null],
    // Its end is its close of business, as for "end of day".
    ["Send the test accounts (end of next business day)", "2023-10-03T17:00"],
    ["Reply by close of the next working day", "2023-10-03T17:00"],
    // "end June" after "by", as people write it without "of"; "end" as a verb is no day.
    ["Return the loan forms by end June", "2024-06-30"],
    ["Submit the grant form before end Nov 2023", "2023-11-30"],
    ["We end November with the open day", null],
    // A month alone: its last day, the next one to come; "before" a month, the day before it.
    ["Send the deck by December", "2023-12-31"],
    ["Draft the plan, ETA: March", "2024-03-31"],
    ["Renew the domain before November", "2023-10-31"],
    ["Ship the importer in October", "2023-10-31"],
    ["Ship the importer in February 2025", "2025-02-28"],
    // A weekday and a day of the month: the day whose weekday agrees.
    ["Test the build by Fri 13th", "2023-10-13"],
    ["Test the build on Tuesday the 7th", "2023-11-07"],
    ["Test the build by Fri 6", "2023-10-06"],
    ["Send the invoice on the 1st of next month", "2023-11-01"],
    ["Send the invoice on the 20th of this month", "2023-10-20"],
    ["Send the invoice by the first of next month", "2023-11-01"],
    ["Send the invoice by the fifteenth of this month", "2023-10-15"],
    // A weekday that agrees with the other order of a numeric date settles it, when close.
    ["Send the invoice by Thu 12/10", "2023-10-12"],
    ["Send the invoice by Thu 10/5", "2023-10-05"],
    // A count or a clock after a weekday is no day of the month.
    ["Rerun the Monday 3 jobs", "2023-10-09"],
    ["Move the call to Friday 16:30", "2023-10-06T16:30"],
    ["Ship the importer in January", "2024-01-31"],
    // An abbreviated month with its full stop is still followed by its day.
    ["He will send the data set BY Oct. 8", "2023-10-08"],
    ["Send the data set by Nov. 8", "2023-11-08"],
  ])("%s -> %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it("reads the next business day after a Friday meeting as the Monday", () => {
    const friday = { reference: { date: "2023-10-06", time: null }, dateOrder: "MDY" as const };
    expect(readSchedule("Ship the fix by the next business day", friday).due).toBe("2023-10-09");
  });

  it("says when the weekday chose the other order of a numeric date, and takes none far off", () => {
    const schedule = readSchedule("Send the invoice by Thu 12/10", at);
    expect(schedule.notes).toEqual([
      {
        code: "ambiguous-date",
        message: '"Thu 12/10" is read day first, the order in which it falls on a Thursday',
      },
    ]);
    // 3 January 2024 is a Wednesday, but three months off: the written order stands.
    expect(readSchedule("Send the invoice by Wed 3/1", at).due).toBe("2024-03-01");
  });

  it("says when the day of the month is not the weekday written", () => {
    const schedule = readSchedule("Test the build by Fri 14th", at);
    expect(schedule.due).toBe("2023-10-14");
    expect(schedule.notes.map((note) => note.code)).toEqual(["ambiguous-date"]);
  });

  it.each([
    "Pull the logs from May 3-4",
    "11/02-03. Fix the importer",
    "We sat down with the vendor",
    "Check the sun sensor readings",
    "Upgrade to 2.10.",
    "Move the servers to the LTS (20.04)",
    "Bump the client (v2.10.)",
    "Release 12.03 of the client",
    "Pin the parser to 2.10 - then rebuild",
    "Measured 3.14 seconds",
    "Review the Q3 roadmap",
    "The weekend traffic doubled",
    "Speed up the month-end export",
    "Rerun the month end close",
    // Past months told with "in", the verb "may", counts and clocks after a weekday.
    "Summarise the incidents in March",
    "Kim may join later",
    "Book it, may be sold out",
    "Deadline 12th of the items is unclear",
  ])("reads no deadline in %j", (text) => {
    expect(due(text)).toBeNull();
  });
});

describe("deadline scope", () => {
  const note = (body: string) =>
    parseMinutes(`# Planning\n\n**Date:** 2023-10-02\n\n${body}`).actionItems.map((task) => [
      task.text,
      task.due,
    ]);

  it("gives a deadline stated once above a list to every item without its own", () => {
    expect(
      note(
        "## Tasks\n\nTo be done until **Friday 06.10.2023**:\n\n- Write the plan\n- Book the room by Wed\n",
      ),
    ).toEqual([
      ["Write the plan", "2023-10-06"],
      ["Book the room by Wed", "2023-10-04"],
    ]);
  });

  it("gives no deadline to a finished item: its date is when it happened", () => {
    expect(
      note(
        "## Action Items\n\n- [x] Shipped the fix on Oct 1\n- [ ] Tell the customer by Friday\n",
      ),
    ).toEqual([
      ["Shipped the fix on Oct 1", null],
      ["Tell the customer by Friday", "2023-10-06"],
    ]);
  });

  it("reads due columns whatever their header says", () => {
    for (const header of ["Due by", "When", "ETA", "Deadline (DD/MM)", "Target date"]) {
      const table = `## Action Items\n\n| Task | Owner | ${header} |\n| --- | --- | --- |\n| Book the room | Ana | Oct 5 |\n`;
      expect(note(table)).toEqual([["Book the room", "2023-10-05"]]);
    }
  });
});

describe("day-first notes", () => {
  it("reads numeric dates day first when one of them can only be read that way", () => {
    expect(inferDateOrder("Date: 05/03/2025\nNext: 19/03/2025", null)).toBe("DMY");
    expect(inferDateOrder("Date: 05/03/2025", "19032025-minutes.md")).toBe("DMY");
    expect(inferDateOrder("Date: 03/19/2025", null)).toBe("MDY");
    expect(inferDateOrder("Date: 05/03/2025", null)).toBeNull();
    expect(inferDateOrder("From 13/01/2025 to 01/13/2025", null)).toBeNull();
    expect(parseMinutes("# Sync\n\n**Date:** 05/03/2025\n\nNext meeting 19/03/2025.\n").date).toBe(
      "2025-03-05",
    );
    // A stated option always wins.
    expect(
      parseMinutes("# Sync\n\n**Date:** 05/03/2025\n\nNext meeting 19/03/2025.\n", {
        dateOrder: "MDY",
      }).date,
    ).toBe("2025-05-03");
  });

  it("reads a date written year last in a file name, in the note's order", () => {
    expect(dateFromFileName("02-03-2021-outage.md")).toBe("2021-02-03");
    expect(dateFromFileName("02-03-2021-outage.md", "DMY")).toBe("2021-03-02");
    expect(dateFromFileName("19032025-minutes.md", "DMY")).toBe("2025-03-19");
    expect(dateFromFileName("2016-5-18-kickoff.md", "DMY")).toBe("2016-05-18");
    expect(dateFromFileName("notes-v2.md")).toBeNull();
    // "26-2023" is a day and a year, not a month and a day: the month is the word before them.
    expect(dateFromFileName("outage-on-august-26-2023.md")).toBe("2023-08-26");
    expect(inferDateOrder("", "outage-on-august-26-2023.md")).toBeNull();
  });

  it("reads a month written by name in a file name, the year first or last", () => {
    expect(dateFromFileName("2024-nov-19-sync.md")).toBe("2024-11-19");
    expect(dateFromFileName("notes_2024_March_9.md")).toBe("2024-03-09");
    expect(dateFromFileName("review-4-Sept-2023.md", "MDY")).toBe("2023-09-04");
    expect(dateFromFileName("review-Oct-12-2022.md", "DMY")).toBe("2022-10-12");
    // A month word inside another word, a day with no year, an impossible day: no date.
    expect(dateFromFileName("2025-mayor-04-visit.md")).toBeNull();
    expect(dateFromFileName("march-9-planning.md")).toBeNull();
    expect(dateFromFileName("2025-feb-30-notes.md")).toBeNull();
  });
});

describe("where the meeting date is written", () => {
  it("reads a heading written as a label", () => {
    expect(
      parseMinutes("# Notes\n\n## Date: February 24, 2021\n\n### Attendees:\n\n* Ana Ruiz\n").date,
    ).toBe("2021-02-24");
  });

  it("reads TOML front matter and the body's first lines", () => {
    const note =
      '+++\ntitle = "Disk full outage"\nauthor = "Ops"\n+++\n\nAt 2024-03-02 01:38 UTC the site went down.\n';
    const minutes = parseMinutes(note, { fileName: "2024-03-05-disk-full.md" });
    expect([minutes.title, minutes.date]).toEqual(["Disk full outage", "2024-03-02"]);
  });

  it("takes the file name's day where a heading gives the same day", () => {
    const intro = "The garden club first met on June 8th 2020.\n\n";
    const entry = (heading: string) =>
      `${intro}## ${heading}\n\n- Pia to order seeds\n\n## Meeting February 25th\n\n- Tom to water\n`;
    const dateOf = (heading: string, fileName?: string) =>
      parseMinutes(entry(heading), fileName ? { fileName } : {}).date;
    expect(dateOf("Meeting March 4th", "2026-03-04-garden.md")).toBe("2026-03-04");
    // No heading gives the file name's day, or no file name: the day the text says it was held.
    expect(dateOf("Meeting March 11th", "2026-03-04-garden.md")).toBe("2020-06-08");
    expect(dateOf("Meeting March 4th")).toBe("2020-06-08");
  });

  it("prefers the file name and a timeline heading to a date left in a copied title", () => {
    const note =
      "---\ntitle: Post-mortem for the storage cluster 2025-11-02\n---\n\n# Post-mortem\n\n## Timeline\n\n### Tuesday 2026-03-03 - 08:35\n\n1. Alerts fire on the storage cluster\n";
    expect(parseMinutes(note, { fileName: "2026-03-03-storage.md" }).date).toBe("2026-03-03");
    expect(parseMinutes(note, { fileName: "storage.md" }).date).toBe("2025-11-02");
  });

  it("reads a two-digit year in the title the way the file name orders it", () => {
    const note = (title: string) => `# ${title}\n\n## Topics\n\n- Ana: the panel is ready\n`;
    expect(parseMinutes(note("26-03-04"), { fileName: "2026-03-04.md" }).date).toBe("2026-03-04");
    expect(parseMinutes(note("04.03.26"), { fileName: "2026-03-04.md" }).date).toBe("2026-03-04");
    expect(parseMinutes(note("26-03-05"), { fileName: "2026-03-04.md" }).date).not.toBe(
      "2026-03-04",
    );
  });

  it("reads a compact date in the title over a front-matter publication date", () => {
    const note = (title: string) =>
      `---\ntitle: "${title}"\ndate: 2026-03-09\n---\n\n- Note taker: Ana Ruiz\n`;
    expect(parseMinutes(note("Community call - 20260304")).date).toBe("2026-03-04");
    expect(parseMinutes(note("Community call")).date).toBe("2026-03-09");
  });

  it("reads a month written by name in the file name", () => {
    const note = "Features\n\n* Gear system\n* Loot tables\n";
    expect(parseMinutes(note, { fileName: "2026-mar-04-pm-sync.md" }).date).toBe("2026-03-04");
  });
});

describe("a weekday with a numeric day", () => {
  it.each([
    // Monday 2 October 2023: the day the weekday checks, even written with a dash.
    ["Demo by this Monday 10-2", "2023-10-02"],
    ["Upload the tiles by Sat 10-7", "2023-10-07"],
    ["Ship on Tue 1/2", "2024-01-02"],
  ])("%s is due %s", (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it("leaves a day its weekday does not fit to the day alone, and a count after a weekday to the weekday", () => {
    // 10/3/2023 is a Tuesday: the writer's weekday slipped, the day stands.
    expect(due("Demo on Thursday 10/3")).toBe("2023-10-03");
    expect(due("Order Friday 3-4 chairs")).toBe("2023-10-06");
  });

  it("reads no deadline from a holiday that names a thing, and never a fortnightly habit", () => {
    expect(due("Plan the Christmas party")).toBeNull();
    expect(due("Share New Year's resolutions")).toBeNull();
    expect(due("We meet fortnightly")).toBeNull();
  });

  it("reads who and when from a label written 'Name by <day>:' before the work", () => {
    const minutes = parseMinutes(
      "# Team sync 2026-03-04\n\nAttendees: Kim Lee, Ana Ruiz\n\n## Action items\n\n- Kim by Friday: circulate the minutes\n- Ana and Kim before March 20: pay the fee\n- Paid by card: the hotel bill\n",
    );
    expect(
      minutes.actionItems.map((task) => [task.owners.map((owner) => owner.name), task.due]),
    ).toEqual([
      [["Kim"], "2026-03-06"],
      [["Ana", "Kim"], "2026-03-20"],
      [[], null],
    ]);
  });
});
