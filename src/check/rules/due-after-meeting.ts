import { defineRule } from "../rule.js";
import { allTasks, dueSpan } from "./tasks.js";

export const dueAfterMeeting = defineRule({
  id: "due-after-meeting",
  description:
    "No deadline of open work lies before the meeting (a finished item's date is when it was done).",
  defaultSeverity: "error",
  check(minutes, context) {
    if (!minutes.date) return;
    const meeting = minutes.start ? `${minutes.date}T${minutes.start}` : minutes.date;
    for (const task of allTasks(minutes)) {
      // A finished task's date before the meeting is when it was done, as a report lists it.
      if (!task.due || task.status === "done" || !isBefore(task.due, meeting)) continue;
      context.report({
        message: `Unexpected deadline ${task.due}${task.dueText ? ` ("${task.dueText}")` : ""} before the meeting on ${meeting}, expected a date on or after the meeting`,
        source: dueSpan(task, context.text),
        actual: task.due,
        expected: [`on or after ${meeting}`],
      });
    }
  },
});

/** Wall-clock ISO strings compare as text; a date alone is compared by its day only. */
function isBefore(due: string, meeting: string): boolean {
  if (due.length === 10 || meeting.length === 10) return due.slice(0, 10) < meeting.slice(0, 10);
  return due < meeting;
}
