import type { Attendee, PersonRef } from "../model/minutes.js";
import type { Person } from "../model/options.js";
import type { PeopleIndex } from "../model/people.js";
import { PERSON_TITLES, SHORT_GIVEN_NAMES } from "../util/lexicon.js";
import {
  isDepartment,
  isGroupName,
  isNotNameWord,
  isRoleText,
  namesOtherSide,
  writerNamed,
} from "../util/names.js";
import { fold } from "../util/strings.js";
import { transcriptSpeakers } from "../util/transcript-turns.js";

const TITLE_BEFORE = new RegExp(`^${PERSON_TITLES}\\.?\\s+`);
// Honorifics are dropped so that "Dr. Lovelace" finds "Dr. Ada Lovelace" and "Ada Lovelace" alike.
const key = (text: string) =>
  fold(text)
    .replace(/^@/, "")
    .replace(TITLE_BEFORE, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * Attendees with what the options know of them (email, role, organization) where the note left
 * it out; an attendee is matched to a known person as the people index matches names, accents
 * and honorifics aside, so that "Jose Alvarez" in a note gets the configured "José Álvarez"'s email.
 */
export function withKnownPeople(
  attendees: readonly Attendee[],
  people: Record<string, Person> | null | undefined,
): Attendee[] {
  const known = new Map(Object.entries(people ?? {}).map(([name, person]) => [key(name), person]));
  return attendees.map((attendee) => {
    const person = known.get(key(attendee.name));
    if (!person) return attendee;
    return {
      ...attendee,
      email: attendee.email ?? person.email ?? null,
      role: attendee.role ?? person.role ?? null,
      organization: attendee.organization ?? person.organization ?? null,
    };
  });
}

/** Finds who the names in a note mean: its attendees first, then the known people, groups and organizations. */
export function buildPeopleIndex(
  attendees: readonly Attendee[],
  people: Record<string, Person> | null | undefined,
  organizations: readonly string[],
  text = "",
): PeopleIndex {
  const names = nameTables(attendees, people);
  const orgKeys = new Set(organizations.filter(Boolean).map(key));
  // "Corvid to provide an RCA" for "Corvid Cloud": notes shorten an organization to its first word.
  for (const organization of organizations) {
    const first = key(organization).split(" ")[0] ?? "";
    if (
      first.length > 2 &&
      key(organization).includes(" ") &&
      !names.partial.has(first) &&
      !isNotNameWord(first)
    )
      orgKeys.add(first);
  }
  for (const word of ["vendor", "customer", "client", "us", "we"]) orgKeys.add(word);
  // Read on the first lower-case name that needs it.
  let takers: Set<string> | undefined;
  let speakers: Set<string> | undefined;
  // "me (Chris)" among the people: "me" and "myself" in the note are Chris.
  const writer = writerNamed(text);
  const resolveWritten = (name: string): PersonRef => {
    const written = name.trim();
    if (writer && /^(?:me|myself)$/i.test(written))
      return { ...resolveWritten(writer), name: written };
    // "Dana Whitfield (CSM)", "Greenleaf (Tom)": a name with a bracket names whichever of the
    // two is an attendee, the name first; a role in the bracket is no one else.
    const bracket = /^([^()]+?)\s*\(([^()]+)\)$/.exec(written);
    if (bracket) {
      const outer = resolveWritten(bracket[1]!);
      if (outer.attendeeId) return outer;
      const inner = resolveWritten(bracket[2]!);
      if (inner.attendeeId) return inner;
      if (isRoleText(bracket[2]!)) return outer;
    }
    // "ana.ruiz@example.com": an e-mail address names the attendee its user part names.
    const email = EMAIL.exec(written);
    if (email) {
      const user = resolveName(email[1]!);
      if (user.attendeeId) return { ...user, name: written };
    }
    return resolveName(written);
  };
  const resolveName = (written: string): PersonRef => {
    const k = key(written);
    const direct = names.exact.get(k);
    if (direct) return { name: written, attendeeId: direct, kind: "person" };
    // "LEE Kim" for "Kim Lee": the family name first, in capitals, as many write it.
    const familyFirst = FAMILY_NAME_FIRST.exec(written);
    const swapped = familyFirst
      ? names.exact.get(key(`${familyFirst[2]} ${familyFirst[1]}`))
      : undefined;
    if (swapped) return { name: written, attendeeId: swapped, kind: "person" };
    // "TO'B" for "Tom O'Brien", "J.S." for "Jane Smith": initials written with their marks.
    const initials = INITIALS_WITH_MARKS.test(written) ? key(written.replace(/['’.]/g, "")) : k;
    const candidates = names.partial.get(k) ?? names.partial.get(initials) ?? names.short.get(k);
    if (direct === undefined && candidates && candidates.size === 1) {
      return { name: written, attendeeId: [...candidates][0]!, kind: "person" };
    }
    // "Ana R." for "Ana Ruiz": a given name and the initial of the surname.
    const initialed = direct === undefined ? INITIALED.exec(written) : null;
    if (initialed) {
      const [, given, initial] = initialed;
      const matches = attendees.filter((attendee) => {
        const words = key(attendee.name).split(" ");
        const surname = key(attendee.name.trim().split(/\s+/).at(-1)!);
        return words.length > 1 && words[0] === key(given!) && surname.startsWith(fold(initial!));
      });
      if (matches.length === 1)
        return { name: written, attendeeId: matches[0]!.id, kind: "person" };
    }
    // "A. Ruiz" for "Ana Ruiz": the initial of the given name and the surname.
    const surnamed = direct === undefined ? INITIAL_FIRST.exec(written) : null;
    if (surnamed) {
      const [, initial, surname] = surnamed;
      // "A. Diaz" for "Dr. Ana Diaz" and "A. Park-Smith" for "Chloe Ana Park-Smith": the words
      // of the name as keyed, honorific gone, a hyphenated surname as its words.
      const surnameKey = key(surname!);
      const matches = attendees.filter((attendee) => {
        const name = key(attendee.name);
        return (
          name.includes(" ") &&
          name.endsWith(` ${surnameKey}`) &&
          name.startsWith(fold(initial!)) &&
          name !== surnameKey
        );
      });
      if (matches.length === 1)
        return { name: written, attendeeId: matches[0]!.id, kind: "person" };
    }
    const byHandle =
      direct === undefined && written.startsWith("@") ? handleOwner(k, attendees) : null;
    if (byHandle) return { name: written, attendeeId: byHandle, kind: "person" };
    const byRole = direct === undefined ? roleOwner(k, names.roles) : null;
    if (byRole) return { name: written, attendeeId: byRole, kind: "person" };
    if (isGroupName(written)) return { name: written, attendeeId: null, kind: "group" };
    // "Acme IT", "Acme's security team": a department of an organization the note knows.
    const department = ORGANIZATION_DEPARTMENT.exec(written);
    if (department && isDepartment(department[2]!) && orgKeys.has(key(department[1]!)))
      return { name: written, attendeeId: null, kind: "group" };
    if (orgKeys.has(k))
      return {
        name: written,
        attendeeId: null,
        kind: k === "us" || k === "we" ? "group" : "organization",
      };
    // "The vendor to ship it", "the client will confirm": a side of the meeting, never one person.
    if (namesOtherSide(written)) return { name: written, attendeeId: null, kind: "group" };
    return { name: written, attendeeId: null, kind: "person" };
  };
  return {
    resolve: resolveWritten,
    isKnownPerson(name: string): boolean {
      return names.known.has(key(name));
    },
    writesAsTaker(name: string): boolean {
      takers ??= takersInText(text);
      return takers.has(key(name));
    },
    speaksInNote(name: string): boolean {
      speakers ??= speakersInText(text);
      return speakers.has(key(name));
    },
    pair() {
      if (attendees.length !== 2) return null;
      const [first, second] = attendees.map(
        (attendee): PersonRef => ({ name: attendee.name, attendeeId: attendee.id, kind: "person" }),
      ) as [PersonRef, PersonRef];
      return [first, second];
    },
  };
}

const FAMILY_NAME_FIRST = /^(\p{Lu}{2,}(?:[-'’]\p{Lu}+)?)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)$/u;

const ORGANIZATION_DEPARTMENT =
  /^(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)?)(?:['’]s)?\s+(.+?)(?:\s+team)?$/u;

/**
 * "Kim:" alone on a line, twice or more: a stand-up's or a transcript's speaker, whose updates
 * follow. A label line met once ("Agenda:", "Next steps:") says nothing of who the people are.
 */
function speakersInText(text: string): Set<string> {
  const seen = new Map<string, number>();
  for (const [, name] of text.matchAll(SPEAKER_LINE))
    if (!isNotNameWord(name!)) seen.set(key(name!), (seen.get(key(name!)) ?? 0) + 1);
  const speakers = new Set([...seen].filter(([, count]) => count >= 2).map(([name]) => name));
  // "Kim Lee  10:02" over what Kim said: a transcript's or a chat export's turns.
  for (const name of transcriptSpeakers(text)) speakers.add(key(name));
  return speakers;
}

const SPEAKER_LINE =
  /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*)?(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:\*\*)?:(?:\*\*)?[ \t]*$/gmu;

/** "- Ravi to comment on ...", "Mona will ask ...": a capitalised word opening a line's work. */
const TAKER_AT_LINE_START =
  /^[ \t>]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]*)?(?:\[[ xX]\][ \t]*)?(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:to|will)\s+\p{Ll}/gmu;

/**
 * "- [ ] [JH, RB] organize ...", "- [RB] Draft ...", "RB will ask ...": initials that open items,
 * listed together in a bracket or taking work, as teams that sign with initials write them.
 */
const INITIALS_LEAD =
  /^[ \t>]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]*)?(?:\[[ xX]\][ \t]*)?\[([^\]\n]{2,40})\]/gmu;
const INITIALS_TAKING =
  /^[ \t>]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]*)?(\p{Lu}{2,3})\s+(?:to|will)\s+\p{Ll}/gmu;
