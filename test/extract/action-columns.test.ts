import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { ownerKey } from "../helpers/owners.js";

const header =
  "# Garden co-op board\n\nDate: 2026-04-09\nAttendees: Priya Lanning, Tobias Ekwueme, Maren Solberg\n\n";

function tasks(body: string): Array<[string, string | null, string[]]> {
  const minutes = parseMinutes(header + body);
  return minutes.actionItems.map((task) => [task.text, task.title, task.owners.map(ownerKey)]);
}

describe("a column for actions in a table of topics", () => {
  const table = [
    "## Agenda",
    "",
    "| Topic | Notes/Action items | Actions: who |",
    "| --- | --- | --- |",
    "| Compost rota | <ul><li>Rota discussed</li><li>Tobias to buy gloves</li></ul> | <ul><li>Priya to draft the summer rota</li></ul> |",
    "| Seed swap | Maren reported on the swap | <p><br></p> |",
    "| Fence repair | Quote received | <ul><li>Tobias will call the contractor</li><li>Waiting on the council</li></ul> |",
    "",
  ].join("\n");

  it("reads the sentences of the action column that name a taker, titled by the row's topic", () => {
    expect(tasks(table)).toEqual([
      ["Priya to draft the summer rota", "Compost rota", ["priya-lanning"]],
      ["Tobias will call the contractor", "Fence repair", ["tobias-ekwueme"]],
    ]);
  });

  it("keeps the lines of an HTML list in a cell apart", () => {
    const minutes = parseMinutes(header + table);
    expect(minutes.notes.map((note) => note.text)).toContain(
      "Compost rota | Rota discussed, Tobias to buy gloves | Priya to draft the summer rota",
    );
  });

  it("reads no task from a table without an action column, nor from a column of notes", () => {
    expect(
      tasks(
        [
          "## Agenda",
          "",
          "| Topic | Notes | Owner |",
          "| --- | --- | --- |",
          "| Compost rota | Priya to draft the summer rota | Priya |",
          "| Seed swap | Maren will report next time | Maren |",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reads no task from an action cell that names no one", () => {
    expect(
      tasks(
        [
          "## Topics",
          "",
          "| Topic | Next steps |",
          "| --- | --- |",
          "| Fence repair | Get a second quote |",
          "| Seed swap | None |",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});
