import { isWallClock } from "../model/date-time.js";
import type {
  HistoryEntry,
  NoteRef,
  TrackedSeries,
  TrackedTask,
  Tracking,
  TrackingDiagnostic,
} from "../model/tracking.js";
import { createThreadIndex, linkNote, noteTasks, type Thread } from "./link-tasks.js";
import { groupSeries, type TrackInput } from "./series.js";

export type { TrackInput } from "./series.js";

/** Options of `trackMinutes`; every field is optional, `null` means the default. */
export interface TrackOptions {
  /** One series for every note, under this name (`--series NAME`). Default: by `series`, else `customer`. */
  series?: string | null;
  /**
   * "Now" for `overdue`: "2026-04-16" (00:00) or "2026-04-16T09:00", wall-clock as deadlines are
   * written. Default: none, and no task is overdue.
   */
  now?: string | null;
}

/**
 * Follows tasks across the notes of each series: which were promised, which got done, which
 * slipped, which quietly disappeared. Pure; notes are only read. Invalid options throw.
 */
export function trackMinutes(
  notes: readonly TrackInput[],
  options?: TrackOptions | null,
): Tracking {
  const now = readNowOption(options?.now);
  const grouped = readSeriesOption(options?.series);
  const diagnostics: TrackingDiagnostic[] = [];
  const series = groupSeries(notes, grouped, diagnostics).map(
    (group): TrackedSeries => ({
      name: group.name,
      by: group.by,
      notes: group.notes.map(({ file, minutes }) => ({
        file: file ?? null,
        title: minutes.title,
        date: minutes.date,
        start: minutes.start,
      })),
      tasks: trackSeries(group.name, group.notes, now),
    }),
  );
  return { schemaVersion: 1, now, series, diagnostics };
}

function trackSeries(
  name: string,
  notes: readonly TrackInput[],
  now: string | null,
): TrackedTask[] {
  const index = createThreadIndex(name);
  for (const [position, note] of notes.entries())
    linkNote(index, position, noteTasks(note.minutes));
  const refs = notes.map(({ file, minutes }) => ({ file: file ?? null, date: minutes.date }));
  return index.threads.map((thread) => trackedTask(thread, refs, now));
}

function trackedTask(thread: Thread, refs: readonly NoteRef[], now: string | null): TrackedTask {
  const first = thread.versions[0]!;
  const last = thread.versions.at(-1)!;
  const history: HistoryEntry[] = thread.versions.map(({ note, item, link, score }) => ({
    file: refs[note]!.file,
    date: refs[note]!.date,
    taskId: item.task.id,
    text: item.task.text,
    status: item.task.status,
    due: item.task.due,
    section: item.task.section,
    link,
    score,
    source: item.task.source,
  }));
  const done = thread.versions.find((version) => version.item.task.status === "done");
  const state = done ? "done" : last.note === refs.length - 1 ? "open" : "dropped";
  const due = last.item.task.due;
  return {
    id: thread.id,
    text: last.item.task.text,
    title: last.item.task.title,
    blockId:
      [...thread.versions].reverse().find((v) => v.item.task.blockId)?.item.task.blockId ?? null,
    owners: last.item.owners,
    section: last.item.task.section,
    due,
    dueText: last.item.task.dueText,
    state,
    overdue: state === "open" && due !== null && now !== null && isPast(due, now),
    slips: countSlips(history),
    firstSeen: refs[first.note]!,
    lastSeen: refs[last.note]!,
    doneIn: done ? refs[done.note]! : null,
    history,
  };
}

/** Moves of the deadline to a later one between notes that both give one. */
function countSlips(history: readonly HistoryEntry[]): number {
  let slips = 0;
  let previous: string | null = null;
  for (const { due } of history) {
    if (due === null) continue;
    if (previous !== null && isLater(due, previous)) slips++;
    previous = due;
  }
  return slips;
}

/** A date-only deadline covers its whole day: only a later day, or a later time on a timed day, is later. */
function isLater(due: string, before: string): boolean {
  const [dueDay, beforeDay] = [due.slice(0, 10), before.slice(0, 10)];
  if (dueDay !== beforeDay) return dueDay > beforeDay;
  return due.length > 10 && before.length > 10 && due > before;
}

/** As the `overdue` rule judges it: a date-only deadline lasts the whole day. */
function isPast(due: string, now: string): boolean {
  if (due.length === 10) return due < now.slice(0, 10);
  return due < (now.length === 10 ? `${now}T00:00` : now.slice(0, 16));
}

function readNowOption(now: string | null | undefined): string | null {
  if (now == null || now === "") return null;
  if (typeof now !== "string" || !isWallClock(now))
    throw new TypeError(
      `Invalid md-minutes track option "now": "${String(now)}", expected a date (2026-04-16) or a wall-clock time (2026-04-16T09:00)`,
    );
  return now;
}

function readSeriesOption(series: string | null | undefined): string | null {
  if (series == null) return null;
  if (typeof series !== "string" || series.trim() === "")
    throw new TypeError(
      `Invalid md-minutes track option "series": "${String(series)}", expected a series name`,
    );
  return series.trim();
}
