import { describe, expect, it } from "vitest";
import { detectKind } from "../../src/extract/facts.js";
import { checkMinutes, parseMinutes } from "../../src/index.js";
import { textOwnersDueAndStatus } from "../helpers/owners.js";

const facts = (markdown: string, options = {}) => {
  const { title, kind, date, start, end, timezone, location, customer, context, dateSource } =
    parseMinutes(markdown, options);
  return { title, kind, date, start, end, timezone, location, customer, context, dateSource };
};

describe("meeting facts", () => {
  it("read the date on the line under a heading that names the whole note, and not under a section's", () => {
    expect(
      facts("# Meeting notes\n\n_Wednesday 4 March 2026, Room 3_\n\n## Notes\n\n- Budget agreed\n")
        .date,
    ).toBe("2026-03-04");
    expect(facts("# Action items\n\n- Ship it by 4 March 2026\n").date).toBeNull();
  });

  it("read a fact written wholly in bold, its value with a weekday, as the label line it is", () => {
    const note = (line: string) =>
      `# Team check-in\n\n${line}  \n**Start time: 3 pm**\n\n## Notes\n\n- Demo went fine\n`;
    expect(facts(note("**Date: Thursday 2/4/2027**")).date).toBe("2027-02-04");
    expect(facts(note("**Date: Thursday 2/4/2027**")).start).toBe("15:00");
    // A short bold line without a value in figures still heads what follows.
    const topic = parseMinutes(
      "# Check-in 2027-02-04\n\n**Risks: hiring**\n\n- Two roles still open\n",
    );
    expect(topic.risks.map((risk) => risk.text)).toEqual(["Two roles still open"]);
  });

  it("read the end and the zone of a time range written in the date's field", () => {
    const when = (line: string) => {
      const { date, start, end, timezone } = facts(
        `# Escalation call\n\n${line}\n\n## Notes\n\n- Logs sent\n`,
      );
      return [date, start, end, timezone];
    };
    expect(when("**When:** Tue 14 April 2026, 16:00–16:45 CET")).toEqual([
      "2026-04-14",
      "16:00",
      "16:45",
      "Europe/Paris",
    ]);
    expect(when("Date: 2026-04-14 09:30 - 10:15 UTC")).toEqual([
      "2026-04-14",
      "09:30",
      "10:15",
      "UTC",
    ]);
    expect(when("Date: 2026-04-14")).toEqual(["2026-04-14", null, null, null]);
  });

  it("read an entry's heading that gives a short name, then the full date", () => {
    const dated = (heading: string) =>
      facts(`# Meetings\n\n## ${heading}\n\n- Kim to send it\n`).date;
    expect(dated("Offsite - 2025-05-14")).toBe("2025-05-14");
    expect(dated("Kickoff: 1 June 2022")).toBe("2022-06-01");
    expect(dated("Next meeting - 2022-10-01")).toBeNull();
    expect(dated("Deadline - 2022-10-01")).toBeNull();
  });

  it("read the date under a heading that is only the date's label, bold, plain or listed", () => {
    expect(
      facts("# Client meeting\n## Date\n**15 March 2024**\n## Participants\n- Kim Lee\n").date,
    ).toBe("2024-03-15");
    expect(facts("# Client meeting\n## Date and time\n- 15 March 2024, 10:00\n").date).toBe(
      "2024-03-15",
    );
    // The date of something else under a heading that is no date label; a label with no date.
    expect(facts("# Client meeting\n## Deadlines\n**15 March 2024**\n").date).toBeNull();
    expect(facts("# Client meeting\n## Date\n**To be agreed**\n").date).toBeNull();
    // A table under the label holds other things than the date.
    expect(
      facts("# Client meeting\n## Date\n| Task | When |\n| --- | --- |\n| Ship | 15 March 2024 |\n")
        .date,
    ).toBeNull();
  });

  it("read a line that is only a date near the top, under whatever heading, and no other line", () => {
    expect(
      facts(
        "# Metadata\n\nOwner: @kim\n\n# Overview\n\nMonday, Nov. 13, 2017\n\nUsers could not log in.\n",
      ).date,
    ).toBe("2017-11-13");
    expect(
      facts("# Metadata\n\nOwner: @kim\n\n# Overview\n\n13/11/2017\n", { dateOrder: "DMY" }).date,
    ).toBe("2017-11-13");
    expect(
      facts("# Metadata\n\nOwner: @kim\n\n# Overview\n\nLast updated: Nov. 13, 2017\n").date,
    ).toBeNull();
  });

  it("read a line that is a date and the hour the meeting began, under whatever heading", () => {
    const timed = facts("# Notes\n\nMarch 3, 2026 at 10:00 AM PST\n\nThe export failed twice.\n");
    expect([timed.date, timed.start, timed.timezone]).toEqual([
      "2026-03-03",
      "10:00",
      "America/Los_Angeles",
    ]);
    const ranged = facts("# Notes\n\nTuesday, March 3, 2026, 14:00–14:45 (CET)\n");
    expect([ranged.date, ranged.start, ranged.end]).toEqual(["2026-03-03", "14:00", "14:45"]);
    // A sentence that gives a day and an hour times something else.
    expect(facts("# Notes\n\nReleased March 3, 2026 at 10:00\n").date).toBeNull();
  });

  it("read the date of an outline's root bullet that the whole note hangs under, and not of work", () => {
    expect(
      facts(
        "- Call with Quarry Health, [[Mar 10th, 2026]]\n  - SSO before go-live\n  - Ana will draft the plan\n",
      ).date,
    ).toBe("2026-03-10");
    expect(
      facts("- Review the figures by Mar 10th, 2026\n  - Revenue\n  - Churn\n").date,
    ).toBeNull();
    expect(facts("- Ship the fix, Mar 10th, 2026\n- Revenue\n- Churn\n").date).toBeNull();
  });

  it("never take a deadline under the title for the meeting date, and date a year-less title by it", () => {
    expect(
      facts("# 3/3 sync\n\nFollow-ups due 3/10/2026\n\n## Notes\n\n- Budget agreed\n").date,
    ).toBe("2026-03-03");
    expect(facts("# v2.1 release sync\n\nFollow-ups due 3/10/2026\n").date).toBeNull();
    expect(facts("# Team 4/12 sync\n\nFollow-ups due 3/10/2026\n").date).toBeNull();
  });

  it("come from bold label lines", () => {
    const note = `# Customer Escalation Meeting: Enterprise Client ABC Corp\n\n**Date:** September 27, 2025\n**Time:** 10:00 AM - 11:30 AM\n**Location:** Virtual Meeting\n\n**Context:** Slow pages after the update.\n`;
    expect(facts(note)).toEqual({
      title: "Customer Escalation Meeting: Enterprise Client ABC Corp",
      kind: "customer-escalation",
      date: "2025-09-27",
      start: "10:00",
      end: "11:30",
      timezone: null,
      location: "Virtual Meeting",
      customer: "ABC Corp",
      context: "Slow pages after the update.",
      dateSource: "note",
    });
  });

  it("come from YAML front matter, over the labels", () => {
    const note = `---\ntitle: Weekly Status Update\ndate: 2026-01-12\ntime: "09:30"\ntimezone: Europe/Berlin\nkind: status-update\ncustomer: Fjord Shipping\nlocation: Room 4\n---\n\n# Platform Migration\n\n**Date:** 2026-01-13\n`;
    expect(facts(note)).toEqual({
      title: "Weekly Status Update",
      kind: "status-update",
      date: "2026-01-12",
      start: "09:30",
      end: null,
      timezone: "Europe/Berlin",
      location: "Room 4",
      customer: "Fjord Shipping",
      context: null,
      dateSource: "front-matter",
    });
  });

  it("read the day from the heading under a front matter title that has none", () => {
    const dated = (heading: string) =>
      parseMinutes(`---\ntitle: Platform sync\ntags: meeting\n---\n\n# ${heading}\n\nWe met.\n`);
    expect([
      dated("Platform sync — 2026/12/01").title,
      dated("Platform sync — 2026/12/01").date,
    ]).toEqual(["Platform sync", "2026-12-01"]);
    expect(dated("Platform sync").date).toBeNull();
  });

  it("read no title from a wiki template's '## Date' field heading, and its day under it", () => {
    const minutes = parseMinutes("## Date\n\n03 Dec 2026\n\n## Participants\n\n- Ada Lind\n");
    expect([minutes.title, minutes.date]).toEqual([null, "2026-12-03"]);
    expect(parseMinutes("## Pilot review\n\n03 Dec 2026\n").title).toBe("Pilot review");
  });

  it("read a dotted date with a two-digit year only where it closes a title after a dash, or is a label's whole value", () => {
    expect(facts("# Organisers' meetup 004 – 21.09.19\n\n- Kim to book the room\n").date).toBe(
      "2019-09-21",
    );
    expect(facts("# Planning\n\nDate: 21.09.19\n\n- Kim to book the room\n").date).toBe(
      "2019-09-21",
    );
    // A version of three parts anywhere else stays a version.
    expect(
      facts("# Upgrade to 21.09.19 of the parser\n\n- Kim to book the room\n").date,
    ).toBeNull();
    expect(facts("# Release 3.10.12 retro\n\n- Kim to book the room\n").date).toBeNull();
  });

  it("read the time and zone that close a long title, in brackets or after a dash, and not a time in its sentence", () => {
    const timed = (title: string) => {
      const { date, start, timezone } = facts(
        `# ${title}\n\nAttendees: Ada Lind\n\n## Notes\n- Exports fail\n`,
      );
      return [date, start, timezone];
    };
    expect(
      timed("Recap - Tallow Foods / Brightwater escalation call (Tue 9 Jun 2026, 14:00 CET)"),
    ).toEqual(["2026-06-09", "14:00", "Europe/Paris"]);
    expect(
      timed("Quarterly account review with Tallow Foods and Brightwater — 9 Jun 2026, 9:30 EST"),
    ).toEqual(["2026-06-09", "09:30", "America/New_York"]);
    expect(
      timed("Postmortem: on 9 Jun 2026 at 22:10 UTC the order export queue stalled for two hours"),
    ).toEqual(["2026-06-09", null, null]);
  });

  it("take an H1 'Team Meeting Notes' as the title over the facts, and '# Notes' as a part", () => {
    const titled = parseMinutes(
      "# Team Meeting Notes\n\n2026-06-09 :: Ingrid, Rina\n\n- Location: Room 4\n\n## Discussion\n\n- Exports are slow\n",
    );
    expect([titled.title, titled.date, titled.location]).toEqual([
      "Team Meeting Notes",
      "2026-06-09",
      "Room 4",
    ]);
    expect(titled.attendees.map((attendee) => attendee.name)).toEqual(["Ingrid", "Rina"]);
    expect(titled.notes.map((remark) => remark.text)).toEqual(["Exports are slow"]);
    const part = parseMinutes("# Notes\n\n- Exports are slow\n");
    expect(part.sections.map((section) => [section.heading, section.kind])).toEqual([
      ["Notes", "notes"],
    ]);
  });

  it("take the customer from an organization's name in the title of a meeting held with one", () => {
    const customer = (title: string) =>
      facts(`# ${title}\n\nDate: 2026-06-09\nAttendees: Ada Lind\n\n## Notes\n- Exports fail\n`)
        .customer;
    expect(customer("Tallow Foods escalation call")).toBe("Tallow Foods");
    expect(customer("Weekly status report – Tallow Foods")).toBe("Tallow Foods");
    expect(customer("Call with Orbis Logistics")).toBe("Orbis Logistics");
    expect(customer("QBR Tallow Foods Q2")).toBe("Tallow Foods");
    // The host's own meeting, a team's, or no organization's name at all.
    expect(customer("Quarry Labs TSC meeting")).toBeNull();
    expect(customer("New Hire Onboarding")).toBeNull();
    expect(customer("Weekly status report")).toBeNull();
  });

  it("take the date from the title when no label gives one", () => {
    expect(facts(`# Sync 2025-11-04\n\n- Notes\n`)).toMatchObject({
      date: "2025-11-04",
      dateSource: "note",
    });
  });

  it("take the title and date from a note that heads itself a level down", () => {
    expect(
      facts(`## Advisory board report\nTuesday, 3 March 2026\n\nThe board met.\n`),
    ).toMatchObject({ title: "Advisory board report", date: "2026-03-03", dateSource: "note" });
    expect(
      facts(`---\ntitle: "March report"\n---\n\n## Advisory board report\n\n3 March 2026\n`),
    ).toMatchObject({ title: "March report", date: "2026-03-03" });
    // A heading that names a part of the note is no title, and a date in its prose no meeting date.
    expect(facts(`## Attendees\n\n3 March 2026\n`)).toMatchObject({ title: null, date: null });
    expect(
      facts(`## Advisory board report\n\nThe board will meet again on 10 March 2026 to vote.\n`),
    ).toMatchObject({ date: null });
    // Under a heading above it, the first sub-heading is a section, not the note's head.
    expect(facts(`# Board\n\n## Report\n\n3 March 2026\n`)).toMatchObject({ title: "Board" });
  });

  it("take the date from the file name when the note states none", () => {
    expect(facts(`# Sync\n`, { fileName: "notes/2016-5-19-pm-call.md" })).toMatchObject({
      date: "2016-05-19",
      dateSource: "file-name",
    });
  });

  it("take a file name's date with a two-digit year only between dashes or underscores", () => {
    expect(facts(`# Sync\n`, { fileName: "minutes/meeting-4-4-24.md" }).date).toBe("2024-04-04");
    expect(facts(`# Sync\n`, { fileName: "10_08_24_notes.md" }).date).toBe("2024-10-08");
    expect(facts(`# Sync\n`, { fileName: "release-v1.2.24.md" }).date).toBeNull();
    expect(facts(`# Sync\n`, { fileName: "sprint-14-3-25x.md" }).date).toBeNull();
  });

  it("take the year of a dated file name for a date label without one, where month and day agree", () => {
    const note = "# Group meeting\n\nDate: Mar 4th, Tuesday\n";
    expect(
      facts(note, { fileName: "minutes/2014_03_04_minutes.md", today: "2026-12-04" }).date,
    ).toBe("2014-03-04");
    // Another day in the name says nothing of the label's year: its weekday gives the year.
    expect(
      facts(note, { fileName: "minutes/2014_03_06_minutes.md", today: "2026-12-04" }).date,
    ).toBe("2025-03-04");
  });

  it("read an ambiguous numeric date in the order its file name's date agrees with", () => {
    const note = "Board sync 11/04/2023\n===\n";
    expect(facts(note, { fileName: "2023-04-11.md" }).date).toBe("2023-04-11");
    expect(facts(note, { fileName: "2023-11-04.md" }).date).toBe("2023-11-04");
    expect(facts(note).date).toBe("2023-11-04");
  });

  it("take the reference date from the options when the note states none", () => {
    expect(
      facts(`# Sync\n`, { referenceDate: "2025-09-27T10:00", fileName: "2016-5-19.md" }),
    ).toMatchObject({ date: "2025-09-27", start: "10:00", dateSource: "option" });
  });

  it("leave the date null in an undated note", () => {
    expect(facts(`# Sync\n`)).toMatchObject({ date: null, start: null, dateSource: null });
  });

  it("read the time beside the date of a line that says when the meeting was held, or that gives only those", () => {
    const at = (line: string) => {
      const { date, start, end, timezone } = facts(
        `# Trustees' meeting\n\n${line}\n\n## Finance\n\n- Fine.\n`,
      );
      return [date, start, end, timezone];
    };
    expect(at("Held on Tuesday 17 November 2026 at 7.30pm, Riverside Community Hall")).toEqual([
      "2026-11-17",
      "19:30",
      null,
      null,
    ]);
    expect(at("17 November 2026, 7.30–9pm GMT")).toEqual(["2026-11-17", "19:30", "21:00", "UTC"]);
    // A sentence about something else that happened, and a page's stamp, time no meeting.
    expect(at("At 2026-11-17 22:10 UTC the booking queue stalled for every user.")).toEqual([
      "2026-11-17",
      null,
      null,
      null,
    ]);
    expect(at("November 17, 2026 18:12 | Tags: trustees")).toEqual([
      "2026-11-17",
      null,
      null,
      null,
    ]);
    // "10 April 24" is a date: the "A" of April is no morning.
    expect(at("10 April 2026")).toEqual(["2026-04-10", null, null, null]);
    expect(facts("# Maintainers\n\n**Time:** 6 April 2026 18:00 UTC\n").start).toBe("18:00");
  });

  it("read icons that stand for the labels of the date, time, place and people", () => {
    const note = [
      "## Weekly sync — Mobile team",
      "📅 2026-11-24 · 🕙 10:00–10:30 CET · 📍 Meet",
      "",
      "👥 **Who:** @lena.k, @omar, Tess van Dijk (PM)",
      "",
      "### Notes",
      "",
      "- 📅 is how the calendar app shows a day.",
      "",
    ].join("\n");
    const minutes = parseMinutes(note);
    expect([minutes.date, minutes.start, minutes.end, minutes.timezone, minutes.location]).toEqual([
      "2026-11-24",
      "10:00",
      "10:30",
      "Europe/Paris",
      "Meet",
    ]);
    expect(minutes.attendees.map((person) => [person.name, person.role])).toEqual([
      ["@lena.k", null],
      ["@omar", null],
      ["Tess van Dijk", "PM"],
    ]);
    expect(facts("# Sync\n\n🗓️ Thursday 3 December 2026\n👤 Ana Ruiz, Ben Ode\n").date).toBe(
      "2026-12-03",
    );
    // In a list further down, an icon decorates a bullet: no date, and no unreadable one.
    const decorated = checkMinutes("# Sync\n\n## Notes\n\n- 📅 reminders go out on Mondays.\n");
    expect(decorated.minutes.date).toBeNull();
    expect(decorated.messages.map((message) => message.ruleId)).not.toContain("unreadable-date");
  });

  it("read a time zone written after the time", () => {
    expect(facts(`# Sync\n\n**Date:** 2026-04-03\n**Time:** 1:00 PM - 2:00 PM ET\n`)).toMatchObject(
      { start: "13:00", end: "14:00", timezone: "America/New_York" },
    );
  });

  it("read an hour from one to six without am or pm as the afternoon's, and a 24-hour clock as written", () => {
    const time = (line: string) => {
      const { start, end } = facts(`# Sync\n\nDate: 2026-04-03\n${line}\n`);
      return [start, end];
    };
    expect(time("Time: 2:00 - 3:00")).toEqual(["14:00", "15:00"]);
    expect(time("Time: 11:00-1:00")).toEqual(["11:00", "13:00"]);
    expect(time("Time: 1:30 PT")).toEqual(["13:30", null]);
    expect(time("Time: 9:30")).toEqual(["09:30", null]);
    expect(time("Time: 2:00 am")).toEqual(["02:00", null]);
    expect(time("Time: 02:00-03:00")).toEqual(["02:00", "03:00"]);
    // An incident's clock, with seconds or in UTC, is a log's.
    expect(time("Time: 4:07:31 UTC")).toEqual(["04:07", null]);
    expect(time("Time: 4:07 UTC")).toEqual(["04:07", null]);
  });

  it("report a time zone they do not know", () => {
    const minutes = parseMinutes(`---\ntimezone: Mars/Olympus\n---\n# Sync\n`);
    expect(minutes.timezone).toBeNull();
    expect(minutes.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["unknown-timezone"]);
  });

  it("read day-first dates when the options say so", () => {
    expect(facts(`# Review\n\n**Date:** 04/03/2026\n`, { dateOrder: "DMY" }).date).toBe(
      "2026-03-04",
    );
    expect(facts(`# Review\n\n**Date:** 04/03/2026\n`).date).toBe("2026-04-03");
    expect(facts(`# Review\n\n**Date:** 16.03.2026\n`).date).toBe("2026-03-16");
  });
});

