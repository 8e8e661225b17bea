import type { Task } from "../model/minutes.js";
import { zoneNamedIn, zoneOpening } from "./zone-words.js";

/**
 * "Freeze the branch by 5pm PT Friday" in a note kept in Berlin: the hour is Pacific time, so the
 * task says so (`dueTimezone`), read from the words of its final deadline after every step that
 * may have moved it. A deadline without an hour has no zone to keep.
 */
export function withDueZone(task: Task): Task {
  if (!task.due?.includes("T") || !task.dueText) return task;
  const zone = zoneNamedIn(task.dueText) ?? zoneRightAfter(task.text, task.dueText);
  if (!zone) return task;
  // Beside `dueText`, where a reader of the JSON looks for it.
  const zoned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(task)) {
    zoned[key] = value;
    if (key === "dueText") zoned.dueTimezone = zone;
  }
  return zoned as Task;
}

function zoneRightAfter(text: string, dueText: string): string | null {
  const at = text.indexOf(dueText);
  return at < 0 ? null : zoneOpening(text, at + dueText.length);
}