const INITIALS = /^\p{Lu}{2,3}$/u;
/** What a leading bracket of capitals says of an item rather than of who does it. */
const ITEM_TAGS =
  /^(?:API|UI|UX|FE|BE|QA|CI|CD|DB|WIP|TBD|FYI|PR|MR|BUG|DOC|OPS|SRE|SEC|IT|HR|PM|PO|ETA|NEW|FIX|EU|US|UK|ML|AI|OK|NA)$/;

function takersInText(text: string): Set<string> {
  const found = new Set<string>();
  for (const [, name] of text.matchAll(TAKER_AT_LINE_START))
    if (!isNotNameWord(name!)) found.add(key(name!));
  // A bracket that lists two sets of initials, or three items led by distinct initials, says the
  // note gives its work to initials.
  const led = new Set<string>();
  let listed = false;
  for (const [, inside] of text.matchAll(INITIALS_LEAD)) {
    const parts = inside!.split(/\s*[,/&]\s*/).map((part) => part.replace(/~/g, "").trim());
    if (!parts.every((part) => INITIALS.test(part) && !ITEM_TAGS.test(part))) continue;
    if (parts.length > 1) listed = true;
    for (const part of parts) led.add(part);
  }
  for (const [, initials] of text.matchAll(INITIALS_TAKING))
    if (!ITEM_TAGS.test(initials!)) found.add(key(initials!));
  if (listed || led.size >= 3) for (const initials of led) found.add(key(initials));
  for (const handle of signingHandles(text)) found.add(key(handle));
  return found;
}

