import type { Minutes, Task, TaskSectionKind } from "../../model/minutes.js";
import { TASK_SECTIONS } from "../../model/minutes.js";
import type { Person } from "../../model/options.js";
import type { TrackedSeries, TrackedTask } from "../../model/tracking.js";
import {
  type Component,
  propertyValue,
  setProperty,
  textValue,
  unescapeText,
} from "./content-line.js";
import { noteKey, taskUid } from "./identity.js";
import { buildCalendarExport, type CalendarExport } from "./to-icalendar.js";

/** Options of `buildTrackingExport`. */
export interface TrackingExportOptions {
  /** DTSTAMP. */
  now: Date;
  /** Known people by full name, for owner emails, as `toICalendar` takes them. */
  people?: Record<string, Person> | null;
  /** The notes' paths relative to the repository root, by the file name the tracking gives them. */
  notePaths?: ReadonlyMap<string, string> | null;
}

/** The producer of a series' export: one series, whatever notes it grows by. */
export function seriesProducer(series: Pick<TrackedSeries, "name">): string {
  return `series:${series.name}`;
}

/**
 * One VTODO per tracked task of a series (RFC 5545 §3.6.2): a task carried through four notes is
 * one item. Each is built as the calendar export builds the task as last written (deadline, zone,
 * owners), then given the series' identity: its UID comes from the series and the tracked id, and
 * its producer is the series, so that a vdir sync of `track` and one of `extract` never take each
 * other's files for their own. `notes` gives each note's model by its file name in the tracking.
 */
export function buildTrackingExport(
  series: TrackedSeries,
  notes: ReadonlyMap<string, Minutes>,
  options: TrackingExportOptions,
): CalendarExport {
  const producer = seriesProducer(series);
  const key = noteKey(producer);
  const components: Component[] = [];
  const timezones = new Map<string, Component>();
  for (const tracked of series.tasks) {
    const last = tracked.history.at(-1)!;
    const minutes = last.file === null ? undefined : notes.get(last.file);
    const task = minutes && findTask(minutes, last.taskId);
    if (!minutes || !task) continue;
    const built = buildCalendarExport(alone(minutes, task), {
      now: options.now,
      people: options.people ?? null,
      notePath: options.notePaths?.get(last.file!) ?? last.file,
      sections: [task.section as TaskSectionKind],
    });
    const todo = built.components.find((component) => component.name === "VTODO");
    if (!todo) continue;
    components.push(
      asTracked(todo, tracked, series, taskUid(key, { id: tracked.id, blockId: null })),
    );
    for (const zone of built.timezones) {
      const id = propertyValue(zone, "TZID") ?? "";
      if (!timezones.has(id)) timezones.set(id, zone);
    }
  }
  return { producer, components, timezones: [...timezones.values()], notExported: [] };
}

function findTask(minutes: Minutes, id: string): Task | undefined {
  for (const section of TASK_SECTIONS) {
    const task = minutes[section].find((candidate) => candidate.id === id);
    if (task) return task;
  }
  return undefined;
}

/** The note with only this task in it, so that the export builds one VTODO and no next meeting. */
function alone(minutes: Minutes, task: Task): Minutes {
  return {
    ...minutes,
    nextMeeting: null,
    resolutionPlan: [],
    actionItems: [],
    commitments: [],
    risks: [],
    [task.section]: [task],
  };
}

// Properties that name the note rather than the series: the meeting it is related to, the path
// of a note known by its id.
const NOTE_PROPERTIES = new Set(["RELATED-TO", "X-MD-MINUTES-PATH"]);

function asTracked(
  todo: Component,
  tracked: TrackedTask,
  series: TrackedSeries,
  uid: string,
): Component {
  const next: Component = {
    ...todo,
    properties: todo.properties.filter((property) => !NOTE_PROPERTIES.has(property.name)),
  };
  setProperty(next, "UID", uid);
  setProperty(next, "X-MD-MINUTES-PRODUCER", textValue(seriesProducer(series)));
  // The tracked id, not the note's task id: that one changes with the section and the wording.
  setProperty(next, "X-MD-MINUTES-TASK", textValue(tracked.id));
  setProperty(next, "X-MD-MINUTES-STATE", tracked.state);
  if (tracked.state === "done") {
    // §3.8.1.11: done in an earlier note is done, whatever the last note that lists it says.
    setProperty(next, "STATUS", "COMPLETED");
    setProperty(next, "PERCENT-COMPLETE", "100");
  }
  const description = propertyValue(next, "DESCRIPTION");
  if (description !== null)
    setProperty(
      next,
      "DESCRIPTION",
      textValue(seriesDescription(unescapeText(description), tracked, series)),
    );
  return next;
}

/**
 * The task export's description with the series in place of the one meeting: that line names the
 * note it was last seen in, which moves with every note and is no change to the task. The path
 * and line stay last, where the sync's digest leaves them out.
 */
function seriesDescription(text: string, tracked: TrackedTask, series: TrackedSeries): string {
  const lines = text.split("\n").filter((line) => !line.startsWith("Meeting: "));
  const where = lines.at(-1)?.startsWith("Note") ? lines.pop()! : null;
  lines.push(`Series: ${series.name}`);
  lines.push(`State: ${tracked.state}${tracked.overdue ? " (overdue)" : ""}`);
  const dues = tracked.history.map((entry) => entry.due).filter((due): due is string => !!due);
  if (tracked.slips > 0) lines.push(`Deadline moved: ${[...new Set(dues)].join(" -> ")}`);
  lines.push(
    `First seen: ${[tracked.firstSeen.date, tracked.firstSeen.file].filter(Boolean).join(" ")}`,
  );
  if (where) lines.push(where);
  return lines.join("\n");
}
