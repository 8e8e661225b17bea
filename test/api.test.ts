import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

/**
 * The public surface, by hand: adding an export is a decision, so it is added here too.
 * One name a line, in any order (the test sorts); type-only exports leave no runtime trace.
 */
const PUBLIC_EXPORTS = [
  // parsing
  "parseMinutes",
  "compromisePartOfSpeech",
  // the model
  "MEETING_KINDS",
  "SECTION_KINDS",
  "TASK_SECTIONS",
  "attendeeSchema",
  "diagnosticSchema",
  "meetingKindSchema",
  "minutesJsonSchema",
  "minutesSchema",
  "nextMeetingSchema",
  "personRefSchema",
  "pointSchema",
  "sectionKindSchema",
  "sectionSchema",
  "sourceSchema",
  "statementSchema",
  "taskSchema",
  // options and config
  "configJsonSchema",
  "configSchema",
  "parseOptionsSchema",
  "personSchema",
  "ruleSettingSchema",
  "severitySchema",
  // calendar export
  "buildCalendarExport",
  "calendarText",
  "icalOptionsSchema",
  "planVdirSync",
  "toICalendar",
  // following tasks across meetings
  "historyEntrySchema",
  "trackMinutes",
  "trackedSeriesSchema",
  "trackedTaskSchema",
  "trackingJsonSchema",
  "trackingSchema",
  // checking
  "PRESETS",
  "REPORTERS",
  "RULES",
  "checkMinutes",
  "formatGithub",
  "formatJson",
  "formatJunit",
  "formatSarif",
  "formatStylish",
  "isReporterName",
  "remarkMinutes",
  // the plugin again, as the default export remark-cli's `--use md-minutes` and .remarkrc load
  "default",
  "toSarif",
];

describe("the public API", () => {
  it("exports exactly the curated names", () => {
    expect(Object.keys(api).sort()).toEqual([...PUBLIC_EXPORTS].sort());
  });

  it("exports parseMinutes as a function that reads a note", () => {
    expect(api.parseMinutes("# Sync\n\n**Date:** 2025-09-27\n").date).toBe("2025-09-27");
  });

  it("exports the JSON Schema of the model as a plain object", () => {
    expect(api.minutesJsonSchema).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["schemaVersion", "attendees", "actionItems"]),
    });
  });
});
