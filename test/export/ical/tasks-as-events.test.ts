import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCalendarExport, parseMinutes, toICalendar } from "../../../src/index.js";
import { bySummary, fixtureMinutes, items, NOW, parseCalendar, written } from "./helpers.js";

const FIXTURE = "fixtures/escalation/northwind-escalation.md";

describe("lasting tasks end with DUE, and --tasks-as events exports what can be an event", () => {
  const minutes = fixtureMinutes(FIXTURE);

  it("a duration task is a VTODO with DTSTART and DUE (start + duration), never DURATION", () => {
    const todos = items(parseCalendar(toICalendar(minutes, { now: NOW })), "vtodo");
    const watch = bySummary(todos, "Watch Metrics");
    expect(written(watch, "dtstart")).toBe("20260312T140000");
    expect(written(watch, "due")).toBe("20260314T140000");
    expect(watch.getFirstProperty("duration")).toBeNull();
    expect(watch.getFirstPropertyValue("description")).toContain(
      "Takes 48 hours (PT48H), from the meeting.",
    );
    const window = bySummary(todos, "Maria agreed to give a 48-hour observation window");
    expect([written(window, "dtstart"), written(window, "due")]).toEqual([
      "20260312T140000",
      "20260314T140000",
    ]);
    for (const todo of todos) expect(todo.getFirstProperty("duration")).toBeNull();
  });

  it("hours are exact across a daylight-saving change (RFC 5545 §3.3.6), days are whole days", () => {
    const note = `# Sync\n\n**Date:** 2026-03-07\n**Time:** 14:00\n\n## Resolution Plan\n\n- **Watch:** 48-hour monitoring period\n- **Freeze:** 2-day change freeze\n`;
    const zoned = parseMinutes(note, { timezone: "America/New_York" });
    const todos = items(parseCalendar(toICalendar(zoned, { now: NOW })), "vtodo");
    // New York springs forward on 2026-03-08: 48 hours after 14:00 EST is 15:00 EDT.
    expect(written(bySummary(todos, "Watch"), "due")).toBe("20260309T150000");
    expect(bySummary(todos, "Watch").getFirstProperty("due")!.getParameter("tzid")).toBe(
      "America/New_York",
    );
    const freeze = bySummary(todos, "Freeze");
    expect([written(freeze, "dtstart"), written(freeze, "due")]).toEqual([
      "20260307T140000",
      "20260309T140000",
    ]);
    const dateOnly = parseMinutes(note.replace("**Time:** 14:00\n", ""), {});
    const watchDay = bySummary(
      items(parseCalendar(toICalendar(dateOnly, { now: NOW })), "vtodo"),
      "Watch",
    );
    expect(watchDay.getFirstProperty("due")!.type).toBe("date");
    expect([written(watchDay, "dtstart"), written(watchDay, "due")]).toEqual([
      "20260307",
      "20260309",
    ]);
  });

  it("as events, recurring tasks recur from the meeting and duration tasks span their period", () => {
    const events = items(
      parseCalendar(toICalendar(minutes, { now: NOW, tasksAs: "events" })),
      "vevent",
    );
    // The meeting, the next meeting, 3 deadlines, 2 recurring tasks and 2 periods.
    expect(events).toHaveLength(2 + 3 + 2 + 2);
    const updates = bySummary(events, "Updates");
    expect([written(updates, "dtstart"), written(updates, "rrule")]).toEqual([
      "20260312T140000",
      "FREQ=DAILY",
    ]);
    const reviews = bySummary(events, "Monthly service reviews");
    expect(reviews.getFirstProperty("dtstart")!.type).toBe("date");
    expect([written(reviews, "dtstart"), written(reviews, "rrule")]).toEqual([
      "20260312",
      "FREQ=MONTHLY;UNTIL=20260912",
    ]);
    const watch = bySummary(events, "Watch Metrics");
    expect([written(watch, "dtstart"), written(watch, "dtend")]).toEqual([
      "20260312T140000",
      "20260314T140000",
    ]);
    expect(watch.getFirstProperty("duration")).toBeNull();
    expect(watch.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
  });

  it("lists the tasks that cannot be events, with the reason", () => {
    const built = buildCalendarExport(minutes, { now: NOW, tasksAs: "events" });
    expect(built.notExported.map((entry) => [entry.line, entry.summary, entry.reason])).toEqual([
      [
        30,
        "Fallback: Available within 2 hours if failures continue",
        "it applies only if failures continue, so it has no date",
      ],
      [40, "Write the incident report", "it has no deadline, recurrence or duration"],
      [
        41,
        "Give Northwind read access to the support queue",
        "it has no deadline, recurrence or duration",
      ],
      [42, "Run a load test after the fix", "it has no deadline, recurrence or duration"],
      [36, "A named escalation contact", "it has no deadline, recurrence or duration"],
    ]);
    expect(buildCalendarExport(minutes, { now: NOW }).notExported).toEqual([]);
  });

  it("as events, a recurring or lasting task of an undated note is reported, not dropped", () => {
    const undated = parseMinutes(
      readFileSync(FIXTURE, "utf8").replace("**Date:** March 12, 2026  \n", ""),
      {},
    );
    expect(undated.date).toBeNull();
    const built = buildCalendarExport(undated, { now: NOW, tasksAs: "events" });
    expect(built.notExported.find((entry) => entry.summary.startsWith("Updates"))!.reason).toBe(
      "it repeats, but the note has no meeting date to start from",
    );
    expect(
      built.notExported.find((entry) => entry.summary.startsWith("Watch Metrics"))!.reason,
    ).toBe("it lasts 48 hours, but the note has no meeting date to start from");
  });
});
