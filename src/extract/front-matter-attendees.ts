import type { Source } from "../model/source.js";
import { OUR_SIDE, type PersonEntry, parsePeopleList } from "./person-entry.js";

/** The front-matter keys that list who came, in the order they are looked for. */
const PEOPLE_KEYS = ["attendees", "participants", "present", "people"] as const;

/**
 * `attendees:` (or `participants:`, `present:`, `people:`) in front matter, as a YAML list
 * (`- Ana Lima (CTO, Acme)`), one comma string (`attendees: Ana Lima, Ben Ortiz`), or a list of
 * records (`- name: Ana Lima` with `org:` / `role:` / `handle:` / `email:`); each string entry
 * is read like a line of an attendee list.
 */
export function frontMatterAttendees(
  frontMatter: Record<string, unknown> | null,
  frontMatterText: string | null,
): { entries: PersonEntry[]; source: Source } | null {
  const key = PEOPLE_KEYS.find((name) => frontMatter?.[name] !== undefined);
  if (!key) return null;
  const value = frontMatter![key];
  const listed = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  const entries = listed.flatMap((entry): PersonEntry[] => {
    if (typeof entry === "string") return parsePeopleList(entry);
    const record = personRecord(entry);
    return record ? [record] : [];
  });
  if (entries.length === 0) return null;
  return { entries, source: keySource(frontMatterText ?? "", key) };
}

/** `{ name: Ana Lima, org: Acme, role: CTO }`: one person as a record. */
function personRecord(entry: unknown): PersonEntry | null {
  if (typeof entry !== "object" || entry === null) return null;
  const record = entry as Record<string, unknown>;
  const text = (...keys: string[]) => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === "string" && value.trim()) return value.trim();
    }
    return null;
  };
  const name = text("name", "full_name", "fullName");
  if (!name) return null;
  const organization = text("org", "organization", "organisation", "company", "affiliation");
  const handle = text("handle", "github", "username");
  return {
    name,
    handle: handle ? (handle.startsWith("@") ? handle : `@${handle}`) : null,
    abbreviation: null,
    role: text("role", "title", "position"),
    // "org: Us" marks the writers' own side, not an organization called Us.
    organization: organization && !OUR_SIDE.test(organization) ? organization : null,
    email: text("email", "mail"),
  };
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
