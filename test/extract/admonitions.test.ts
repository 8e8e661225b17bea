import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

// A documentation site's meeting page, written with MkDocs admonitions.
const note = [
  "# Working group meetings",
  "",
  "## Review - 2026-03-05",
  "",
  '??? info "Attendance"',
  "",
  "    * Tamsin Greer",
  "    * Bertrand Okoye",
  "",
  "Notes:",
  "",
  "- Tamsin to book the room for the workshop",
  "",
  '!!! check "Action items"',
  " ",
  "    * Update the onboarding guide",
  "    * Bertrand to open a discussion thread",
  "    * Timeline points:",
  "        * dry run in April",
  "",
  "- Topic for next time: the budget",
  "",
  "## Kickoff - 2026-02-19",
  "",
  "!!! note",
  "",
  "    The recording is on the shared drive.",
  "",
].join("\n");

describe("MkDocs admonitions", () => {
  const minutes = parseMinutes(note);

  it("reads the box's body as the note's own Markdown, under its title as a label", () => {
    expect(minutes.attendees.map((person) => person.name)).toEqual([
      "Tamsin Greer",
      "Bertrand Okoye",
    ]);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]),
    ).toEqual([
      ["Tamsin to book the room for the workshop", ["Tamsin"]],
      ["Update the onboarding guide", []],
      ["Bertrand to open a discussion thread", ["Bertrand"]],
    ]);
  });

  it("keeps each item at its place in the note", () => {
    const guide = minutes.actionItems[1]!;
    expect(guide.source.start).toEqual({ line: 16, column: 5, offset: note.indexOf("* Update") });
    expect(note.slice(guide.source.start.offset, guide.source.end.offset)).toBe(
      "* Update the onboarding guide",
    );
  });

  it("dates the note by its first entry, a short name and a full date", () => {
    expect(minutes.date).toBe("2026-03-05");
  });

  it("leaves an indented block with no marker above it as code", () => {
    const code = parseMinutes(
      "# Sync 2026-03-05\n\n## Notes\n\nAction items:\n\n    * Update the guide\n    npm test\n",
    );
    expect(code.actionItems.map((task) => task.text)).toEqual([]);
  });
});

describe("an mdBook admonish block", () => {
  const minutes = parseMinutes(
    [
      "# Volunteer desk meeting 2026-03-30",
      "",
      "```admonish info",
      "",
      "## Attendees",
      "- Tamsin Greer - Chair",
      "- Bertrand Okoye - Minutes",
      "",
      "```",
      "",
      "## Minutes",
      "",
      "- Tamsin will publish the desk rota by Friday.",
      "",
      "```json",
      '{ "attendees": ["Not A Person"] }',
      "```",
      "",
    ].join("\n"),
  );

  it("reads its body as the note's own Markdown, at its place in the note", () => {
    expect(
      minutes.attendees.map((person) => [person.name, person.role, person.source.start.line]),
    ).toEqual([
      ["Tamsin Greer", "Chair", 6],
      ["Bertrand Okoye", "Minutes", 7],
    ]);
    expect(minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId])).toEqual([
      ["Tamsin will publish the desk rota by Friday", "tamsin-greer"],
    ]);
  });
});
