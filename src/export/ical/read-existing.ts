import ICAL from "ical.js";
import { unescapeText } from "./content-line.js";

/** What the sync needs to know about a `.ics` file already in the vdir. */
export interface ExistingItem {
  name: string;
  uid: string;
  /** "VTODO" or "VEVENT". */
  kind: string;
  /** X-MD-MINUTES-PRODUCER: the note that wrote it; null when md-minutes did not write it (or an earlier version did). */
  producer: string | null;
  /** X-MD-MINUTES-PATH: the note's path when it was written, for a note named by its id. */
  path: string | null;
  /** X-MD-MINUTES-DIGEST: what the note said when the file was written. */
  digest: string | null;
  sequence: number;
  summary: string;
  category: string | null;
  owners: string[];
  /** STATUS, COMPLETED and PERCENT-COMPLETE as the calendar client left them. */
  status: string | null;
  completed: string | null;
  percentComplete: string | null;
}

/**
 * Reads one file with ical.js (the parser Thunderbird uses), tolerant of what clients write.
 * A file it cannot read is no one's to change, so the caller leaves it alone.
 */
export function readExistingItem(
  name: string,
  contents: string,
): ExistingItem | { name: string; error: string } {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(contents) as unknown as unknown[]);
  } catch (error) {
    return { name, error: `not iCalendar: ${(error as Error).message}` };
  }
  const item = calendar.getFirstSubcomponent("vtodo") ?? calendar.getFirstSubcomponent("vevent");
  const uid = item?.getFirstPropertyValue("uid");
  if (!item || typeof uid !== "string" || uid === "")
    return { name, error: "no VTODO or VEVENT with a UID" };
  const text = (property: string) => {
    const value = item.getFirstPropertyValue(property);
    return value === null || value === undefined ? null : String(value);
  };
  const owners = [
    ...item
      .getAllProperties("attendee")
      .map((property) => String(property.getParameter("cn") ?? property.getFirstValue())),
    ...item
      .getAllProperties("x-md-minutes-owner")
      .map((property) => String(property.getFirstValue())),
  ];
  const sequence = Number(text("sequence") ?? 0);
  return {
    name,
    uid,
    kind: item.name.toUpperCase(),
    producer: producerOf(text("x-md-minutes-producer")),
    path: producerOf(text("x-md-minutes-path")),
    digest: text("x-md-minutes-digest"),
    sequence: Number.isFinite(sequence) ? sequence : 0,
    summary: text("summary") ?? "",
    category:
      text("x-md-minutes-section") ??
      (item.getFirstProperty("categories")?.getValues()[0] as string | undefined) ??
      null,
    owners,
    status: text("status")?.toUpperCase() ?? null,
    completed: completedStamp(item),
    percentComplete: text("percent-complete"),
  };
}

/** ical.js returns an X- property as written (TEXT escapes and all), so they are undone here. */
function producerOf(value: string | null): string | null {
  return value === null ? null : unescapeText(value);
}

function completedStamp(item: ICAL.Component): string | null {
  const value = item.getFirstPropertyValue("completed");
  if (value instanceof ICAL.Time) {
    // §3.8.2.1: COMPLETED is a UTC DATE-TIME.
    const utc = value.convertToZone(ICAL.Timezone.utcTimezone);
    return utc.toICALString().replace(/Z?$/, "Z");
  }
  return null;
}
