import type { Attendee, Minutes, PersonRef } from "../../model/minutes.js";
import type { Person } from "../../model/options.js";
import { fold } from "../../util/strings.js";
import { type Property, textValue } from "./content-line.js";
import type { TimeForm, ZoneUse } from "./date-values.js";

/** What every component builder of one export shares. */
export interface ExportContext {
  minutes: Minutes;
  form: TimeForm;
  zoneUse: ZoneUse;
  /** DTSTAMP (§3.8.7.2), in UTC. */
  stamp: string;
  /** Who wrote the components (see `noteProducer`), written as X-MD-MINUTES-PRODUCER into each. */
  producer: string;
  notePath: string | null;
  /** The meeting VEVENT's UID, when the meeting has a date and so an event. */
  meetingUid: string | null;
  people: Record<string, Person>;
}

/**
 * Who wrote a component: X-MD-MINUTES-PRODUCER, and for a note named by its id, the path it was
 * exported from (X-MD-MINUTES-PATH), so that a later export of another note with the same id (a
 * copied note) can be told from the same note renamed.
 */
export function producerProperties(context: ExportContext): Property[] {
  const properties: Property[] = [
    { name: "X-MD-MINUTES-PRODUCER", value: textValue(context.producer) },
  ];
  if (context.producer.startsWith("id:") && context.notePath)
    properties.push({ name: "X-MD-MINUTES-PATH", value: textValue(context.notePath) });
  return properties;
}

export interface Owner {
  /** The full name when the owner is a known attendee, else the name as written. */
  name: string;
  email: string | null;
}

export function ownersOf(refs: readonly PersonRef[], context: ExportContext): Owner[] {
  return refs.map((ref) => {
    const attendee =
      context.minutes.attendees.find((candidate) => candidate.id === ref.attendeeId) ?? null;
    const name = attendee?.name ?? ref.name;
    return { name, email: attendee?.email ?? emailFromPeople(attendee, ref.name, context.people) };
  });
}

export function attendeeEmail(attendee: Attendee, context: ExportContext): string | null {
  return attendee.email ?? emailFromPeople(attendee, attendee.name, context.people);
}

/** `people` is keyed by full name, with aliases: the same lookup the parser's `people` option uses. */
function emailFromPeople(
  attendee: Attendee | null,
  written: string,
  people: Record<string, Person>,
): string | null {
  const names = new Set(
    [written, attendee?.name, attendee?.handle, attendee?.abbreviation]
      .filter((name): name is string => !!name)
      .map(fold),
  );
  for (const [fullName, person] of Object.entries(people)) {
    if (!person.email) continue;
    if ([fullName, ...(person.aliases ?? [])].some((name) => names.has(fold(name))))
      return person.email;
  }
  return null;
}

/** "mailto:" URI of an address (§3.8.4.1 CAL-ADDRESS), with characters a URI cannot hold percent-encoded. */
export function mailto(email: string): string {
  return `mailto:${encodeURI(email.trim())}`;
}
