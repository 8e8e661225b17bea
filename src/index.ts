export { parseMinutes } from "./parse-minutes.js";
export {
  attendeeSchema,
  diagnosticSchema,
  meetingKindSchema,
  minutesSchema,
  nextMeetingSchema,
  personRefSchema,
  sectionKindSchema,
  sectionSchema,
  statementSchema,
  taskSchema,
  SECTION_KINDS,
  MEETING_KINDS,
  TASK_SECTIONS,
} from "./model/minutes.js";
export type {
  Attendee,
  Diagnostic,
  MeetingKind,
  Minutes,
  NextMeeting,
  PersonRef,
  Section,
  SectionKind,
  Statement,
  Task,
  TaskSectionKind,
} from "./model/minutes.js";
export { parseOptionsSchema, personSchema } from "./model/options.js";
export type { ParseOptions, Person } from "./model/options.js";
export { pointSchema, sourceSchema } from "./model/source.js";
export type { Point, Source } from "./model/source.js";
export { minutesJsonSchema } from "./model/json-schema.js";
export { configJsonSchema, configSchema, ruleSettingSchema, severitySchema } from "./model/config.js";
export type { Config, RuleSetting, Severity } from "./model/config.js";
export { toICalendar, buildCalendarExport, calendarText } from "./export/ical/to-icalendar.js";
export type { CalendarExport } from "./export/ical/to-icalendar.js";
export { icalOptionsSchema } from "./export/ical/options.js";
export type { ICalendarOptions } from "./export/ical/options.js";
export { planVdirSync } from "./export/ical/vdir-sync.js";
export type { VdirFile, VdirPlan } from "./export/ical/vdir-sync.js";
