import { defineRule } from "../rule.js";
import { noteStart } from "./note-start.js";
import { wasNotRead } from "./unread.js";

export const attendees = defineRule({
  id: "attendees",
  description: "The note lists attendees.",
  defaultSeverity: "error",
  check(minutes, context) {
    if (minutes.attendees.length > 0 || wasNotRead(minutes)) return;
    const section = minutes.sections.find((candidate) => candidate.kind === "attendees");
    context.report({
      message: section
        ? "Unexpected empty attendees section, expected one attendee per line or a `Group: Name (Role)` list"
        : "Unexpected note without attendees, expected an `**Attendees:**` list or an `Attendees` section",
      source: section ? section.source : noteStart(context.text),
    });
  },
});