describe("meeting kind", () => {
  it.each([
    ["Customer Escalation Meeting", "customer-escalation"],
    ["Postmortem: Checkout Outage", "incident-review"],
    ["Incident review", "incident-review"],
    ["Weekly Status Update", "status-update"],
    ["Design Sync", "meeting"],
  ])("%s -> %s", (title, kind) => {
    expect(detectKind(title, [])).toBe(kind);
  });

  it("comes from front matter, then the options, over the title", () => {
    expect(facts(`---\nkind: incident-review\n---\n# Design Sync\n`).kind).toBe("incident-review");
    expect(facts(`# Customer Escalation\n`, { kind: "meeting" }).kind).toBe("meeting");
  });

  it("ignores a front matter kind outside the list", () => {
    expect(facts(`---\nkind: party\n---\n# Design Sync\n`).kind).toBe("meeting");
  });
});

describe("facts laid out as a two-column table", () => {
  const table = (rows: string[][]) =>
    `# Vendor sync\n\n| Field | Value |\n| --- | --- |\n${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}\n\n## Action items\n\n- Dana to send the deck by Friday\n`;

  it("reads the date, time and attendees from label rows", () => {
    const minutes = parseMinutes(
      table([
        ["Date", "03/12/2026"],
        ["Time:", "15:00"],
        ["Attendees", "Dana Reyes, Lee Park"],
      ]),
    );
    expect([minutes.date, minutes.start]).toEqual(["2026-03-12", "15:00"]);
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Dana Reyes", "Lee Park"]);
    expect(minutes.actionItems[0]?.due).toBe("2026-03-13");
  });

  it("reads a row that names a part of the note as that part, a line of its cell per item", () => {
    const note = [
      "# Meetings",
      "",
      "### 2026-11-20 - Tallow Foods cutover check-in",
      "",
      "| Item | Content |",
      "|------|---------|",
      "| **Date Time** | 2026-11-20 10:00 |",
      "| **Attendees** | Tovah Brandt, Ada Lind, Pim Sorensen |",
      "| **Discussion** | 1. Cutover window<br>2. Rollback plan |",
      "| **Decisions** | Cutover on the weekend of 5 December |",
      "| **Action Items** | - [ ] Write the rollback checklist - Pim<br>- [ ] Confirm the freeze by Friday - Tovah<br>- [x] Book the rollback window - Ada |",
      "",
    ].join("\n");
    const minutes = parseMinutes(note);
    expect(textOwnersDueAndStatus(minutes.actionItems)).toEqual([
      ["Write the rollback checklist", ["pim-sorensen"], null, "open"],
      ["Confirm the freeze by Friday", ["tovah-brandt"], "2026-11-27", "open"],
      ["Book the rollback window", ["ada-lind"], null, "done"],
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "Cutover on the weekend of 5 December",
    ]);
    expect(minutes.attendees).toHaveLength(3);
    // Without the meeting's date or attendees the table is an agenda, and its rows are topics.
    const agenda = parseMinutes(
      "# Sync\n\n| Item | Description |\n| --- | --- |\n| Round table | • Progress?<br>• Blockers? |\n| Next steps | • Agree the sprint aims |\n",
    );
    expect(agenda.actionItems).toEqual([]);
  });

  it("reads the gathering's name over a day and hour alone as when it was held", () => {
    const minutes = parseMinutes(
      table([
        ["Opened", "2026-03-02 09:10"],
        ["Call", "2026-03-03 14:00"],
        ["Attendees", "Dana Reyes, Lee Park"],
      ]),
    );
    expect([minutes.date, minutes.start, minutes.location]).toEqual(["2026-03-03", "14:00", null]);
    // Over a room or a link, the gathering's name says where.
    expect(parseMinutes(table([["Call", "Zoom, room 4"]])).location).toBe("Zoom, room 4");
  });

  it("reads a date from a header row that is itself a label and its value", () => {
    const minutes = parseMinutes(
      "# Vendor sync\n\n| Date | 12 March 2026 |\n| --- | --- |\n| Time | 15:00 |\n",
    );
    expect([minutes.date, minutes.start]).toEqual(["2026-03-12", "15:00"]);
    // A header that names the columns of dated rows states no date, and nothing is reported.
    const rows = parseMinutes(
      "# Sync\n\n| Date | Topic |\n| --- | --- |\n| 12 March 2026 | Pricing |\n",
    );
    expect([rows.date, rows.diagnostics.map((diagnostic) => diagnostic.code)]).toEqual([null, []]);
  });

  it("takes no facts from rows that are records, or from wider tables", () => {
    const records = parseMinutes(
      table([
        ["Release", "03/12/2026"],
        ["Dana Reyes", "Owner"],
      ]),
    );
    expect(records.date).toBeNull();
    const wide = parseMinutes(
      "# Sync\n\n| Date | Topic | Owner |\n| --- | --- | --- |\n| 03/12/2026 | Pricing | Dana |\n",
    );
    expect(wide.date).toBeNull();
  });
});

