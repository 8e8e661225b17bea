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
