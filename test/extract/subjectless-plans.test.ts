import { describe, expect, it } from "vitest";
import { type NoteHead, noteWith, tasksIn } from "../helpers/owners.js";

const head: NoteHead = {
  title: "Print club committee",
  date: "2026-05-06",
  attendees: "Ines Okafor (IO), Bram Visser (BV), Carla Duarte",
  heading: "Discussion",
};
const tasks = (body: string) => tasksIn(noteWith(head, body));

describe("a line whose subject is left out: 'Will <verb> ...'", () => {
  it("is the writers' plan, with no owner, in a note that lists no work", () => {
    expect(
      tasks(
        [
          "- Archive cleanup",
          "  - The old scanner has been given away",
          "  - Will copy the scans from the shared drive to the archive",
          "- Workshop",
          "  - will contact the library about the upstairs room",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Will copy the scans from the shared drive to the archive", []],
      ["will contact the library about the upstairs room", []],
    ]);
  });

  it("is the plan of whoever the clause before says thinks or said something", () => {
    expect(
      tasks(
        [
          "- Carla thinks the guillotine blade is blunt; will call the supplier tomorrow.",
          "- Bram said the paper order is late. Will chase the mill on Monday.",
          "- The ink stock is low; will order more next week.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["will call the supplier tomorrow", ["carla-duarte"]],
      ["Will chase the mill on Monday", ["bram-visser"]],
      ["will order more next week", []],
    ]);
  });

  it("reads no plan in a name, a question, what a thing will be, or how the group goes on", () => {
    expect(
      tasks(
        [
          "- Guests",
          "  - Will Hartley (Paper Mill Press)",
          "  - Will we run the fair again in the autumn?",
          "  - Will be printed on recycled stock",
          "  - Will proceed with the current layout for now",
          "  - Will focus on the poster series this year",
          "  - Will have a stall at the fair",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("needs a taker where the note has an action list", () => {
    expect(
      tasks(
        [
          "- Archive cleanup",
          "  - Will copy the scans from the shared drive to the archive",
          "",
          "## Action items",
          "",
          "- Carla to book the upstairs room",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Carla to book the upstairs room", ["carla-duarte"]]]);
  });
});

describe("who speaks in the bullet above a 'Will ...' line", () => {
  it("gives the line to the initials the slot names, one or two of them", () => {
    expect(
      tasks(
        [
          "- (IO;BV) Budget update",
          "  - The grant was paid in April",
          "  - Will also draft the application for next year",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Will also draft the application for next year", ["ines-okafor", "bram-visser"]]]);
  });

  it("gives the line to the speaker labelling the bullet above it", () => {
    expect(
      tasks(
        [
          "- IO: Reworked the press booking sheet",
          "  - Will watch for double bookings in the first month",
          "- Carla Duarte: The ink order arrived",
          "  - Will send the invoice to the treasurer",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Will watch for double bookings in the first month", ["ines-okafor"]],
      ["Will send the invoice to the treasurer", ["carla-duarte"]],
    ]);
  });

  it("takes no label that marks an action as a speaker", () => {
    expect(
      tasks(["- AI: Poster series", "  - Will get quotes from two printers", ""].join("\n")),
    ).toEqual([["Poster series", []]]);
  });
});
