import { readFileSync } from "node:fs";
import type ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  buildCalendarExport,
  parseMinutes,
  planVdirSync,
  type VdirFile,
} from "../../../src/index.js";
import { parseCalendar } from "./helpers.js";

const FIXTURE = "fixtures/escalation/northwind-escalation.md";
const NOTE = readFileSync(FIXTURE, "utf8");
const FIRST = new Date("2026-03-12T20:00:00Z");
const SECOND = new Date("2026-03-14T09:00:00Z");
const UNRELATED =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VTODO\r\nUID:other-app-1\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Buy milk\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";

function exportOf(note: string, notePath: string | null = FIXTURE) {
  return buildCalendarExport(parseMinutes(note, { fileName: FIXTURE }), { now: FIRST, notePath });
}

/** Applies a plan to an in-memory folder, as the CLI does on disk. */
function apply(files: VdirFile[], plan: ReturnType<typeof planVdirSync>): VdirFile[] {
  const byName = new Map(files.map((file) => [file.name, file.contents]));
  for (const write of plan.writes) byName.set(write.name, write.contents);
  for (const removal of plan.deletes) byName.delete(removal.name);
  return [...byName].map(([name, contents]) => ({ name, contents }));
}

function todoIn(
  files: readonly VdirFile[],
  summaryStart: string,
): { name: string; todo: ICAL.Component } {
  for (const file of files) {
    const todo = parseCalendar(file.contents).getFirstSubcomponent("vtodo");
    if (todo && String(todo.getFirstPropertyValue("summary")).startsWith(summaryStart))
      return { name: file.name, todo };
  }
  throw new Error(`no file with a VTODO "${summaryStart}"`);
}

/** What a calendar client does when the user ticks a task off. */
function completeInClient(contents: string): string {
  return contents.replace(
    "STATUS:NEEDS-ACTION\r\n",
    "STATUS:COMPLETED\r\nCOMPLETED:20260313T091500Z\r\nPERCENT-COMPLETE:100\r\n",
  );
}

