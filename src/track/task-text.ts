import type { TrackedTask } from "../model/tracking.js";

// What is left before a deadline once its date is taken out: "by", "(due", a trailing comma.
const DEADLINE_WORDS = new Set(["by", "due", "before", "until", "till", "on"]);

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

/** Takes "by", "(due" and separators off the end, a word at a time (no regex over the whole text). */
function withoutDeadlineLead(text: string): string {
  let rest = text;
  for (;;) {
    rest = trimEnd(rest, " \t,;(");
    const space = rest.lastIndexOf(" ");
    const word = rest
      .slice(space + 1)
      .toLowerCase()
      .replace(/^\(/, "");
    if (!DEADLINE_WORDS.has(word)) return rest;
    rest = rest.slice(0, space + 1);
  }
}

function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