describe("facts laid out as the columns of a one-row table", () => {
  it("reads the date, time and place from the columns", () => {
    const minutes = parseMinutes(
      "# Vendor sync\n\n| Date | Time | Location |\n| --- | --- | --- |\n| March 12, 2026 | 15:00 | Room 4 |\n",
    );
    expect([minutes.date, minutes.start, minutes.location]).toEqual([
      "2026-03-12",
      "15:00",
      "Room 4",
    ]);
  });

  it("takes no facts from a table of two or more rows, or of one fact column", () => {
    const log = parseMinutes(
      "# Sync\n\n| Date | Time | Topic |\n| --- | --- | --- |\n| March 12, 2026 | 15:00 | Pricing |\n| March 19, 2026 | 15:00 | Renewal |\n",
    );
    expect(log.date).toBeNull();
    const task = parseMinutes(
      "# Sync\n\n| Date | Task | Owner |\n| --- | --- | --- |\n| March 12, 2026 | Send the deck | Dana |\n",
    );
    expect(task.date).toBeNull();
  });

  it("reads 'Date of meeting:' and 'Held:' as the date label", () => {
    expect(parseMinutes("# Sync\n\nDate of meeting: 12 March 2026\n").date).toBe("2026-03-12");
    expect(parseMinutes("# Sync\n\nHeld: 12 March 2026\n").date).toBe("2026-03-12");
  });

  it("reads a date label that names the gathering, and not one that names another day", () => {
    const review = (labels: string) =>
      facts(
        `# Post-incident review: checkout latency\n\n${labels}\n\n## Follow-ups\n\n- Resize the pool\n`,
      );
    expect(
      review("- **Incident date:** 2026-04-02\n- **Review held:** 2026-04-06 15:00 UTC"),
    ).toMatchObject({
      date: "2026-04-06",
      start: "15:00",
      timezone: "UTC",
    });
    expect(facts("# Design workshop\n\nWorkshop date: 9 June 2026\n").date).toBe("2026-06-09");
    expect(facts("# Escalation call\n\nDate of the call: 9 June 2026\n").date).toBe("2026-06-09");
    // The day things went wrong, or were due, is not the day the people met.
    expect(review("- **Incident date:** 2026-04-02").date).toBeNull();
    expect(facts("# Launch sync\n\nRelease date: 9 June 2026\n").date).toBeNull();
  });
});

