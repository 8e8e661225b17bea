import type { Task } from "../../model/minutes.js";
import { RRULE_WEEKDAYS } from "../../util/lexicon.js";
import { isKnownZone, offsetAt, wallToInstant } from "../../util/zone-offsets.js";
import type { Property } from "./content-line.js";
import {
  addDaysToDate,
  dateTimeProperty,
  parseWall,
  type TimeForm,
  type Wall,
  wallMillis,
} from "./date-values.js";
import type { ExportContext } from "./export-context.js";
import { localStamp } from "./vtimezone.js";

/** The date properties of a task, and what could not be scheduled, in words for DESCRIPTION. */
export interface TaskSchedule {
  properties: Property[];
  unscheduled: string[];
  condition: string | null;
}

/** Where a recurring or lasting task starts: the meeting, with the RRULE fitted to that start. */
interface MeetingStart {
  start: Wall;
  recurrence: string | null;
}

/**
 * RFC 5545 §3.8.5.3: a recurrence is counted from DTSTART, and a period needs a start. Both start
 * when the words say the work begins ("daily starting tomorrow"), or else at the meeting, the
 * moment they were agreed.
 */
function meetingStart(task: Task, context: ExportContext, dueIsDate: boolean): MeetingStart | null {
  const { minutes, zoneUse } = context;
  if (!minutes.date) return null;
  const stated = task.start ? parseWall(task.start) : null;
  const meeting: Wall = stated
    ? { date: stated.date, time: stated.time ?? minutes.start }
    : { date: minutes.date, time: minutes.start };
  const until = task.recurrence ? /(?:^|;)UNTIL=(\d{8})(T\d{6}Z?)?/.exec(task.recurrence) : null;
  // §3.3.10: UNTIL has DTSTART's value type; §3.6.2: DTSTART and DUE share theirs.
  const asDate = meeting.time === null || (until !== null && !until[2]) || dueIsDate;
  // §3.8.5.3: DTSTART should be an instance of the rule, so "every other Friday" agreed on a
  // Wednesday starts on that Friday.
  const onDay = firstRuleDay(meeting.date, task.recurrence);
  const start: Wall = { date: onDay, time: asDate ? null : meeting.time };
  let recurrence = task.recurrence;
  if (recurrence && asDate && until?.[2])
    recurrence = recurrence.replace(until[0], until[0].slice(0, until[0].indexOf("T")));
  // §3.3.10 counts a rule from DTSTART: "every 4 hours" counted from a day has no hour to
  // start from, and clients read it each their own way, so it stays in words.
  if (recurrence && start.time === null && /^FREQ=(?:HOURLY|MINUTELY|SECONDLY)\b/.test(recurrence))
    recurrence = null;
  if (recurrence && !until && !/(?:^|;)COUNT=/.test(recurrence) && start.time !== null)
    zoneUse.markOpenEnded();
  return { start, recurrence };
}

/**
 * The first day on or after the date that a weekly rule's weekdays ("BYDAY=FR", "BYDAY=TU,TH") or a monthly
 * rule of the month's nth weekday ("BYDAY=1MO", "BYDAY=-1FR") falls on.
 */
function firstRuleDay(date: string, recurrence: string | null): string {
  const nth = recurrence && /^FREQ=MONTHLY;BYDAY=(-?[1-4])(SU|MO|TU|WE|TH|FR|SA)$/.exec(recurrence);
  if (nth) {
    const rule = RRULE_WEEKDAYS.indexOf(nth[2] as (typeof RRULE_WEEKDAYS)[number]);
    const [year, month] = date.split("-").map(Number) as [number, number];
    const thisMonth = nthWeekday(year, month, Number(nth[1]), rule);
    return thisMonth >= date
      ? thisMonth
      : nthWeekday(month === 12 ? year + 1 : year, (month % 12) + 1, Number(nth[1]), rule);
  }
  // "BYDAY=TU,TH": the nearest of the week's days.
  const days =
    recurrence &&
    /^FREQ=WEEKLY\b.*;BYDAY=((?:SU|MO|TU|WE|TH|FR|SA)(?:,(?:SU|MO|TU|WE|TH|FR|SA))*)(?:;|$)/.exec(
      recurrence,
    );
  if (!days) return date;
  const weekday = new Date(wallMillis({ date, time: null })).getUTCDay();
  const ahead = days[1]!.split(",").map((day) => {
    const rule = RRULE_WEEKDAYS.indexOf(day as (typeof RRULE_WEEKDAYS)[number]);
    return (rule - weekday + 7) % 7;
  });
  return addDaysToDate(date, Math.min(...ahead));
}

/** The month's nth given weekday (0 Sunday ... 6 Saturday); -1 is its last. */
function nthWeekday(year: number, month: number, nth: number, weekday: number): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return `${year}-${pad(month)}-${pad(1 + ((weekday - first + 7) % 7) + 7 * (nth - 1))}`;
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  const back = (lastDay.getUTCDay() - weekday + 7) % 7;
  return `${year}-${pad(month)}-${pad(lastDay.getUTCDate() - back)}`;
}

/** A duration that is a period to schedule: stated, and not only under a condition. */
function scheduledDuration(task: Task): string | null {
  return task.duration !== null && task.condition === null ? task.duration : null;
}

/**
 * "Freeze the branch by 5pm PT" in a note kept in Berlin: the deadline is that hour in the zone
 * its words name, written as the instant it is (§3.3.5 form 2), so every client shows it right
 * without one more VTIMEZONE.
 */
function dueForm(task: Task, form: TimeForm): TimeForm {
  const zone = task.dueTimezone;
  if (!zone || !isKnownZone(zone) || (form.kind !== "floating" && form.zone === zone)) return form;
  return { kind: "utc", zone };
}

