import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textOwnersAndDue } from "../helpers/owners.js";

/** A design review whose notes are `items`, each a whole list item as written. */
const noteOf = (items: string[]) =>
  parseMinutes(
    [
      "# Design review",
      "",
      "Date: 2026-06-10",
      "",
      "Attendees: Ada Lind, Pim Sorensen, Greta Lund",
      "",
      "## Notes",
      "",
      ...items,
      "",
    ].join("\n"),
  );

const note = (lines: string[]) => noteOf(lines.map((line) => `- ${line}`));

const tasks = (lines: string[]) => textOwnersAndDue(note(lines).actionItems);

describe("work handed to someone by an arrow or a dash in the discussion", () => {
  it("reads an attendee, an arrow, then work as the attendee's task", () => {
    expect(
      tasks([
        "Ada ➜ update the dashboard by Thursday",
        "Pim Sorensen → book the room",
        "Greta -> Send the invite",
      ]),
    ).toEqual([
      ["update the dashboard by Thursday", ["ada-lind"], "2026-06-11"],
      ["book the room", ["pim-sorensen"], null],
      ["Send the invite", ["greta-lund"], null],
    ]);
  });

  it("reads a dash so only before work with a deadline, written in lower case", () => {
    expect(tasks(["Ada — update the dashboard by Thursday"])).toEqual([
      ["update the dashboard by Thursday", ["ada-lind"], "2026-06-11"],
    ]);
    // A list of who said what, and of who someone is: no work handed over.
    expect(
      tasks([
        "Ada - make sure the design allows a rollback",
        "Pim - Open Source Office liaison",
        "Greta — agreed the dashboard is fine by Thursday",
      ]),
    ).toEqual([]);
  });

  it("hands no work to a name the note does not know, or to a topic", () => {
    expect(tasks(["Kim ➜ fix the search", "Dashboard → update the colours"])).toEqual([]);
  });
});

describe("words that read as an order and are not", () => {
  it("takes news on a topic and a noun of two words for what they are", () => {
    expect(
      tasks([
        "Ada: Update on the dashboard",
        "Pim: Recap from the offsite",
        "Greta: use cases may shape the roadmap",
      ]),
    ).toEqual([]);
    // A report may still be ordered.
    expect(tasks(["Ada: report on the vendor options by Friday"])).toEqual([
      ["report on the vendor options by Friday", ["ada-lind"], "2026-06-12"],
    ]);
  });
});

describe("tags that file a task", () => {
  it("leaves '[todo]' and '[decision]' at the end of the item out of the task's words", () => {
    expect(tasks(["Ada: open a ticket for the outage [todo] [decision]"])).toEqual([
      ["open a ticket for the outage", ["ada-lind"], null],
    ]);
    // Inside the words a bracket stays.
    expect(tasks(["Ada: open a ticket [todo] for the outage"])[0]?.[0]).toBe(
      "open a ticket [todo] for the outage",
    );
  });
});

describe("an open box before a name, a dash and work", () => {
  it("reads the box as the named attendee's task, and a box of a name and a title as a roll call", () => {
    const boxes = (lines: string[]) =>
      noteOf(["- The vendor was discussed.", ...lines]).actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
      ]);
    expect(
      boxes(["- [ ] Ada - chase the vendor", "- [ ] Pim Sorensen — renew the domain"]),
    ).toEqual([
      ["chase the vendor", ["ada-lind"]],
      ["renew the domain", ["pim-sorensen"]],
    ]);
    expect(boxes(["- [ ] Greta Lund - Working Group Representative"])).toEqual([]);
  });
});