describe("the day a note says the meeting was held", () => {
  it("wins over other dates on the line, and a bold date line under the title dates the note", () => {
    expect(
      parseMinutes(
        "# Retro (Sprint 14)\n\nSprint 14 ran from 2026-02-26 to 2026-03-11. Retro held 2026-03-12.\n",
      ).date,
    ).toBe("2026-03-12");
    expect(
      parseMinutes(
        "# Vendor sync\n\nMeeting held 12 March 2026 via Zoom, with the export on the agenda.\n",
      ).date,
    ).toBe("2026-03-12");
    expect(
      parseMinutes("# Team meeting #14\n\n**Thursday 12 March 2026**\n\nPresent: Ana, Ben\n").date,
    ).toBe("2026-03-12");
    // A bold date further down heads an entry of a log, and does not date a note that has a date.
    expect(
      parseMinutes("# Sync\n\nDate: 2026-03-05\n\n**12 March 2026**\n\n- Ana to send it\n").date,
    ).toBe("2026-03-05");
  });
});

describe("a date in a raw HTML byline", () => {
  const post = (byline: string, fileName?: string) =>
    parseMinutes(`# Outage report\n\n${byline}\n\nThe service was down.\n`, { fileName }).date;

  it("dates a note that states no other date", () => {
    expect(
      post(
        '<div class="subtitle"><time datetime="2026-03-12T09:00:00Z">12 March, 2026</time></div>',
      ),
    ).toBe("2026-03-12");
    expect(post('<p class="post-date">12 March 2026</p>')).toBe("2026-03-12");
    expect(post("<p>Posted on March 12, 2026</p>")).toBe("2026-03-12");
  });

  it("is read only from a byline near the start; a byline paragraph under the title is its date line", () => {
    // A paragraph in HTML reads as the same paragraph in Markdown: a date line under the title,
    // which the note's own words give over the file name's.
    expect(post('<p class="date">12 March 2026</p>', "2026-03-10-outage.md")).toBe("2026-03-12");
    expect(
      post('<div class="subtitle"><time>12 March 2026</time></div>', "2026-03-10-outage.md"),
    ).toBe("2026-03-12");
    expect(post("<ul><li>Fix due 2026-03-20</li></ul>")).toBeNull();
    expect(
      post(`${`${"filler text ".repeat(30)}\n\n`.repeat(4)}<p class="date">12 March 2026</p>`),
    ).toBeNull();
    expect(post("<!-- drafted 2026-03-01 -->")).toBeNull();
  });
});

