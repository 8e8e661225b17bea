import { describe, expect, it } from "vitest";
// @ts-expect-error: the bench's generator is plain JavaScript without types.
import { generateSeries } from "../../bench/tracking.mjs";
import { parseMinutes, trackMinutes } from "../../src/index.js";

const notes = (generateSeries(120, 4) as Array<{ file: string; text: string }>).map(
  ({ file, text }) => ({ file, minutes: parseMinutes(text, { fileName: file }) }),
);
const tracking = trackMinutes(notes, { now: "2026-03-01" });

describe("trackMinutes over generated series (120 notes, 4 series)", () => {
  it("puts every task of every note in exactly one tracked task", () => {
    const seen = tracking.series.flatMap((series) =>
      series.tasks.flatMap((task) => task.history.map((entry) => `${entry.file}#${entry.taskId}`)),
    );
    const given = notes.flatMap(({ file, minutes }) =>
      minutes.actionItems.map((task) => `${file}#${task.id}`),
    );
    expect(seen.sort()).toEqual(given.sort());
  });

  it("never takes two tasks of one note into one tracked task, and keeps history in meeting order", () => {
    for (const series of tracking.series)
      for (const task of series.tasks) {
        const files = task.history.map((entry) => entry.file);
        expect(new Set(files).size).toBe(files.length);
        const dates = task.history.map((entry) => entry.date!);
        expect([...dates].sort()).toEqual(dates);
      }
  });

  it("agrees with itself: state, doneIn, lastSeen and slips follow from the history", () => {
    for (const series of tracking.series) {
      const lastNote = series.notes.at(-1)!.file;
      for (const task of series.tasks) {
        const done = task.history.find((entry) => entry.status === "done");
        expect(task.doneIn?.file ?? null).toBe(done?.file ?? null);
        expect(task.lastSeen.file).toBe(task.history.at(-1)!.file);
        const expected = done ? "done" : task.lastSeen.file === lastNote ? "open" : "dropped";
        expect(task.state).toBe(expected);
        if (task.overdue) expect(task.state).toBe("open");
        expect(task.slips).toBeLessThan(task.history.length);
      }
    }
    const states = tracking.series.flatMap((series) => series.tasks.map((task) => task.state));
    expect(new Set(states)).toEqual(new Set(["done", "open", "dropped"]));
  });
});
