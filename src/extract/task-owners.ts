import type { PersonRef, TaskSectionKind } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { isGroupName, isHandle } from "../util/names.js";
import { squash } from "../util/strings.js";
import type { ExtractContext } from "./context.js";
import { plainLabel } from "./labels.js";
import { actorsAtStart, namesSomeone, speakerOf, splitNames, toRefs } from "./people-in-text.js";
import { parsePeopleList } from "./person-entry.js";
import { opensWithImperative } from "./task-language.js";
import { trailingHandles } from "./trailing-handles.js";

/** "ACTION:", "Action item:", "AI:", "TODO:", "ACTION (NOOR / TOMAS):" */
export const ACTION_PREFIX =
  /^(?:action(?: items?| points?)?|ai|todo|to-do|follow[- ]?up)\s*(?:\(([^)]*)\))?\s*[:\-–]\s*/i;
const OWNER_MARKER =
  /\s*[([]\s*(?:owners?|assignees?|assigned to|who|dri)\s*[:=]\s*([^)\]]+)[)\]]/i;
/** "..., owner: Kim", "... — Owner - Kim", "... assignee: Kim" closing the item without brackets. */
const OWNER_LABEL_AT_END =
  /[\s,;–—-]*\b(?:owners?|assignees?|assigned to|dri)\s*[:=–—-]\s*([^,;:()]+?)\s*\.?$/i;
/** "Sync with @kim", "send it to @kim": someone the work involves, not who does it. */
const INVOLVED = /\b(?:with|to|for|from|cc|ask|ping|thank|thanks)\s*$/i;
const TRAILING_DASH_NAMES =
  /\s+[–—-]\s+(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|and|\/)\s*@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*)\s*$/u;