describe("a running log of meetings, each under a dated heading", () => {
  const log = (headings: string[]) =>
    [
      "# Data guild",
      "",
      "## Standing agenda",
      "",
      "- Open questions",
      "",
      ...headings.flatMap((heading) => [heading, "", "- Review the pipeline alerts", ""]),
    ].join("\n");

  it("is dated by its first entry, in any way a date is written", () => {
    expect(facts(log(["## 9 November 2021", "## 12 October 2021"])).date).toBe("2021-11-09");
    expect(facts(log(["## 8th September 2021", "## 3rd August 2021"])).date).toBe("2021-09-08");
    expect(facts(log(["## Meeting of Tuesday, 2022-01-25", "## 2022-01-11"])).date).toBe(
      "2022-01-25",
    );
    // A heading that opens with the day, a month name written against it.
    expect(facts(log(["## Jan27  2022 Platform Planning Memo", "## Nov23rd 2021 Memo"])).date).toBe(
      "2022-01-27",
    );
    // A weekly log's week, by the day written.
    expect(facts(log(["## Week of 8 June 2026", "## Week of 1 June 2026"])).date).toBe(
      "2026-06-08",
    );
    expect(facts(log(["## w/c 8 June 2026", "## w/c 1 June 2026"])).date).toBe("2026-06-08");
    expect(facts("# Payments status\n\n**Week of 2026-06-08**\n\n- Refunds on track\n").date).toBe(
      "2026-06-08",
    );
  });

  it("is not dated by a heading about something else, or over a date the note states", () => {
    expect(facts(log(["## Next meeting: 3 March 2022", "## Release 2022-03-10"])).date).toBeNull();
    expect(facts(log(["## March 2022 release plan", "## 2022 roadmap"])).date).toBeNull();
    expect(
      facts(`# Data guild\n\nDate: 2022-02-01\n\n## 9 November 2021\n\n- Review the alerts\n`).date,
    ).toBe("2022-02-01");
  });
});

