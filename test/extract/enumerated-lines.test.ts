import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textAndOwners } from "../helpers/owners.js";

const note = (body: string) =>
  parseMinutes(
    `# Lantern festival sync\n\nDate: 2026-09-02\n\nAttendees: Mira Solberg, Tobi Ek\n\n${body}`,
  );

describe("items enumerated by letters or roman numerals", () => {
  it("reads each as an item of the list it stands for, without its enumerator", () => {
    const minutes = note(
      [
        "## Action items",
        "",
        "i)   Forward the stall plan to the council",
        "",
        "ii)  Collect the lantern quotes - Tobi",
        "",
        "a) Book the park for the rehearsal",
        "b. Print the volunteer rota",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Forward the stall plan to the council", []],
      ["Collect the lantern quotes", ["tobi-ek"]],
      ["Book the park for the rehearsal", []],
      ["Print the volunteer rota", []],
    ]);
    // The task starts where its words do, after the enumerator.
    expect(minutes.actionItems[0]!.source.start).toMatchObject({ line: 9, column: 6 });
  });

  it("leaves an abbreviation or a capital roman numeral opening a line as words", () => {
    const minutes = note(
      [
        "## Action items",
        "",
        "e.g. the stalls could go by the river",
        "",
        "I. Introduction of the new sponsor",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([]);
    expect(minutes.notes.map((remark) => remark.text)).toEqual([
      "e.g. the stalls could go by the river",
      "I. Introduction of the new sponsor",
    ]);
  });
});

describe("speakers' lines under a topic, in one list item's paragraph", () => {
  it("reads each speaker's line on its own, so a promise after a speaker's label is theirs", () => {
    const minutes = note(
      [
        "## Notes",
        "",
        "- Volunteers",
        "  Mira S: six weeks to go",
        "  Tobi: will ask the rowing club for helpers",
        "  The rota is half full.",
        "",
        "2) Lanterns",
        "   TE: will count the lanterns in storage",
        "",
      ].join("\n"),
    );
    expect(textAndOwners([...minutes.actionItems, ...minutes.commitments])).toEqual([
      ["will ask the rowing club for helpers", ["tobi-ek"]],
      // Initials stand for the attendee whose name they are.
      ["will count the lanterns in storage", ["tobi-ek"]],
    ]);
  });

  it("keeps a topic's wrapped lines together where no line opens with a speaker", () => {
    const minutes = note(
      [
        "## Notes",
        "",
        "- Volunteers: the rota is half full and the rowing club",
        "  may send helpers. Tobi will ask them",
        "  on Friday.",
        "",
      ].join("\n"),
    );
    expect(
      [...minutes.actionItems, ...minutes.commitments].map((task) => [task.text, task.due]),
    ).toEqual([["Tobi will ask them on Friday", "2026-09-04"]]);
  });
});

describe("a list written without bullets, one item per line", () => {
  it("reads each line as an item under a heading of work where most lines are orders", () => {
    const minutes = note(
      [
        "## Future improvements",
        "",
        "Add a second generator to the stage plan.",
        "Rain covers for the lantern stalls.",
        "Move the ticket desk nearer the gate. Mira knows the warden.",
        "Earlier setup on the day before.",
        "Print the map twice as large",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Add a second generator to the stage plan", []],
      ["Rain covers for the lantern stalls", []],
      ["Move the ticket desk nearer the gate", []],
      ["Earlier setup on the day before", []],
      ["Print the map twice as large", []],
    ]);
  });

  it("leaves prose written one sentence per line and a list of names as they are", () => {
    const minutes = note(
      [
        "## Next steps",
        "",
        "The council has agreed to the new route for the parade.",
        "Most stalls will move closer to the river this year.",
        "Tobi thinks the budget is enough for both evenings.",
        "",
        "Sponsors we could ask:",
        "",
        "Harbour Bank",
        "Ek Printing",
        "Solberg Lights",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([]);
  });
});
