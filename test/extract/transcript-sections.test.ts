import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textOwnersAndDue } from "../helpers/owners.js";

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

describe("a transcript exported with each turn's speaker and time on a line of its own", () => {
  const transcript = [
    "# Call with Harlow Freight, 10 March 2026",
    "",
    "Ines Cole  10:02",
    "I can send the rate card by Friday.",
    "",
    "Bo Lindt  10:03",
    "Great, thanks. I'll review it over the weekend.",
    "",
    "Ines Cole  10:05",
    "Also, Bo, could you book the depot visit?",
    "",
    "Bo Lindt  10:06",
    "Sure, will do.",
    "",
  ].join("\n");

  it("reads the speakers as the attendees and each turn in its speaker's voice", () => {
    const minutes = parseMinutes(transcript);
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Ines Cole", "Bo Lindt"]);
    expect(
      [...minutes.actionItems, ...minutes.commitments].map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.due,
      ]),
    ).toEqual([
      ["I can send the rate card by Friday", ["ines-cole"], "2026-03-13"],
      ["I'll review it over the weekend", ["bo-lindt"], "2026-03-15"],
      ["book the depot visit", ["bo-lindt"], null],
    ]);
  });

  it("reads a chat export's turns, bold names over their messages or set apart by a blank line", () => {
    const chat = [
      "# Release thread 2026-05-06",
      "",
      "**Greta Lund** 10:42 AM",
      "I'll take the release notes, will have them by Friday",
      "",
      "**Pim Sorensen** 10:44 AM",
      "",
      "Looks fine to me.",
      "",
      "I will update the changelog tomorrow.",
      "",
      "**Greta Lund** 10:45 AM",
      "great, thanks. I'll ping marketing about the blog post",
      "",
      "**Pim Sorensen** 10:46 AM",
      "ok",
      "",
      "## Later",
      "",
      "I'll tidy the board.",
      "",
    ].join("\n");
    const minutes = parseMinutes(chat);
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Greta Lund", "Pim Sorensen"]);
    expect(textOwnersAndDue(minutes.actionItems)).toEqual([
      ["I'll take the release notes, will have them by Friday", ["greta-lund"], "2026-05-08"],
      ["I will update the changelog tomorrow", ["pim-sorensen"], "2026-05-07"],
      ["I'll ping marketing about the blog post", ["greta-lund"], null],
    ]);
  });

  it("reads no speakers from an agenda's times, where no name comes back", () => {
    const minutes = parseMinutes(
      "# Open day, 10 March 2026\n\nWelcome Remarks 10:00\nThe chair opens the day\n\nLunch Break 12:30\nSandwiches in room 4\n",
    );
    expect(minutes.attendees).toEqual([]);
    expect(minutes.actionItems).toEqual([]);
  });
});
