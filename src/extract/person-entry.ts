import { ABSENCE_LABELS, ORGANIZATION_ENDINGS, PRESENCE_WORDS } from "../util/lexicon.js";
import {
  isGroupName,
  isHandle,
  isInitials,
  isNotNameWord,
  isRoleText,
  looksLikeName,
  namesOtherSide,
} from "../util/names.js";
import { squash } from "../util/strings.js";

/** One person as a note writes them, before they become an attendee. */
export interface PersonEntry {
  name: string;
  handle: string | null;
  abbreviation: string | null;
  role: string | null;
  organization: string | null;
  email: string | null;
  /** "Omar and me from our side": the side a list gave them, where it named no organization. */
  group?: string;
}

const SURNAME_FIRST = /^\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}'’.-]*$/u;

/** ":email: ...", "UTC+1", "she/her", "[redacted]": what a sign-in sheet asks for beside the name. */
const SIGN_IN_FIELD =
  /^:[a-z][\w+-]*:|^(?:utc|gmt)\s*[+−-]?\s*\d|^(?:she|he|they)\s*\/\s*(?:her|him|them)|\[redacted\]/i;

/** A sentence, not a name: it ends as one, runs long, or opens with a verb's -ing form. */
const SAYS_SOMETHING = /[!?]$|^\p{Ll}+ing\b|^(?:\S+\s+){6,}\S/u;

/** "(she/her)", "(they/them)": the pronouns a person gives beside their name say nothing else. */
const PRONOUNS_BRACKET =
  /\s*\((?:she|he|they|ze|xe)\s*\/\s*(?:her|hers|him|his|them|theirs|she|he|they|zir|xem)(?:\s*\/\s*\p{L}+)?\)/giu;

function withoutPronouns(text: string): string {
  return text.includes("/") ? text.replace(PRONOUNS_BRACKET, "") : text;
}

/**
 * "Kim Ode (@kimo - Docs team)", "(@kimo Docs team)": a bracket's fields parted by a dash or
 * after a handle, written as the comma-parted fields the bracket's reader takes.
 */
function withBracketFields(text: string): string {
  if (!text.includes("(")) return text;
  return text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const fields = inner.replace(/\s+[-–—]\s+/g, ", ").replace(/^(@[\w-]+)\s+(?=\p{L})/u, "$1, ");
    return `(${fields})`;
  });
}

/** Splits at commas, semicolons and " and " outside brackets. */
const LEGAL_FORM_AFTER_COMMA =
  /^,\s*(?:inc|incorporated|llc|l\.l\.c|ltd|limited|co|corp|corporation|gmbh|ag|plc|llp|lp|s\.?a|s\.?a\.?s|b\.?v|n\.?v|pty(?: ltd)?|oy|ab)\.?(?=\s*(?:[,;)]|$))/i;

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  // After "Name - " comes an organization, and "Ilse & Park Freight" is one name.
  let inOrganization = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (depth === 0 && /^ [-–—] /.test(text.slice(i, i + 3))) inOrganization = true;
    if (char === "(" || char === "[" || char === "<") depth++;
    if ((char === ")" || char === "]" || char === ">") && depth > 0) depth--;
    // "Ana Ilse - Acme, Inc.": the company's legal form, not a second person.
    if (depth === 0 && char === "," && LEGAL_FORM_AFTER_COMMA.test(text.slice(i))) {
      current += char;
      continue;
    }
    // "Ana Ruiz | Ben Cole · Chloe Park": a bar or a dot sets people apart as a comma does.
    if (depth === 0 && (char === "," || char === ";" || char === "|" || char === "·")) {
      parts.push(current);
      current = "";
      inOrganization = false;
      continue;
    }
    if (
      depth === 0 &&
      !inOrganization &&
      (text.startsWith(" and ", i) || text.startsWith(" & ", i))
    ) {
      parts.push(current);
      current = "";
      i += text.startsWith(" and ", i) ? 4 : 2;
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** "Priya Nair, CTO (Fjordline), Jane Roe (PM)": a role after a comma belongs to the person before it. */
/** A person known by name alone. */
export function nameOnly(name: string): PersonEntry {
  return { name, handle: null, abbreviation: null, role: null, organization: null, email: null };
}

/**
 * "Ana Diaz - present, Ben Ode (here), Carla Nunez (absent)": a roll call's marks, which are no
 * one's role; who was away is left out.
 */
function withoutRollMarks(list: string): string {
  // "Kim Ode (chair); Ben Lee (absent)": people set apart by semicolons, commas inside a part.
  const separator = list.includes(";") ? ";" : ",";
  const parts = list.split(new RegExp(`\\s*${separator}\\s*`));
  if (!parts.some((part) => ABSENT_NOTE.test(part) || PRESENT_NOTE.test(part))) return list;
  return parts
    .filter((part) => !ABSENT_NOTE.test(part))
    .map((part) => part.replace(PRESENT_NOTE, ""))
    .join(`${separator} `);
}

/** "+ 3 others", "and two more", "& a few guests": people the list counts without naming. */
const UNNAMED_OTHERS =
  /\s*(?:,\s*)?(?:\+|&|\band\b|\bplus\b)\s*(?:\d+|a few|a couple|several|some|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:more|other)\s+)?(?:others?|more|people|guests|attendees|participants|members)\b\.?\s*$/i;

/**
 * Six or eight capitalised words and nothing else: full names exported without commas. Four are
 * as often one person's names ("Maria Luisa Ortega Vidal") as two people's.
 */
const NAMES_RUN_TOGETHER =
  /^\s*(?:\p{Lu}[\p{Ll}'’]+\s+\p{Lu}[\p{Ll}'’]+\s+){2,3}\p{Lu}[\p{Ll}'’]+\s+\p{Lu}[\p{Ll}'’]+\s*$/u;

/**
 * "Kim Lee Ana Ruiz Raj Mehta": a document's person chips, pasted as plain text, lose what set
 * them apart. Given and family name each, two by two, where every pair reads as a name.
 */
function namesRunTogether(text: string): string {
  if (!NAMES_RUN_TOGETHER.test(text)) return text;
  const words = text.trim().split(/\s+/);
  const pairs = words.flatMap((word, index) =>
    index % 2 === 0 ? [`${word} ${words[index + 1]}`] : [],
  );
  return pairs.every((pair) => looksLikeName(pair, true)) ? pairs.join(", ") : text;
}

