import type { Task } from "../../model/minutes.js";
import type { Property } from "./content-line.js";
import { dateTimeProperty, parseWall, type Wall } from "./date-values.js";
import type { ExportContext } from "./export-context.js";

/** The date properties of a task, and what could not be scheduled, in words for DESCRIPTION. */
export interface TaskSchedule {
  properties: Property[];
  unscheduled: string[];
  condition: string | null;
}

/**
 * RFC 5545 §3.8.5.3: a recurrence is counted from DTSTART, and §3.6.2: DURATION in a VTODO needs
 * DTSTART. The model has neither start, so both start at the meeting, the moment they were agreed.
 */
export function scheduleTask(task: Task, context: ExportContext): TaskSchedule {
  const { form, zoneUse } = context;
  const properties: Property[] = [];
  const unscheduled: string[] = [];
  const due = task.due ? parseWall(task.due) : null;
  const meeting = context.minutes.date
    ? { date: context.minutes.date, time: context.minutes.start }
    : null;
  const until = task.recurrence ? /(?:^|;)UNTIL=(\d{8})(T\d{6}Z?)?/.exec(task.recurrence) : null;
  const conditional = task.duration !== null && task.condition !== null;
  const duration =
    task.duration && !conditional && !due ? durationFor(task.duration, meeting) : null;
  const needsStart = task.recurrence !== null || duration !== null;

  let recurrence = task.recurrence;
  if (needsStart && meeting) {
    // §3.3.10: UNTIL has DTSTART's value type; §3.6.2: DTSTART and DUE share theirs.
    const asDate =
      meeting.time === null || (until !== null && !until[2]) || (due !== null && due.time === null);
    const start: Wall = asDate ? { date: meeting.date, time: null } : meeting;
    properties.push(dateTimeProperty("DTSTART", start, form, zoneUse));
    if (recurrence && asDate && until?.[2])
      recurrence = recurrence.replace(until[0], until[0].slice(0, until[0].indexOf("T")));
    if (recurrence && !until && !/(?:^|;)COUNT=/.test(recurrence) && start.time !== null)
      zoneUse.markOpenEnded();
  } else if (needsStart) {
    unscheduled.push("The note has no meeting date to start from, so this is not scheduled.");
  }
  if (due) properties.push(dateTimeProperty("DUE", due, form, zoneUse));
  if (recurrence && meeting) properties.push({ name: "RRULE", value: recurrence });
  else if (recurrence) unscheduled.push(`Repeats: ${recurrence}`);
  if (duration && meeting) properties.push({ name: "DURATION", value: duration });
  if (task.duration && !duration) {
    unscheduled.push(
      conditional
        ? `Only ${task.condition}: within ${humanDuration(task.duration)} (${task.duration}), not scheduled.`
        : `Takes ${humanDuration(task.duration)} (${task.duration}).`,
    );
  }
  return { properties, unscheduled, condition: conditional ? task.condition : null };
}

/**
 * With a DATE start a duration must be whole days or weeks (as §3.6.1 says of VEVENT), so "PT72H"
 * becomes "P3D" there; a duration that is not whole days cannot be scheduled from a day.
 */
function durationFor(duration: string, meeting: Wall | null): string | null {
  if (!meeting || meeting.time !== null) return duration;
  const hours = /^PT(\d+)H$/.exec(duration);
  if (hours && Number(hours[1]) % 24 === 0) return `P${Number(hours[1]) / 24}D`;
  return /^P\d+[DW]$/.test(duration) ? duration : null;
}

export function humanDuration(duration: string): string {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!match) return duration;
  const units = ["week", "day", "hour", "minute"];
  return (
    units
      .map((unit, index) => ({ unit, count: Number(match[index + 1] ?? 0) }))
      .filter(({ count }) => count > 0)
      .map(({ unit, count }) => `${count} ${unit}${count === 1 ? "" : "s"}`)
      .join(" ") || duration
  );
}
