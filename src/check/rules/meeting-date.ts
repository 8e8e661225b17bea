import { defineRule } from "../rule.js";
import { noteStart } from "./note-start.js";

export const meetingDate = defineRule({
  id: "meeting-date",
  description: "The note states when the meeting took place.",
  defaultSeverity: "error",
  check(minutes, context) {
    if (minutes.date) return;
    const relative = minutes.diagnostics.filter(
      (diagnostic) => diagnostic.code === "no-reference-date",
    ).length;
    context.report({
      message:
        "Unexpected note without a meeting date, expected a `**Date:**` line, a `date:` in front matter or a date in the file name" +
        (relative
          ? ` (${relative} relative deadline${relative === 1 ? "" : "s"} cannot be resolved without it)`
          : ""),
      source: noteStart(context.text),
      expected: ["**Date:** 2025-09-27"],
    });
  },
});
