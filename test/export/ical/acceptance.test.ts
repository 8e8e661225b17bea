import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { parseMinutes, toICalendar } from "../../../src/index.js";
import { bySummary, fixtureMinutes, items, NOW, parseCalendar, written } from "./helpers.js";

const FIXTURE = "fixtures/escalation/northwind-escalation.md";

describe("the seed-style escalation note", () => {
  const minutes = fixtureMinutes(FIXTURE);
  const calendar = parseCalendar(toICalendar(minutes, { now: NOW, notePath: FIXTURE }));
  const todos = items(calendar, "vtodo");
  const events = items(calendar, "vevent");

  it("gives one VTODO per step, action item and commitment, and the one scheduled risk", () => {
    const count = (section: string) =>
      todos.filter((todo) => todo.getFirstProperty("categories")!.getValues()[0] === section)
        .length;
    expect([
      count("resolutionPlan"),
      count("actionItems"),
      count("commitments"),
      count("risks"),
    ]).toEqual([4, 4, 3, 1]);
    expect(todos).toHaveLength(12);
    expect(bySummary(todos, "Proactive outreach").getFirstPropertyValue("summary")).toBe(
      "Proactive outreach planned for next 72 hours",
    );
  });

  it("resolves deadlines as floating local times (the note names no zone)", () => {
    expect(written(bySummary(todos, "Book the production deployment"), "due")).toBe(
      "20260312T200000",
    );
    expect(written(bySummary(todos, "Ship Fix"), "due")).toBe("20260313T020000");
    expect(
      bySummary(todos, "Ship Fix").getFirstProperty("due")!.getParameter("tzid"),
    ).toBeUndefined();
    expect(written(bySummary(todos, "Proactive outreach"), "due")).toBe("20260315T140000");
  });

  it("starts recurring and lasting tasks at the meeting", () => {
    const updates = bySummary(todos, "Updates");
    expect(written(updates, "rrule")).toBe("FREQ=DAILY");
    expect(written(updates, "dtstart")).toBe("20260312T140000");
    const reviews = bySummary(todos, "Monthly service reviews");
    expect(written(reviews, "rrule")).toBe("FREQ=MONTHLY;UNTIL=20260912");
    // §3.3.10: a DATE UNTIL needs a DATE DTSTART.
    expect(reviews.getFirstProperty("dtstart")!.type).toBe("date");
    expect(written(reviews, "dtstart")).toBe("20260312");
    const watch = bySummary(todos, "Watch Metrics");
    expect(written(watch, "dtstart")).toBe("20260312T140000");
    expect(written(watch, "due")).toBe("20260314T140000");
  });

  it("starts a rhythm on a weekday at the first day it falls on, as its rule's first instance", () => {
    const note = parseMinutes(
      "# Plant care\n\nDate: 2026-03-11\nTime: 14:00\n\nAttendees: Ana Diaz\n\n## Action items\n\n- Ana to water the plants every other Friday\n- Ana to check the soil weekly on Wednesdays\n",
    );
    const tasks = items(parseCalendar(toICalendar(note, { now: NOW })), "vtodo");
    const water = bySummary(tasks, "Ana to water");
    expect(written(water, "rrule")).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR");
    expect(written(water, "dtstart")).toBe("20260313T140000");
    const soil = bySummary(tasks, "Ana to check");
    expect(written(soil, "dtstart")).toBe("20260311T140000");
    // The rule's own expansion starts where DTSTART does.
    const first = new ICAL.RecurExpansion({
      component: water,
      dtstart: water.getFirstPropertyValue("dtstart") as ICAL.Time,
    }).next();
    expect(first.toString()).toBe("2026-03-13T14:00:00");
  });

  it("starts a rhythm or other work where the words say it begins, before its deadline", () => {
    const note = parseMinutes(
      "# Plant care\n\nDate: 2026-03-11\nTime: 14:00\n\nAttendees: Ana Diaz\n\n## Action items\n\n- Ana to water the plants daily starting tomorrow\n- Ana to feed the plants every Friday, starting next week\n- Ana to cover the greenhouse starting Monday 9am\n- Ana to repot the ferns starting Monday, done by 20 March\n",
    );
    const tasks = items(parseCalendar(toICalendar(note, { now: NOW })), "vtodo");
    const water = bySummary(tasks, "Ana to water");
    expect([written(water, "rrule"), written(water, "dtstart")]).toEqual([
      "FREQ=DAILY",
      "20260312T140000",
    ]);
    const feed = bySummary(tasks, "Ana to feed");
    expect([written(feed, "rrule"), written(feed, "dtstart")]).toEqual([
      "FREQ=WEEKLY;BYDAY=FR",
      "20260320T140000",
    ]);
    expect(written(bySummary(tasks, "Ana to cover"), "dtstart")).toBe("20260316T090000");
    const repot = bySummary(tasks, "Ana to repot");
    expect([written(repot, "dtstart"), written(repot, "due")]).toEqual(["20260316", "20260320"]);
    expect(repot.getFirstProperty("dtstart")!.type).toBe("date");
  });

  it("starts a rhythm of several weekdays on the first of them after the meeting", () => {
    const note = parseMinutes(
      "# Help desk\n\nDate: 2026-03-11\nTime: 14:00\n\nAttendees: Ana Diaz\n\n## Action items\n\n- Ana to hold office hours on Tuesdays and Fridays\n",
    );
    const hours = bySummary(
      items(parseCalendar(toICalendar(note, { now: NOW })), "vtodo"),
      "Ana to hold",
    );
    // The meeting is on a Wednesday: the first of the days after it is Friday the 13th.
    expect([written(hours, "rrule"), written(hours, "dtstart")]).toEqual([
      "FREQ=WEEKLY;BYDAY=TU,FR",
      "20260313T140000",
    ]);
  });

  it("starts a monthly rhythm on the month's nth weekday at its first such day", () => {
    const note = parseMinutes(
      "# Finance\n\nDate: 2026-02-18\n\nAttendees: Ana Diaz\n\n## Action items\n\n- Ana to send the summary on the first Monday of each month\n- Ana to review the budget the last Friday of every month\n- Ana to post the numbers the first Wednesday of each month\n",
    );
    const tasks = items(parseCalendar(toICalendar(note, { now: NOW })), "vtodo");
    const starts = ["Ana to send", "Ana to review", "Ana to post"].map((summary) => {
      const task = bySummary(tasks, summary);
      return [written(task, "rrule"), written(task, "dtstart")];
    });
    expect(starts).toEqual([
      ["FREQ=MONTHLY;BYDAY=1MO", "20260302"],
      ["FREQ=MONTHLY;BYDAY=-1FR", "20260227"],
      // The month's first Wednesday was before the meeting: the next month's.
      ["FREQ=MONTHLY;BYDAY=1WE", "20260304"],
    ]);
    const review = bySummary(tasks, "Ana to review");
    const first = new ICAL.RecurExpansion({
      component: review,
      dtstart: review.getFirstPropertyValue("dtstart") as ICAL.Time,
    }).next();
    expect(first.toString()).toBe("2026-02-27");
  });

  it("keeps a rhythm by the hour or minute in words where the meeting gives no hour to count from", () => {
    const rhythms = (head: string) => {
      const note = parseMinutes(
        `# Bridge\n\nDate: 2026-03-11\n${head}\nAttendees: Ana Diaz\n\n## Action items\n\n- Ana to post status updates every 30 minutes\n`,
      );
      const task = bySummary(items(parseCalendar(toICalendar(note, { now: NOW })), "vtodo"), "Ana");
      return [
        written(task, "rrule"),
        written(task, "dtstart"),
        String(task.getFirstPropertyValue("description")).includes("Repeats: FREQ=MINUTELY"),
      ];
    };
    expect(rhythms("")).toEqual([null, "20260311", true]);
    expect(rhythms("Time: 09:30\n")).toEqual([
      "FREQ=MINUTELY;INTERVAL=30",
      "20260311T093000",
      false,
    ]);
  });

  it("does not schedule a conditional duration", () => {
    const fallback = bySummary(todos, "Fallback");
    expect(fallback.getFirstProperty("dtstart")).toBeNull();
    expect(fallback.getFirstProperty("duration")).toBeNull();
    expect(fallback.getFirstPropertyValue("x-md-minutes-condition")).toBe("if failures continue");
    expect(fallback.getFirstPropertyValue("description")).toContain(
      "Only if failures continue: within 2 hours (PT2H), not scheduled.",
    );
  });

  it("puts owners without email in X-MD-MINUTES-OWNER and DESCRIPTION", () => {
    const book = bySummary(todos, "Book the production deployment");
    expect(
      book.getAllProperties("x-md-minutes-owner").map((property) => property.getFirstValue()),
    ).toEqual(["Omar Haddad"]);
    expect(book.getFirstProperty("attendee")).toBeNull();
    expect(book.getFirstPropertyValue("description")).toContain("Owners: Omar Haddad");
  });

  it("adds the meeting and the next meeting as VEVENTs", () => {
    expect(events).toHaveLength(2);
    const [meeting, next] = events;
    expect(written(meeting!, "dtstart")).toBe("20260312T140000");
    expect(written(meeting!, "dtend")).toBe("20260312T150000");
    expect(meeting!.getFirstPropertyValue("location")).toBe("Conference Room B");
    expect(written(next!, "dtstart")).toBe("20260316");
    expect(written(next!, "dtend")).toBe("20260317");
    expect(next!.getFirstPropertyValue("summary")).toBe(
      "Status update: Customer Escalation Meeting: Enterprise Client Northwind Traders",
    );
    for (const todo of todos)
      expect(todo.getFirstPropertyValue("related-to")).toBe(meeting!.getFirstPropertyValue("uid"));
  });

  it("with tasksAs events, turns each task with a deadline into a VEVENT with the same UID", () => {
    const asEvents = items(
      parseCalendar(toICalendar(minutes, { now: NOW, tasksAs: "events", notePath: FIXTURE })),
      "vevent",
    );
    expect(asEvents).toHaveLength(2 + 3 + 4);
    const book = bySummary(asEvents, "Book the production deployment");
    expect(written(book, "dtstart")).toBe("20260312T200000");
    expect(book.getFirstPropertyValue("uid")).toBe(
      bySummary(todos, "Book the production deployment").getFirstPropertyValue("uid"),
    );
    expect(book.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
  });

  it("makes date-only deadlines all-day events", () => {
    const dated = structuredClone(minutes);
    dated.actionItems[1]!.due = "2026-03-20";
    const asEvents = items(
      parseCalendar(toICalendar(dated, { now: NOW, tasksAs: "events" })),
      "vevent",
    );
    const report = bySummary(asEvents, "Write the incident report");
    expect(report.getFirstProperty("dtstart")!.type).toBe("date");
    expect([written(report, "dtstart"), written(report, "dtend")]).toEqual([
      "20260320",
      "20260321",
    ]);
    const asTodos = items(parseCalendar(toICalendar(dated, { now: NOW })), "vtodo");
    expect(bySummary(asTodos, "Write the incident report").getFirstProperty("due")!.type).toBe(
      "date",
    );
  });

  it("exports only the sections asked for", () => {
    const onlyActions = items(
      parseCalendar(toICalendar(minutes, { now: NOW, sections: ["actionItems"] })),
      "vtodo",
    );
    expect(onlyActions).toHaveLength(4);
  });

  it("rejects options of the wrong type with the option's name", () => {
    expect(() => toICalendar(minutes, { tasksAs: "tasks" as never })).toThrow(/option "tasksAs"/);
    expect(() => toICalendar(minutes, { now: "yesterday" })).toThrow(/option "now"/);
    expect(() => toICalendar(minutes, { timezone: "Mars/Olympus" })).toThrow(
      /option "timezone": unknown time zone "Mars\/Olympus"/,
    );
  });

  it("exports an undated note without events and without scheduling what needs the meeting", () => {
    const undated = parseMinutes(
      readFileSync(FIXTURE, "utf8").replace("**Date:** March 12, 2026  \n", ""),
      {},
    );
    expect(undated.date).toBeNull();
    const calendar = parseCalendar(toICalendar(undated, { now: NOW }));
    expect(items(calendar, "vevent")).toHaveLength(0);
    const updates = bySummary(items(calendar, "vtodo"), "Updates");
    expect(updates.getFirstProperty("rrule")).toBeNull();
    expect(updates.getFirstProperty("related-to")).toBeNull();
    expect(updates.getFirstPropertyValue("description")).toContain("Repeats: FREQ=DAILY");
  });
});

describe("stability of UIDs", () => {
  const minutes = fixtureMinutes(FIXTURE);
  const uids = (text: string) =>
    [...text.matchAll(/^UID:(.*(?:\r\n .*)*)/gm)].map((match) => match[1]!.replace(/\r\n /g, ""));

  it("gives identical text for the same note and the same now", () => {
    expect(toICalendar(fixtureMinutes(FIXTURE), { now: NOW })).toBe(
      toICalendar(minutes, { now: NOW }),
    );
  });

  const note = readFileSync(FIXTURE, "utf8");
  const parse = (text: string) => parseMinutes(text, { fileName: FIXTURE });
  const reworded = (text: string) =>
    text.replace("Write the incident report", "Write and publish the incident report");

  it("changes only the edited task's UID when its words change", () => {
    const before = uids(toICalendar(parse(note), { now: NOW }));
    const after = uids(toICalendar(parse(reworded(note)), { now: NOW }));
    expect(after).toHaveLength(before.length);
    const changed = before.filter((uid, index) => uid !== after[index]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain("write-the-incident-report");
  });

  it("keeps every UID when the edited task has a block id", () => {
    const withBlock = note.replace(
      "Write the incident report",
      "Write the incident report ^incident-report",
    );
    const before = uids(toICalendar(parse(withBlock), { now: NOW }));
    expect(uids(toICalendar(parse(reworded(withBlock)), { now: NOW }))).toEqual(before);
    expect(before.some((uid) => uid.endsWith("-block-incident-report"))).toBe(true);
  });

  it("derives UIDs from the note's id, else its path, never from its title and date", () => {
    const at = (notePath: string, noteId?: string) =>
      uids(toICalendar(minutes, { now: NOW, notePath, ...(noteId ? { noteId } : {}) }));
    // Two notes with one title and date are two notes.
    expect(at("notes/a.md").filter((uid) => at("notes/b.md").includes(uid))).toEqual([]);
    // A renamed note keeps its UIDs when it has an id.
    expect(at("notes/a.md", "sync-1")).toEqual(at("notes/b.md", "sync-1"));
    expect(at("notes/a.md", "sync-1")).not.toEqual(at("notes/a.md", "sync-2"));
    expect(at("notes/a.md")).toEqual(at("./notes/a.md"));
  });
});

describe("meeting attendees", () => {
  it("become ATTENDEEs of the meeting when their email is known", () => {
    const minutes = fixtureMinutes(FIXTURE);
    const calendar = parseCalendar(
      toICalendar(minutes, {
        now: NOW,
        people: { "Maria Anders": { email: "maria@northwind.example", aliases: [] } },
      }),
    );
    const meeting = items(calendar, "vevent")[0]!;
    const attendees = meeting.getAllProperties("attendee");
    expect(
      attendees.map((property) => [property.getParameter("cn"), property.getFirstValue()]),
    ).toEqual([["Maria Anders", "mailto:maria@northwind.example"]]);
    expect(
      bySummary(items(calendar, "vtodo"), "Maria agreed")
        .getFirstProperty("attendee")!
        .getParameter("role"),
    ).toBe("REQ-PARTICIPANT");
  });
});

describe("a deadline in a zone of its own", () => {
  const note = (head: string) =>
    parseMinutes(
      `# Launch readiness\n\n${head}\n\n## Actions\n\n- Nell: freeze the branch by 5pm PT Friday\n- Nell: send the notes by 5pm Friday\n- Nell: tell the team by 18:00 CET Friday\n`,
    );
  const dues = (minutes: ReturnType<typeof parseMinutes>) =>
    items(parseCalendar(toICalendar(minutes, { now: NOW })), "vtodo").map((todo) => {
      const due = todo.getFirstProperty("due")!;
      return [written(todo, "due"), due.getParameter("tzid") ?? null];
    });

  it("is written as the instant it names, in a note kept in another zone or in none", () => {
    expect(dues(note("Date: 2026-06-15\nTimezone: Europe/Berlin"))).toEqual([
      ["20260620T000000Z", null],
      ["20260619T170000", "Europe/Berlin"],
      ["20260619T160000Z", null],
    ]);
    expect(dues(note("Date: 2026-06-15"))).toEqual([
      ["20260620T000000Z", null],
      ["20260619T170000", null],
      ["20260619T160000Z", null],
    ]);
  });

  it("keeps the note's own zone where the words name that one", () => {
    expect(dues(note("Date: 2026-06-15\nTimezone: America/Los_Angeles"))).toEqual([
      ["20260619T170000", "America/Los_Angeles"],
      ["20260619T170000", "America/Los_Angeles"],
      ["20260619T160000Z", null],
    ]);
  });
});
