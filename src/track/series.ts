import type { Minutes } from "../model/minutes.js";
import type { TrackedSeries, TrackingDiagnostic } from "../model/tracking.js";
import { fold, squash } from "../util/strings.js";

/** A note as `trackMinutes` takes it: its model and, when known, the path it was read from. */
export interface TrackInput {
  file?: string | null;
  minutes: Minutes;
}

export interface SeriesGroup {
  name: string;
  by: TrackedSeries["by"];
  /** In meeting order. */
  notes: TrackInput[];
}

/**
 * Notes belong together when they share `series`, else `customer` (folded, so "Kestrel maritime"
 * and "Kestrel Maritime" meet); a note with neither is a series of its own. `grouped` (the
 * `--series` option) puts every note in one. Groups come in the order their first note was given.
 */
export function groupSeries(
  notes: readonly TrackInput[],
  grouped: string | null,
  diagnostics: TrackingDiagnostic[],
): SeriesGroup[] {
  const groups = new Map<string, SeriesGroup>();
  notes.forEach((note, index) => {
    const { key, name, by } = seriesOf(note, index, grouped);
    let group = groups.get(key);
    if (!group) {
      group = { name, by, notes: [] };
      groups.set(key, group);
    }
    group.notes.push(note);
  });
  for (const group of groups.values()) group.notes = inMeetingOrder(group.notes, diagnostics);
  return [...groups.values()];
}

/**
 * Whether a note can share a series with others without `--series`: it names its series or its
 * customer. Any other note is a series of its own, which no rule over a series reads.
 */
export function canJoinSeries(minutes: Pick<Minutes, "series" | "customer">): boolean {
  return namedSeries(minutes) !== null;
}

type SeriesKey = { key: string; name: string; by: TrackedSeries["by"] };

/** The series a note names by its `series`, else its `customer`; null when it names neither. */
function namedSeries(minutes: Pick<Minutes, "series" | "customer">): SeriesKey | null {
  const series = minutes.series ? squash(minutes.series) : "";
  if (series) return { key: `series:${fold(series)}`, name: series, by: "series" };
  const customer = minutes.customer ? squash(minutes.customer) : "";
  if (customer) return { key: `customer:${fold(customer)}`, name: customer, by: "customer" };
  return null;
}

function seriesOf(note: TrackInput, index: number, grouped: string | null): SeriesKey {
  if (grouped) return { key: "option", name: grouped, by: "option" };
  const named = namedSeries(note.minutes);
  if (named) return named;
  const name = note.file || `note ${index + 1}`;
  return { key: `note:${index}`, name, by: "note" };
}

/**
 * By meeting date and start, then file name. A note without a date cannot be placed among the
 * dated ones; it follows them, by file name, and is reported.
 */
function inMeetingOrder(
  notes: readonly TrackInput[],
  diagnostics: TrackingDiagnostic[],
): TrackInput[] {
  const dated = notes.filter((note) => note.minutes.date !== null);
  const undated = notes.filter((note) => note.minutes.date === null);
  if (notes.length > 1)
    for (const note of undated)
      diagnostics.push({
        code: "no-meeting-date",
        message: `${note.file ?? "A note"} states no meeting date, so it is placed after the dated notes of its series, by file name; give it a date to place it`,
        file: note.file ?? null,
      });
  const byFile = (a: TrackInput, b: TrackInput) => compare(a.file ?? "", b.file ?? "");
  dated.sort(
    (a, b) =>
      compare(a.minutes.date!, b.minutes.date!) ||
      compare(a.minutes.start ?? "", b.minutes.start ?? "") ||
      byFile(a, b),
  );
  undated.sort(byFile);
  return [...dated, ...undated];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
