import type { Minutes } from "../../model/minutes.js";

// Codes after which the model is the empty one: its missing date and attendees say nothing.
const EMPTY_MODEL_CODES = new Set(["input-too-large", "internal-error", "schema"]);

/**
 * Whether the note was not read at all (too large, or an internal error); rules about what a note
 * lacks stay silent then, since the rule of that diagnostic already says why.
 */
export function wasNotRead(minutes: Minutes): boolean {
  return minutes.diagnostics.some((diagnostic) => EMPTY_MODEL_CODES.has(diagnostic.code));
}
