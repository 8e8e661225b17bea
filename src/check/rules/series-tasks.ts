import type { Source } from "../../model/source.js";
import type { TrackedTask } from "../../model/tracking.js";
import type { SeriesRuleContext } from "../rule.js";

/** A short quote of a tracked task for messages, as it was last written. */
export function quoteTracked(task: TrackedTask): string {
  const words = task.title ? `${task.title}: ${task.text}` : task.text;
  return words.length > 60 ? `${words.slice(0, 57)}…` : words;
}

/** Where the task was last seen: its first line in that note, or its deadline phrase there. */
export function lastSeenSpan(
  task: TrackedTask,
  context: SeriesRuleContext<unknown>,
  narrowTo: string | null = null,
): { file: string | null; source: Source } {
  const last = task.history.at(-1)!;
  const text = context.textOf(last.file);
  if (!text) return { file: last.file, source: last.source };
  const line = text.firstLine(last.source);
  const narrowed = narrowTo ? text.narrow(last.source, narrowTo) : last.source;
  return { file: last.file, source: narrowed === last.source ? line : narrowed };
}
