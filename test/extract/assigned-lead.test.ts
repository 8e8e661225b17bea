import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textAndOwners } from "../helpers/owners.js";

const header =
  "# Lantern docs triage\n\nDate: 2026-05-20\nAttendees: Wiktor Baines, Ottilie Marsh\n\n";

function tasks(body: string): Array<[string, string[]]> {
  const minutes = parseMinutes(header + body);
  const inOrder = [...minutes.actionItems].sort(
    (a, b) => a.source.start.offset - b.source.start.offset,
  );
  return textAndOwners(inOrder);
}

describe("items labelled as assigned", () => {
  it("reads 'Assigned: ...' as taken work, with no owner when the label names none", () => {
    expect(
      tasks(
        [
          "## Ticket review",
          "",
          "1. Assigned: [Search box redesign](https://tracker.example/LAN-41)",
          "1. Claimed: Broken anchors in the FAQ",
          "1. Assigned to Ottilie: rewrite the install page",
          "1. Glossary wording (LAN-44)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Search box redesign", []],
      ["Broken anchors in the FAQ", []],
      ["rewrite the install page", ["ottilie-marsh"]],
    ]);
  });

  it("reads no task in a label that only names someone, or that has one word after it", () => {
    expect(
      tasks(
        ["## Ticket review", "", "- Assigned: Wiktor Baines", "- Assigned: LAN-50", ""].join("\n"),
      ),
    ).toEqual([]);
  });
});
