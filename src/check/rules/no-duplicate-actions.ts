import { TASK_SECTIONS } from "../../model/minutes.js";
import { squash } from "../../util/strings.js";
import { defineRule } from "../rule.js";
import { quote, taskSpan } from "./tasks.js";

export const noDuplicateActions = defineRule({
  id: "no-duplicate-actions",
  description: "No task is listed twice in the same section.",
  defaultSeverity: "error",
  check(minutes, context) {
    for (const kind of TASK_SECTIONS) {
      const firstLine = new Map<string, number>();
      for (const task of minutes[kind]) {
        const key = squash(`${task.title ?? ""} ${task.text}`)
          .toLowerCase()
          .replace(/[.!]+$/, "");
        const seen = firstLine.get(key);
        if (seen === undefined) {
          firstLine.set(key, task.source.start.line);
          continue;
        }
        context.report({
          message: `Unexpected duplicate task ("${quote(task)}"), expected each task once (first on line ${seen})`,
          source: taskSpan(task, context.text),
        });
      }
    }
  },
});