/**
 * A VTODO's dates. §3.6.2 allows DUE or DURATION, not both; clients show DUE (todoman shows
 * "no due date" for DTSTART plus DURATION), so a period is written as DTSTART and DUE, its end.
 */
export function scheduleTask(task: Task, context: ExportContext): TaskSchedule {
  const { form, zoneUse } = context;
  const properties: Property[] = [];
  const unscheduled: string[] = [];
  const due = task.due ? parseWall(task.due) : null;
  const duration = due ? null : scheduledDuration(task);
  const needsStart = task.recurrence !== null || duration !== null;
  const candidate = needsStart
    ? meetingStart(task, context, due !== null && due.time === null)
    : null;
  const end = candidate && duration ? addDuration(candidate.start, duration, form) : null;
  // A period that does not fit a day start (5 hours from an all-day meeting) stays in words.
  const begin = candidate && (task.recurrence !== null || end !== null) ? candidate : null;
  const stated = !needsStart && task.start ? parseWall(task.start) : null;
  if (begin) properties.push(dateTimeProperty("DTSTART", begin.start, form, zoneUse));
  else if (needsStart && !candidate)
    unscheduled.push("The note has no meeting date to start from, so this is not scheduled.");
  // "Cover on-call starting Monday, hand over by Friday": when the work begins, before it is
  // due; §3.6.2 wants DTSTART and DUE of one value type.
  else if (
    stated &&
    (!due ||
      ((stated.time === null) === (due.time === null) && wallMillis(stated) < wallMillis(due)))
  )
    properties.push(dateTimeProperty("DTSTART", stated, form, zoneUse));
  if (due) properties.push(dateTimeProperty("DUE", due, dueForm(task, form), zoneUse));
  else if (end) properties.push(dateTimeProperty("DUE", end, form, zoneUse));
  if (begin?.recurrence) properties.push({ name: "RRULE", value: begin.recurrence });
  else if (task.recurrence) unscheduled.push(`Repeats: ${task.recurrence}`);
  const conditional = task.duration !== null && task.condition !== null;
  if (task.duration) {
    const length = `${humanDuration(task.duration)} (${task.duration})`;
    unscheduled.push(
      conditional
        ? `Only ${task.condition}: within ${length}, not scheduled.`
        : end
          ? `Takes ${length}, from the meeting.`
          : `Takes ${length}.`,
    );
  }
  return { properties, unscheduled, condition: conditional ? task.condition : null };
}

/** A VEVENT's dates (§3.6.1), or why the task cannot be one. */
export type EventSchedule = { properties: Property[] } | { reason: string };

/**
 * For calendars that ignore VTODO: a recurring task recurs from the meeting, a period spans from
 * the meeting to its end (DTEND), a deadline is a moment (all-day for a date; without DTEND,
 * which §3.6.1 reads as ending at its start). What has none of these has no place on a calendar.
 */
export function scheduleEvent(task: Task, context: ExportContext): EventSchedule {
  const { form, zoneUse } = context;
  const due = task.due ? parseWall(task.due) : null;
  const duration = due ? null : scheduledDuration(task);
  if (task.recurrence || duration) {
    const begin = meetingStart(task, context, false);
    if (!begin)
      return {
        reason: task.recurrence
          ? "it repeats, but the note has no meeting date to start from"
          : `it lasts ${humanDuration(task.duration!)}, but the note has no meeting date to start from`,
      };
    const end = duration ? addDuration(begin.start, duration, form) : null;
    if (duration && !end)
      return {
        reason: `it lasts ${humanDuration(duration)}, which does not fit the meeting's all-day date`,
      };
    const properties = [dateTimeProperty("DTSTART", begin.start, form, zoneUse)];
    if (end) properties.push(dateTimeProperty("DTEND", end, form, zoneUse));
    if (begin.recurrence) properties.push({ name: "RRULE", value: begin.recurrence });
    return { properties };
  }
  if (due) {
    const properties = [dateTimeProperty("DTSTART", due, dueForm(task, form), zoneUse)];
    if (due.time === null)
      properties.push(
        dateTimeProperty("DTEND", { date: addDaysToDate(due.date, 1), time: null }, form, zoneUse),
      );
    return { properties };
  }
  if (task.duration && task.condition)
    return { reason: `it applies only ${task.condition}, so it has no date` };
  return { reason: "it has no deadline, recurrence or duration" };
}

/**
 * The end of a period. §3.3.6: weeks and days are nominal (the same wall-clock time so many days
 * later), hours, minutes and seconds exact, so they cross a daylight-saving change in the zone's
 * real time. A day start takes whole days only ("PT72H" is 3 days there); anything else is null.
 */
export function addDuration(start: Wall, duration: string, form: TimeForm): Wall | null {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!match || duration === "P" || duration.endsWith("T")) return null;
  const [weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  const exact = (hours * 3600 + minutes * 60 + seconds) * 1000;
  const nominalDays = weeks * 7 + days;
  if (start.time === null) {
    if (exact % 86_400_000 !== 0) return null;
    return { date: addDaysToDate(start.date, nominalDays + exact / 86_400_000), time: null };
  }
  if (exact % 60_000 !== 0) return null;
  const wall = wallMillis({ date: addDaysToDate(start.date, nominalDays), time: start.time });
  let endWall = wall + exact;
  if (form.kind !== "floating" && exact > 0) {
    const instant = wallToInstant(form.zone, wall) + exact;
    endWall = instant + offsetAt(form.zone, instant) * 60_000;
  }
  const stamp = localStamp(endWall);
  return {
    date: `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`,
    time: `${stamp.slice(9, 11)}:${stamp.slice(11, 13)}`,
  };
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