describe("the incident's day from a timeline dated by day", () => {
  const review = (timeline: string[]) =>
    parseMinutes(
      [
        "# Postmortem: unsigned installer",
        "",
        "The 4.2.1 installer shipped without a signature.",
        "",
        "## Timeline",
        "",
        ...timeline,
        "",
        "## Follow-up",
        "",
        "- Add a signature check to the release job by 2026-05-01",
        "",
      ].join("\n"),
    ).date;

  it("is the day most entries fall on, not the history before it", () => {
    expect(
      review([
        "- **Mar 2, 2026**: 4.2.0 is released.",
        "- **Mar 3, 2026**: two fixes are picked for 4.2.1.",
        "- **Mar 9, 2026**: 4.2.1 is published.",
        "- **Mar 9, 2026**: users report the warning.",
        "- **Mar 9, 2026** - the release is pulled.",
      ]),
    ).toBe("2026-03-09");
  });

  it("reads no date from a timeline whose entries do not open with one", () => {
    expect(review(["- The release is published.", "- Users report the warning."])).toBeNull();
  });
});

describe("dates in the head that date something else, and dates written tersely", () => {
  const date = (markdown: string, options?: { fileName: string }) =>
    parseMinutes(markdown, options).date;

  it("never dates the meeting by its next meeting or by the page's last edit", () => {
    expect(date("# Sync\n\nDate: March 4th\nNext meeting: March 11th, 2026\n")).toBe("2026-03-04");
    expect(date("# Sync\n\n_Last updated: 2026-03-09_\n\nMeeting held 4 March 2026.\n")).toBe(
      "2026-03-04",
    );
    expect(date("# Sync\n\nNext meeting: March 11th, 2026\n")).toBeNull();
    // The label is reported when nothing in the note gives its year.
    const minutes = parseMinutes("# Sync\n\nDate: March 4th\n");
    expect(minutes.date).toBeNull();
    expect(minutes.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["unreadable-date"]);
  });

  it("reads the start time written after a weekday in brackets, and a date before a clock it cannot read", () => {
    const facts = (line: string) => {
      const minutes = parseMinutes(`# Call\n\nDate: ${line}\n`);
      return [minutes.date, minutes.start, minutes.end, minutes.timezone];
    };
    expect(facts("03/04/2026 (Wed), 14:00 EST")).toEqual([
      "2026-03-04",
      "14:00",
      null,
      "America/New_York",
    ]);
    expect(facts("04.03.2026, 09:30 - 10:15 CET")).toEqual([
      "2026-03-04",
      "09:30",
      "10:15",
      "Europe/Paris",
    ]);
    expect(facts("4 March 2026 at 9.30")).toEqual(["2026-03-04", "09:30", null, null]);
    expect(facts("2026-03-04 at 9.30")).toEqual(["2026-03-04", "09:30", null, null]);
    // The numbers of a date are no clock.
    expect(facts("03.04.2026")).toEqual(["2026-04-03", null, null, null]);
  });

  it("dates a note by the page's creation stamp only when nothing else dates it", () => {
    expect(date("# Client call\n\nCreated: March 4, 2026 10:00 AM\nType: Call\n")).toBe(
      "2026-03-04",
    );
    expect(date("# Client call 2026-03-05\n\nCreated: March 4, 2026 10:00 AM\n")).toBe(
      "2026-03-05",
    );
    expect(
      date("# Client call\n\nCreated: March 2, 2026\n", { fileName: "notes/2026-03-05.md" }),
    ).toBe("2026-03-05");
  });

  it("reads a title dated as file names are, and no run of digits that is no date", () => {
    expect(date("# Notes 20260304\n")).toBe("2026-03-04");
    expect(date("# Ticket 20261399\n")).toBeNull();
    expect(date("# Build 120260304\n")).toBeNull();
  });
});

