import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const log = [
  "# 2026-03-16",
  "",
  "## Action items",
  "",
  "1. Mira - send the agenda by Tuesday",
  "",
  "# 2026-03-02",
  "",
  "## Action items",
  "",
  "1. Joss - book the room by tomorrow EOD",
  "2. Mira - send the agenda by Tuesday",
  "",
].join("\n");

describe("a running log of meetings, each under its dated heading", () => {
  it("resolves an entry's relative deadlines against that entry's date", () => {
    const minutes = parseMinutes(log);
    expect(minutes.date).toBe("2026-03-16");
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["send the agenda by Tuesday", "2026-03-17"],
      ["book the room by tomorrow EOD", "2026-03-03T17:00"],
      ["send the agenda by Tuesday", "2026-03-03"],
    ]);
  });

  it("keeps one dated heading as the meeting's date, and a dated heading in a task list a deadline", () => {
    const minutes = parseMinutes(
      [
        "# Planning sync",
        "",
        "Date: 2026-03-02",
        "",
        "## 2026-03-09",
        "",
        "- Joss - book the room by tomorrow",
        "",
        "## Action items",
        "",
        "### 2026-03-20",
        "",
        "- Mira - send the agenda",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["send the agenda", "2026-03-20"],
    ]);
  });
});
