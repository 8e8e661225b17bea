import { z } from "zod";
import { sourceSchema } from "./source.js";

export const SECTION_KINDS = [
  "attendees",
  "context",
  "concerns",
  "findings",
  "resolutionPlan",
  "actionItems",
  "commitments",
  "risks",
  "decisions",
  "notes",
  "other",
] as const;
export const sectionKindSchema = z.enum(SECTION_KINDS);

export const MEETING_KINDS = [
  "customer-escalation",
  "incident-review",
  "status-update",
  "meeting",
] as const;
export const meetingKindSchema = z.enum(MEETING_KINDS);

export const sideSchema = z.enum(["customer", "vendor"]);

export const attendeeSchema = z.object({
  /** Slug of the full name (or handle), unique within the note: "john-smith". */
  id: z.string().min(1),
  /** Full name when known, else the handle as written. */
  name: z.string().min(1),
  handle: z.string().nullable(),
  abbreviation: z.string().nullable(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  group: z.string().nullable(),
  side: sideSchema.nullable(),
  email: z.string().nullable(),
  source: sourceSchema,
});

export const personRefSchema = z.object({
  /** The name as written in the note. */
  name: z.string().min(1),
  attendeeId: z.string().nullable(),
  kind: z.enum(["person", "group", "organization"]),
});

export const statementSchema = z.object({
  text: z.string(),
  by: personRefSchema.nullable(),
  /** The extractor that produced this item. */
  extractor: z.string(),
  source: sourceSchema,
});

export const taskSchema = z.object({
  /** Deterministic: section kind + normalized text, e.g. "actionItems-schedule-hotfix-deployment-3f2a". */
  id: z.string().min(1),
  /** An explicit identity written as a block id at the end of the item ("^hotfix-deploy"). */
  blockId: z.string().nullable(),
  /** The bold lead of the item, such as "Deploy Hotfix". */
  title: z.string().nullable(),
  text: z.string(),
  /** The rest of a long item after the sentence that states the task. */
  details: z.string().nullable(),
  owners: z.array(personRefSchema),
  /** "2025-09-27T18:00" or "2025-09-27", local wall-clock. */
  due: z.string().nullable(),
  /** The words the deadline (or duration, or recurrence) came from. */
  dueText: z.string().nullable(),
  /**
   * The zone the deadline's words name, as an IANA name ("by 5pm PT" -> "America/Los_Angeles");
   * `due` is then that zone's wall clock, not the note's. Only present when the words name one.
   */
  dueTimezone: z
    .string()
    .min(1)
    .optional()
    .describe("The IANA zone the deadline's words name; `due` is wall-clock there."),
  /** ISO 8601 duration, "PT72H". */
  duration: z.string().nullable(),
  /** RFC 5545 RRULE value, "FREQ=WEEKLY;UNTIL=20251227". */
  recurrence: z.string().nullable(),
  /**
   * When the work begins, where the words say ("daily starting tomorrow", "from 1 June"), as
   * local wall-clock like `due`; null when they do not (it begins at the meeting).
   */
  start: z.string().nullable(),
  /** "if issues persist": the task only applies when this holds, so its duration is no deadline. */
  condition: z.string().nullable(),
  status: z.enum(["open", "done"]),
  /** 1 (highest) to 9 (lowest), as RFC 5545 PRIORITY counts; null when the note gives none. */
  priority: z.number().int().min(1).max(9).nullable(),
  section: sectionKindSchema,
  extractor: z.string(),
  source: sourceSchema,
});

export const nextMeetingSchema = z.object({
  date: z.string().nullable(),
  time: z.string().nullable(),
  purpose: z.string().nullable(),
  source: sourceSchema,
});

export const sectionSchema = z.object({
  heading: z.string(),
  kind: sectionKindSchema,
  depth: z.number().int().min(1).max(6),
  source: sourceSchema,
});

export const diagnosticSchema = z.object({
  code: z.string(),
  message: z.string(),
  source: sourceSchema.nullable(),
});

export const minutesSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string().nullable(),
  kind: meetingKindSchema,
  date: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  timezone: z.string().nullable(),
  location: z.string().nullable(),
  customer: z.string().nullable(),
  /**
   * The meetings this note belongs to, from a `series:` key in front matter; only present when the
   * note names one. `trackMinutes` groups notes by it, else by `customer`.
   */
  series: z
    .string()
    .min(1)
    .optional()
    .describe("The meeting series this note belongs to, from a `series:` front-matter key."),
  context: z.string().nullable(),
  dateSource: z.enum(["note", "front-matter", "file-name", "option", "weekday"]).nullable(),
  attendees: z.array(attendeeSchema),
  concerns: z.array(statementSchema),
  findings: z.array(statementSchema),
  resolutionPlan: z.array(taskSchema),
  actionItems: z.array(taskSchema),
  commitments: z.array(taskSchema),
  risks: z.array(taskSchema),
  decisions: z.array(statementSchema),
  notes: z.array(statementSchema),
  nextMeeting: nextMeetingSchema.nullable(),
  sections: z.array(sectionSchema),
  diagnostics: z.array(diagnosticSchema),
  /**
   * The input's path as given on the command line; only in the array `md-minutes extract` prints
   * for several inputs. `parseMinutes` never sets it.
   */
  file: z
    .string()
    .optional()
    .describe(
      "The input's path as given on the command line; only in the array `md-minutes extract` prints for several inputs.",
    ),
});

export type SectionKind = z.infer<typeof sectionKindSchema>;
export type MeetingKind = z.infer<typeof meetingKindSchema>;
export type Side = z.infer<typeof sideSchema>;
export type Attendee = z.infer<typeof attendeeSchema>;
export type PersonRef = z.infer<typeof personRefSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Task = z.infer<typeof taskSchema>;
export type NextMeeting = z.infer<typeof nextMeetingSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Minutes = z.infer<typeof minutesSchema>;

/** The task lists of a note, in the order a reader meets them in the escalation template. */
export const TASK_SECTIONS = ["resolutionPlan", "actionItems", "commitments", "risks"] as const;
export type TaskSectionKind = (typeof TASK_SECTIONS)[number];
