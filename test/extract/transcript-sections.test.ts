import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

describe("a discussion written speaker by speaker under a heading that names work", () => {
  const note = [
    "# 2026-03-04 Calendar working group",
    "",
    "### Attendees",
    "",
    "- Mara Velz - Example Labs (MV), Co-Moderator",
    "- Ton Riedel - Invited Expert (TR), Vice-Chair",
    "",
    "### Era display action items",
    "",
    "TR: The present state is that the data drives the display.",
    "",
    "MV: Of the calendar data?",
    "",
    "TR: Yes.",
    "",
    "MV: What is a sub-era?",
    "",
    "TR: I will write up the sub-era rules by Friday.",
    "",
    "### Action items",
    "",
    "MV: book the room",
    "",
  ].join("\n");
  const minutes = parseMinutes(note);

  it("holds work only where someone takes it", () => {
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]),
    ).toEqual([
      ["I will write up the sub-era rules by Friday", ["TR"]],
      ["book the room", ["MV"]],
    ]);
  });

  it("reads 'Co-Moderator' and 'Vice-Chair' after a name as roles, not as people", () => {
    expect(minutes.attendees.map((person) => [person.name, person.role])).toEqual([
      ["Mara Velz", "Co-Moderator"],
      ["Ton Riedel", "Vice-Chair"],
    ]);
  });
});
