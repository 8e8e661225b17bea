import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

// The shape a meeting app's summary takes when exported to Markdown: who was invited as person
// chips after a word, a summary, details with links into the transcript, and next steps that
// name their taker in brackets, then the step's short name and the work.
const summary = [
  "# Notes",
  "",
  "Jun 3, 2026",
  "",
  "## Weekly sync - Quarry Labs / Tallow Foods",
  "",
  "Invited [Ada Lind](mailto:ada@example.com) [Rina Osei](mailto:rina@example.org) [Ben Ode](mailto:ben@example.com)",
  "",
  "### Details",
  "",
  "* **Rollout**: Rina Osei confirmed the sign-off. Ada Lind will book the go/no-go call ([00:03:12](https://example.com/t#1)).",
  "",
  "### Suggested next steps",
  "",
  "- [ ] [Ada Lind] Go/no-go call: Book the go/no-go call with Rina Osei before June 9.",
  "- [ ] [Ben Ode] Runbook: Share the cut-over runbook with the pilot team.",
  "- [ ] [Ben Ode] Create issue for: the flaky import test.",
  "",
].join("\n");

describe("a meeting app's summary", () => {
  it("takes the meeting's name from the heading under the app's own word, and not a log's first day", () => {
    expect(parseMinutes(summary).title).toBe("Weekly sync - Quarry Labs / Tallow Foods");
    expect(parseMinutes("## Meeting Minutes\n\n### 2026-05-23\n\n* Start a roadmap\n").title).toBe(
      "Meeting Minutes",
    );
    expect(parseMinutes("# Notes\n\n## Attendees\n\n- Ada Lind\n").title).toBe("Notes");
  });

  it("reads who was invited from the person chips, with their addresses", () => {
    expect(parseMinutes(summary).attendees.map((person) => [person.name, person.email])).toEqual([
      ["Ada Lind", "ada@example.com"],
      ["Rina Osei", "rina@example.org"],
      ["Ben Ode", "ben@example.com"],
    ]);
    // A word before chips that is no label of people names no one.
    expect(
      parseMinutes("# Sync\n\nAttachments [Ada Lind](mailto:ada@example.com)\n").attendees,
    ).toEqual([]);
  });

  it("reads each next step's taker, its short name as the title, and its deadline", () => {
    const minutes = parseMinutes(summary);
    expect(
      minutes.actionItems
        .filter((task) => task.extractor === "task-list-item")
        .map((task) => [task.title, task.text, task.owners[0]?.attendeeId, task.due]),
    ).toEqual([
      [
        "Go/no-go call",
        "Book the go/no-go call with Rina Osei before June 9",
        "ada-lind",
        "2026-06-09",
      ],
      ["Runbook", "Share the cut-over runbook with the pilot team", "ben-ode", null],
      // A label that begins a sentence is no name of the step.
      [null, "Create issue for: the flaky import test", "ben-ode", null],
    ]);
    // The details' "Ada Lind will book the go/no-go call" is the first step, said again.
    expect(minutes.actionItems).toHaveLength(3);
  });

  it("leaves the link into the transcript out of the work's words", () => {
    const details = parseMinutes(summary.split("### Suggested next steps")[0]!);
    expect(details.actionItems.map((task) => task.text)).toEqual([
      "Ada Lind will book the go/no-go call",
    ]);
  });
});