describe("a report dated only by the day its story begins", () => {
  const date = (markdown: string) => parseMinutes(markdown).date;

  it("reads the day something happened on in the report's opening", () => {
    expect(date("## Background:\n\nOn Tuesday, March 3rd, 2026, we shipped the 4.2 agent.\n")).toBe(
      "2026-03-03",
    );
    expect(
      date("## What happened\n\nVersion 26.10.15.1603 of the plugin was replaced on 2026-10-21.\n"),
    ).toBe("2026-10-21");
    expect(date("## Summary\n\nThe export stalled on 4 May 2026 for an hour.\n")).toBe(
      "2026-05-04",
    );
  });

  it("reads no date from a deadline, a version, or a date deep in the report", () => {
    expect(date("## Plan\n\nWe will purge every log the plugin wrote by 2026-11-01.\n")).toBeNull();
    expect(
      date("## Next\n\nThe board will meet again on March 10, 2026 to review the plan.\n"),
    ).toBeNull();
    expect(date("## Background\n\nVersion 26.10.15.1603 broke the plugin.\n")).toBeNull();
    const deep = ["## A", "", "Text.", "## B", "", "Text.", "## C", "", "Text.", "## D", ""];
    expect(date([...deep, "It broke on May 4, 2026.", ""].join("\n"))).toBeNull();
  });
});

describe("a meeting written up later: the post's date and the meeting's", () => {
  const dated = (markdown: string, fileName?: string) => {
    const { date, dateSource } = parseMinutes(markdown, fileName ? { fileName } : {});
    return [date, dateSource];
  };

  it("takes the meeting's date from the title over the front matter's publication date", () => {
    expect(
      dated("---\ndate: 2024-03-09\n---\n# Committee summary 3 March 2024\n\nWe met.\n"),
    ).toEqual(["2024-03-03", "note"]);
    expect(dated("---\ndate: 2024-03-09\n---\n# Committee summary\n\nWe met.\n")).toEqual([
      "2024-03-09",
      "front-matter",
    ]);
  });

  it("dates a title's day and month by the year of the post, on or up to three months before it", () => {
    expect(dated("# march 6 committee results\n\nWe met.\n", "2024-03-09-results.md")).toEqual([
      "2024-03-06",
      "note",
    ]);
    expect(dated("# Notes of 30 December\n\nWe met.\n", "2019-01-04-notes.md")).toEqual([
      "2018-12-30",
      "note",
    ]);
    // A month and a year, or a day after the post, is no day of the meeting.
    expect(dated("# Plans for May 2018\n\nWe met.\n", "2018-04-25-plans.md")).toEqual([
      "2018-04-25",
      "file-name",
    ]);
    expect(dated("# Ideas for June 3\n\nWe met.\n", "2018-04-25-ideas.md")).toEqual([
      "2018-04-25",
      "file-name",
    ]);
  });
});

describe("the title of a note with no heading", () => {
  const title = (text: string) => parseMinutes(text).title;

  it.each([
    [
      "Kickoff – Halvard Energy digital forms\n\nWed 2 Dec 2026\n",
      "Kickoff – Halvard Energy digital forms",
    ],
    [
      "Subject: Recap of our call with Orbis Freight\n\nHi all,\n",
      "Recap of our call with Orbis Freight",
    ],
    // An exported document's bold first line over its date.
    [
      "**Tallow Foods <> Brightwater | Account sync**\nTue, Apr 14, 2026\n\nWe met.\n",
      "Tallow Foods <> Brightwater | Account sync",
    ],
    // Two parties and a subject that names a part of notes ("follow-up") in bold: still the title.
    [
      "**Tallow Foods <> Quillfield | Escalation follow-up**\nThu, Dec 3, 2026\n\n**Attendees:** Tovah Brandt, Odile Quast\n",
      "Tallow Foods <> Quillfield | Escalation follow-up",
    ],
    // A title that carries its date.
    ["BILLING SYNC — 3 Dec 2026\n\nAttendees: Greta Lund\n", "BILLING SYNC — 3 Dec 2026"],
    [
      "Weekly account sync, 3 Dec 2026\n\nAttendees: Greta Lund\n",
      "Weekly account sync, 3 Dec 2026",
    ],
    // Alone over a part the note opens with a label of its own line.
    [
      "Vendor review – Quillfield – 4 December 2026\n\nAttendees\nAda Lind, Pim Sorensen\n",
      "Vendor review – Quillfield – 4 December 2026",
    ],
  ])("reads %j", (text, expected) => {
    expect(title(text)).toBe(expected);
  });

  it.each([
    // A wrapped sentence, a date, a field, a line alone, and when or where.
    "Once a month the web teams meet to show\nwhat they shipped.\n\nMore below.\n",
    "Dec 4, 15h-16h\n\nPresent: Ana Ruiz, Ben Ode\n",
    "Attendees: Ana Ruiz, Ben Ode\n\nWe met.\n",
    "Kickoff – Halvard Energy digital forms\n",
    "Tuesday, 3rd of December 2026 at 10am\n\nAttendees\nAda Lind, Pim Sorensen\n",
    // The line under it is more than a date.
    "The web teams met to show\nApril 14 work and plans.\n\nMore below.\n",
    "At 11h30 in room D-429\n\nPresent: Ana Ruiz, Ben Ode\n",
    "Tuesday, 3rd of December 2026 at 10am\n\nPresent: Ana Ruiz, Ben Ode\n",
  ])("reads none from %j", (text) => {
    expect(title(text)).toBeNull();
  });
});

