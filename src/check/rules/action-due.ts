import { defineRule } from "../rule.js";
import { quote, taskSpan } from "./tasks.js";

export const actionDue = defineRule({
  id: "action-due",
  description: "Every open action item has a deadline, unless it waits on a condition.",
  defaultSeverity: "warn",
  check(minutes, context) {
    for (const task of minutes.actionItems) {
      // A phrase that is there but unreadable is `due-parseable`'s (or `meeting-date`'s) business.
      if (task.due || task.dueText || task.recurrence || task.status === "done") continue;
      // "If the failures recur, Pim will page the on-call engineer": work that waits on a
      // condition has no day to keep until it holds.
      if (task.condition) continue;
      context.report({
        message: `Unexpected action item without deadline ("${quote(task)}"), expected a date such as \`by Oct 17\` or \`within 24 hours\``,
        source: taskSpan(task, context.text),
      });
    }
  },
});
