import type { Attendee, PersonRef } from "../model/minutes.js";
import type { Person } from "../model/options.js";
import { fold } from "../parse/text.js";
import { isGroupName } from "./names.js";

/** Finds who a name in the note means: an attendee, a known person, a group or an organization. */
export interface PeopleIndex {
  resolve(name: string): PersonRef;
  /** Whether the name is one of the known people from the options (not an attendee). */
  isKnownPerson(name: string): boolean;
}

const key = (text: string) => fold(text).replace(/^@/, "").replace(/[^a-z0-9]+/g, " ").trim();

export function buildPeopleIndex(attendees: readonly Attendee[], people: Record<string, Person> | null | undefined, organizations: readonly string[]): PeopleIndex {
  const exact = new Map<string, string | null>();
  const partial = new Map<string, Set<string>>();
  const known = new Set<string>();
  const add = (map: Map<string, string | null>, name: string | null | undefined, id: string) => {
    if (!name) return;
    const k = key(name);
    if (!k) return;
    // A name that two attendees share settles nothing.
    map.set(k, map.has(k) && map.get(k) !== id ? null : id);
  };
  const addPartial = (name: string, id: string) => {
    const k = key(name);
    if (!k) return;
    const ids = partial.get(k) ?? new Set<string>();
    ids.add(id);
    partial.set(k, ids);
  };
  for (const attendee of attendees) {
    add(exact, attendee.name, attendee.id);
    add(exact, attendee.id.replace(/-/g, " "), attendee.id);
    add(exact, attendee.handle, attendee.id);
    add(exact, attendee.abbreviation, attendee.id);
    if (attendee.email) add(exact, attendee.email.split("@")[0], attendee.id);
    const parts = attendee.name.split(/\s+/).filter((part) => part.length > 1);
    if (parts.length > 1) {
      for (const part of parts) addPartial(part, attendee.id);
      addPartial(parts.map((part) => part[0]).join(""), attendee.id);
    }
  }
  for (const [fullName, person] of Object.entries(people ?? {})) {
    const attendee = attendees.find((candidate) => exact.get(key(fullName)) === candidate.id);
    for (const alias of [fullName, ...(person.aliases ?? [])]) {
      known.add(key(alias));
      if (attendee) add(exact, alias, attendee.id);
    }
    // Notes call known people by first or last name too ("Dana:" for Dana Whitfield), as they do attendees.
    for (const part of fullName.split(/\s+/)) if (part.length > 1) known.add(key(part));
  }
  const orgKeys = new Set(organizations.filter(Boolean).map(key));
  for (const word of ["vendor", "customer", "client", "us", "we"]) orgKeys.add(word);

  return {
    resolve(name: string): PersonRef {
      const written = name.trim();
      const k = key(written);
      const direct = exact.get(k);
      if (direct) return { name: written, attendeeId: direct, kind: "person" };
      const candidates = partial.get(k);
      if (direct === undefined && candidates && candidates.size === 1) {
        return { name: written, attendeeId: [...candidates][0]!, kind: "person" };
      }
      if (isGroupName(written)) return { name: written, attendeeId: null, kind: "group" };
      if (orgKeys.has(k)) return { name: written, attendeeId: null, kind: k === "us" || k === "we" ? "group" : "organization" };
      return { name: written, attendeeId: null, kind: "person" };
    },
    isKnownPerson(name: string): boolean {
      return known.has(key(name));
    },
  };
}