/** "Send the quote by Friday (Kim)": a trailing bracket that holds only names the note knows. */
const TRAILING_NAMES = /\s*\(([^()]{1,60})\)\s*\.?$/;
const INLINE_HANDLES = /(?:^|[\s(])@[A-Za-z0-9][\w-]*(?:\.[\w-]+)*/g;
/** "Carol — schedule the follow-up": a name, a dash, then the task. */
const DASHED_OWNER = /^(@?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?)\s+[—–-]\s+(.+)$/u;

export interface TaskWords {
  item: Item;
  kind: TaskSectionKind;
  section: RawSection;
  context: ExtractContext;
}

/** A task's owners, its bold title when the lead names no one, and its words without the owner markers. */
export interface Ownership {
  owners: PersonRef[];
  title: string | null;
  text: string;
}

/** One way people write an owner; returns the owners found and the words that remain. */
interface OwnerReader {
  name: string;
  /** Markers that are taken out of the words even when an earlier reader already found the owner. */
  alwaysStrip?: boolean;
  read(
    text: string,
    words: TaskWords,
  ): { names: string[]; text: string; title?: string | null } | null;
}

const everyoneNamed = (names: readonly string[], context: ExtractContext) =>
  names.length > 0 &&
  names.every((name) => namesSomeone(name, context.people) || isGroupName(name));

/**
 * The owner readers, in the order they are tried: the first that finds owners wins. Markers that
 * surround the task (a bold lead, an ACTION prefix, a label) come before words inside it, and what
 * the note says above the task (a lead-in, an owner bullet, a team heading) comes last.
 */
const OWNER_READERS: readonly OwnerReader[] = [
  {
    name: "bold-lead",
    read: (text, { item, kind, context }) => {
      if (item.lead === null || text !== item.text) return null;
      const names = splitNames(item.lead);
      // "**Lisa:**", "**@lwong:**", "**Legal:**" name who does the work, even someone who was not
      // in the room (owner-is-attendee reports that); "**Deploy Hotfix:**" is the task's title.
      // In a resolution plan only attendees own a step.
      const isOwner =
        names.length > 0 &&
        names.every((name) =>
          kind === "resolutionPlan"
            ? context.people.resolve(name).attendeeId !== null
            : knownTaker(name, context) || namesSomeone(name, context.people),
        );
      return isOwner
        ? { names, text: item.body }
        : { names: [], text: item.body, title: item.lead };
    },
  },
  {
    name: "action-prefix",
    alwaysStrip: true,
    read: (text) => {
      const match = ACTION_PREFIX.exec(text);
      if (!match) return null;
      return { names: match[1] ? splitNames(match[1]) : [], text: text.slice(match[0].length) };
    },
  },
  {
    name: "name-label",
    read: (text, { context }) => {
      const label = plainLabel(text);
      if (!label || label.label.split(/\s+/).length > 3) return null;
      const names = splitNames(label.label);
      return everyoneNamed(names, context) ? { names, text: label.value } : null;
    },
  },
  {
    name: "name-dash",
    read: (text, { context }) => {
      const dashed = DASHED_OWNER.exec(text);
      if (!dashed) return null;
      const resolved = context.people.resolve(dashed[1]!).attendeeId !== null;
      if (
        !resolved &&
        !(namesSomeone(dashed[1]!, context.people) && opensWithImperative(dashed[2]!))
      )
        return null;
      return { names: splitNames(dashed[1]!), text: dashed[2]! };
    },
  },
  {
    name: "owner-marker",
    alwaysStrip: true,
    read: (text, { context }) => ownerMarkers(text, context),
  },
  {
    name: "actor-sentence",
    read: (text, { context }) => {
      const actors = actorsAtStart(text, context.people);
      return actors ? { names: actors, text } : null;
    },
  },
];

/** Reads the owners of a task; `preset` are owners already known (a table's owner column). */
export function readOwnership(
  written: string,
  words: TaskWords,
  preset: PersonRef[] = [],
): Ownership {
  let text = written;
  let title: string | null = null;
  let owners = preset;
  for (const reader of OWNER_READERS) {
    if (owners.length > 0 && !reader.alwaysStrip) continue;
    const found = reader.read(text, words);
    if (!found) continue;
    text = found.text;
    if (found.title !== undefined) title = found.title;
    if (owners.length === 0 && found.names.length > 0)
      owners = toRefs(found.names, words.context.people);
  }
  if (owners.length === 0) owners = inheritedOwners(words);
  return { owners, title, text };
}

/** `(owner: Lisa)`, a trailing `- @lisa`, or `@lisa` anywhere; trailing links go too. */
function ownerMarkers(written: string, context: ExtractContext): { names: string[]; text: string } {
  // "Publish the recording - @mark - https://...": a trailing link is a reference, not the task.
  const text = written
    .replace(/\s*\((?:see|cf\.?|via)?\s*<?https?:\/\/[^\s)]+>?\)\.?\s*$/i, "")
    .replace(/(?:\s+[-–—]\s*)?<?https?:\/\/\S+>?\s*$/, "")
    .replace(/\s+[-–—]\s*$/, "");
  const explicit = OWNER_MARKER.exec(text);
  if (explicit)
    return {
      text: squash(text.slice(0, explicit.index) + text.slice(explicit.index + explicit[0].length)),
      names: splitNames(explicit[1]!),
    };
  // "Clarify the process. – Ines": a name closing the item after a dash.
  const dashed = TRAILING_DASH_NAMES.exec(text);
  if (dashed && dashed.index > 0) {
    const names = splitNames(dashed[1]!);
    if (names.every((name) => knownTaker(name, context) || namesSomeone(name, context.people)))
      return { text: text.slice(0, dashed.index).replace(/[.\s]+$/, ""), names };
  }
  const labelled = OWNER_LABEL_AT_END.exec(text);
  if (labelled && labelled.index > 0)
    return { text: text.slice(0, labelled.index), names: splitNames(labelled[1]!) };
  const bracketed = TRAILING_NAMES.exec(text);
  if (bracketed && bracketed.index > 0) {
    const names = splitNames(bracketed[1]!);
    if (names.every((name) => knownTaker(name, context)))
      return { text: text.slice(0, bracketed.index), names };
  }
  const handles = trailingHandles(text);
  if (handles && handles.index > 0 && !INVOLVED.test(text.slice(0, handles.index))) {
    return {
      text: text.slice(0, handles.index),
      names: handles.handles.map((handle) => handle.replace(/[.]+$/, "")),
    };
  }
  const names: string[] = [];
  for (const match of text.matchAll(INLINE_HANDLES)) {
    const handle = match[0].replace(/^[\s(]+/, "");
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (isHandle(handle) && !/\b(?:with|to|for|from|cc|ask|ping|thank|thanks)\s*$/i.test(before))
      names.push(handle);
  }
  return { text, names };
}

/** Someone the note itself knows: an attendee, a configured person, a handle or a group. */
function knownTaker(name: string, context: ExtractContext): boolean {
  return (
    context.people.resolve(name).attendeeId !== null ||
    context.people.isKnownPerson(name) ||
    isHandle(name) ||
    isGroupName(name)
  );
}

/**
 * "- Lisa:" or "- @lisa" with the tasks nested below it. A bare capitalised phrase over a list
 * ("Load Handling") is a topic unless it ends with a colon or names someone the note knows.
 */
export function isOwnerBullet(item: Item, context: ExtractContext): boolean {
  const names = splitNames(item.text.replace(/:\s*$/, "").trim());
  if (!everyoneNamed(names, context)) return false;
  return /:\s*$/.test(item.text) || names.every((name) => knownTaker(name, context));
}

/** Owners given above the task: a lead-in ("Ines committed to:"), an owner bullet, or a team sub-heading. */
function inheritedOwners({ item, section, context }: TaskWords): PersonRef[] {
  if (item.leadIn) {
    const speaker = speakerOf(item.leadIn.text, context.people);
    if (speaker) return toRefs(speaker, context.people);
  }
  if (item.parent && isOwnerBullet(item.parent, context)) {
    return toRefs(splitNames(item.parent.text.replace(/:\s*$/, "")), context.people);
  }
  // "## Tasks for Everyone", "### Action items for the platform team": the heading names the owner.
  const forWhom = /\b(?:for|owned by|assigned to)\s+(.+?)\s*:?$/i.exec(section.heading);
  if (forWhom && section.kind !== "other") {
    const named = splitNames(forWhom[1]!);
    if (
      named.length > 0 &&
      named.every((name) => isGroupName(name) || context.people.resolve(name).attendeeId !== null)
    )
      return toRefs(named, context.people);
  }
  if (section.group) {
    // "Platform - Noor, Tomas": a team sub-heading that names its members owns the tasks below it.
    const dash = /^(.*?)\s+[-–—:]\s+(.+)$/.exec(section.group);
    const named = parsePeopleList(dash ? dash[2]! : section.group).map((person) => person.name);
    const accepted = dash
      ? named.every((name) => namesSomeone(name, context.people))
      : named.every((name) => context.people.resolve(name).attendeeId !== null);
    if (named.length > 0 && accepted) return toRefs(named, context.people);
  }
  return [];
}