/** "... and why. (kimura)", "(kimura, ostrava)": lower-case handles closing a line in brackets. */
const CLOSING_HANDLES = /\(([a-z][a-z0-9_-]{2,19}(?:,\s*[a-z][a-z0-9_-]{2,19}){0,3})\)[ \t]*$/gm;
/** Words a closing bracket says of the item itself. */
const CLOSING_TAGS =
  /^(?:optional|draft|urgent|important|stretch|done|closed|later|maybe|bonus|critical|high|low|medium|ongoing|pending|blocked|blocking|wip|tbd|tba|tbc|todo|none|ditto|again|continued|cont|recurring|weekly|monthly|required|postponed|deferred|cancel+ed|updated|new|old|same|partial|partly|mostly|soon|asap)$/;

/** "- [ ] jo/mika: email the speakers": lower-case handles opening an item, before a colon. */
const OPENING_HANDLES =
  /^[ \t>]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\[[ xX]\][ \t]*)?([a-z][a-z0-9_-]{1,19}(?:[ \t]*[/&,][ \t]*[a-z][a-z0-9_-]{1,19}){0,3}):[ \t]+\S/gm;
/** Words a lower-case label before a colon says of the item rather than who takes it. */
const OPENING_LABELS =
  /^(?:notes?|todos?|to-do|updates?|fix(?:es)?|bugs?|ideas?|questions?|q|a|re|fyi|edit|status|info|tips?|warning|next|actions?|decisions?|results?|outcomes?|pros?|cons?|agenda|topics?|summary|goals?|problems?|solutions?|issues?|links?|examples?|why|what|when|where|who|how|context|background|reason|owner|due|eta|feat|chore|docs?|tests?|refactor|perf|ci|build|style|ps|nb|aside|comments?|feedback|answer|proposal|plan|followup|follow-up)$/;

