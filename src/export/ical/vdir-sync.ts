import { fingerprint } from "../../util/strings.js";
import {
  type Component,
  contentLine,
  propertyValue,
  setProperty,
  unescapeText,
} from "./content-line.js";
import { utcStamp } from "./date-values.js";
import { isUniqueProducer } from "./identity.js";
import { type ExistingItem, readExistingItem } from "./read-existing.js";
import { similarity } from "./similarity.js";
import { type CalendarExport, calendarText } from "./to-icalendar.js";

/** A `.ics` file already in the vdir folder: its name (no folder) and text. */
export interface VdirFile {
  name: string;
  contents: string;
}

/** What to do to a vdir so that it holds the note's items; the caller does the file work. */
export interface VdirPlan {
  writes: Array<{ name: string; uid: string; contents: string; reason: "new" | "changed" }>;
  /** Files this note (the same producer) wrote earlier whose item left the note. */
  deletes: Array<{ name: string; uid: string }>;
  /**
   * The same, for a note known only by its title and date (no id, no path): another note may
   * share those, so its files are kept rather than deleted.
   */
  orphaned: Array<{ name: string; uid: string }>;
  /** Items whose file already says what the note says (a completion made in the client included). */
  unchanged: Array<{ name: string; uid: string }>;
  /** Files that could not be read; they are left as they are. */
  skipped: Array<{ name: string; reason: string }>;
  /**
   * The paths (X-MD-MINUTES-PATH) the same producer's files were written from, when the producer
   * is an id: a path other than the note's own is either the note before a rename or another note
   * with the same id, which only the caller, with the files at hand, can tell apart.
   */
  producerPaths: string[];
}

/** Text similarity above which an unmatched old task is taken to be the same task reworded. */
const REWORDED_THRESHOLD = 0.5;
/** Statuses a client sets that the note has no word for; they survive a re-export. */
const CLIENT_STATUSES = new Set(["COMPLETED", "IN-PROCESS", "CANCELLED"]);

/**
 * Plans a vdir sync (the layout of vdirsyncer, todoman and khal: one `.ics` per item, named after
 * its UID). An item keeps its earlier file when the UID matches or, for a reworded task, when
 * section and owners match and the words are similar; a changed item gets SEQUENCE + 1 and a new
 * LAST-MODIFIED (§3.8.7.4, §3.8.7.3). Files this note wrote (the same X-MD-MINUTES-PRODUCER)
 * whose items are gone are deleted; files of other notes, other tools or older md-minutes
 * versions are never touched.
 */
export function planVdirSync(
  exported: CalendarExport,
  files: readonly VdirFile[],
  now: Date,
): VdirPlan {
  const plan: VdirPlan = {
    writes: [],
    deletes: [],
    orphaned: [],
    unchanged: [],
    skipped: [],
    producerPaths: [],
  };
  const existing: ExistingItem[] = [];
  for (const file of files) {
    const item = readExistingItem(file.name, file.contents);
    if ("error" in item) plan.skipped.push({ name: file.name, reason: item.error });
    else existing.push(item);
  }
  plan.producerPaths = [
    ...new Set(
      existing
        .filter((item) => item.producer === exported.producer && item.path !== null)
        .map((item) => item.path!),
    ),
  ];
  const matches = matchItems(exported.components, existing, exported.producer);
  const stamp = utcStamp(now);
  for (const component of exported.components) {
    const uid = propertyValue(component, "UID")!;
    const previous = matches.get(uid) ?? null;
    const next = structuredClone(component);
    if (!previous) {
      setProperty(next, "LAST-MODIFIED", stamp);
      setProperty(next, "X-MD-MINUTES-DIGEST", digestOf(component));
      plan.writes.push({
        name: fileNameFor(uid),
        uid,
        contents: fileText(next, exported),
        reason: "new",
      });
      continue;
    }
    setProperty(next, "UID", previous.uid);
    keepClientStatus(next, previous);
    const digest = digestOf(component);
    if (previous.digest === digest) {
      plan.unchanged.push({ name: previous.name, uid: previous.uid });
      continue;
    }
    setProperty(next, "SEQUENCE", String(previous.sequence + 1));
    setProperty(next, "LAST-MODIFIED", stamp);
    setProperty(next, "X-MD-MINUTES-DIGEST", digest);
    plan.writes.push({
      name: previous.name,
      uid: previous.uid,
      contents: fileText(next, exported),
      reason: "changed",
    });
  }
  // Only files this producer wrote, and only when it names one note: a title and date may be
  // another note's too, so a note known by nothing else leaves its old files in place.
  const kept = new Set([...matches.values()].map((item) => item.name));
  const deletable = isUniqueProducer(exported.producer);
  for (const item of existing) {
    if (kept.has(item.name) || item.producer !== exported.producer) continue;
    if (deletable) plan.deletes.push({ name: item.name, uid: item.uid });
    else plan.orphaned.push({ name: item.name, uid: item.uid });
  }
  return plan;
}

