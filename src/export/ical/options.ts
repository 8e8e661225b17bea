import { z } from "zod";
import { canonicalTimeZone } from "../../model/date-time.js";
import { TASK_SECTIONS } from "../../model/minutes.js";
import { personSchema } from "../../model/options.js";

/** Options of `toICalendar`; every field is optional, `null` means the default. */
export const icalOptionsSchema = z.strictObject({
  /** Which task lists become tasks. Default: all four, ["resolutionPlan", "actionItems", "commitments", "risks"]. Risks only when scheduled (a deadline, recurrence or duration). */
  sections: z.array(z.enum(TASK_SECTIONS)).nullish(),
  /** "todos" (VTODO, the default) or "events": each task with a deadline becomes a VEVENT, for calendars that ignore VTODO (Google Calendar). */
  tasksAs: z.enum(["todos", "events"]).nullish(),
  /** DTSTAMP: a Date or an ISO 8601 instant with offset ("2025-09-27T12:00:00Z"). Default: the current time. */
  now: z.union([z.date(), z.string()]).nullish(),
  /** IANA zone of the note's wall-clock times, over the model's own. Default: `minutes.timezone`, else floating times. */
  timezone: z.string().min(1).nullish(),
  /** Write DATE-TIME values in UTC instead of TZID local time (needs a time zone). Default: false. */
  utc: z.boolean().nullish(),
  /** Known people by full name, for owner emails: { "Ines Okafor": { "email": "ines@example.com" } }. Default: none. */
  people: z.record(z.string(), personSchema).nullish(),
  /** The note's path relative to its repository root: shown in DESCRIPTION, and the note's identity for UIDs when it has no `noteId`. Default: none. */
  notePath: z.string().nullish(),
  /** The note's lasting identity for UIDs, over its path: the CLI passes the front-matter `id:`. Default: none. */
  noteId: z.string().min(1).nullish(),
});

export type ICalendarOptions = z.input<typeof icalOptionsSchema>;

export interface ResolvedICalendarOptions {
  sections: ReadonlyArray<(typeof TASK_SECTIONS)[number]>;
  tasksAs: "todos" | "events";
  now: Date;
  timezone: string | null;
  utc: boolean;
  people: Record<string, z.infer<typeof personSchema>>;
  notePath: string | null;
  noteId: string | null;
}

/** Validates options and fills defaults; a wrong type throws with the option's name. */
export function resolveICalendarOptions(
  options: ICalendarOptions | null | undefined,
): ResolvedICalendarOptions {
  const result = icalOptionsSchema.safeParse(options ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new TypeError(
      `toICalendar: option "${issue.path.join(".") || "(root)"}": ${issue.message}`,
    );
  }
  const value = result.data;
  const now =
    value.now == null
      ? new Date()
      : typeof value.now === "string"
        ? new Date(value.now)
        : value.now;
  if (Number.isNaN(now.getTime()))
    throw new TypeError(
      `toICalendar: option "now": expected a Date or an ISO 8601 instant, got "${String(value.now)}"`,
    );
  const timezone = value.timezone ? canonicalTimeZone(value.timezone) : null;
  if (value.timezone && !timezone)
    throw new TypeError(
      `toICalendar: option "timezone": unknown time zone "${value.timezone}", expected an IANA name such as "Europe/Berlin"`,
    );
  return {
    sections: value.sections ?? TASK_SECTIONS,
    tasksAs: value.tasksAs ?? "todos",
    now,
    timezone,
    utc: value.utc ?? false,
    people: value.people ?? {},
    notePath: value.notePath ?? null,
    noteId: value.noteId ?? null,
  };
}