/**
 * Notes that sign each item with the taker's handle, in a closing bracket ("... (kimura)") or
 * before a colon ("- dc: send the invoice"), repeat the handles: one that signs two items or more
 * is a taker, and so is every handle written with it ("(kimura, ostrava)", "jo/mika:"). A word
 * on a single item ("(again)", "update: ...") may say anything.
 */
function signingHandles(text: string): string[] {
  const groups: string[][] = [];
  const seen = new Map<string, number>();
  const collect = (pattern: RegExp, separator: RegExp, isTag: (word: string) => boolean) => {
    for (const [, inside] of text.matchAll(pattern)) {
      const handles = inside!.split(separator);
      if (handles.some(isTag)) continue;
      groups.push(handles);
      for (const handle of handles) seen.set(handle, (seen.get(handle) ?? 0) + 1);
    }
  };
  if (text.includes(")")) collect(CLOSING_HANDLES, /,\s*/, (word) => CLOSING_TAGS.test(word));
  if (text.includes(":"))
    collect(
      OPENING_HANDLES,
      /\s*[/&,]\s*/,
      (word) => OPENING_LABELS.test(word) || CLOSING_TAGS.test(word),
    );
  return groups.filter((handles) => handles.some((handle) => seen.get(handle)! >= 2)).flat();
}

