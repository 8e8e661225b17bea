import { z } from "zod";
import { meetingKindSchema, type SectionKind, sectionKindSchema } from "../../model/minutes.js";
import { defineRule } from "../rule.js";
import { noteStart } from "./note-start.js";

/** A heading a reader would recognise for each section kind, for the message. */
const EXAMPLE_HEADINGS: Record<SectionKind, string> = {
  attendees: "Attendees",
  context: "Context",
  concerns: "Customer Concerns",
  findings: "Technical Assessment",
  resolutionPlan: "Resolution Plan",
  actionItems: "Action Items",
  commitments: "Commitments",
  risks: "Risk Mitigation",
  decisions: "Decisions",
  notes: "Notes",
  other: "Notes",
};

const optionsSchema = z.partialRecord(meetingKindSchema, z.array(sectionKindSchema));

export const requiredSections = defineRule({
  id: "required-sections",
  description:
    "The note has the sections its kind needs (customer-escalation: concerns, resolutionPlan, actionItems); configurable per kind.",
  defaultSeverity: "error",
  optionsSchema,
  defaultOptions: { "customer-escalation": ["concerns", "resolutionPlan", "actionItems"] },
  check(minutes, context) {
    const required = context.options[minutes.kind] ?? [];
    const present = new Set(minutes.sections.map((section) => section.kind));
    for (const kind of required) {
      if (present.has(kind)) continue;
      context.report({
        message: `Unexpected ${minutes.kind} note without its \`${kind}\` section, expected a heading such as \`${EXAMPLE_HEADINGS[kind]}\``,
        source: noteStart(context.text),
        expected: [EXAMPLE_HEADINGS[kind]],
      });
    }
  },
});
