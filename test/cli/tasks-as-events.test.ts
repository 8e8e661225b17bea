import { describe, expect, it } from "vitest";
import { parseCalendar } from "../export/ical/helpers.js";
import { runMain } from "./run-main.js";

const FIXTURE = "fixtures/escalation/northwind-escalation.md";
const NOW = "2026-03-12T20:00:00Z";

describe("extract --tasks-as events", () => {
  it("exports what can be an event and names the rest on stderr, exit 0", async () => {
    const run = await runMain([
      "extract",
      FIXTURE,
      "--format",
      "ics",
      "--tasks-as",
      "events",
      "--now",
      NOW,
    ]);
    expect(run.code).toBe(0);
    expect(parseCalendar(run.stdout).getAllSubcomponents("vevent")).toHaveLength(9);
    expect(run.stderr).toBe(
      [
        `md-minutes: ${FIXTURE}:30: not exported as an event: "Fallback: Available within 2 hours if failures continue": it applies only if failures continue, so it has no date`,
        `md-minutes: ${FIXTURE}:40: not exported as an event: "Write the incident report": it has no deadline, recurrence or duration`,
        `md-minutes: ${FIXTURE}:41: not exported as an event: "Give Northwind read access to the support queue": it has no deadline, recurrence or duration`,
        `md-minutes: ${FIXTURE}:42: not exported as an event: "Run a load test after the fix": it has no deadline, recurrence or duration`,
        `md-minutes: ${FIXTURE}:36: not exported as an event: "A named escalation contact": it has no deadline, recurrence or duration`,
        "",
      ].join("\n"),
    );
  });

  it("says nothing on stderr for tasks as todos", async () => {
    const run = await runMain(["extract", FIXTURE, "--format", "ics", "--now", NOW]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
  });
});
