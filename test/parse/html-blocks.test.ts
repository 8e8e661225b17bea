import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const note = [
  "<h1>Vendor sync 2026-03-04</h1>",
  "",
  "<p><strong>Attendees:</strong> Ana Ruiz, Ben Ode, Paul Stone (Northwind)</p>",
  "",
  "<h2>Action items</h2>",
  "<ul>",
  "<li>Ana to send the revised SOW by Friday</li>",
  "<li>Paul will confirm the go-live date",
  "  <ul><li>after the security review</li></ul>",
  "</li>",
  "</ul>",
  "",
].join("\n");

describe("a note written in HTML", () => {
  it("reads a bullet typed into a paragraph, as word processors export it, as a list item", () => {
    const minutes = parseMinutes(
      [
        "<h1>Vendor sync 2026-03-04</h1>",
        "<p><strong>Attendees:</strong> Ana Ruiz, Ben Ode</p>",
        "<h2>Notes</h2>",
        "<p>The group went through the pricing memo.</p>",
        "<p><strong>-          Platform Team to share the pricing memo with the board.</strong></p>",
        "<p>•  Ben will book the venue for the launch</p>",
        "<p>- three vendors replied</p>",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]),
    ).toEqual([
      ["Platform Team to share the pricing memo with the board", ["Platform Team"]],
      ["Ben will book the venue for the launch", ["Ben"]],
    ]);
    expect(minutes.sections.find((section) => section.heading === "Notes")).toBeDefined();
  });

  it("reads its headings, label paragraphs and list items as the same note in Markdown", () => {
    const minutes = parseMinutes(note);
    expect(minutes.date).toBe("2026-03-04");
    expect(minutes.attendees.map((person) => [person.name, person.organization])).toEqual([
      ["Ana Ruiz", null],
      ["Ben Ode", null],
      ["Paul Stone", "Northwind"],
    ]);
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.due,
        task.details,
      ]),
    ).toEqual([
      ["Ana to send the revised SOW by Friday", ["ana-ruiz"], "2026-03-06", null],
      ["Paul will confirm the go-live date", ["paul-stone"], null, "after the security review"],
    ]);
  });

  it("keeps each item's place in the note", () => {
    const [first, second] = parseMinutes(note).actionItems;
    expect([first?.source.start, second?.source.start]).toEqual([
      { line: 7, column: 5, offset: note.indexOf("Ana to send") },
      { line: 8, column: 5, offset: note.indexOf("Paul will") },
    ]);
  });

  it("reads nothing from comments, images or a lone break", () => {
    const minutes = parseMinutes(
      '# Sync\n\nDate: 2026-03-04\n\n<!-- Ana to send the deck -->\n\n<img src="chart.png">\n\n<br>\n',
    );
    expect([minutes.actionItems, minutes.notes]).toEqual([[], []]);
  });
});
