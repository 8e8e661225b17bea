import type { TrackedTask } from "../model/tracking.js";

// The word that led into a deadline, left once the deadline's words are taken out: "by Friday",
// "(due 2026-04-14)", "for 6 PM today", "within 24 hours".
const DEADLINE_WORDS = new Set([
  "by",
  "due",
  "before",
  "until",
  "till",
  "on",
  "for",
  "within",
  "in",
  "at",
]);

/**
 * The text as last written (after its bold title, when it has one), without the words of its
 * deadline or its block id: the outputs write the deadline on their own.
 */
export function withoutDeadline(task: Pick<TrackedTask, "title" | "text" | "dueText">): string {
  const text = task.title ? `${task.title}: ${task.text}` : task.text;
  let clean = text.replace(/\s+\^[A-Za-z0-9][A-Za-z0-9-]*\s*$/, "");
  const at = task.dueText ? clean.toLowerCase().lastIndexOf(task.dueText.toLowerCase()) : -1;
  if (task.dueText && at !== -1) {
    const before = withoutDeadlineLead(clean.slice(0, at));
    const after = clean.slice(at + task.dueText.length).replace(/^\s*\)/, "");
    clean = `${before}${after}`;
  }
  return trimEnd(clean.trim(), " \t,;:") || text;
}

/**
 * Takes the one word that led into the deadline ("by", "(due", "for") and separators off the end;
 * one word only, so that "Log in by Friday" keeps its "in".
 */
function withoutDeadlineLead(text: string): string {
  const rest = trimEnd(text, " \t,;(");
  const space = rest.lastIndexOf(" ");
  const word = rest
    .slice(space + 1)
    .toLowerCase()
    .replace(/^\(/, "");
  return DEADLINE_WORDS.has(word) ? trimEnd(rest.slice(0, space + 1), " \t,;(") : rest;
}

function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
