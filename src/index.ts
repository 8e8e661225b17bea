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
export { checkMinutes } from "./check/check-minutes.js";
export type { CheckOptions, CheckResult } from "./check/check-minutes.js";
export { RULES } from "./check/rules/index.js";
export type { Rule, RuleContext, RuleReport, RuleSeverity } from "./check/rule.js";
export { PRESETS } from "./check/presets.js";
export type { PresetName } from "./check/presets.js";
export { remarkMinutes } from "./plugin.js";
export type { RemarkMinutesOptions } from "./plugin.js";
export { REPORTERS, isReporterName } from "./report/index.js";
export type { ReporterName } from "./report/index.js";
export { formatGithub } from "./report/github.js";
export { formatJson } from "./report/json.js";
export { formatJunit } from "./report/junit.js";
export { formatSarif, toSarif } from "./report/sarif.js";
export { formatStylish } from "./report/stylish.js";
export type { CheckedFile, Reporter } from "./report/checked-file.js";
export type { RuleId } from "./check/rules/index.js";
export type { RulesConfig } from "./model/config.js";
