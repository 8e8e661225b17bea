import { z } from "zod";
import { defineRule } from "../rule.js";
import { lastSeenSpan, quoteTracked } from "./series-tasks.js";

export const slippedDeadline = defineRule({
  id: "slipped-deadline",
  description: "No unfinished item's deadline moves later from one note of its series to the next.",
  defaultSeverity: "warn",
  note: "runs over two or more notes of one series",
  optionsSchema: z.strictObject({
    allowedSlips: z
      .number()
      .int()
      .min(0)
      .describe("how many moves later are accepted before it warns"),
  }),
  defaultOptions: { allowedSlips: 0 },
  check() {},
  checkSeries(series, context) {
    for (const task of series.tasks) {
      // A done task's slips are history; the rule is about promises still standing.
      if (task.state === "done" || task.slips <= context.options.allowedSlips) continue;
      const dues = [
        ...new Set(task.history.map((entry) => entry.due).filter((due): due is string => !!due)),
      ];
      const times = task.slips === 1 ? "once" : `${task.slips} times`;
      context.report({
        ...lastSeenSpan(task, context, task.dueText),
        message: `Unexpected deadline moved later ${times} (${dues.join(" -> ")}) for "${quoteTracked(task)}", expected at most ${context.options.allowedSlips} move${context.options.allowedSlips === 1 ? "" : "s"}`,
        actual: task.due ?? undefined,
      });
    }
  },
});
