import { defineRule } from "../rule.js";
import { lastSeenSpan, quoteTracked } from "./series-tasks.js";
import { allTasks, dueSpan, quote } from "./tasks.js";

export const overdue = defineRule({
  id: "overdue",
  description: "No open item's deadline has passed.",
  defaultSeverity: "warn",
  note: "only runs when `now` (`--now`) is given",
  check(minutes, context) {
    const now = context.now;
    if (!now) return;
    for (const task of allTasks(minutes)) {
      if (task.status === "done" || !task.due || !isPast(task.due, now)) continue;
      context.report({
        message: `Unexpected open item past its deadline ${task.due} ("${quote(task)}"), expected it done (\`- [x]\`) or rescheduled`,
        source: dueSpan(task, context.text),
        actual: task.due,
      });
    }
  },
  // Over a series, once per task, where it was last seen; a task done in a later note is not overdue.
  checkSeries(series, context) {
    for (const task of series.tasks) {
      if (!task.overdue || !task.due) continue;
      context.report({
        ...lastSeenSpan(task, context, task.dueText),
        message: `Unexpected open item past its deadline ${task.due} ("${quoteTracked(task)}"), expected it done (\`- [x]\`) or rescheduled`,
        actual: task.due,
      });
    }
  },
});

/** A date-only deadline lasts the whole day. */
function isPast(due: string, now: string): boolean {
  if (due.length === 10) return due < now.slice(0, 10);
  return due < (now.length === 10 ? `${now}T00:00` : now.slice(0, 16));
}
