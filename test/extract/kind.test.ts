import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const untitled =
  "On Tuesday at 02:01 UTC the file service was down for an hour.\n\n## What happens next\n\nWe are working on setting up a status page.\n";

describe("the kind of note a file's name speaks of", () => {
  it.each([
    "2024-05-02-outage-postmortem.md",
    "notes/incident_2024_05_02.md",
    "post-mortem-2024-05-02.md",
    "2024-05-02-security-breach-notice.md",
    "2024-05-02-service-disruption.md",
  ])(
    "reads %s as an incident review, and its work under way as the writers' promise",
    (fileName) => {
      const minutes = parseMinutes(untitled, { fileName });
      expect(minutes.kind).toBe("incident-review");
      expect(minutes.actionItems.map((task) => [task.text, task.owners])).toEqual([
        ["We are working on setting up a status page", []],
      ]);
    },
  );

  it("reads a file name without such words as an ordinary meeting, with no task from work under way", () => {
    const minutes = parseMinutes(untitled, { fileName: "2024-05-02-weekly-sync.md" });
    expect(minutes.kind).toBe("meeting");
    expect(minutes.actionItems).toEqual([]);
  });

  it("lets the title speak first: a post-mortem review meeting's file name does not make an escalation one", () => {
    const minutes = parseMinutes(`# Escalation call\n\n${untitled}`, {
      fileName: "outage-followup.md",
    });
    expect(minutes.kind).toBe("customer-escalation");
  });

  it.each([
    ["# May 2026 Monthly Update", "status-update"],
    ["# Update 2026-05", "status-update"],
    ["# Weekly progress report", "status-update"],
    ["# Product update review", "meeting"],
    ["# Monthly planning", "meeting"],
  ])("reads the title %s as a %s", (title, kind) => {
    expect(parseMinutes(`${title}\n\nWe shipped the importer.\n`).kind).toBe(kind);
  });

  it("reads a heading with its own discussion and decision below it as a topic, not a list of work", () => {
    const note = [
      "# Steering 2026-03-04",
      "",
      "Attendees: Benedikt Ode, Carla Lind",
      "",
      "### Build Pipeline Actions",
      "",
      "We keep the container and the action in two repositories today.",
      "",
      "#### Discussion",
      "",
      "The versions drift apart.",
      "",
      "#### Decision",
      "",
      "We voted to move the container code into the action repository.",
      "Ben will take point on this.",
      "",
    ].join("\n");
    const minutes = parseMinutes(note);
    expect(minutes.actionItems.map((task) => [task.text, task.extractor])).toEqual([
      ["Ben will take point on this", "prose-commitment"],
    ]);
  });
});