/**
 * ", UTC+1", " (CET)", ", GMT-5": the time zone a roll call of a distributed group writes after
 * each person, where they join from; no one's name and no organization.
 */
const TIME_ZONE_FIELD =
  /(?:,\s*|\s+\(\s*)(?:(?:UTC|GMT)(?:\s*[+-−]\s*\d{1,2}(?::?\d{2})?)?|CES?T|EES?T|WES?T|BST|[ECMP][SD]T|AKST|HST|JST|KST|AE[SD]T|ACST|AWST|NZ[SD]T|SGT|HKT|MSK)\s*\)?\s*$/u;

const PLUS_BETWEEN = /^(\s*)([^+]+?)\s+\+\s+(?=@?\p{Lu})/u;

/**
 * "Rina + Pim + Odile" as "Rina, Pim, Odile"; "Observers + Ingrid Holm", "Quarry team + Karl":
 * a role's word or a group before the plus heads the people after it, and is none of them.
 */
function joinedByPlus(part: string): string {
  let text = part;
  for (let turn = 0; turn < 8; turn++) {
    const plus = PLUS_BETWEEN.exec(text);
    if (!plus) return text;
    const before = plus[2]!
      .split(/,\s*/)
      .at(-1)!
      .replace(/\s*\([^()]*\)\s*$/, "")
      .trim();
    const rest = text.slice(plus[0].length);
    // "Guests + Ingrid": a role's word in the plural heads them as well.
    const singular = /^\p{L}+s$/u.test(before) ? before.slice(0, -1) : before;
    if (isRoleText(before) || isRoleText(singular) || isGroupName(before))
      text = `${plus[1]}${rest}`;
    else if (looksLikeName(before)) text = `${plus[1]}${plus[2]}, ${rest}`;
    else return text;
  }
  return text;
}

export function withoutTimeZone(text: string): string {
  return text.replace(TIME_ZONE_FIELD, "");
}

/**
 * "Rina (she/her) + spending the weekend hiking": a check-in's answer after the name, as a round
 * of introductions writes it. "Rina + Pim" names two people; an answer runs three words or more
 * and has a word in lower case among its first three.
 */
const CHECK_IN_ANSWER = /^([^+]{1,60}?)\s+\+\s+(\S+(?:\s+\S+){2,}.*)$/u;

function withoutCheckInAnswer(text: string): string {
  const answer = CHECK_IN_ANSWER.exec(text);
  if (!answer) return text;
  const name = answer[1]!.replace(/\s*\([^()]*\)\s*$/, "");
  const opening = answer[2]!.split(/\s+/).slice(0, 3).join(" ");
  return /(?:^|\s)\p{Ll}/u.test(opening) && looksLikeName(name) && !isRoleText(name)
    ? answer[1]!
    : text;
}

/** "; apologies: Ben Ode, Kim Lee": a list of who did not come, up to the next group. */
const ABSENT_GROUP = new RegExp(String.raw`(?:^|[;|]\s*)${ABSENCE_LABELS}\s*:[^;|]*`, "gi");

const PRESENCE_AGAIN =
  /(;\s*)(?:present|attending|attendees|participants|in attendance)\s*(?:\(([^():;]{1,30})\))?\s*:\s*/gi;

/** "(all Quillfield)", "(both from Tallow Foods)": a bracket that says where everyone before it works. */
const ALL_BRACKET = String.raw`\((?:all|both)\s+(?:(?:from|of|at|with)\s+)?([^()]+)\)`;
const ALL_OF_THEM = new RegExp(String.raw`\s*${ALL_BRACKET}\s*(?=;|$)`, "gi");
const ALL_OF_ONE_GROUP = new RegExp(String.raw`^(.*?)\s*${ALL_BRACKET}\s*$`, "i");

/** "Also present: the clerk, Tallis Grove": the office, then who holds it, set off by a comma. */
const ROLE_THEN_NAME =
  /(^|[,;:]\s*)the\s+(\p{Ll}[\p{Ll} -]{2,30}?),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:[,;.]|$))/gu;

