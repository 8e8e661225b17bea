import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const note = (body: string) =>
  [
    "# Storage working group",
    "",
    "Date: 2026-06-09",
    "",
    "Attendees: Ines Okafor, Bram Visser",
    "",
    "## Notes",
    "",
    body,
  ].join("\n");

const titled = (body: string) =>
  parseMinutes(note(body)).actionItems.map((task) => [task.title, task.text]);

describe("the title a nested task takes from the bullet above it", () => {
  it("takes a short topic as the title", () => {
    expect(
      titled(["- Snapshot retention", "  - Ines to draft the retention policy", ""].join("\n")),
    ).toEqual([["Snapshot retention", "Ines to draft the retention policy"]]);
  });

  it("takes no title from a bullet that labels the list, as 'Action items' or 'Next steps'", () => {
    expect(
      titled(
        [
          "- Action items",
          "  - Ines to draft the retention policy",
          "- Next steps",
          "  - Bram to size the cold tier",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [null, "Ines to draft the retention policy"],
      [null, "Bram to size the cold tier"],
    ]);
  });

  it("takes no title from sentences of discussion that led to the work", () => {
    expect(
      titled(
        [
          "- Restores were slow last week. The cold tier needs a warm-up step first.",
          "  - Bram to measure the warm-up time",
          "",
        ].join("\n"),
      ),
    ).toEqual([[null, "Bram to measure the warm-up time"]]);
  });
});

describe("an item over the work someone takes", () => {
  /** Each action item of a triage note with these list lines, as [title, text]. */
  const titled = (lines: string[]) =>
    parseMinutes(
      [
        "# Triage 2026-03-05",
        "",
        "Attendees: Kim Lee, Ravi Shah",
        "",
        "## Action items",
        "",
        ...lines,
        "",
      ].join("\n"),
    ).actionItems.map((task) => [task.title, task.text]);

  it("is the topic of that work, not a task of its own, unless it says work itself", () => {
    expect(
      titled([
        "- Crash on empty uploads #4412",
        "  - Kim to write a comment",
        "- Review the upload limits",
        "  - Ravi to check the logs first",
      ]),
    ).toEqual([
      ["Crash on empty uploads #4412", "Kim to write a comment"],
      [null, "Review the upload limits"],
      ["Review the upload limits", "Ravi to check the logs first"],
    ]);
  });

  it("is a topic when it is one verb with nothing to act on", () => {
    expect(
      titled([
        "- Release",
        "  - Kim to tag 2.0",
        "  - Ravi to write the notes",
        "- Deploy the fix",
        "  - Kim to watch the error rate",
        "- Deploy",
      ]),
    ).toEqual([
      ["Release", "Kim to tag 2.0"],
      ["Release", "Ravi to write the notes"],
      [null, "Deploy the fix"],
      ["Deploy the fix", "Kim to watch the error rate"],
      [null, "Deploy"],
    ]);
  });
});

describe("the title of work read from prose", () => {
  it("takes a topic heading, but not the note's own title over a note with no heading", () => {
    const headed = parseMinutes(note("Ines will draft the retention policy.\n"));
    expect(headed.actionItems.map((task) => [task.title, task.text])).toEqual([
      ["Notes", "Ines will draft the retention policy"],
    ]);
    const bare = parseMinutes(
      "# Storage working group\n\nDate: 2026-06-09\nAttendees: Ines Okafor, Bram Visser\n\nInes will draft the retention policy.\n",
    );
    expect(bare.actionItems.map((task) => [task.title, task.text])).toEqual([
      [null, "Ines will draft the retention policy"],
    ]);
  });
});

describe("an action label written without a colon", () => {
  it("leaves the words when an order follows it, and keeps a compound that names a thing", () => {
    const tasks = parseMinutes(
      note(
        [
          "## Actions",
          "",
          "- **Action** Check the glossary for new terms [IO]",
          "- AI Draft the retention letter",
          "- Action Plan review with the board",
          "",
        ].join("\n"),
      ),
    ).actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]);
    expect(tasks).toEqual([
      ["Check the glossary for new terms", ["ines-okafor"]],
      ["Draft the retention letter", []],
      ["Action Plan review with the board", []],
    ]);
  });
});
