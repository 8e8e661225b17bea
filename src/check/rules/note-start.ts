import type { Source } from "../../model/source.js";
import type { NoteText } from "../note-text.js";

/** The first line with text: where a note-level problem (no date, no attendees) is shown. */
export function noteStart(text: NoteText): Source {
  const match = /\S/.exec(text.value);
  const start = match ? match.index : 0;
  const lineEnd = text.value.indexOf("\n", start);
  const end = lineEnd === -1 ? text.value.length : lineEnd;
  return { start: text.pointAt(start), end: text.pointAt(end) };
}