const EMAIL = /^<?([^\s@<>]+)@[^\s@<>]+\.[A-Za-z]{2,}>?$/;
const INITIALS_WITH_MARKS = /^\p{Lu}(?:['’.]?\p{Lu}){1,3}\.?$/u;
const INITIALED = /^([\p{L}'’-]{2,})\s+(\p{Lu})\.?$/u;
const INITIAL_FIRST = /^(\p{Lu})\.\s*([\p{Lu}][\p{L}'’-]+)$/u;

interface NameTables {
  /** Whole names, handles, ids, abbreviations and email users, to the one attendee they name (null: shared). */
  exact: Map<string, string | null>;
  /** One word of a name ("Lovelace") or its initials ("AL"), to every attendee that has it. */
  partial: Map<string, Set<string>>;
  /**
   * Short forms of given names ("Geoff" for Geoffrey), to every attendee they may name: read only
   * where no attendee has the word in their name, so that Geoff Lane is Geoff before Geoffrey Ash is.
   */
  short: Map<string, Set<string>>;
  /** Names, aliases and name parts of the known people of the options. */
  known: Set<string>;
  /** An attendee's role ("chair", "secretary"), and its last word, to every attendee that has it. */
  roles: Map<string, Set<string>>;
}

function nameTables(
  attendees: readonly Attendee[],
  people: Record<string, Person> | null | undefined,
): NameTables {
  const tables: NameTables = {
    exact: new Map(),
    partial: new Map(),
    short: new Map(),
    known: new Set(),
    roles: new Map(),
  };
  const add = (name: string | null | undefined, id: string) => {
    const k = name ? key(name) : "";
    if (!k) return;
    // A name that two attendees share settles nothing.
    tables.exact.set(k, tables.exact.has(k) && tables.exact.get(k) !== id ? null : id);
  };
  const addTo = (table: Map<string, Set<string>>, name: string, id: string) => {
    const k = key(name);
    if (!k) return;
    const ids = table.get(k) ?? new Set<string>();
    ids.add(id);
    table.set(k, ids);
  };
  for (const attendee of attendees) {
    add(attendee.name, attendee.id);
    // "Wen Li (Kiri) Chen", "Sam Cho (Minjun Cho)": either name, as the notes write it.
    const bracket = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(attendee.name);
    if (bracket) {
      add(`${bracket[1]} ${bracket[3]}`, attendee.id);
      if (bracket[3]) add(`${bracket[2]} ${bracket[3]}`, attendee.id);
      else add(bracket[2], attendee.id);
    }
    add(attendee.id.replace(/-/g, " "), attendee.id);
    add(attendee.handle, attendee.id);
    add(attendee.abbreviation, attendee.id);
    if (attendee.email) add(attendee.email.split("@")[0], attendee.id);
    // "Samir N." is Samir too: a surname cut to its initial still makes a full name.
    const parts = key(attendee.name).split(" ").filter(Boolean);
    if (parts.length > 1) {
      for (const part of parts) if (part.length > 1) addTo(tables.partial, part, attendee.id);
      // "Park-Smith" alone for Chloe Park-Smith: a hyphenated surname is one word of the name.
      for (const word of attendee.name.split(/\s+/)) {
        const joined = key(word);
        if (joined.includes(" ")) addTo(tables.partial, joined, attendee.id);
      }
      addTo(tables.partial, parts.map((part) => part[0]).join(""), attendee.id);
      for (const short of SHORT_GIVEN_NAMES[parts[0]!] ?? [])
        addTo(tables.short, short, attendee.id);
    }
    const role = attendee.role ? key(attendee.role) : "";
    // "Greta Lund (PO)", "Pim Sorensen (Scrum Master)": the role, its last word, and a role of
    // two words or more by its initials ("SM"), as notes hand out work to roles.
    const acronym = /^\p{Lu}{2,4}$/u.test(attendee.role?.trim() ?? "");
    const words = role.split(" ").filter(Boolean);
    const initials = words.length >= 2 ? words.map((word) => word[0]).join("") : "";
    for (const word of new Set([role, words.at(-1) ?? "", initials]))
      if (word.length > 2 || (word !== "" && (acronym || word === initials)))
        tables.roles.set(word, (tables.roles.get(word) ?? new Set()).add(attendee.id));
  }
  for (const [fullName, person] of Object.entries(people ?? {})) {
    const attendee = attendees.find(
      (candidate) => tables.exact.get(key(fullName)) === candidate.id,
    );
    for (const alias of [fullName, ...(person.aliases ?? [])]) {
      tables.known.add(key(alias));
      if (attendee) add(alias, attendee.id);
    }
    // Notes call known people by first or last name too ("Dana:" for Dana Okafor), as they do attendees.
    for (const part of fullName.split(/\s+/)) if (part.length > 1) tables.known.add(key(part));
  }
  return tables;
}

/**
 * "The chair will write to the council", "Secretary to circulate the minutes": the one attendee
 * whose role it is ("Joan Ellery (chair)", "Sam Ode, Committee Secretary").
 */
function roleOwner(
  nameKey: string,
  roles: ReadonlyMap<string, ReadonlySet<string>>,
): string | null {
  const role = nameKey.replace(/^the /, "");
  const words = role.split(" ");
  // "The Scrum Master" for "Pim Sorensen (SM)": a role written out, held by its acronym. Only a
  // role: "Performance Monitoring" is no "PM".
  const ids =
    roles.get(role) ??
    (words.length >= 2 && isRoleText(role)
      ? roles.get(words.map((word) => word[0]).join(""))
      : undefined);
  return ids?.size === 1 ? [...ids][0]! : null;
}

/** "@vandenbergm" or "@mvandenberg" for Mira van den Berg: surname plus first name or initial. */
function handleOwner(handleKey: string, attendees: readonly Attendee[]): string | null {
  const compact = handleKey.replace(/[^a-z]/g, "");
  const matches = attendees.filter((attendee) => {
    const parts = key(attendee.name).split(" ").filter(Boolean);
    if (parts.length < 2) return false;
    const first = parts[0]!;
    const surname = parts.slice(1).join("");
    if (surname.length < 3 || !compact.includes(surname)) return false;
    const rest = compact.replace(surname, "");
    return rest === "" || rest === first || rest === first[0] || first.startsWith(rest);
  });
  return matches.length === 1 ? matches[0]!.id : null;
}
