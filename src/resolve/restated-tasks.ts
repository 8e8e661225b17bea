import type { Task } from "../model/minutes.js";
import { fold, squash, wordsWithoutDeadline } from "../util/strings.js";

type TaskLists = Record<"resolutionPlan" | "actionItems" | "commitments", Task[]>;

/** The task's own words: its text without the deadline's words, case and punctuation. */
const taskWords = (task: Task) => wordsWithoutDeadline(task.text, task.dueText);

const ownerKey = (task: Task) =>
  task.owners
    .map((owner) => fold(owner.name))
    .sort()
    .join("|");

/** Whether `later` adds nothing to `earlier` that contradicts it: another deadline or other owners. */
function agrees(earlier: Task, later: Task): boolean {
  if (earlier.due && later.due && earlier.due !== later.due) return false;
  if (earlier.owners.length > 0 && later.owners.length > 0 && ownerKey(earlier) !== ownerKey(later))
    return false;
  return earlier.status === later.status;
}

/**
 * A summary list ("Next steps", "To do") often repeats tasks that an earlier list stated with
 * their owners and deadlines. A later task whose words are an earlier task's words, less the
 * deadline, is the same task: it is dropped, and the owners or deadline it adds go to the
 * earlier one. The same words twice in one list are left for `no-duplicate-actions` to report.
 */
export function withoutRestatements(lists: TaskLists): TaskLists {
  const entries = (Object.keys(lists) as Array<keyof TaskLists>).flatMap((kind) =>
    lists[kind].map((task) => ({ kind, task, words: taskWords(task) })),
  );
  entries.sort((a, b) => a.task.source.start.offset - b.task.source.start.offset);
  const first = new Map<string, (typeof entries)[number]>();
  const merged = new Map<Task, Task>();
  const dropped = new Set<Task>();
  for (const entry of entries) {
    if (entry.words.split(" ").length < 2) continue;
    const earlier = first.get(entry.words);
    if (!earlier) {
      first.set(entry.words, entry);
      continue;
    }
    const kept = merged.get(earlier.task) ?? earlier.task;
    const sameWords = squash(kept.text) === squash(entry.task.text);
    if ((earlier.kind === entry.kind && sameWords) || !agrees(kept, entry.task)) continue;
    merged.set(earlier.task, {
      ...kept,
      owners: kept.owners.length > 0 ? kept.owners : entry.task.owners,
      ...(kept.due || kept.dueText
        ? {}
        : { due: entry.task.due, dueText: entry.task.dueText, duration: entry.task.duration }),
    });
    dropped.add(entry.task);
  }
  const settle = (list: Task[]) =>
    list.filter((task) => !dropped.has(task)).map((task) => merged.get(task) ?? task);
  return {
    resolutionPlan: settle(lists.resolutionPlan),
    actionItems: settle(lists.actionItems),
    commitments: settle(lists.commitments),
  };
}
