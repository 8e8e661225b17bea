export type { CheckOptions, CheckResult } from "./check/apply-rules.js";
export type { Config, RuleSetting, RulesConfig, Severity } from "./check/config.js";
export {
  configJsonSchema,
  configSchema,
  ruleSettingSchema,
  severitySchema,
} from "./check/config.js";
export type { PresetName } from "./check/presets.js";
export { PRESETS } from "./check/presets.js";
export type { Rule, RuleContext, RuleReport, RuleSeverity } from "./check/rule.js";
export type { RuleId } from "./check/rules/index.js";
export { RULES } from "./check/rules/index.js";
export { checkMinutes } from "./check-minutes.js";
export type { ICalendarOptions } from "./export/ical/options.js";
export { icalOptionsSchema } from "./export/ical/options.js";
export type { CalendarExport, NotExportedTask } from "./export/ical/to-icalendar.js";
export { buildCalendarExport, calendarText, toICalendar } from "./export/ical/to-icalendar.js";
export type { VdirFile, VdirPlan } from "./export/ical/vdir-sync.js";
export { planVdirSync } from "./export/ical/vdir-sync.js";
export type { CompromiseDoc } from "./extract/part-of-speech.js";
export { compromisePartOfSpeech } from "./extract/part-of-speech.js";
export { minutesJsonSchema, trackingJsonSchema } from "./model/json-schema.js";
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
export {
  attendeeSchema,
  diagnosticSchema,
  MEETING_KINDS,
  meetingKindSchema,
  minutesSchema,
  nextMeetingSchema,
  personRefSchema,
  SECTION_KINDS,
  sectionKindSchema,
  sectionSchema,
  statementSchema,
  TASK_SECTIONS,
  taskSchema,
} from "./model/minutes.js";
export type { ParseOptions, PartOfSpeech, PartOfSpeechLoader, Person } from "./model/options.js";
export { parseOptionsSchema, personSchema } from "./model/options.js";
export type { Point, Source } from "./model/source.js";
export { pointSchema, sourceSchema } from "./model/source.js";
export type {
  HistoryEntry,
  LinkKind,
  NoteRef,
  TrackedNote,
  TrackedSeries,
  TrackedState,
  TrackedTask,
  Tracking,
  TrackingDiagnostic,
} from "./model/tracking.js";
export {
  historyEntrySchema,
  trackedSeriesSchema,
  trackedTaskSchema,
  trackingSchema,
} from "./model/tracking.js";
export { parseMinutes } from "./parse-minutes.js";
export type { RemarkMinutesOptions } from "./plugin.js";
export { remarkMinutes, remarkMinutes as default } from "./plugin.js";
export type { CheckedFile, Reporter, ReportOptions } from "./report/checked-file.js";
export { formatGithub } from "./report/github.js";
export type { ReporterName } from "./report/index.js";
export { isReporterName } from "./report/index.js";
export { formatJson } from "./report/json.js";
export { formatJunit } from "./report/junit.js";
export { formatStylish } from "./report/stylish.js";
export { formatSarif, REPORTERS, toSarif } from "./reporters.js";
export type { TrackInput, TrackOptions } from "./track/track-minutes.js";
export { trackMinutes } from "./track/track-minutes.js";
