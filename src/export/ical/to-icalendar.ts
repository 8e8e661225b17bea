import type { Minutes } from "../../model/minutes.js";
import { isKnownZone } from "../../util/zone-offsets.js";
import { type Component, serializeComponent } from "./content-line.js";
import { type TimeForm, utcStamp, type ZoneUse } from "./date-values.js";
import type { ExportContext } from "./export-context.js";
import { meetingUid, nextMeetingUid, noteKey, noteProducer, taskUid } from "./identity.js";
import { meetingEvent, nextMeetingEvent } from "./meeting-events.js";
import { type ICalendarOptions, resolveICalendarOptions } from "./options.js";
import { isExportedTask, taskEvent, taskSummary, taskTodo } from "./task-component.js";
import { buildVTimezone } from "./vtimezone.js";

/** RFC 5545 §3.7.3; no version in it, so that upgrading md-minutes does not change every export. */
export const PRODUCT_ID = "-//md-minutes//md-minutes//EN";

/** One exported note: its components and the VTIMEZONE they refer to. */
export interface CalendarExport {
  /**
   * Who wrote the components, written as X-MD-MINUTES-PRODUCER into each: `id:` plus the note's
   * `noteId`, else `path:` plus its `notePath`, else `title:` plus its title and date. A vdir sync
   * deletes only files of the same producer. An export that gathers several notes sets its own.
   */
  producer: string;
  /** VEVENTs and VTODOs, the meeting first, then tasks in note order. */
  components: Component[];
  /** A VTIMEZONE when DATE-TIME values carry a TZID, else empty. */
  timezones: Component[];
  /** Tasks that could not be exported (with `tasksAs: "events"`, those that cannot be events), in export order. */
  notExported: NotExportedTask[];
}

/** A task left out of an export, and why, in words that complete "not exported as an event: …". */
export interface NotExportedTask {
  /** The task's `id` in the model. */
  task: string;
  summary: string;
  /** Its first line in the note. */
  line: number;
  reason: string;
}

/**
 * The note as iCalendar text (RFC 5545): the meeting, the next meeting and the tasks. A note with
 * none of these gives "": §3.6 wants at least one component in a VCALENDAR.
 */
export function toICalendar(minutes: Minutes, options?: ICalendarOptions | null): string {
  const built = buildCalendarExport(minutes, options);
  return built.components.length === 0 ? "" : calendarText(built.components, built.timezones);
}

/** A VCALENDAR (§3.4, §3.6) around components; VERSION and PRODID are the two it requires. */
export function calendarText(
  components: readonly Component[],
  timezones: readonly Component[],
): string {
  const calendar: Component = {
    name: "VCALENDAR",
    properties: [
      { name: "VERSION", value: "2.0" },
      { name: "PRODID", value: PRODUCT_ID },
      { name: "CALSCALE", value: "GREGORIAN" },
    ],
    components: [...timezones, ...components],
  };
  return serializeComponent(calendar);
}

export function buildCalendarExport(
  minutes: Minutes,
  options?: ICalendarOptions | null,
): CalendarExport {
  const resolved = resolveICalendarOptions(options);
  const zone = resolved.timezone ?? minutes.timezone;
  const usable = zone !== null && isKnownZone(zone) ? zone : null;
  const form: TimeForm =
    usable === null
      ? { kind: "floating" }
      : resolved.utc
        ? { kind: "utc", zone: usable }
        : { kind: "zoned", zone: usable };
  const window = { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY, openEnded: false };
  const zoneUse: ZoneUse = {
    record(wall) {
      window.from = Math.min(window.from, wall);
      window.to = Math.max(window.to, wall);
    },
    markOpenEnded() {
      window.openEnded = true;
    },
  };
  const producer = noteProducer(minutes, resolved.noteId, resolved.notePath);
  const key = noteKey(producer);
  const context: ExportContext = {
    minutes,
    form,
    zoneUse,
    stamp: utcStamp(resolved.now),
    producer,
    notePath: resolved.notePath,
    meetingUid: minutes.date ? meetingUid(key) : null,
    people: resolved.people,
  };
  const components: Component[] = [];
  const meeting = meetingEvent(meetingUid(key), context);
  if (meeting) components.push(meeting);
  const next = nextMeetingEvent(nextMeetingUid(key), context);
  if (next) components.push(next);
  const used = new Set<string>();
  const notExported: NotExportedTask[] = [];
  for (const section of resolved.sections) {
    for (const task of minutes[section]) {
      if (!isExportedTask(task)) continue;
      const uid = uniqueUid(taskUid(key, task), used);
      const component =
        resolved.tasksAs === "events"
          ? taskEvent(task, uid, context)
          : taskTodo(task, uid, context);
      if ("reason" in component)
        notExported.push({
          task: task.id,
          summary: taskSummary(task),
          line: task.source.start.line,
          reason: component.reason,
        });
      else components.push(component);
    }
  }
  const timezones =
    form.kind === "zoned" && window.from <= window.to ? [buildVTimezone(form.zone, window)] : [];
  return { producer, components, timezones, notExported };
}

/** Two items with the same words in one list would share a UID; the later ones get a counter. */
function uniqueUid(uid: string, used: Set<string>): string {
  let candidate = uid;
  for (let n = 2; used.has(candidate); n++) candidate = `${uid}-${n}`;
  used.add(candidate);
  return candidate;
}