export function parsePeopleList(listed: string): PersonEntry[] {
  // "Ana Ruiz, Ben Ode (both Acme)": one group, and the bracket is everyone's in it; beside other
  // groups, it is the group's, as a bracket closing a group is.
  const everyones = listed.includes(";") ? null : ALL_OF_ONE_GROUP.exec(listed);
  if (everyones) {
    const entries = parsePeopleList(everyones[1]!);
    for (const entry of entries) entry.organization ??= everyones[2]!.trim();
    return entries;
  }
  // "In attendance: Kim Lee, Ana Ruiz; apologies: Ben Ode": those sent apologies did not come.
  const written = listed
    .replace(ALL_OF_THEM, " ($1)")
    .replace(ABSENT_GROUP, "")
    .replace(ROLE_THEN_NAME, (whole, lead: string, role: string, name: string) =>
      isRoleText(role) ? `${lead}${name} (${role})` : whole,
    );
  const text = namesRunTogether(
    withBracketFields(
      withoutPronouns(withoutRollMarks(withoutTimeZone(withoutCheckInAnswer(written)))),
    )
      .replace(UNNAMED_OTHERS, "")
      // "Rina + Pim Sorensen": a plus between names joins them as "and" does.
      .split(/(?<=[,;])/)
      .map(joinedByPlus)
      .join(""),
  );
  // "Dana Price and Luis Moreno from Acme Freight; Omar and me from our side": each group's
  // people come from the organization it names.
  // "Oskar Lind, Greta Holm, Fennwick: Mei Chan, Arjun Das": a side's label after a comma starts
  // its people, as after a semicolon.
  // A role's label ("Clerk: Sam Byrne") or a side's word ("Client: Omar Haddad") names one
  // person there, not the rest of the list.
  // "Customer: Kim Lee, Ana Ruiz | Vendor: Ben Ode", "In the room: Kim, Ana. On the phone: Ben": a
  // bar or a full stop before the next label parts the groups as a semicolon does.
  // "Ana Ruiz and Ben Ode from Acme, Kim Lee from Globex": a comma after an organization named
  // with "from" parts the groups as a semicolon does.
  // "...; Present (remote): Pim Sorensen": the list's own label again, with how they attended.
  const parted = text
    .replace(NEXT_LABEL, "; ")
    .replace(FROM_THEN_COMMA, "$1; ")
    .replace(
      PRESENCE_AGAIN,
      (_, lead: string, note?: string) => `${lead}${note ? `(${note}): ` : ""}`,
    );
  const groups = (
    parted.includes(";")
      ? parted
      : parted.replace(SIDE_AFTER_COMMA, (whole, label: string) =>
          isRoleText(label) || OUR_SIDE.test(label) || namesOtherSide(label)
            ? whole
            : `; ${label}: `,
        )
  ).split(/\s*;\s*/);
  // "Lee, Kim; Ode, Ben": a register's "Surname, Given name", one person between semicolons.
  if (
    groups.length > 1 &&
    groups.every(
      (group) =>
        SURNAME_FIRST.test(group) && !LEGAL_FORM_AFTER_COMMA.test(group.slice(group.indexOf(","))),
    )
  )
    return groups.flatMap((group) => {
      const [surname, given] = group.split(/\s*,\s*/) as [string, string];
      const entry = parsePerson(`${given} ${surname}`);
      return entry ? [entry] : [];
    });
  // "Vantage: Carla Mendes (CIO), Ben Holt; Us: Aisha Khan": each side's people after its name.
  // "Ana Ruiz; Ben Ode; Northwind: Paul Stone, Mia Lopez": a side's people among people of no side.
  if (groups.length > 1 && groups.some((group) => SIDE_LABEL.test(group)))
    return groups.flatMap((group) => {
      const labelled = SIDE_LABEL.exec(group);
      if (!labelled) return peopleIn(group);
      const [, side, people] = labelled;
      const entries = peopleIn(people!);
      // "...; Clerk: S. Byrne": a role's label before its holder, not a side.
      if (entries.length === 1 && isRoleText(side!.trim())) {
        entries[0]!.role ??= side!.trim();
        return entries;
      }
      // "Customer: ...", "Us: ...", "(remote): ...": a side or a way of attending, no organization.
      const label = side!.trim();
      for (const person of entries)
        if (OUR_SIDE.test(label) || namesOtherSide(label) || ATTENDANCE_NOTE.test(label))
          person.group ??= label;
        else person.organization ??= label;
      return entries;
    });
  // "Ingrid Holm, Rina Osei (Tallow Foods); Ada Lind (Brightwater)": a group's organization in a
  // bracket at its end is everyone's in it, where each group of the list closes so.
  // "Odile Quast, Nell Okafor (Brightwater); Greta Lund, Ada Lind": a group with no bracket at
  // all beside it is of no organization the line names.
  const bracketed = groups.length > 1 ? groups.map(groupInBracket) : [];
  if (
    bracketed.some((group) => group !== null) &&
    bracketed.every(
      (group, index) =>
        group !== null ||
        !/[()]/.test(groups[index]!) ||
        // "...; Tamsin Greer (Brightwater)": one person, whose bracket is their own.
        !/,|\sand\s|\s&\s/.test(groups[index]!.replace(/\([^()]*\)/g, "")),
    )
  )
    return bracketed.flatMap((group, index) => {
      if (!group) return peopleIn(groups[index]!);
      const entries = peopleIn(group.people);
      // "...; Ada Lind, Pim Sorensen (us)": the writers' side, named by no organization.
      for (const person of entries)
        if (OUR_SIDE.test(group.organization)) person.group ??= group.organization;
        else person.organization ??= group.organization;
      return entries;
    });
  // "from Brightwater, Rina Osei and Paul Gray; from our side, Ada Lind": the same,
  // the organization first.
  const fromWhere = (group: string): [people: string, where: string] | null => {
    const after = FROM_ORGANIZATION.exec(group);
    if (after) return [after[1]!, after[2]!];
    const before = FROM_ORGANIZATION_FIRST.exec(group);
    return before && (OUR_SIDE.test(before[1]!) || /^\p{Lu}/u.test(before[1]!))
      ? [before[2]!, before[1]!]
      : null;
  };
  if (!groups.some((group) => fromWhere(group) !== null)) return peopleIn(text);
  return groups.flatMap((group) => {
    const from = fromWhere(group);
    const people = peopleIn(from ? from[0] : group);
    const where = from?.[1].trim();
    for (const person of people) {
      if (where && OUR_SIDE.test(where)) person.group ??= where;
      else if (where) person.organization ??= where;
    }
    return people;
  });
}

const FROM_ORGANIZATION = /^(.*\p{Lu}.*?)\s+from\s+(?:the\s+)?(\S[^,]*?)\.?$/u;
const FROM_THEN_COMMA = /(\s+from\s+(?:the\s+)?\p{Lu}[^,;()]{1,40}?),\s+(?=\p{Lu})/gu;
/**
 * People, then a bracket of one capitalised organization's name: "Ana, Ben (Tallow Foods)",
 * "Ana and Ben (Tallow Foods)".
 */
