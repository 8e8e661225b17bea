import type { TrackedSeries, TrackedTask, Tracking } from "../model/tracking.js";
import { withoutDeadline } from "./task-text.js";

const NO_OWNER = "(no owner)";
const STATE_ORDER = { open: 0, dropped: 1, done: 2 } as const;

/**
 * For a person before the next call: per series, per owner, each task with its state, deadline,
 * flags and where it was last seen; a counts line at the end. Plain text, no colour.
 */
export function formatTrackingStylish(tracking: Tracking): string {
  const blocks = tracking.series.map(seriesBlock);
  for (const diagnostic of tracking.diagnostics) blocks.push(`warning: ${diagnostic.message}\n`);
  blocks.push(`${countsLine(tracking)}\n`);
  return blocks.join("\n");
}

function seriesBlock(series: TrackedSeries): string {
  const dates = series.notes.map((note) => note.date).filter((date): date is string => !!date);
  const span = dates.length > 0 ? `, ${dates[0]} to ${dates.at(-1)}` : "";
  const notes = `${series.notes.length} note${series.notes.length === 1 ? "" : "s"}`;
  const lines = [`${series.name} (${notes}${span})`];
  const byOwner = new Map<string, TrackedTask[]>();
  for (const task of series.tasks)
    for (const owner of task.owners.length > 0 ? task.owners : [NO_OWNER]) {
      const list = byOwner.get(owner) ?? [];
      list.push(task);
      byOwner.set(owner, list);
    }
  const owners = [...byOwner.keys()].sort((a, b) =>
    a === NO_OWNER ? 1 : b === NO_OWNER ? -1 : a.localeCompare(b),
  );
  for (const owner of owners) {
    lines.push(`  ${owner}`);
    const tasks = byOwner.get(owner)!.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]);
    for (const task of tasks) lines.push(`    ${taskLine(task)}`);
  }
  return `${lines.join("\n")}\n`;
}

function taskLine(task: TrackedTask): string {
  const flags = [
    task.overdue ? "overdue" : "",
    task.slips > 0 ? `slipped ${task.slips}x` : "",
    task.history.some((entry) => entry.link === "similar") ? "reworded" : "",
  ].filter(Boolean);
  const last = task.history.at(-1)!;
  const where = `${last.file ?? last.date ?? "?"}:${last.source.start.line}`;
  const due = task.due ? `  due ${task.due}` : "";
  const when =
    task.state === "done"
      ? `  done in ${task.doneIn?.file ?? task.doneIn?.date}`
      : task.state === "dropped"
        ? `  last seen ${where}`
        : `  ${where}`;
  return `${task.state.padEnd(7)} ${withoutDeadline(task)}${due}${flags.length > 0 ? `  (${flags.join(", ")})` : ""}${when}`;
}

function countsLine(tracking: Tracking): string {
  const tasks = tracking.series.flatMap((series) => series.tasks);
  const count = (state: TrackedTask["state"]) =>
    tasks.filter((task) => task.state === state).length;
  const overdue = tasks.filter((task) => task.overdue).length;
  const slipped = tasks.filter((task) => task.slips > 0).length;
  const series = tracking.series.length;
  return `${tasks.length} task${tasks.length === 1 ? "" : "s"} in ${series} series: ${count("open")} open (${overdue} overdue), ${count("done")} done, ${count("dropped")} dropped; ${slipped} slipped`;
}