describe("a bold title that names two parties and a part of notes", () => {
  it("reads the attendee line under it as people, not as work", () => {
    const minutes = parseMinutes(
      "**Tallow Foods <> Quillfield | Escalation follow-up**\nThu, Dec 3, 2026\n\n**Attendees:** Tovah Brandt, Odile Quast\n",
    );
    expect([minutes.date, minutes.actionItems]).toEqual(["2026-12-03", []]);
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Tovah Brandt", "Odile Quast"]);
  });
});

describe("the customer a title names", () => {
  const customer = (title: string) => parseMinutes(`# ${title}\n\nDate: 2026-02-11\n`).customer;

  it.each([
    ["Customer interview: Northgate Clinics (ops manager)", "Northgate Clinics"],
    ["Quarterly Business Review: Orchard Health", "Orchard Health"],
    ["Escalation call: Enterprise Client Fjordline", "Fjordline"],
    ["Client check-in: Harborview Dental — 2026-10-06", "Harborview Dental"],
    ["Customer call — Brightwater Logistics", "Brightwater Logistics"],
    ["Client Acme Corp | 3 May 2026", "Acme Corp"],
    ["Weekly account review - Tidewell Mutual", "Tidewell Mutual"],
    ["Monthly service review — Orbis Freight", "Orbis Freight"],
    ["Account sync: Lumen Retail", "Lumen Retail"],
    ["Implementation sync — Halvard Energy", "Halvard Energy"],
    ["Reunión con cliente Tallow Foods", "Tallow Foods"],
    ["Termin mit Kunde Quillfield", "Quillfield"],
    // The kind of meeting in a tail that ends with the date, or the customer before it.
    ["Tallow Foods — renewal call, Dec 2", "Tallow Foods"],
    ["Tallow Foods — renewal call — 2 Dec, 14:00", "Tallow Foods"],
    ["Renewal call — Quillfield Health, Dec 2 2026", "Quillfield Health"],
  ])("%s -> %s", (title, expected) => {
    expect(customer(title)).toBe(expected);
  });

  it.each([
    "Design review (draft)",
    "Customer feedback — What we heard",
    "Customer feedback: What We Heard",
    "Client call: Notes",
    "Customer call - notes from the floor",
    "Account review - Summary",
    "Service review — Notes",
    "Vendor review — Orbis Freight",
    "Escalation – slow reports",
    "Escalation: checkout errors after the upgrade",
    "Reunión con cliente",
    "Tallow Foods <> Quillfield | Escalation follow-up",
    "Quillfield <> Tallow Foods escalation",
    "Tallow Foods - sprint review - Dec 2",
  ])("reads none from %j, which names no customer", (title) => {
    expect(customer(title)).toBeNull();
  });
});

describe("a meeting dated by its week", () => {
  it("is placed on the week's Monday, so that a weekday in it is that week's", () => {
    const read = (title: string) => {
      const minutes = parseMinutes(
        `# ${title}\n\n## Actions\n\n- Kim: send the minutes by Friday\n`,
      );
      return [minutes.date, minutes.actionItems[0]!.due];
    };
    expect(read("Weekly sync 2026-W20")).toEqual(["2026-05-11", "2026-05-15"]);
    expect(read("Protokoll KW 20/2026")).toEqual(["2026-05-11", "2026-05-15"]);
    expect(read("Planning CW1'27")).toEqual(["2027-01-04", "2027-01-08"]);
    // A week number without its year places nothing.
    expect(read("Weekly sync week 20")).toEqual([null, null]);
  });
});

describe("a plain first line over the line that says when the meeting was held", () => {
  it("is the title, and a sentence going on in lower case is none", () => {
    const titled = (text: string) => {
      const { title, date } = parseMinutes(`${text}\n\nPresent: Greta Lund, Pim Sorensen\n`);
      return [title, date];
    };
    expect(
      titled(
        "Harbour Allotment Society committee\nMeeting held 1 December 2026, 7.30pm, in the small hall",
      ),
    ).toEqual(["Harbour Allotment Society committee", "2026-12-01"]);
    expect(titled("Tenants' forum\nHeld on 1 December 2026 at the library, upstairs room")).toEqual(
      ["Tenants' forum", "2026-12-01"],
    );
    expect(
      titled(
        "Parish council — planning committee\nMinutes of the meeting held on Monday 30 November 2026 at 7pm in the village hall.",
      ),
    ).toEqual(["Parish council — planning committee", "2026-11-30"]);
    expect(
      titled(
        "The committee met to review fees\nheld on 1 December 2026 it was agreed to raise them.",
      ),
    ).toEqual([null, "2026-12-01"]);
  });
});

describe("the hour written as French and German write it", () => {
  it("starts the meeting, after 'at' or a comma, and a bracket's '2h' is how long", () => {
    const started = (line: string) => {
      const { date, start, end } = parseMinutes(`# Sync\n\nDate: ${line}\n`);
      return [date, start, end];
    };
    expect(started("Dec 9, 2026 at 14h")).toEqual(["2026-12-09", "14:00", null]);
    expect(started("9 Dec 2026, 9h - 10h30")).toEqual(["2026-12-09", "09:00", "10:30"]);
    expect(started("9 Dec 2026 (2h)")).toEqual(["2026-12-09", null, null]);
  });

  it("times a deadline with its date", () => {
    const minutes = parseMinutes(
      "# Sync\n\nDate: 2026-12-08\n\n## Actions\n\n- Ada to send it Dec 10 at 14h\n- Ada to send it Dec 11 à 9h30\n- Ada to book a 2h slot on Dec 14\n",
    );
    expect(minutes.actionItems.map((task) => task.due)).toEqual([
      "2026-12-10T14:00",
      "2026-12-11T09:30",
      "2026-12-14",
    ]);
  });
});