const GROUP_BRACKET =
  /^([^()]*(?:,|\sand\s|\s&\s)[^()]*?)\s*\((\p{Lu}[\p{L}&.' -]{1,40}|us|we|our (?:side|team))\)\.?$/u;

function groupInBracket(group: string): { people: string; organization: string } | null {
  const found = GROUP_BRACKET.exec(group);
  const organization = found?.[2]?.trim();
  // "(PM)", "(QA)", "(chair)": a role or a short team name is the last person's; after "me",
  // the bracket is the writer's own name ("Odile Quast and me (Greta Lund)").
  if (
    !organization ||
    isRoleText(organization) ||
    /^\p{Lu}{2,3}$/u.test(organization) ||
    /\b(?:me|myself)$/i.test(found![1]!)
  )
    return null;
  return { people: found![1]!, organization };
}
const FROM_ORGANIZATION_FIRST = /^from\s+(?:the\s+)?([^,]{2,40}?),\s+(\p{Lu}.*?)\.?$/iu;
/** "Us", "Our side", "my team": the writers' own side, never an organization's name. */
export const OUR_SIDE = /^(?:our|my|this) (?:side|end|team|company)$|^(?:us|we|ours)$/i;
const SIDE_LABEL = /^\(?([^:,()]{1,40})\)?:\s+(\S.*)$/;
const NEXT_LABEL = /(?:\s+\|\s+|(?<=\p{Ll}{2})\.\s+)(?=\(?\p{Lu}[^:,;.()|]{0,38}\)?:\s)/gu;
const SIDE_AFTER_COMMA = /,\s*(\p{Lu}[^:,();]{0,38}?):\s+(?=\S)/gu;

/** "Tallow Foods", "Harbour Credit Union": a name whose last word says it is an organization. */
export const ORGANIZATION_NAME = new RegExp(
  `^\\p{Lu}[\\p{L}&'’.-]*(?:\\s+[\\p{L}&'’.-]+){0,3}\\s+${ORGANIZATION_ENDINGS}\\.?$`,
  "iu",
);

/**
 * "Kim Lee - Ana Ruiz - Bob Stone": three full names or more set apart by dashes are a list of
 * people; "Chloe Park - Initech - PM" is one person with who they work for and what they do.
 */
function dashedNames(part: string): string[] {
  const pieces = part.split(/\s+[-–—]\s+/);
  const fullName = (piece: string) =>
    /\s/.test(piece) &&
    looksLikeName(piece, true) &&
    !isRoleText(piece) &&
    !ORGANIZATION_NAME.test(piece);
  return pieces.length >= 3 && pieces.every(fullName) ? pieces : [part];
}

/**
 * "Ana Ruiz (Acme) Ben Ode (Globex)": people each followed by their organization in brackets,
 * pasted from a table with the separators lost, are one person per bracket.
 */
function bracketedRun(part: string): string[] {
  const pieces = part.split(NEXT_BRACKETED_NAME);
  if (pieces.length < 2 || !pieces.slice(0, -1).every((piece) => BRACKETED_NAME.test(piece.trim())))
    return [part];
  // The last may go on: "... Ivo Petrov (Harbour Council) – ex officio: Ann Lee (Treasury)".
  const last = BRACKETED_NAME_OPENS.exec(pieces[pieces.length - 1]!.trim());
  if (!last) return [part];
  const rest = pieces[pieces.length - 1]!.trim()
    .slice(last[0].length)
    .replace(/^\s*[-–—,]\s*/, "");
  return [...pieces.slice(0, -1), last[0], ...(rest ? [rest] : [])];
}
const NEXT_BRACKETED_NAME = /(?<=\))\s+(?=\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*\()/u;
const BRACKETED_NAME_OPENS = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*\([^()]{1,60}\)/u;
const BRACKETED_NAME = new RegExp(`${BRACKETED_NAME_OPENS.source}$`, "u");

/** "Petra, Omar, Lucia (PH, OA, LM)": the initials of the names before, in their order. */
const PARALLEL_INITIALS = /^(.*\S)\s*\((\p{Lu}{1,4}(?:\s*,\s*\p{Lu}{1,4})+)\)\.?$/u;

/** "JS JL MA RP": people by their initials, with only spaces between. */
const SPACED_INITIALS = /^\p{Lu}{2,3}(?:\s+\p{Lu}{2,3})+$/u;

function peopleIn(text: string): PersonEntry[] {
  if (SPACED_INITIALS.test(text.trim())) return text.trim().split(/\s+/).map(nameOnly);
  const parallel = PARALLEL_INITIALS.exec(squash(text));
  if (parallel) {
    const named = peopleIn(parallel[1]!);
    const initials = parallel[2]!.split(/\s*,\s*/);
    if (
      named.length === initials.length &&
      named.every((entry, index) => entry.name[0]?.toUpperCase() === initials[index]![0])
    ) {
      for (const [index, entry] of named.entries()) entry.abbreviation ??= initials[index]!;
      return named;
    }
  }
  const entries: PersonEntry[] = [];
  // "... and Carla Diaz." or "... and Carla Diaz (Acme)." closes a sentence; "Samir N." keeps the initial's full stop.
  const listed = squash(text).replace(/(\p{L}{2,}|\))\.$/u, "$1");
  const described = describedBySemicolons(listed);
  if (described) return described;
  const parts = splitTopLevel(listed)
    .flatMap(splitMentions)
    .flatMap(dashedNames)
    .flatMap(bracketedRun);
  // "kim, raj, lee": notes written fast list people by given name in lower case.
  const words = parts.map((part) => part.trim());
  if (
    words.length >= 2 &&
    words.every(
      (word) =>
        /^\p{Ll}{2,20}$/u.test(word) &&
        !isNotNameWord(word) &&
        !isGroupName(word) &&
        !isRoleText(word),
    )
  )
    return words.map(nameOnly);
  let namedParts: number | undefined;
  for (const [index, part] of parts.entries()) {
    // "Priscilla Yang, Operations Manager, Northgate Clinics": after the role, the organization.
    const last = entries[entries.length - 1];
    if (last?.role && !last.organization && ORGANIZATION_NAME.test(part.trim())) {
      last.organization = part.trim();
      continue;
    }
    // "Ben Ode, Account Executive, Kestrel" alone: a full name, a title of some words, then who
    // they work for ("Ana Ruiz, CTO, Ben" may be two people).
    if (
      parts.length === 3 &&
      index === 2 &&
      last &&
      entries.length === 1 &&
      /\s/.test(last.name) &&
      /\s/.test(last.role ?? "") &&
      !last.organization &&
      /^\p{Lu}[\p{L}\d&'’.-]*$/u.test(part.trim())
    ) {
      last.organization = part.trim();
      continue;
    }
    // "Ivo Marsh, Harbor Foundation": a full name, then a name that ends as an organization's is
    // where the person works, not one more attendee.
    if (last && !last.organization && /\s/.test(last.name) && ORGANIZATION_NAME.test(part.trim())) {
      last.organization = part.trim();
      continue;
    }
    // "Ben Ode, Globex, CTO": a full name, then a word that a role follows is the organization.
    const next = parts[index + 1]?.trim() ?? "";
    if (
      last &&
      !last.organization &&
      !last.role &&
      /\s/.test(last.name) &&
      /^\p{Lu}[\p{L}\d&.-]*$/u.test(part.trim()) &&
      isRoleText(next) &&
      !looksLikeName(next, true)
    ) {
      last.organization = part.trim();
      continue;
    }
    // "Marlow Dental (Rosa Diaz, Practice Manager; Ben Ode, IT)": an organization, then the
    // people who came for it in one bracket, each set off by a semicolon and named in full. With
    // commas alone, "Kim Lee (Tallow Foods, Denmark)" says where the person before it works.
    const team = TEAM_IN_BRACKET.exec(part.trim());
    const members = team
      ? team[2]!.split(";").flatMap((member) => {
          const [person, ...more] = peopleIn(member);
          // "Ben Ode, IT": his department, read apart as if initials.
          if (person && !person.role && more.length === 1 && isRolePiece(more[0]!.name))
            person.role = more[0]!.name;
          return person ? [person] : [];
        })
      : [];
    if (
      members.length >= 2 &&
      members.every((member) => /\s/.test(member.name) && looksLikeName(member.name, true))
    ) {
      for (const member of members) member.organization ??= team![1]!;
      entries.push(...members);
      continue;
    }
    // "Oskar (PO: Elena)": a bracket that gives a role and its holder names one more person.
    const holders: PersonEntry[] = [];
    const own = part.replace(ROLE_HOLDER_BRACKET, (whole, role: string, name: string) => {
      const holder = isRoleText(role) ? parsePerson(name) : null;
      if (!holder || !looksLikeName(holder.name, true)) return whole;
      holder.role ??= role;
      holders.push(holder);
      return "";
    });
    // After a name still without one, "CFO (Initech)" is that person's role and organization.
    const roleFirst = last && !last.role ? null : ROLE_THEN_HOLDER.exec(own.trim());
    const holder = roleFirst && isRoleText(roleFirst[1]!) ? parsePerson(roleFirst[2]!) : null;
    if (holder && !looksLikeName(roleFirst![1]!, true) && looksLikeName(holder.name, true)) {
      holder.role ??= roleFirst![1]!;
      entries.push(holder, ...holders);
      continue;
    }
    // "Ben Ode — Globex, Berlin": one word after a full name and where they work, alone on the
    // line with them, is where they are.
    if (
      parts.length === 2 &&
      index === 1 &&
      last?.organization &&
      /\s/.test(last.name) &&
      /\s[-–—]\s/.test(parts[0]!) &&
      /^\p{Lu}[\p{L}-]+$/u.test(own.trim()) &&
      !isRoleText(own)
    )
      continue;
    const person = parsePerson(own);
    if (person) {
      entries.push(person, ...holders);
      continue;
    }
    // "ilseq[Acme]", "kim_l [Globex]": a user name in lower case, then where they work.
    const user = USER_NAME_AT.exec(part.trim());
    if (user && writtenLowerAmongNames(user[1]!)) {
      entries.push({ ...nameOnly(user[1]!), organization: user[2]!.trim() });
      continue;
    }
    const named = roleThenName(part);
    if (named) {
      entries.push(named);
      continue;
    }
    // "tgreer, bokoye, Wen Castillo", "Olu adeyemi, Naomi": among names, a user name or a family name
    // written in lower case is one more person.
    namedParts ??= parts.filter((other) => parsePerson(other) !== null).length;
    if (namedParts >= 1 && writtenLowerAmongNames(part.trim())) {
      entries.push(nameOnly(part.trim()));
      continue;
    }
    // "..., Client: Joan Clarke (Head of Ops)": a role's or side's label before one person.
    const labelled = ROLE_LABEL.exec(part.trim());
    const labelledPerson = labelled && isRoleText(labelled[1]!) ? parsePerson(labelled[2]!) : null;
    if (labelledPerson && looksLikeName(labelledPerson.name, true)) {
      labelledPerson.role ??= labelled![1]!;
      entries.push(labelledPerson);
      continue;
    }
    // "Ana Ruiz from Quarry Labs"
    const from = FROM_ORGANIZATION.exec(part.trim());
    const fromPerson = from ? parsePerson(from[1]!) : null;
    if (fromPerson && !/[,&]|\band\b/.test(from![1]!)) {
      if (!OUR_SIDE.test(from![2]!)) fromPerson.organization ??= from![2]!.trim();
      entries.push(fromPerson);
      continue;
    }
    const previous = entries[entries.length - 1];
    if (previous && !previous.role) {
      const { head, parens } = splitParens(part);
      if (isRoleText(head) || /^[A-Z]{2,4}$/.test(head)) {
        previous.role = head;
        for (const inner of parens) assignParen(previous, inner);
      }
    }
  }
  return entries;
}

const USER_NAME = /^\p{Ll}[\p{Ll}\d._-]{1,30}$/u;
const USER_NAME_AT = /^(\p{Ll}[\p{Ll}\d._-]{1,30})\s*\[([^[\]]{2,60})\]$/u;
const GIVEN_THEN_LOWER = /^\p{Lu}\p{Ll}+\s+(\p{Ll}{2,20})$/u;

function writtenLowerAmongNames(part: string): boolean {
  const word = USER_NAME.test(part) ? part : GIVEN_THEN_LOWER.exec(part)?.[1];
  return (
    word !== undefined &&
    !isNotNameWord(word) &&
    !isGroupName(part) &&
    !isRoleText(part) &&
    !FUNCTION_WORD.test(word)
  );
}

/** Words no one is called, that a lower-case list item may hold: "others", "tbd", "me". */
const FUNCTION_WORD =
  /^(?:and|or|of|the|from|with|for|at|on|in|to|by|me|myself|us|i|others?|more|tbd|tbc|na|n\/a|etc|absent|present|regrets|guests?|everyone|everybody|nobody|none)$/;

/**
 * "Ada Lind, Product Manager, Brightwater; Pim Sorensen, CTO, Tallow Foods": people set apart by
 * semicolons, each with a role and where they work after commas. Null unless every entry reads
 * so ("Lind, Ada; Sorensen, Pim" writes names family name first).
 */
function describedBySemicolons(listed: string): PersonEntry[] | null {
  if (!listed.includes(";")) return null;
  const entries = listed.split(/\s*;\s*/).filter(Boolean);
  if (entries.length < 2) return null;
  const people: PersonEntry[] = [];
  for (const entry of entries) {
    const [name, role, organization, ...more] = entry.split(/\s*,\s*/);
    if (!name || !role || more.length > 0 || /[()[\]]/.test(entry)) return null;
    if (!looksLikeName(name, true)) return null;
    // "Ada Lind, Brightwater; Pim Sorensen, Tallow Foods": a full name, then where they work.
    const works =
      !organization &&
      /\s/.test(name) &&
      !isRoleText(role) &&
      (ORGANIZATION_NAME.test(role) || /^\p{Lu}[\p{L}&.-]+$/u.test(role));
    if (works) {
      people.push({ ...nameOnly(name), organization: role });
      continue;
    }
    if (!isRoleText(role)) return null;
    people.push({ ...nameOnly(name), role, organization: organization ?? null });
  }
  return people;
}

const TEAM_IN_BRACKET = /^(\p{Lu}[^()]{1,40}?)\s*\(([^()]*;[^()]*)\)$/u;
/** "Chair (Ada Lind)", "Minute taker (Nell Okafor)": formal minutes name the office, then its holder. */
const ROLE_THEN_HOLDER = /^(\p{L}[\p{L} -]{0,30}?)\s*\(([^()]+)\)$/u;
const ROLE_HOLDER_BRACKET = /\s*\((\p{L}[\p{L} ]{0,20}?):\s*([^()]+)\)/gu;
const ROLE_LABEL = /^(\p{L}[\p{L} ]{0,20}?):\s+(\S.*)$/u;

/**
 * "@ana @ben.k @Chloe Diaz (Acme)": mentions written one after another with no comma, as chat
 * tools and wiki exports write them, are one person each.
 */
function splitMentions(part: string): string[] {
  const trimmed = part.trim();
  if (!trimmed.startsWith("@") || !MENTION_AFTER_SPACE.test(trimmed)) return [part];
  return trimmed.split(MENTION_START);
}
const MENTION_AFTER_SPACE = /\s@[\p{L}\d]/u;
const MENTION_START = /\s+(?=@[\p{L}\d])/u;

/**
 * "client (Ana Ruiz)", "our supervisor (Dr. Ben Cole)", "customer rep Tom Becker (Greenleaf Bank)":
 * who someone is, then their name.
 */
function roleThenName(part: string): PersonEntry | null {
  const { head, parens } = splitParens(part);
  if (!/^\p{Ll}/u.test(head)) return null;
  const leading = ROLE_BEFORE_NAME.exec(head);
  if (leading && isRoleText(leading[1]!)) {
    const person = parsePerson(leading[2]!);
    if (!person || !looksLikeName(person.name, true)) return null;
    person.role = leading[1]!.trim();
    for (const inner of parens) assignParen(person, inner);
    return person;
  }
  if (parens.length !== 1 || head.split(/\s+/).length > 3) return null;
  const person = parsePerson(parens[0]!);
  if (!person || person.handle === person.name || !looksLikeName(person.name, true)) return null;
  // "me (Greta Lund)", "myself (Greta)": the writer, named; no role.
  if (!/^(?:me|myself|i)$/i.test(head.trim())) person.role ??= head;
  return person;
}

/** Up to three lower-case words of role, then a capitalized name: "customer rep Tom Becker". */
const ROLE_BEFORE_NAME = /^((?:\p{Ll}[\p{Ll}-]*\s+){1,3})(\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3})$/u;

/** "kim_l", "Ana_Ruiz": a chat or forum username, its parts joined by underscores. */
const USERNAME = /^\p{L}[\p{L}\d]*(?:_[\p{L}\d]+)+$/u;

function splitParens(text: string): { head: string; parens: string[] } {
  const parens: string[] = [];
  // "Kim Lee [Acme]": square brackets after the name hold what round ones would.
  const head = text.replace(
    /\(([^()]*)\)|(?<=\S\s*)\[([^[\]]{1,60})\]/g,
    (_, round?: string, square?: string) => {
      parens.push((round ?? square)!.trim());
      return " ";
    },
  );
  return { head: squash(head), parens };
}

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME_AROUND_ANOTHER = new RegExp(
  `^(${WORD}(?:\\s+${WORD})*)\\s+\\((${WORD}(?:\\s+${WORD})?)\\)\\s+(${WORD}(?:\\s+${WORD})*)(?=\\s*(?:[([]|$))`,
  "u",
);
const SAME_SURNAME_AGAIN = new RegExp(
  `^(${WORD}(?:\\s+${WORD})+)\\s+\\((${WORD}(?:\\s+${WORD})+)\\)`,
  "u",
);

/** The name a person also goes by, as the entry writes it with their name; null where there is none. */
function otherNameOf(
  text: string,
  head: string,
  parens: readonly string[],
): { inner: string; written: string } | null {
  const inside = NAME_AROUND_ANOTHER.exec(text);
  if (inside && `${inside[1]} ${inside[3]}` === head && !isRolePiece(inside[2]!))
    return parens.includes(inside[2]!) ? { inner: inside[2]!, written: inside[0] } : null;
  const again = SAME_SURNAME_AGAIN.exec(text);
  const last = (words: string) => words.split(/\s+/).at(-1)!.toLowerCase();
  if (again && again[1] === head && last(again[1]!) === last(again[2]!) && again[1] !== again[2])
    return parens.includes(again[2]!) ? { inner: again[2]!, written: again[0] } : null;
  return null;
}

/**
 * "@jroe (Jane Roe)", "@kim (Kim)", "@octo (Mona Vale)": a bracket after a handle gives the
 * person's name when it has a first and a last name, or is one word the handle is made from.
 * "@bertrand (Brightwater)" is one capitalized word the handle owes nothing to: where they work.
 */
function namesHandle(inner: string, handle: string): boolean {
  if (/\s/.test(inner.trim())) return true;
  const letters = handle.replace(/[^\p{L}]/gu, "").toLowerCase();
  return letters.includes(inner.toLowerCase().slice(0, 3));
}

/** Puts what stood in brackets after a name where it belongs: handle, abbreviation, role or organization. */
function assignParen(entry: PersonEntry, inner: string): void {
  for (const piece of inner.split(/\s*[,;]\s*/).filter(Boolean)) {
    // "(remote)", "(joined late)", "(left at 10:30)": how they attended, neither who they are nor
    // where from.
    if (ATTENDANCE_NOTE.test(piece)) continue;
    // "Priya (us)": the writers' side, where others carry their organization.
    if (OUR_SIDE.test(piece)) entry.group ??= piece;
    else if (isHandle(piece)) entry.handle ??= piece;
    else if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(piece)) entry.email ??= piece;
    // "Ingrid Holm (IT)": a department's letters that only begin as the name does are the department.
    else if (
      !entry.abbreviation &&
      isAbbreviationOf(piece, entry.name) &&
      !(isRolePiece(piece) && piece !== initialsOf(entry.name))
    )
      entry.abbreviation = piece;
    else if (!entry.role && !entry.organization && organizationAndRole(piece)) {
      const both = organizationAndRole(piece)!;
      entry.organization = both.organization;
      entry.role = both.role;
    } else if (!entry.role && isRolePiece(piece)) entry.role = piece;
    // "(Treasurer, non-voting)": after the role, words in lower case say how they sit, not where
    // they work.
    else if (!entry.organization && !isRolePiece(piece) && !(entry.role && /^\p{Ll}/u.test(piece)))
      entry.organization = piece;
    else if (!entry.role) entry.role = piece;
  }
}

/**
 * "(Head of Ops at Quillfield)", "(CTO @ Brightwater)": what they do, and after "at" where. A
 * role written after the organization ("Brightwater CTO") is told apart where the note names
 * that organization elsewhere (see attendees.ts).
 */
function organizationAndRole(piece: string): { organization: string; role: string } | null {
  const at = /^(.+?)\s+(?:at|@)\s+(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,2})$/u.exec(
    piece,
  );
  return at && isRolePiece(at[1]!) && !isRolePiece(at[2]!)
    ? { role: at[1]!, organization: at[2]! }
    : null;
}