describe("planVdirSync", () => {
  const first = apply(
    [{ name: "other-app-1.ics", contents: UNRELATED }],
    planVdirSync(exportOf(NOTE), [{ name: "other-app-1.ics", contents: UNRELATED }], FIRST),
  );

  it("writes one file per item, named after its UID, each a whole VCALENDAR", () => {
    expect(first).toHaveLength(1 + 14);
    for (const file of first.filter((entry) => entry.name !== "other-app-1.ics")) {
      const calendar = parseCalendar(file.contents);
      const item =
        calendar.getFirstSubcomponent("vtodo") ?? calendar.getFirstSubcomponent("vevent");
      expect(file.name).toBe(`${item!.getFirstPropertyValue("uid")}.ics`);
      expect(item!.getFirstPropertyValue("sequence")).toBe(0);
    }
  });

  it("changes nothing when the note did not change", () => {
    const plan = planVdirSync(exportOf(NOTE), first, SECOND);
    expect(plan.writes).toEqual([]);
    expect(plan.deletes).toEqual([]);
    expect(plan.unchanged).toHaveLength(14);
  });

  describe("after an edit, a completion in the client and a removal", () => {
    const ken = todoIn(first, "Give Northwind read access");
    const elena = todoIn(first, "Write the incident report");
    const priya = todoIn(first, "Run a load test");
    const inClient = first.map((file) =>
      file.name === ken.name ? { ...file, contents: completeInClient(file.contents) } : file,
    );
    const edited = NOTE.replace(
      "Write the incident report",
      "Write and publish the incident report",
    ).replace(/^- \*\*Priya:\*\*.*\n/m, "");
    const plan = planVdirSync(exportOf(edited), inClient, SECOND);
    const after = apply(inClient, plan);

    it("keeps the reworded task's UID and file, with a higher SEQUENCE and a new LAST-MODIFIED", () => {
      const now = todoIn(after, "Write and publish the incident report");
      expect(now.name).toBe(elena.name);
      expect(now.todo.getFirstPropertyValue("uid")).toBe(elena.todo.getFirstPropertyValue("uid"));
      expect(now.todo.getFirstPropertyValue("sequence")).toBe(1);
      expect((now.todo.getFirstPropertyValue("last-modified") as ICAL.Time).toICALString()).toBe(
        "20260314T090000Z",
      );
      expect(plan.writes.map((write) => write.reason)).toEqual(["changed"]);
    });

    it("keeps the completion made in the client", () => {
      expect(plan.unchanged.map((entry) => entry.name)).toContain(ken.name);
      const now = todoIn(after, "Give Northwind read access");
      expect(now.todo.getFirstPropertyValue("status")).toBe("COMPLETED");
    });

    it("removes the file of the task that left the note, and only that one", () => {
      expect(plan.deletes).toEqual([
        { name: priya.name, uid: priya.todo.getFirstPropertyValue("uid") },
      ]);
      expect(after.some((file) => file.name === priya.name)).toBe(false);
    });

    it("leaves a file md-minutes did not write untouched", () => {
      expect(after.find((file) => file.name === "other-app-1.ics")!.contents).toBe(UNRELATED);
    });

    it("keeps a client's completion when the note later changes that task", () => {
      const again = edited.replace(
        "Give Northwind read access to the support queue",
        "Give Northwind read access to the support queue and the status page",
      );
      const next = apply(after, planVdirSync(exportOf(again), after, SECOND));
      const now = todoIn(next, "Give Northwind read access");
      expect(now.name).toBe(ken.name);
      expect(now.todo.getFirstPropertyValue("summary")).toBe(
        "Give Northwind read access to the support queue and the status page",
      );
      expect(now.todo.getFirstPropertyValue("status")).toBe("COMPLETED");
      expect((now.todo.getFirstPropertyValue("completed") as ICAL.Time).toICALString()).toBe(
        "20260313T091500Z",
      );
      expect(now.todo.getFirstPropertyValue("sequence")).toBe(1);
    });
  });

  it("keeps the client's completion time when the note also marks the task done", () => {
    const ken = todoIn(first, "Give Northwind read access");
    const completed = first.map((file) =>
      file.name === ken.name ? { ...file, contents: completeInClient(file.contents) } : file,
    );
    const ticked = NOTE.replace("- **Ken:** Give Northwind", "- [x] **Ken:** Give Northwind");
    expect(
      parseMinutes(ticked).actionItems.find((task) => task.text.startsWith("Give Northwind"))!
        .status,
    ).toBe("done");
    const next = apply(completed, planVdirSync(exportOf(ticked), completed, SECOND));
    const now = todoIn(next, "Give Northwind read access");
    expect(now.todo.getFirstPropertyValue("status")).toBe("COMPLETED");
    expect((now.todo.getFirstPropertyValue("completed") as ICAL.Time).toICALString()).toBe(
      "20260313T091500Z",
    );
  });

  it("keeps a reassigned task (same words, UID from the words) and changes it in place", () => {
    const reassigned = NOTE.replace(
      "**Elena:** Write the incident report",
      "**Ken:** Write the incident report",
    );
    const plan = planVdirSync(exportOf(reassigned), first, SECOND);
    expect(plan.writes.map((write) => [write.reason, write.name])).toEqual([
      ["changed", todoIn(first, "Write the incident report").name],
    ]);
    expect(plan.deletes).toEqual([]);
  });

  it("does not take a reworded task with other owners for the earlier one", () => {
    const swapped = NOTE.replace(
      "**Elena:** Write the incident report",
      "**Ken:** Write and publish the incident report",
    );
    const plan = planVdirSync(exportOf(swapped), first, SECOND);
    expect(plan.writes.map((write) => write.reason)).toEqual(["new"]);
    expect(plan.deletes).toHaveLength(1);
  });

  it("leaves unreadable files alone and says so", () => {
    const plan = planVdirSync(
      exportOf(NOTE),
      [...first, { name: "broken.ics", contents: "BEGIN:VCALENDAR\r\nnot a line\r\n" }],
      SECOND,
    );
    expect(plan.skipped.map((skip) => skip.name)).toEqual(["broken.ics"]);
    expect(plan.deletes).toEqual([]);
  });

  it("does not delete another note's files", () => {
    const otherNote = NOTE.replace("March 12, 2026", "March 19, 2026");
    const plan = planVdirSync(exportOf(otherNote, "notes/other.md"), first, SECOND);
    expect(plan.deletes).toEqual([]);
    expect(plan.writes.every((write) => write.reason === "new")).toBe(true);
  });

  it("does not delete the files of another note with the same title and date", () => {
    const twin = NOTE.replace(/^- \*\*Priya:\*\*.*\n/m, "");
    const plan = planVdirSync(exportOf(twin, "notes/twin.md"), first, SECOND);
    expect(plan.deletes).toEqual([]);
    expect(plan.writes).toHaveLength(13);
    expect(plan.writes.every((write) => write.reason === "new")).toBe(true);
  });

  it("records the producer in each file and deletes only what the same producer wrote", () => {
    const producers = first
      .filter((file) => file.name !== "other-app-1.ics")
      .map((file) => /^X-MD-MINUTES-PRODUCER:(.*)\r$/m.exec(file.contents)?.[1]);
    expect(new Set(producers)).toEqual(new Set([`path:${FIXTURE}`]));
    const edited = NOTE.replace(/^- \*\*Priya:\*\*.*\n/m, "");
    const plan = planVdirSync(exportOf(edited), first, SECOND);
    expect(plan.deletes.map((removal) => removal.name)).toEqual([
      todoIn(first, "Run a load test").name,
    ]);
  });

  it("a note known only by title and date (no id, no path) keeps its old files rather than deleting them", () => {
    const bare = apply([], planVdirSync(exportOf(NOTE, null), [], FIRST));
    expect(bare[0]!.contents.replace(/\r\n /g, "")).toContain(
      "X-MD-MINUTES-PRODUCER:title:Customer Escalation Meeting: Enterprise Client Northwind Traders@2026-03-12\r\n",
    );
    const edited = NOTE.replace(/^- \*\*Priya:\*\*.*\n/m, "");
    const plan = planVdirSync(exportOf(edited, null), bare, SECOND);
    expect(plan.deletes).toEqual([]);
    expect(plan.orphaned.map((entry) => entry.name)).toEqual([
      todoIn(bare, "Run a load test").name,
    ]);
  });
});
