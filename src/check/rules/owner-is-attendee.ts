import { z } from "zod";
import { closestAttendee } from "../../util/closest-name.js";
import { defineRule } from "../rule.js";
import { allTasks, taskSpan } from "./tasks.js";

export const ownerIsAttendee = defineRule({
  id: "owner-is-attendee",
  description:
    "Every person named as owner is an attendee or a known person in config `people`; groups and organizations pass.",
  defaultSeverity: "error",
  optionsSchema: z.strictObject({
    allow: z
      .array(z.string())
      .optional()
      .describe('names accepted as owners although they were not in the room, e.g. ["Legal"]'),
  }),
  defaultOptions: {},
  check(minutes, context) {
    // Without an attendee list every owner would be reported; that is the `attendees` rule's business.
    if (minutes.attendees.length === 0) return;
    const allowed = new Set((context.options.allow ?? []).map((name) => name.toLowerCase()));
    for (const task of allTasks(minutes)) {
      for (const owner of task.owners) {
        if (owner.kind !== "person" || owner.attendeeId) continue;
        if (context.people.isKnownPerson(owner.name) || allowed.has(owner.name.toLowerCase()))
          continue;
        const near = closestAttendee(owner.name, minutes.attendees);
        const narrowed = context.text.narrow(task.source, owner.name);
        context.report({
          message:
            `Unexpected owner \`${owner.name}\` who is not an attendee, expected ` +
            (near
              ? `\`${near.name}\` or another attendee`
              : "an attendee or a person in config `people`"),
          source: narrowed === task.source ? taskSpan(task, context.text) : narrowed,
          actual: owner.name,
          expected: near ? [near.name] : minutes.attendees.map((attendee) => attendee.name),
        });
      }
    }
  },
});
