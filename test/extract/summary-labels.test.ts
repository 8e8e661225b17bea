import { describe, expect, it } from "vitest";
import { opensWithImperative } from "../../src/extract/task-language.js";
import { parseMinutes } from "../../src/index.js";
import { headingKind } from "../../src/parse/heading-kinds.js";
import { textAndOwners } from "../helpers/owners.js";

const note = (body: string) =>
  parseMinutes(
    [
      "# Ferry timetable working group",
      "",
      "Date: 2026-05-07",
      "",
      "Attendees: Nia Brooks, Tomas Varga",
      "",
      body,
    ].join("\n"),
  );

describe("labels inside a combined summary section", () => {
  const summary = [
    "## Summary / Decisions / Action items",
    "",
    "- Decisions:",
    "  - Engage the harbour office about the winter timetable",
    "  - Weekend sailings stay as they are",
    "- Discussions:",
    "  - Winter timetable draft",
    "- Action items:",
    "  - Tomas to publish the draft",
    "",
  ].join("\n");

  it("reads no owner from a bullet that names a part of the note", () => {
    const minutes = note(summary);
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Engage the harbour office about the winter timetable", []],
      ["Tomas to publish the draft", ["tomas-varga"]],
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "Weekend sailings stay as they are",
    ]);
  });

  it("keeps what stands under a discussion or notes label out of the tasks", () => {
    const minutes = note(summary);
    expect(minutes.notes.map((remark) => remark.text)).toContain("Winter timetable draft");
  });

  it("still reads a person's name over their tasks as their owner", () => {
    const minutes = note(
      ["## Action items", "", "- Nia:", "  - Book the meeting room", ""].join("\n"),
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([["Book the meeting room", ["nia-brooks"]]]);
  });

  it("reads a capitalised -ing word that opens a sentence as no one", () => {
    const minutes = note(
      ["## Notes", "", "- Planning", "  - Looking to use a shared calendar for the crews", ""].join(
        "\n",
      ),
    );
    expect(
      [...minutes.actionItems, ...minutes.commitments].flatMap((task) =>
        task.owners.map((owner) => owner.name),
      ),
    ).not.toContain("Looking");
  });

  it("reads 'Discussions' as a heading of notes", () => {
    expect(headingKind("Discussions")).toBe("notes");
    expect(headingKind("Discussion")).toBe("notes");
  });

  it("reads the lists of a note with no heading under its title", () => {
    const minutes = parseMinutes(
      [
        "# Ferry timetable check-in 7 May 2026",
        "",
        "Attendees: Nia Brooks, Tomas Varga",
        "",
        "* Status",
        "   * Draft timetable is with the printers",
        "   * Starting to write the winter notice",
        "* Next steps",
        "   * Send the proofs to the harbour office",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Send the proofs to the harbour office", []],
    ]);
  });

  it("reads a thing named by a verb's noun, then what it is, as a report and no order", () => {
    expect(opensWithImperative("Build pipeline work is ready for review")).toBe(false);
    expect(opensWithImperative("Test fares are loaded")).toBe(false);
    expect(opensWithImperative("Review queue was empty at noon")).toBe(false);
    // An order's object opens with its own word, and some verbs take a clause as their object.
    expect(opensWithImperative("Check the build is green")).toBe(true);
    expect(opensWithImperative("Confirm pricing is final")).toBe(true);
    expect(opensWithImperative("Review the queue before Friday")).toBe(true);
    const minutes = note(
      [
        "## Afternoon",
        "",
        "- Nia: Test fares are loaded",
        "- Tomas: Review the winter fares",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Review the winter fares", ["tomas-varga"]],
    ]);
  });

  it("reads a compound verb written apart as the imperative it is", () => {
    expect(opensWithImperative("Double check the harbour fees")).toBe(true);
    expect(opensWithImperative("Cross check the totals")).toBe(true);
    expect(opensWithImperative("Double decker buses on the route")).toBe(false);
    // A verb with its prefix set off by a hyphen is the verb; a noun so written is not.
    expect(opensWithImperative("Re-run the fare export")).toBe(true);
    expect(opensWithImperative("Pre-fill the booking form")).toBe(true);
    expect(opensWithImperative("Re-org of the harbour team")).toBe(false);
    expect(opensWithImperative("Co-working space for the crews")).toBe(false);
    const minutes = note(
      [
        "## Decisions and action items",
        "",
        "- Double check the winter fares",
        "- Fares stay as they are",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Double check the winter fares"]);
  });
});

describe("the writers' 'we will' in a list of decisions and actions", () => {
  it("is work; 'we will not' and a bare statement are decisions", () => {
    const minutes = note(
      [
        "## Agreed next steps",
        "",
        "1. We will hold a fares review once the new timetable has run for a month.",
        "2. We'll send the depot a summary.",
        "3. We will not change the night routes.",
        "4. The winter fares stay as they are.",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "We will hold a fares review once the new timetable has run for a month",
      "We'll send the depot a summary",
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "We will not change the night routes.",
      "The winter fares stay as they are.",
    ]);
  });
});