export function fileNameFor(uid: string): string {
  return `${uid}.ics`;
}

/** New UID -> the existing item it continues. */
function matchItems(
  components: readonly Component[],
  existing: readonly ExistingItem[],
  producer: string,
): Map<string, ExistingItem> {
  const matches = new Map<string, ExistingItem>();
  const taken = new Set<ExistingItem>();
  for (const component of components) {
    const uid = propertyValue(component, "UID")!;
    const item = existing.find((candidate) => candidate.uid === uid && !taken.has(candidate));
    if (item) {
      matches.set(uid, item);
      taken.add(item);
    }
  }
  const pairs: Array<{ uid: string; item: ExistingItem; score: number }> = [];
  for (const component of components) {
    const uid = propertyValue(component, "UID")!;
    if (matches.has(uid) || propertyValue(component, "X-MD-MINUTES-TASK") === null) continue;
    const shape = shapeOf(component);
    for (const item of existing) {
      if (taken.has(item) || item.producer !== producer || item.kind !== component.name) continue;
      if (item.category !== shape.category || ownerKey(item.owners) !== shape.owners) continue;
      const score = similarity(item.summary, shape.summary);
      if (score >= REWORDED_THRESHOLD) pairs.push({ uid, item, score });
    }
  }
  // Best pairs first, so two reworded tasks in one list each find their own earlier file.
  pairs.sort((a, b) => b.score - a.score);
  for (const { uid, item } of pairs) {
    if (matches.has(uid) || taken.has(item)) continue;
    matches.set(uid, item);
    taken.add(item);
  }
  return matches;
}

function shapeOf(component: Component): {
  category: string | null;
  owners: string;
  summary: string;
} {
  const owners = component.properties
    .filter((property) => property.name === "X-MD-MINUTES-OWNER" || property.name === "ATTENDEE")
    .map((property) =>
      property.name === "ATTENDEE"
        ? (property.params?.find(([key]) => key === "CN")?.[1] ?? property.value)
        : unescapeText(property.value),
    );
  return {
    category: propertyValue(component, "X-MD-MINUTES-SECTION"),
    owners: ownerKey(owners),
    summary: unescapeText(propertyValue(component, "SUMMARY") ?? ""),
  };
}

function ownerKey(owners: readonly string[]): string {
  return owners
    .map((owner) => owner.trim().toLowerCase())
    .sort()
    .join("|");
}

/** A completion (or start, or cancellation) made in the client stands while the note says "open". */
function keepClientStatus(next: Component, previous: ExistingItem): void {
  if (next.name !== "VTODO" || !previous.status || !CLIENT_STATUSES.has(previous.status)) return;
  const status = propertyValue(next, "STATUS");
  // The note says done too: the client knows when (§3.8.2.1 COMPLETED), the note does not.
  if (status === "COMPLETED" && previous.status === "COMPLETED" && previous.completed)
    setProperty(next, "COMPLETED", previous.completed);
  if (status !== "NEEDS-ACTION") return;
  setProperty(next, "STATUS", previous.status);
  if (previous.completed) setProperty(next, "COMPLETED", previous.completed);
  if (previous.percentComplete) setProperty(next, "PERCENT-COMPLETE", previous.percentComplete);
}

/** What the note says about an item: every property but those that change without the note changing. */
export function digestOf(component: Component): string {
  // X-MD-MINUTES-PATH counts: after a rename each file records the path its note lives at now.
  const volatile = new Set(["UID", "DTSTAMP", "SEQUENCE", "LAST-MODIFIED", "X-MD-MINUTES-DIGEST"]);
  const lines = component.properties
    .filter((property) => !volatile.has(property.name))
    .map((property) =>
      contentLine(
        property.name === "DESCRIPTION"
          ? { ...property, value: withoutLocation(property.value) }
          : property,
      ),
    );
  return (
    fingerprint(`${component.name}\n${lines.join("\n")}`) + fingerprint(`\u0001${lines.join("\n")}`)
  );
}

/**
 * Where an item sits in the note (the last DESCRIPTION line, "Note: path:line") moves whenever
 * a line above it is added or removed; that is no change to the item, so the digest leaves it out.
 */
function withoutLocation(description: string): string {
  const at = description.lastIndexOf("\\nNote");
  return at === -1 ? description : description.slice(0, at);
}

function fileText(component: Component, exported: CalendarExport): string {
  const zoned = component.properties.some((property) =>
    property.params?.some(([key]) => key === "TZID"),
  );
  return calendarText([component], zoned ? exported.timezones : []);
}
