import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

describe("the words after a bold lead", () => {
  it("keep the spaces and line ends between bold words, links and text", () => {
    const minutes = parseMinutes(
      [
        "# Planning 2025-02-03",
        "",
        "## Action items",
        "",
        "1. **Change:** Move the reminders to the new queue",
        "   **Notes:** [design doc](https://example.com/doc) first",
        "   **Status:** *open*",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Move the reminders to the new queue Notes: design doc first Status: open",
    ]);
  });
});