/**
 * "(minutes)", "- Eng": a duty in the meeting or a department, after a name only; as words of their
 * own ("the design", "the notes") they name no one, so they stay out of the role words.
 */
const DUTY_OR_DEPARTMENT =
  /^(?:minutes|notes|taking notes|note taking|timekeeping|eng|engineering|finance|design|hr|it)$/i;

/**
 * "Pim Sorensen (AM)", "(SA)", "(DRI)": after a name whose initials they are not, capitals that
 * name a role in account and support teams (account manager, solutions architect, directly
 * responsible individual). Written alone they may be someone's initials, so they stay out of the
 * role words.
 */
const BRACKETED_ROLE = /^(?:AM|KAM|SA|SDM|DRI|DBA|TSE|CSE|PMM|IC)$/;

export function isRolePiece(piece: string): boolean {
  return isRoleText(piece) || DUTY_OR_DEPARTMENT.test(piece) || BRACKETED_ROLE.test(piece);
}

const ATTENDANCE_NOTE =
  /^(?:remote(?:ly)?|online|virtual(?:ly)?|in person|in-person|on ?site|in the room|by phone|phone|on the (?:phone|call|line)|over the phone|dial-in|dial(?:l)?ed in|video|zoom|teams|late|joined late|left early|(?:joined|arrived|left|dropped(?: off)?|from|until|till|after|before)\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|partly|partial|part-time|first half|second half|\d{1,2}(?::\d{2})?\s*(?:[ap]m)?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(?:[ap]m)?)$/i;

