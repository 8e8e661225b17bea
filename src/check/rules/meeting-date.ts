import { defineRule } from "../rule.js";
import { isNextMeeting } from "./extraction.js";
import { noteStart } from "./note-start.js";
import { wasNotRead } from "./unread.js";

export const meetingDate = defineRule({
  id: "meeting-date",
  description: "The note states when the meeting took place.",
  defaultSeverity: "error",
  check(minutes, context) {
    if (minutes.date || wasNotRead(minutes)) return;
    // A date in front matter that cannot be read is not a missing `date:`: say what happened.
    if (minutes.diagnostics.some((diagnostic) => diagnostic.code === "front-matter")) {
      context.report({
        message:
          "Unexpected note without a meeting date: its front matter cannot be read (see `front-matter`), expected valid front matter or a `**Date:**` line",
        source: noteStart(context.text),
      });
      return;
    }
    // A stated date that names no day is reported by `unreadable-date`, at the date itself.
    if (
      minutes.diagnostics.some(
        (diagnostic) => diagnostic.code === "unreadable-date" && !isNextMeeting(diagnostic),
      )
    )
      return;
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
