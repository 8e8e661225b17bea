import type ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { SECTION_LABELS, taskSummary } from "../../../src/export/ical/task-component.js";
import { toICalendar } from "../../../src/index.js";
import type { Minutes, Task } from "../../../src/model/minutes.js";
import { bySummary, fixtureMinutes, items, NOW, parseCalendar, written } from "./helpers.js";

const FIXTURE = "fixtures/ical/tricky-text.md";
const PEOPLE = { "Bo Chen": { email: "bo.chen@example.com", aliases: ["BC"] } };

function tasksOf(minutes: Minutes): Task[] {
  return [
    ...minutes.resolutionPlan,
    ...minutes.actionItems,
    ...minutes.commitments,
    ...minutes.risks,
  ];
}

/** Every property of one VTODO, read back by ical.js, against the task it came from. */
function expectTodoMatches(
  todo: ICAL.Component,
  task: Task,
  minutes: Minutes,
  meetingUid: string,
): void {
  expect(todo.getFirstPropertyValue("summary")).toBe(taskSummary(task));
  const description = String(todo.getFirstPropertyValue("description"));
  expect(description.split("\n")[0]).toBe(taskSummary(task));
  expect(description).toContain(
    `Section: ${SECTION_LABELS[task.section as keyof typeof SECTION_LABELS]}`,
  );
  expect(description).toContain(
    `Meeting: ${minutes.title}, ${minutes.date} ${minutes.start}-${minutes.end}`,
  );
  expect(description).toContain(`Note: ${FIXTURE}:${task.source.start.line}`);
  expect(todo.getFirstProperty("categories")!.getValues()).toEqual([task.section]);
  expect(todo.getFirstPropertyValue("related-to")).toBe(meetingUid);
  expect(todo.getFirstPropertyValue("status")).toBe(
    task.status === "done" ? "COMPLETED" : "NEEDS-ACTION",
  );
  expect(todo.getFirstPropertyValue("priority") ?? null).toBe(task.priority);
  expect(todo.getFirstPropertyValue("x-md-minutes-task")).toBe(task.id);
  const due = todo.getFirstPropertyValue("due") as ICAL.Time | null;
  if (task.due === null) expect(due).toBeNull();
  else {
    expect(due!.toString().slice(0, 16)).toBe(task.due.length === 10 ? task.due : `${task.due}`);
    if (task.due.length > 10)
      expect(todo.getFirstProperty("due")!.getParameter("tzid")).toBe(minutes.timezone);
  }
  expect(written(todo, "rrule")).toBe(task.recurrence);
  if (task.recurrence || (task.duration && !task.condition)) {
    const start = todo.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.toString().slice(0, 10)).toBe(minutes.date);
  }
  for (const owner of task.owners) {
    const name =
      minutes.attendees.find((attendee) => attendee.id === owner.attendeeId)?.name ?? owner.name;
    const email = name === "Bo Chen" ? "bo.chen@example.com" : null;
    if (email) {
      const attendee = todo
        .getAllProperties("attendee")
        .find((property) => property.getParameter("cn") === name)!;
      expect(attendee.getFirstValue()).toBe(`mailto:${email}`);
      expect(attendee.getParameter("role")).toBe("REQ-PARTICIPANT");
      expect(description).toContain(`${name} <${email}>`);
    } else {
      expect(
        todo.getAllProperties("x-md-minutes-owner").map((property) => property.getFirstValue()),
      ).toContain(name);
      expect(description).toContain(name);
    }
  }
}

describe("round trip through ical.js", () => {
  const minutes = fixtureMinutes(FIXTURE);
  const text = toICalendar(minutes, { now: NOW, notePath: FIXTURE, people: PEOPLE });
  const calendar = parseCalendar(text);

  it("has VERSION and PRODID", () => {
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//md-minutes//md-minutes//EN");
  });

  it("exports every task of the note, each with its properties", () => {
    const todos = items(calendar, "vtodo");
    const tasks = tasksOf(minutes);
    expect(todos).toHaveLength(tasks.length);
    const meetingUid = String(items(calendar, "vevent")[0]!.getFirstPropertyValue("uid"));
    for (const task of tasks)
      expectTodoMatches(bySummary(todos, taskSummary(task)), task, minutes, meetingUid);
  });

  it("keeps commas, semicolons, backslashes, emoji and a long line intact", () => {
    const todos = items(calendar, "vtodo");
    expect(bySummary(todos, "Call J").getFirstPropertyValue("summary")).toBe(
      "Call Jürgen back, confirm the fix; then close ticket #42 \\ escalate by 6 PM today 📞",
    );
    expect(
      String(bySummary(todos, "Write a very long").getFirstPropertyValue("summary")).length,
    ).toBeGreaterThan(200);
    const meeting = items(calendar, "vevent")[0]!;
    expect(meeting.getFirstPropertyValue("summary")).toBe(
      "Escalation review; Café Müller, Zürich 🚀",
    );
    expect(meeting.getFirstPropertyValue("location")).toBe("Room 4; floor 2, east wing");
  });

  it("keeps newlines in text", () => {
    const edited = structuredClone(minutes);
    edited.actionItems[0]!.text = "First line,\nsecond; line\n\nthird 🚀";
    const todo = items(parseCalendar(toICalendar(edited, { now: NOW })), "vtodo").find(
      (component) => String(component.getFirstPropertyValue("summary")).startsWith("First line"),
    )!;
    expect(todo.getFirstPropertyValue("summary")).toBe("First line,\nsecond; line\n\nthird 🚀");
  });

  it("writes TZID times that ical.js resolves to the instants Intl gives, across the DST change", () => {
    const todos = items(calendar, "vtodo");
    // Europe/Berlin is +01:00 until 2026-03-29 02:00, then +02:00.
    expect(
      (bySummary(todos, "Call J").getFirstPropertyValue("due") as ICAL.Time).toUnixTime(),
    ).toBe(Date.UTC(2026, 2, 27, 17, 0) / 1000);
    const daily = bySummary(todos, "Check-ins");
    const iterator = (daily.getFirstPropertyValue("rrule") as ICAL.Recur).iterator(
      daily.getFirstPropertyValue("dtstart") as ICAL.Time,
    );
    const instants: string[] = [];
    for (let n = 0; n < 4; n++)
      instants.push(new Date(iterator.next()!.toUnixTime() * 1000).toISOString());
    expect(instants).toEqual([
      "2026-03-27T08:30:00.000Z",
      "2026-03-28T08:30:00.000Z",
      "2026-03-29T07:30:00.000Z",
      "2026-03-30T07:30:00.000Z",
    ]);
  });

  it("marks done tasks COMPLETED and 100 percent", () => {
    const done = bySummary(items(calendar, "vtodo"), "Send the status mail");
    expect(done.getFirstPropertyValue("status")).toBe("COMPLETED");
    expect(done.getFirstPropertyValue("percent-complete")).toBe(100);
  });

  it("writes UTC when asked, and floating times when the note has no zone", () => {
    const utc = items(parseCalendar(toICalendar(minutes, { now: NOW, utc: true })), "vtodo");
    expect(written(bySummary(utc, "Call J"), "due")).toBe("20260327T170000Z");
    const floating = items(
      parseCalendar(toICalendar({ ...minutes, timezone: null }, { now: NOW })),
      "vtodo",
    );
    const due = bySummary(floating, "Call J").getFirstProperty("due")!;
    expect(due.getParameter("tzid")).toBeUndefined();
    expect(written(bySummary(floating, "Call J"), "due")).toBe("20260327T180000");
  });
});
