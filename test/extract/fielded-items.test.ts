import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textOwnersAndDue } from "../helpers/owners.js";

const call = (heading: string, list: string) =>
  parseMinutes(
    `# Support call with Tallow Foods\n\nDate: 2026-12-01 (Tuesday)\n\nAttendees: Tallis Grove, Ada Lind, Tovah Brandt (Tallow Foods)\n\n## ${heading}\n\n${list}`,
  );

describe("an item with its own owner and deadline fields, outside a list of work", () => {
  const issues = [
    "- Label printers drop jobs after the nightly update",
    "  - Owner: Tallis",
    "  - ETA: Thursday",
    "  - Workaround: restart the print spooler",
    "- Stock counts are off by one on returns",
    "  - Owner: Ada",
    "  - Due: next week",
    "- Store 14 cannot log in",
    "  - Owner: Tovah",
    "  - Status: done during the call",
    "- Receipts print twice",
    "  - Seen in two stores",
    "",
  ].join("\n");

  it("is work, owned and due as its fields say, under a heading of problems", () => {
    const minutes = call("Issues", issues);
    expect(textOwnersAndDue(minutes.actionItems)).toEqual([
      ["Label printers drop jobs after the nightly update", ["tallis-grove"], "2026-12-03"],
      ["Stock counts are off by one on returns", ["ada-lind"], "2026-12-11"],
    ]);
    expect(minutes.actionItems.map((task) => [task.extractor, task.recurrence])).toEqual([
      ["fielded-item", null],
      ["fielded-item", null],
    ]);
  });

  it("is no work with one field alone, or an owner field that names no one", () => {
    const fieldless = [
      "- Label printers drop jobs",
      "  - Owner: Tallis",
      "- Stock counts are off",
      "  - ETA: Thursday",
      "- Receipts print twice",
      "  - Owner: TBD",
      "  - ETA: Friday",
      "",
    ].join("\n");
    expect(call("Issues", fieldless).actionItems).toEqual([]);
  });
});
