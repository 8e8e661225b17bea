import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const TODAY = { today: "2026-03-04" };

function tasks(note: string) {
  return parseMinutes(note, TODAY).actionItems.map((task) => ({
    text: task.text,
    owner: task.owners.map((owner) => owner.name).join(", "),
    due: task.due,
    extractor: task.extractor,
  }));
}

describe("a pipe table with a miscounted delimiter row", () => {
  const note = [
    "# Ops sync 2026-03-04",
    "",
    "## Action items",
    "",
    "| Action | Person responsible | Status | Deadline |",
    "| --- | --- | --- |",
    "| Send the contract draft | Ingrid | In progress | 01-Apr-2026 |",
    "| See if and when the new scanner can be shown | Pim | To do | 08-Apr-2026 |",
    "",
  ].join("\n");

  it("is read as the table the writer meant: every row a task, with its owner and deadline", () => {
    expect(tasks(note)).toEqual([
      {
        text: "Send the contract draft",
        owner: "Ingrid",
        due: "2026-04-01",
        extractor: "task-table",
      },
      {
        text: "See if and when the new scanner can be shown",
        owner: "Pim",
        due: "2026-04-08",
        extractor: "task-table",
      },
    ]);
  });

  it("keeps each row at its own line, column and offset", () => {
    const [, second] = parseMinutes(note, TODAY).actionItems;
    const line = "| See if and when the new scanner can be shown | Pim | To do | 08-Apr-2026 |";
    expect(second!.source.start).toEqual({ line: 8, column: 1, offset: note.indexOf(line) });
    expect(second!.source.end.offset).toBe(note.indexOf(line) + line.length);
  });

  it("leaves prose with pipes, and a table whose rows are not all rows, as written", () => {
    const prose = [
      "# Ops sync 2026-03-04",
      "",
      "## Action items",
      "",
      "Cost | speed | risk were weighed",
      "| --- |",
      "| nothing else",
      "",
      "| Action | Owner | Due |",
      "| --- | --- |",
      "Ingrid will send the draft by Friday",
      "",
    ].join("\n");
    expect(tasks(prose).map((task) => task.extractor)).not.toContain("task-table");
  });
});

describe("a table without outer pipes whose row opens with one", () => {
  it("reads the row's words one column on, as the header's empty first cell shows", () => {
    const note = [
      "# Ops sync 2026-03-04",
      "",
      "## Action items",
      "",
      "Closed | Task | Owner | Due date",
      "---- | ---- | ---- | ----",
      " | Draft the survey questions | Ingrid | Next meeting (Mar 11)",
      "x | Book the room | Pim | Mar 5",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      {
        text: "Draft the survey questions",
        owner: "Ingrid",
        due: "2026-03-11",
        extractor: "task-table",
      },
      { text: "Book the room", owner: "Pim", due: "2026-03-05", extractor: "task-table" },
    ]);
  });

  it("leaves a full row, and a row of a table with outer pipes, where they stand", () => {
    const note = [
      "# Ops sync 2026-03-04",
      "",
      "## Action items",
      "",
      "Task | Owner",
      "---- | ----",
      "| Draft the survey questions | Ingrid |",
      "",
      "| Task | Owner | Due date |",
      "| ---- | ---- | ---- |",
      "| Book the room | Pim |",
      "",
    ].join("\n");
    expect(tasks(note).map(({ text, owner }) => ({ text, owner }))).toEqual([
      { text: "Draft the survey questions", owner: "Ingrid" },
      { text: "Book the room", owner: "Pim" },
    ]);
  });
});
