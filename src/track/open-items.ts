import type { TrackedSeries, TrackedTask, Tracking } from "../model/tracking.js";
import { withoutDeadline } from "./task-text.js";

/**
 * The open tasks as a section to paste into the next meeting's note: one task-list item per open
 * task, with its owners, its deadline and its tracked id as `^blockId`, so that tracking the next
 * note links each item back by block id, whatever its wording becomes. The heading is one the
 * parser reads as action items. Several series give one section each, named after the series.
 */
export function formatOpenItems(tracking: Tracking): string {
  const several = tracking.series.length > 1;
  return tracking.series
    .map((series) => openItemsSection(series, several))
    .filter((section) => section !== "")
    .join("\n");
}

function openItemsSection(series: TrackedSeries, named: boolean): string {
  const open = series.tasks.filter((task) => task.state === "open");
  if (open.length === 0) return "";
  const heading = named ? `## Open items: ${series.name}` : "## Open items";
  return `${heading}\n\n${open.map(openItem).join("\n")}\n`;
}

function openItem(task: TrackedTask): string {
  const text = withoutDeadline(task);
  const [first, ...more] = task.owners;
  const lead = first && more.length === 0 ? `**${first}:** ` : "";
  const owners = more.length > 0 ? ` (owners: ${task.owners.join(", ")})` : "";
  const due = task.due ? ` (due ${task.due.replace("T", " ")})` : "";
  return `- [ ] ${lead}${text}${owners}${due} ^${task.blockId ?? task.id}`;
}
