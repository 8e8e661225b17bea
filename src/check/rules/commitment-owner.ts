import { defineRule } from "../rule.js";
import { quote, taskSpan } from "./tasks.js";

export const commitmentOwner = defineRule({
  id: "commitment-owner",
  description: "Every commitment has an owner.",
  defaultSeverity: "error",
  check(minutes, context) {
    for (const task of minutes.commitments) {
      if (task.owners.length > 0) continue;
      context.report({
        message: `Unexpected commitment without owner ("${quote(task)}"), expected a lead-in such as \`Ines committed to:\` or \`Name:\` before it`,
        source: taskSpan(task, context.text),
      });
    }
  },
});
