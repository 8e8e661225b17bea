import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { isExportedTask, taskSummary } from "../src/export/ical/task-component.js";
import { checkMinutes, formatJson, parseMinutes, toICalendar } from "../src/index.js";
import type { Minutes, Task } from "../src/model/minutes.js";
import { anyNoteText, propertyParameters } from "./arbitraries.js";

const options = { referenceDate: "2025-09-27T10:00" } as const;
const NOW = "2025-09-27T12:00:00Z";

function vtodos(calendarText: string): ICAL.Component[] {
  // A note with nothing to export exports nothing: no VCALENDAR at all.
  if (calendarText === "") return [];
  return new ICAL.Component(ICAL.parse(calendarText) as unknown as unknown[]).getAllSubcomponents(
    "vtodo",
  );
}

describe("calendar export of any note", () => {
  it("parses with ical.js, with exactly one VTODO per exported task and each SUMMARY as the model says", () => {
    fc.assert(
      fc.property(anyNoteText, (text) => {
        const minutes = parseMinutes(text, options);
        const tasks = [
          ...minutes.resolutionPlan,
          ...minutes.actionItems,
          ...minutes.commitments,
          ...minutes.risks,
        ].filter(isExportedTask);
        const todos = vtodos(toICalendar(minutes, { now: NOW }));
        expect(todos).toHaveLength(tasks.length);
        const summaries = new Map(
          todos.map((todo) => [
            String(todo.getFirstPropertyValue("x-md-minutes-task")),
            String(todo.getFirstPropertyValue("summary")),
          ]),
        );
        for (const task of tasks) expect(summaries.get(task.id)).toBe(taskSummary(task));
      }),
      propertyParameters(),
    );
  });
});

/** Task words as the model can hold them: any characters but the control characters RFC 5545 TEXT forbids, LF aside. */
const taskWords = fc
  .oneof(
    { weight: 6, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
    {
      weight: 3,
      arbitrary: fc
        .array(
          fc.constantFrom(
            "\n",
            ";",
            ",",
            "\\",
            ":",
            "🚀",
            "é",
            '"',
            "END:VTODO",
            "BEGIN:VCALENDAR",
            " ",
            "a",
          ),
          { maxLength: 40 },
        )
        .map((parts) => parts.join("")),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("x", "é", "🚀", "a;b,"), fc.integer({ min: 2_500, max: 10_000 }))
        .map(([unit, count]) => unit.repeat(count)),
    },
  )
  .map((text) => text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "").trim() || "task");

function modelWith(text: string): Minutes {
  const source = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: 1, offset: 0 },
  };
  const task: Task = {
    id: "actionItems-property",
    blockId: null,
    title: null,
    text,
    details: null,
    owners: [],
    due: "2025-09-30",
    dueText: "Sept 30",
    duration: null,
    recurrence: null,
    start: null,
    condition: null,
    status: "open",
    priority: null,
    section: "actionItems",
    extractor: "property",
    source,
  };
  const empty = parseMinutes("", options);
  return { ...empty, title: "Property sync", date: "2025-09-27", actionItems: [task] };
}

describe("calendar text escaping", () => {
  it("brings every task text back unchanged through ical.js (LF, ; , \\ :, emoji, 10 KB lines)", () => {
    fc.assert(
      fc.property(taskWords, (text) => {
        const todos = vtodos(toICalendar(modelWith(text), { now: NOW }));
        expect(todos).toHaveLength(1);
        expect(todos[0]!.getFirstPropertyValue("summary")).toBe(text);
      }),
      propertyParameters(),
    );
  });
});

describe("check on any note", () => {
  it("never throws, points inside the input, and its JSON report parses", () => {
    fc.assert(
      fc.property(anyNoteText, (text) => {
        const { messages } = checkMinutes(text, { ...options, now: NOW.slice(0, 16) });
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const message of messages) {
          expect(message.line ?? 1).toBeGreaterThanOrEqual(1);
          expect(message.line ?? 1).toBeLessThanOrEqual(lines);
          expect(message.ruleId).toMatch(/^[a-z-]+$/);
        }
        expect(() => JSON.parse(formatJson([{ path: "note.md", messages }]))).not.toThrow();
      }),
      propertyParameters(),
    );
  });
});
