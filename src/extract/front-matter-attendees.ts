import type { Source } from "../model/source.js";
import { type PersonEntry, parsePeopleList } from "./person-entry.js";

/**
 * `attendees:` in front matter, as a YAML list (`- Ana Lima (CTO, Acme)`) or one comma string
 * (`attendees: Ana Lima, Ben Ortiz`); each entry is read like a line of an attendee list.
 */
export function frontMatterAttendees(
  frontMatter: Record<string, unknown> | null,
  frontMatterText: string | null,
): { entries: PersonEntry[]; source: Source } | null {
  const value = frontMatter?.attendees;
  const texts =
    typeof value === "string"
      ? [value]
      : Array.isArray(value)
        ? value.filter((entry): entry is string => typeof entry === "string")
        : [];
  const entries = texts.flatMap((text) => parsePeopleList(text));
  if (entries.length === 0) return null;
  return { entries, source: keySource(frontMatterText ?? "", "attendees") };
}

/** The lines of a top-level key and its indented or listed values; line 1 when it is not found. */
function keySource(text: string, key: string): Source {
  const lines = text.split("\n");
  let offset = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith(`${key}:`)) {
      let last = index;
      while (last + 1 < lines.length && /^(?:\s|-\s|-$)/.test(lines[last + 1]!)) last++;
      let endOffset = offset;
      for (let i = index; i <= last; i++) endOffset += lines[i]!.length + (i < last ? 1 : 0);
      return {
        start: { line: index + 1, column: 1, offset },
        end: { line: last + 1, column: lines[last]!.length + 1, offset: endOffset },
      };
    }
    offset += line.length + 1;
  }
  return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
}
