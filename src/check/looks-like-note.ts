import type { Minutes } from "../model/minutes.js";

const TASK_SECTIONS = new Set(["resolutionPlan", "actionItems", "commitments"]);
// A stated date or front matter that could not be read still shows the author meant a note.
const NOTE_INTENT_CODES = new Set(["unreadable-date", "front-matter"]);

/**
 * Whether a Markdown file looks like a meeting note, so that `check` judges it by default: it has
 * a date of its own (not one the options lent it), an attendee list, or a task section (action
 * items, resolution plan, commitments). READMEs, changelogs and docs have none of these.
 */
export function looksLikeMeetingNote(minutes: Minutes): boolean {
  if (minutes.date !== null && minutes.dateSource !== "option") return true;
  if (minutes.attendees.length > 0) return true;
  if (minutes.sections.some((section) => section.kind === "attendees")) return true;
  if (minutes.sections.some((section) => TASK_SECTIONS.has(section.kind))) return true;
  return minutes.diagnostics.some((diagnostic) => NOTE_INTENT_CODES.has(diagnostic.code));
}