/** "(MVB)" after Mira van den Berg, "(PO)" after Paul Okafor: initials, even where they spell a title. */
function isAbbreviationOf(piece: string, name: string): boolean {
  if (!/^[A-Z]{2,4}$/.test(piece)) return false;
  const initials = name
    .split(/\s+/)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
  if (piece === initials) return true;
  return isInitials(piece) && initials.length > 0 && piece[0] === initials[0];
}

/**
 * One person as written: "Jane Roe", "Jane Roe (PM, Acme)", "@jroe (Jane Roe)", "Jane Roe (@jroe) - Role",
 * "Jane Roe - Acme (JR)", "Jane Roe <jane@acme.com>", "RF". Returns null when the text names no one.
 */
/** "Jane Smith" -> "JS", "Tom O'Brien" -> "TOB": the capitals that open its words. */
function initialsOf(name: string): string {
  return name
    .split(/[\s'’-]+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}

const PRESENT_MARK = /^(?:✅|✔️?|☑️?|✓)\s*|\s*(?:✅|✔️?|☑️?|✓)$/u;
const ABSENT_MARK = /^(?:❌|✗|✘|✖️?|🚫)\s*\S|\S\s*(?:❌|✗|✘|✖️?|🚫)$/u;

/** "Carla (absent)", "Carla - regrets", "Carla: apologies": a roll call's word for who was away. */
const ABSENT_NOTE = new RegExp(
  String.raw`\S\s*(?:\(\s*${ABSENCE_LABELS}\s*\)|(?:\s[-–—]|:)\s*${ABSENCE_LABELS})\s*\.?$`,
  "iu",
);
/** "Ana - here", "Ana (present)", "Ana: present": a roll call's word for who came. */
const PRESENT_NOTE = new RegExp(
  String.raw`\s*(?:\(\s*${PRESENCE_WORDS}\s*\)|(?:\s[-–—]|:)\s*${PRESENCE_WORDS})\s*\.?$`,
  "i",
);

export function parsePerson(raw: string): PersonEntry | null {
  // "[[Dana Ilse]]", "[[dana-ilse|Dana Ilse]]": a link to the person's page names them.
  let text = squash(
    withoutPronouns(raw)
      .replace(/[*`]|(?<![\p{L}\d])_+|_+(?![\p{L}\d])/gu, "")
      .replace(/\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]/g, "$1"),
  ).replace(/^[-–—•]\s*/, "");
  if (!text) return null;
  // "Kim Lee ✅", "❌ Ana Ruiz": a roll call's marks; a cross says the person was not there.
  if (ABSENT_MARK.test(text) || ABSENT_NOTE.test(text)) return null;
  text = squash(text.replace(PRESENT_MARK, " ").replace(PRESENT_NOTE, ""));
  if (!text) return null;
  let email: string | null = null;
  // "<jane@acme.com>" arrives as a GFM autolink, so the brackets may already be gone.
  text = text.replace(/\s*<?([^<>\s@()]+@[^<>\s@()]+\.[A-Za-z]{2,})>?/, (_, address: string) => {
    email = address;
    return " ";
  });
  text = squash(text) || nameInAddress(email);
  if (!text) return null;
  let dashTail: string | null = null;
  // "Ines Dahl / @idahl / Quarry Labs": a sign-up sheet's fields, the name first and a handle
  // among them ("Ana / Ben" without one lists two people).
  let signedHandle: string | null = null;
  const fields = text.split(/\s+\/\s+/);
  const handleField = fields.slice(1).find((field) => isHandle(field));
  if (handleField && looksLikeName(fields[0]!, true)) {
    signedHandle = handleField;
    const rest = fields.slice(1).filter((field) => field !== handleField && field.trim());
    text = fields[0]!;
    dashTail = rest.length > 0 ? rest.join(" — ") : null;
  }
  // "Ana Ruiz / :email: [redacted] / :globe: UTC+2 / they/them / :bird: aruiz": a sign-in
  // sheet's fields, tagged or shaped as what they hold; the name is the first.
  else if (
    fields.length >= 3 &&
    looksLikeName(fields[0]!, true) &&
    fields.slice(1).some((field) => SIGN_IN_FIELD.test(field))
  )
    text = fields[0]!;
  const dash = dashTail === null ? /^(.+?)\s+[-–—]\s+(.+)$/.exec(text) : null;
  if (dash) {
    text = dash[1]!;
    dashTail = dash[2]!;
  }
  const { head, parens } = splitParens(text);
  // "Wen Li (Kiri) Chen", "Sam Cho (Minjun Cho)": a name a person also goes by, written inside
  // their name or as the same surname again. It is part of the name as written, not an employer.
  const otherName = otherNameOf(text, head, parens);
  if (otherName) parens.splice(parens.indexOf(otherName.inner), 1);
  let name = head;
  let handle: string | null = null;
  // "Dana Ilse @dlee (Chair)": a handle written beside the name, before or after it.
  const beside = /^(.+?)\s+(@[A-Za-z0-9][\w.-]*)$|^(@[A-Za-z0-9][\w.-]*)\s+(.+)$/.exec(name);
  const besideName = beside ? (beside[1] ?? beside[4])! : null;
  if (/^@\S+\s/.test(name) && looksLikeName(name.slice(1), true)) {
    // "@Dana Ilse": a mention by display name (Confluence, Notion), not a handle.
    name = name.slice(1);
  } else if (beside && besideName && looksLikeName(besideName, true)) {
    name = besideName;
    handle = (beside[2] ?? beside[3])!;
  } else if (isHandle(name)) {
    handle = name;
    const fullName = parens.find((inner) => looksLikeName(inner, true) && namesHandle(inner, name));
    name = fullName ?? name;
    if (fullName) parens.splice(parens.indexOf(fullName), 1);
  } else if (!looksLikeName(name, true) && !isInitials(name) && !USERNAME.test(name)) {
    return null;
  }
  // "JS (Jane Smith)": the initials the minutes use, and the full name they stand for; "JS
  // (Jane Smith, chair)": then what else the bracket says of her.
  let abbreviation: string | null = null;
  const spells = (piece: string) =>
    looksLikeName(piece, true) && initialsOf(piece) === name.toUpperCase();
  const spelledAt = isInitials(name)
    ? parens.findIndex((inner) => spells(inner.split(/\s*[,;]\s*/)[0]!))
    : -1;
  if (spelledAt >= 0) {
    const [spelled, ...rest] = parens[spelledAt]!.split(/\s*[,;]\s*/);
    abbreviation = name;
    name = spelled!;
    if (rest.length > 0) parens[spelledAt] = rest.join(", ");
    else parens.splice(spelledAt, 1);
  }
  const entry: PersonEntry = {
    name: otherName && name === head ? otherName.written : name,
    handle: handle ?? signedHandle,
    abbreviation,
    role: null,
    organization: null,
    email,
  };
  for (const inner of parens) assignParen(entry, inner);
  // "Chloe Park — Initech — PM": after the name, who they work for and what they do, in either order.
  for (const piece of dashTail ? dashTail.split(/\s+[-–—]\s+/) : []) {
    // "Ines - spending time with family!": what someone said of themselves, not where they work.
    if (SAYS_SOMETHING.test(piece.trim())) continue;
    const tail = splitParens(piece);
    // "Tallow Foods, IT manager": whom they work for, then what they do.
    const [employer, duty] = tail.head.split(/\s*,\s*(?=\S)/);
    if (duty !== undefined && ORGANIZATION_NAME.test(employer!) && isRolePiece(duty)) {
      entry.organization ??= employer!;
      entry.role ??= duty;
    } else if (isRolePiece(tail.head)) entry.role ??= tail.head;
    else entry.organization ??= tail.head || null;
    for (const inner of tail.parens) assignParen(entry, inner);
  }
  return entry;
}

/** Mailboxes of a role or a team, not of a person: "info@", "support@", "noreply@". */
const ROLE_MAILBOX =
  /^(?:info|support|help|helpdesk|sales|admin|team|office|contact|hello|noreply|no-reply|billing|accounts|it|ops|security|hr|finance|legal|marketing|press|jobs|careers|service|services|notifications?)$/i;

/**
 * "ingrid.holm@brightwater.example" alone in a list of participants, as a calendar invite pastes
 * it: the person the mailbox is named after ("Ingrid Holm"); a role's mailbox or one with digits
 * names no one.
 */
function nameInAddress(email: string | null): string {
  const local = email?.split("@")[0] ?? "";
  const parts = local.split(/[._-]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 3 || ROLE_MAILBOX.test(local)) return "";
  if (!parts.every((part) => /^\p{L}+$/u.test(part))) return "";
  return parts
    .map((part) =>
      part.length === 1
        ? `${part.toUpperCase()}.`
        : part[0]!.toUpperCase() + part.slice(1).toLowerCase(),
    )
    .join(" ");
}
