import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

/** A meeting recorder's plain-text export: action items by taker, then the outline of the talk. */
const exported = (people = "") =>
  [
    "Tallow / Brightwater sync",
    "Tuesday, June 9, 2026 · 2:00 – 2:45pm CEST",
    "",
    people,
    "Action items",
    "",
    "Ada Lind",
    "Raise the export timeout (03:12)",
    "Share the list of failed orders (11:40)",
    "",
    "Bertrand Okoye",
    "Send the RCA by Friday (25:03)",
    "",
    "Outline",
    "• Exports failing since Friday",
    "• Timeout identified as the cause",
    "",
  ].join("\n");

const work = (markdown: string) =>
  parseMinutes(markdown).actionItems.map((task) => [
    task.text,
    task.owners.map((owner) => owner.attendeeId ?? owner.name),
    task.due,
  ]);

describe("a meeting recorder's export", () => {
  it("gives the lines under a full name alone to that person, and reads its outline as notes", () => {
    const expected = [
      ["Raise the export timeout (03:12)", ["Ada Lind"], null],
      ["Share the list of failed orders (11:40)", ["Ada Lind"], null],
      ["Send the RCA by Friday (25:03)", ["Bertrand Okoye"], "2026-06-12"],
    ];
    expect(work(exported())).toEqual(expected);
    const minutes = parseMinutes(exported());
    expect([minutes.start, minutes.end, minutes.timezone]).toEqual([
      "14:00",
      "14:45",
      "Europe/Paris",
    ]);
    expect(minutes.notes.map((remark) => remark.text)).toEqual([
      "Exports failing since Friday",
      "Timeout identified as the cause",
    ]);
  });

  it("resolves the names to the attendees where the export lists them", () => {
    expect(work(exported("Participants: Ada Lind, Bertrand Okoye\n"))).toEqual([
      ["Raise the export timeout (03:12)", ["ada-lind"], null],
      ["Share the list of failed orders (11:40)", ["ada-lind"], null],
      ["Send the RCA by Friday (25:03)", ["bertrand-okoye"], "2026-06-12"],
    ]);
  });

  it("reads a line of work over others as work, and a name in the middle of them as no owner", () => {
    expect(
      work(
        "# Sync 2026-06-09\n\n## Action items\n\nUpdate Docs\nRaise the timeout\n\nSplit large orders\nAda Lind\nRetry the failed batch\n",
      ).map(([text, owners]) => [text, owners]),
    ).toEqual([
      ["Update Docs", []],
      ["Raise the timeout", []],
      ["Split large orders", []],
      ["Retry the failed batch", []],
    ]);
  });
});
