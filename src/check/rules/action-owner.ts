import { defineRule } from "../rule.js";
import { quote, taskSpan } from "./tasks.js";

export const actionOwner = defineRule({
  id: "action-owner",
  description: "Every action item has an owner.",
  defaultSeverity: "error",
  check(minutes, context) {
    for (const task of minutes.actionItems) {
      if (task.owners.length > 0) continue;
      context.report({
        message: `Unexpected action item without owner ("${quote(task)}"), expected \`Name:\` or \`@handle\` before the task`,
        source: taskSpan(task, context.text),
        expected: ["**Name:** task", "task @handle"],
      });
    }
  },
});
