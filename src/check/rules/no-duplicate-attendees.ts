import { fold, squash } from "../../util/strings.js";
import { defineRule } from "../rule.js";

export const noDuplicateAttendees = defineRule({
  id: "no-duplicate-attendees",
  description: "No attendee is listed twice.",
  defaultSeverity: "error",
  check(minutes, context) {
    // The model keeps one attendee per person; the extractor notes each repeated listing.
    for (const diagnostic of minutes.diagnostics) {
      if (diagnostic.code !== "duplicate-attendee" || !diagnostic.source) continue;
      const name = /"([^"]+)"/.exec(diagnostic.message)?.[1] ?? "";
      const firstLine = /line (\d+)/.exec(diagnostic.message)?.[1];
      context.report({
        message: `Unexpected duplicate attendee \`${name}\`, expected each attendee once${firstLine ? ` (first on line ${firstLine})` : ""}`,
        source: context.text.narrow(diagnostic.source, name),
      });
    }
    // Two entries the extractor kept apart (different handles) that still carry the same name.
    const firstLine = new Map<string, number>();
    for (const attendee of minutes.attendees) {
      const key = squash(fold(attendee.name));
      const seen = firstLine.get(key);
      if (seen === undefined) {
        firstLine.set(key, attendee.source.start.line);
        continue;
      }
      context.report({
        message: `Unexpected duplicate attendee \`${attendee.name}\`, expected each attendee once (first on line ${seen})`,
        source: context.text.narrow(attendee.source, attendee.name),
      });
    }
  },
});
