import type { PersonRef } from "../model/minutes.js";
import type { PeopleIndex } from "../model/people.js";
import {
  ASKING_VERBS,
  OUR_ORGANIZATION_LEAD,
  PERSON_TITLES,
  SPEAKER_VERBS,
} from "../util/lexicon.js";
import {
  endsInPersonRole,
  isBareRolePlural,
  isGivenNameWord,
  isGroupName,
  isHandle,
  isInitials,
  isNotNameWord,
  isRoleText,
  looksLikeName,
  namesNobody,
  namesOffice,
  PART_OF_WORDS,
  saysWhenNotWho,
} from "../util/names.js";
import { isImperativeVerb, isRedoneVerb } from "./task-language.js";

// A handle is written as its owner spells it, often in lower case ("@kim-lee"). "Feedback I have
// to ...": the pronoun is no part of a name.
const NAME =
  "(?:@[A-Za-z0-9][\\w-]*(?![\\w.-])|@?[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:van|von|de|der|da|del|di|du|le|la)?\\s*(?!I(?![.\\p{L}'’-]))[\\p{Lu}](?:\\.|[\\p{L}'’-]*)){0,2})";
// "Greenleaf (Tom) will ...", "Dana (CSM) to ...": a name may carry a bracket saying who they are.
const NAMED = `${NAME}(?:\\s*\\([^(),;]{1,30}\\))?`;
/** "Kim and others", "Noor + team", "Rob et al.": the people named, and some the note leaves unnamed. */
const AND_OTHERS_TAIL = String.raw`(?:\s+(?:and|&|\+)\s+(?:others|co\.|(?:the\s+)?team)|\s+et\s+al\.?)`;
const AND_OTHERS = new RegExp(`${AND_OTHERS_TAIL}$`, "i");
// "Ana, Ben, and Cy": the serial comma before the last name.
// "Ben and/or Carla", "Ben or Carla": either may take the work, and both are named for it.
const NAME_LIST = `(${NAMED}(?:\\s*(?:,(?:\\s*(?:and\\b|&))?|&|\\band/or\\b|\\band\\b|\\bor\\b|/|\\+)\\s*${NAMED})*${AND_OTHERS_TAIL}?)`;
// "Intro to their IT team", "Trip to the site": "to" before a determiner is a preposition.
const ACTOR_VERBS =
  "owes|owe|has to|have to|is to|are to|to(?!\\s+(?:the|a|an|their|our|his|her|its|my|your|them|him|us|me)\\b)|is asked to|are asked to|was asked to|were asked to|has been asked to|have been asked to|is requested to|are requested to|(?:is|are|was|were|has been|have been) (?:directed|instructed) to|are invited to|are reminded to|(?:is|are) kindly (?:asked|requested|invited|reminded) to|will|shall|is going to|are going to|agreed to|agrees to|(?:has |have |is |are )?committed to|commits to|(?:has |have )?volunteered to|volunteers to|(?:has |have )?offered to|offers to|(?:is|are|was|were|has been|have been) tasked with|undertook to|undertakes to|needs to|need to|must|should|promised to|(?:has |have )?promised(?! not\\b)|promises(?! not\\b)|pledged|guaranteed|has agreed to|have agreed to|plans to|plan to|is planning to|are planning to|intends to|expects to|expect to|signed up to|(?:took|ha(?:s|ve) taken) (?:an |the )?(?:action(?: item)?|AI) to|ha(?:s|ve) (?:an |the )?(?:action(?: item)?|AI) to|owns the action to";

/** "Mrs Quist kindly offered to ...", "Kim also agreed to ...": a word between the names and the verb. */
const ACTOR_ADVERB = "(?:kindly|also|graciously|generously|then|already)";

/** "Lisa to ...", "Raj & Marcus will ...", "@lisa volunteered to ..." at the start of a sentence. */
const ACTOR_LEAD = new RegExp(
  `^${NAME_LIST}(?:(?:\\s+${ACTOR_ADVERB})?\\s+(?:${ACTOR_VERBS})|['’]ll|['’](?:s|re) going to)\\s`,
  "u",
);
/**
 * "Kim with Ana to review ...", "Kim w/ the vendor to ...": the taker, then who helps, whom the
 * work is not given to.
 */
const ACTOR_WITH_HELPER = new RegExp(
  `^${NAME_LIST}(,?)\\s+(?:(?:together\\s+)?with|w/|with\\s+(?:help|support)\\s+from|helped\\s+by|supported\\s+by)\\s+(?:${NAME_LIST}|the\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\2\\s+(?:${ACTOR_VERBS})\\s`,
  "u",
);
/** "Ana (or anyone who knows the tool) to set it up ...": an aside after someone the note lists. */
const ACTOR_ASIDE_LEAD = new RegExp(
  `^${NAME_LIST}\\s*\\([^()]{1,80}\\)(?:\\s+(?:${ACTOR_VERBS})|['’]ll)\\s`,
  "u",
);

/** "The team will ...", "All team members to ...": work for a group (see isGroupName). */
const GROUP_LEAD =
  /^((?:the |all |both |each |our )?[\p{L}-]+(?:['’]s)?(?:\.[\p{L}]+)?(?: [\p{L}-]+){0,2}?) (?:will|shall|to|should|must|needs? to|agreed to|(?:(?:is|are) (?:(?:kindly )?(?:asked|requested|invited|reminded) |going )?|(?:was|were|has been|have been) (?:kindly )?(?:asked|requested|invited|reminded|directed|instructed) )to)\s/iu;
/**
 * "The secretary is to circulate ...", "The chair will ...", "Our mentor will ...": a role, in the
 * minutes' third person.
 */
const ROLE_SUBJECT = /^(?:the|our)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu;

/**
 * Formal minutes drop the article: "Membership secretary will send ...", "Project manager to update
 * ...". The words before the role must not open an order ("Ask the manager to ...") or be its
 * subject ("I volunteer to ...").
 */
const BARE_ROLE = /^(?!(?:I|We|You|They|He|She|It)\s)\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?$/u;

/** "The secretary", "the project manager", "Membership secretary": someone named by their role. */
export function namesRole(text: string): boolean {
  const trimmed = text.trim();
  const role = ROLE_SUBJECT.exec(trimmed)?.[1];
  if (role !== undefined) return isRoleText(role);
  return (
    BARE_ROLE.test(trimmed) &&
    endsInPersonRole(trimmed) &&
    !isImperativeVerb(trimmed.split(/\s+/)[0]!)
  );
}
/** Who can open a sentence that gives work: a capitalised name, a handle, or a group word. */
const MAY_OPEN_WITH_ACTOR =
  /^(?:[@\p{Lu}]|(?:the|all|both|each|our|everyone|everybody|team|board|committee|council|maintainers)\b)/u;

const DONE_TO_SUBJECT =
  /^[^,;:()]{1,60}?\s(?:(?:is|are)\s+)?(?:to|will|shall|should|must|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|ne|nt|lt|ht|ld)\b/u;

/**
 * "Ines has the logs and will look into it", "Dev wasn't sure and will check", "Kim reviewed
 * the draft and will send comments": the name, what they have, know or did, then soon after a
 * promise. "Kim mentioned that Ana ... and will ..." reports what someone else will do.
 */
const ACTOR_LATER = new RegExp(
  `^${NAME_LIST}\\s+(?:has|have|is|are|was|were|(?:has|have|is|are|was|were|did|does|do)n['’]?t|\\p{Ll}{2,}ed|met|spoke|took|gave|sent|wrote|found|ran|made|saw|got|read)\\b(?:(?!\\bthat\\b)[^.;:]){0,60}?\\b(?:and|so) will\\s+(?!not\\b|never\\b|be\\b)`,
  "u",
);

/** ACTOR_LATER for a group: "The support team has the logs and will look into it". */
const GROUP_LATER =
  /^((?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,2}?(?:team|committee|board|group|crew))\s+(?:has|have|had|is|are|was|were|\p{Ll}{2,}ed)\b(?:(?!\bthat\b)[^.;:]){0,80}?\b(?:and|so) will\s+(?!not\b|never\b|be\b)/u;

/** "Priya expressed concern about:", "Tomás presented results:", "Ines committed to:". */
const SPEAKER_LEAD = new RegExp(`^${NAME_LIST}\\s+(?:${SPEAKER_VERBS}|will|to)\\b`, "u");

const ROLE_ASSIGNMENT = new RegExp(
  `^${NAME_LIST}\\s+(?:(?:will|to)\\s+(?:co-?)?chair\\b|(?:to be|will be|is|as)\\s+(?:the\\s+|our\\s+|an?\\s+)?[\\p{L} ]*\\b(?:manager|owner|coach|lead|journaler|scribe|chair|facilitator|contact|point of contact|dri|champion|architect|engineer|designer)\\b)`,
  "iu",
);

/** Splits "Raj & Marcus", "NOOR / TOMAS", "Noor, Tomas" into names. */
/** Whether a run of names closes on people it does not name ("Kim and others"). */
export function namesOthersToo(text: string): boolean {
  return AND_OTHERS.test(text.trim());
}

export function splitNames(text: string): string[] {
  return (
    text
      .replace(AND_OTHERS, "")
      .split(/\s*(?:,|&|\band\/or\b|\band\b|\/|\+)\s*/)
      // "Kim -- ACTION:": a dash that set the name apart from a mark is no part of it.
      .map((part) => part.trim().replace(/^[–—-]+\s*|\s*[–—-]+$/g, ""))
      .filter(Boolean)
  );
}

/** Whether a written name is someone: an attendee, a known person, a handle, or shaped like a name. */
export function namesSomeone(name: string, people: PeopleIndex): boolean {
  const ref = people.resolve(name);
  if (ref.attendeeId || people.isKnownPerson(name)) return true;
  if (isHandle(name)) return true;
  if (/^[A-Z]{2,}$/.test(name) && name.length > 4)
    return looksLikeName(name[0] + name.slice(1).toLowerCase());
  return looksLikeName(name) && !isNotNameWord(name.split(/\s+/)[0]!);
}

const WRITER = /^(?:I|me|myself)$/i;

/** "I", "me": the note's writer, whom the note does not name. */
export function isWriter(name: string): boolean {
  return WRITER.test(name.trim());
}

const BOTH = /^both(?:\s+of\s+(?:us|them))?[.:]*$/i;

export function toRefs(names: readonly string[], people: PeopleIndex): PersonRef[] {
  const refs: PersonRef[] = [];
  // "Kim and I will draft it": the writer, whom the note does not name, beside someone it does;
  // where the note names its writer ("me (Tom Ellis)"), the writer is one of the owners.
  const others = names.some((name) => !isWriter(name));
  for (const name of names) {
    // "TBD: decide on pilot size" names no owner yet.
    const unnamedWriter = isWriter(name) && people.resolve(name).attendeeId === null;
    // "20/4" in an owner column, split at its slash: no part without a letter is anyone.
    if (namesNobody(name) || !/\p{L}/u.test(name) || (others && unnamedWriter)) continue;
    // "Both: agree on the rota" in a note of two people: each of them.
    const pair = BOTH.test(name) ? people.pair() : null;
    if (pair) {
      for (const ref of pair) if (!refs.some((existing) => sameRef(existing, ref))) refs.push(ref);
      continue;
    }
    // "A.J.", "Tom B.": the full stop of an initial is part of the name.
    const ref = people.resolve(name.replace(/(?<!(?:^|[.\s])\p{Lu})[.:]+$|:+$/u, ""));
    if (!refs.some((existing) => sameRef(existing, ref))) refs.push(ref);
  }
  return refs;
}

function sameRef(a: PersonRef, b: PersonRef): boolean {
  return a.attendeeId !== null
    ? a.attendeeId === b.attendeeId
    : a.name.toLowerCase() === b.name.toLowerCase();
}

/** "kim and lee to review": the names before "to" / "will", written in lower case. */
const LOWER_TAKERS =
  /^(\p{Ll}[\p{L}'’-]*(?:\s*(?:,|&|and)\s*\p{Ll}[\p{L}'’-]*){0,3})(?=\s+(?:to|will)\s)/u;

/**
 * Notes written fast name people in lower case ("kim to review"): names before "to" / "will" are
 * capitalised when `enough` of them are attendees' (one, or every one), or written elsewhere in
 * the note with a capital as taking work.
 */
export function capitalizeTakers(
  part: string,
  people: PeopleIndex,
  enough: "some" | "every" = "some",
): string {
  const lead = LOWER_TAKERS.exec(part)?.[1];
  if (!lead) return part;
  const names = splitNames(lead);
  // "ravi to post ..." where other lines say "Ravi to comment ...": the note's own spelling counts.
  const attendee = (name: string) =>
    people.resolve(name).attendeeId !== null || people.writesAsTaker(name);
  if (!(enough === "every" ? names.every(attendee) : names.some(attendee))) return part;
  const capitalized = lead.replace(
    /(^|[\s,&]\s*)(?!and\b)(\p{Ll})/gu,
    (_, gap: string, letter: string) => `${gap}${letter.toUpperCase()}`,
  );
  return capitalized + part.slice(lead.length);
}

/*
 * Every reading below that finds takers needs a word of ACTOR_VERBS after the names (ACTOR_LEAD,
 * ACTOR_ASIDE_LEAD), "will" (ACTOR_LATER) or a modal of GROUP_LEAD. Each of them is "will",
 * "shall", "must", "should", "owe", "'ll", or holds "to" between white space ("is to", "agreed
 * to", the bare "to" after the names) or is a promise's word ("promised", "pledged",
 * "guaranteed"), and capitalizeTakers changes a text only before " to " or " will ". Two texts in
 * three that this is asked about hold none of them (over the eval corpus).
 */
const MAY_GIVE_A_TASK = /\sto\s|will|shall|must|should|owe|['’]ll|promise|pledged|guaranteed/iu;

/** The names a sentence opens with when it gives someone a task, or null. */
export function actorsAtStart(written: string, people: PeopleIndex): string[] | null {
  return MAY_GIVE_A_TASK.test(written) ? readActors(written, people) : null;
}

/** actorsAtStart without its precheck (MAY_GIVE_A_TASK); exported for the test that they agree. */
export function readActors(written: string, people: PeopleIndex): string[] | null {
  // "bob to open the issue": an attendee's name in lower case opens the sentence as well.
  const text = /^\p{Ll}/u.test(written) ? capitalizeTakers(written, people, "every") : written;
  // "Asked Kim to send the logs", "Requested the board to review it", "Ana asked Kim to ...":
  // the request makes the work theirs, as "Kim to send the logs" does.
  const request = REQUEST_LEAD.exec(text);
  if (request) return readActors(text.slice(request[0].length), people);
  if (!MAY_OPEN_WITH_ACTOR.test(text)) return null;
  // "Face to face talks", "End to end tests": one word on both sides of "to" is an idiom.
  if (/^([\p{L}]+) to \1\b/iu.test(text)) return null;
  // "Tomas to be delivery manager" assigns a role, not a task.
  if (ROLE_ASSIGNMENT.test(text)) return null;
  // "The docs will be updated", "Slides to be shared", "Logs need to be collected": what the work
  // is done to, not who does it. A person so written ("Ana to be added to the rota") is still
  // the one the item is for.
  // "We (Brightwater) will provision ...", "We at Brightwater to ...": the writers, named by the
  // organization the note seats them in.
  const ours = OUR_ORGANIZATION_LEAD.exec(text);
  const organization = ours?.[1] ?? ours?.[2];
  if (organization && people.resolve(organization).kind === "organization") return [organization];
  const doneTo = DONE_TO_SUBJECT.test(text);
  const group = doneTo ? null : GROUP_LEAD.exec(text);
  // "We will ..." gives the work to nobody in particular.
  // "Find volunteers to staff the booth", "Need reviewers to ...": an order or a need whose
  // object is the group, not the group as its subject.
  const subject = group && !ordersAGroup(group[1]!) ? group[1]!.trim() : undefined;
  // "Moderators will select ..." states how things are done; "The moderators will ...", "Project
  // leads will ..." give the work to particular people.
  // "Attendees were asked to review ...": asked of them, it is their work all the same, and so is
  // "Mentors to collect the survey answers ...", the shorthand notes write work in ("Volunteers to help ..."
  // asks for people rather than giving them work).
  const rule =
    subject !== undefined &&
    isBareRolePlural(subject) &&
    !/\s(?:asked|requested|invited|reminded|directed|instructed)\s+to\s$/i.test(group![0]) &&
    (/^volunteers$/i.test(subject) || !/^\s*to\s$/i.test(group![0].slice(group![1]!.length)));
  if (subject && isGroupName(subject) && !rule && !/^(?:we|us)$/i.test(subject)) return [subject];
  if (subject && (namesRole(subject) || namesOffice(subject))) return [subject];
  // "Acme IT to open the firewall": a department of an organization the note knows.
  if (subject && !isGroupName(subject) && people.resolve(subject).kind === "group")
    return [subject];
  // The list of names is costly to match: try it with an aside only where a bracket comes soon.
  const bracket = text.indexOf("(");
  const aside = bracket > 0 && bracket < 90 ? ACTOR_ASIDE_LEAD.exec(text) : null;
  if (aside) {
    const names = acceptedNames(aside[1]!, people);
    const listed = (name: string) =>
      people.resolve(name).attendeeId !== null || people.isKnownPerson(name);
    if (names?.every(listed)) return names;
  }
  // "Members of the committee will ...", "Each of the leads to ...": some of a group, taking it.
  const partOfGroup = doneTo ? null : PART_OF_GROUP.exec(text)?.[1];
  if (partOfGroup && isGroupName(partOfGroup)) return [partOfGroup];
  const withRole = NAME_AND_ROLE.exec(text) ?? ROLE_AND_NAME.exec(text);
  // "Kim and the team will ...": Kim, and others left unnamed (AND_OTHERS_TAIL).
  if (withRole && !AND_OTHERS.test(withRole[0].replace(/\s+\S+\s$/, "").trim())) {
    const [name, role] = NAME_AND_ROLE.test(text)
      ? [withRole[1]!, withRole[2]!]
      : [withRole[2]!, withRole[1]!];
    const named = acceptedNames(name, people);
    if (named?.length === 1 && (namesRole(role) || namesOffice(role) || isGroupName(role)))
      return NAME_AND_ROLE.test(text) ? [named[0]!, role] : [role, named[0]!];
  }
  // "The team has fixed the issue and will add more tests": a group's report, then its promise.
  const groupLater = doneTo ? null : GROUP_LATER.exec(text)?.[1];
  if (groupLater && isGroupName(groupLater)) return [groupLater];
  const match = ACTOR_LEAD.exec(text) ?? ACTOR_LATER.exec(text) ?? helpedActor(text, people);
  if (!match) return null;
  const names = acceptedNames(match[1]!, people);
  if (doneTo && names?.some((name) => people.resolve(name).attendeeId === null)) return null;
  return names;
}

const REQUEST_LEAD =
  /^(?:@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+)?(?:[Aa]sked|[Rr]equested|[Ii]nvited|[Rr]eminded|[Uu]rged|[Ee]ncouraged|[Tt]old)\s+(?=\S+(?:\s+\S+){0,3}?\s+to\s+\p{Ll})/u;

/** ACTOR_WITH_HELPER where its taker is someone the note knows ("Met with Ingrid to ..." is a report). */
function helpedActor(text: string, people: PeopleIndex): RegExpExecArray | null {
  const match = /\s(?:with|w\/|by)\s/.test(text) ? ACTOR_WITH_HELPER.exec(text) : null;
  return match &&
    splitNames(match[1]!).every(
      (name) => people.resolve(name).attendeeId !== null || people.isKnownPerson(name),
    )
    ? match
    : null;
}

const PART_OF_GROUP = new RegExp(
  String.raw`^(${PART_OF_WORDS}\s+(?:the|each|our|their|both)\s+[\p{L}-]+(?:\s+(?:team|group|committee|board|council))?)\s+(?:will|to|should|must|shall|are to|agreed to)\s+\p{Ll}`,
  "iu",
);

/** "Ana and the chair will ...", "The treasurer and Ben to ...": a person and a role together. */
const ROLE_WORDS = String.raw`(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+`;
const NAME_AND_ROLE = new RegExp(
  `^(${NAMED})\\s+(?:and|&)\\s+(${ROLE_WORDS})\\s+(?:${ACTOR_VERBS})\\s`,
  "u",
);
const ROLE_AND_NAME = new RegExp(
  `^(${ROLE_WORDS})\\s+(?:and|&)\\s+(${NAMED})\\s+(?:${ACTOR_VERBS})\\s`,
  "iu",
);

function ordersAGroup(subject: string): boolean {
  const [first, ...rest] = subject.trim().split(/\s+/);
  const object = rest.join(" ");
  return (
    rest.length > 0 &&
    (isImperativeVerb(first!) || /^needs?$/i.test(first!)) &&
    (isBareRolePlural(object) ||
      // "Enable kiosk teams to ...", "Encourage members to ...": an order whose object is a
      // group, many of it; "Support team to ..." is a team by its work.
      (isGroupName(object) && /s$/i.test(rest.at(-1)!)))
  );
}

/** "The committee asked Tom to prepare ...", "Priya requested Lena and Marco to draft ...". */
const ASKED_LEAD = new RegExp(
  `^(?:[^,;:]{1,50}?|[^;:]{1,200}?,?\\s+and)\\s(?:${ASKING_VERBS}|wants|wanted)\\s+${NAME_LIST}\\s+to\\s+(\\p{L}+)`,
  "u",
);

/** "The chair asked the executive director to prepare ...": a role, or a group, asked. */
const ASKED_ROLE = new RegExp(
  String.raw`^[^,;:]{1,50}?\s${ASKING_VERBS}\s+((?:the|our)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+to\s+(\p{L}+)`,
  "iu",
);

/** Who a sentence asks to do work and the verb of that work, or null. */
export function askedToDo(
  text: string,
  people: PeopleIndex,
): { names: string[]; verb: string } | null {
  const match = ASKED_LEAD.exec(text);
  const names = match ? acceptedNames(match[1]!, people) : null;
  if (names) return { names, verb: match![2]! };
  const role = ASKED_ROLE.exec(text);
  return role && (namesRole(role[1]!) || isGroupName(role[1]!))
    ? { names: [role[1]!], verb: role[2]! }
    : null;
}

/** "Kim is planning the migration", "Kim and Ilse are working on it": someone at the work now. */
const DOING_LEAD = new RegExp(
  `^${NAME_LIST}\\s+(?:is|are)\\s+(?:currently\\s+|now\\s+|still\\s+|already\\s+)?\\p{L}+ing\\b`,
  "u",
);
/**
 * "@kim and Ilse planning a window": without "is", only attendees and handles, since "After
 * talking to Ingrid" opens the same way.
 */
const BARE_DOING_LEAD = new RegExp(`^${NAME_LIST}\\s+\\p{Ll}+ing\\b`, "u");

/**
 * "Kim owns the credit conversation", "Ilse is responsible for the rollout", "Ilse takes over the
 * rota", "Kim is on point for the vendor call", "Noor will be involved in the rollout", "Rob is taking care of the badges", "Kim has taken ownership of the rollout", "Rob is taking on the survey", "Kim is taking the export as her
 * next task", "Rob volunteered for the clean-up": an owner by
 * the verb. "Kim is handling the refund", "Rob has been tasked with the guide": the same, said of
 * the work as it starts; "Kim was handling it" reports.
 */
const OWNING_LEAD = new RegExp(
  `^${NAME_LIST}\\s+(?:owns|own|will own|is responsible (?:for|to)|are responsible (?:for|to)|(?:is|are|will be|shall be) in charge (?:of|for)|(?:is|are) on the hook for|(?:(?:is|are) taking|takes|will take) care of(?! (?:him|her|them|my|our)sel(?:f|ves)\\b| (?:his|her|their|my|our) (?:kids?|child(?:ren)?|family|mother|father|mum|mom|dad|parents?|baby|son|daughter|partner|wife|husband)\\b)|(?:will|shall) be (?:responsible (?:for|to)|involved (?:in|with|to))|will drive|drives|takes? (?:over(?! from)|the lead on)|picks? up|(?:is|are) (?:on )?point (?:on|for)|(?:is|are) (?:now )?(?:owning|handling|driving|chasing|looking into|following up (?:on|with))|(?:has|have) been (?:tasked with|assigned)|(?:has taken|have taken|takes|take|will take|is taking|are taking) ownership of|(?:is|are) taking on|takes on|will take on|(?:volunteered|volunteers|has volunteered|have volunteered) for(?! (?:it|this|that|the role|the job)\\b)|(?:is|are) taking(?=\\s[^.;]{1,80}?\\bas\\s+(?:a|an|his|her|their|my|our|the)\\s+(?:next\\s+|new\\s+|first\\s+)?(?:task|job|assignment)\\b)|(?:was|were) (?:tasked with|assigned))\\s`,
  "u",
);

/**
 * "Acme promised a credit on the invoice", "Ana guaranteed a reply within 4 hours", "Ana assured
 * Peter that the fix ships Friday": someone promising a thing rather than to do something.
 * "Kim offered congratulations" is courtesy, and "promised not to publish" a restraint.
 */
const PROMISING_LEAD = new RegExp(
  `^${NAME_LIST}\\s+(?:promised|guaranteed|pledged|assured)\\s+(?!(?:to|not|nothing)\\b)\\S`,
  "u",
);

/** Who opens the words promising a thing, or null. */
export function promisersAtStart(text: string, people: PeopleIndex): string[] | null {
  const match = PROMISING_LEAD.exec(text);
  return match ? acceptedNames(match[1]!, people) : null;
}

/**
 * "Greta is the owner of the vendor escalation", "Pim is the DRI for the notice": the one who
 * answers for the work, named first; "The DRI for the notice is Tamsin", "Postmortem owner is
 * Pim, due Wednesday": the work first, then who answers for it. Without a day after it, "The
 * product owner is Greta" names a role.
 */
const OWNER_OF_LEAD = new RegExp(
  `^${NAME_LIST}\\s+(?:is|are|will be)\\s+(?:the\\s+)?(?:owners?|DRIs?)\\s+(?:of|for|on)\\s+\\S`,
  "u",
);
const WORK_THEN_OWNER = new RegExp(
  `^(?:[Tt]he\\s+)?(?:(?:[Oo]wner|DRI)\\s+(?:of|for|on)\\s+[^,;:()]{3,60}?|(?:\\S+\\s+){0,4}?\\S+\\s+(?:[Oo]wner|DRI)(?=\\s+(?:is|will be)\\s+[^,;]+,?\\s+(?:due|by|ETA)\\b))\\s+(?:is|will be)\\s+${NAME_LIST}(?=\\s*(?:[,.;(]|$)|\\s+(?:by|due)\\b)`,
  "u",
);

/** Who a task in a task list says owns it ("Kim owns the migration"), or null. */
export function ownersByVerb(text: string, people: PeopleIndex): string[] | null {
  const match = OWNING_LEAD.exec(text) ?? OWNER_OF_LEAD.exec(text) ?? WORK_THEN_OWNER.exec(text);
  return match ? acceptedNames(match[1]!, people) : null;
}

/**
 * "Dev schedules the call", "Ingrid fixes the export", "Lumen ships the hotfix": attendees or an
 * organization the note names, then the work in the present.
 */
// "Odile's team deploys the fix": someone's team at work, as well as people by name.
const PRESENT_TENSE_LEAD = new RegExp(
  `^(@?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?['’]s\\s+(?:team|group|squad|crew)|${NAME_LIST.slice(1, -1)})\\s+(\\p{Ll}+(?:-\\p{Ll}+)?)\\s+\\S`,
  "u",
);

export function presentTenseDoers(text: string, people: PeopleIndex): string[] | null {
  const lead = PRESENT_TENSE_LEAD.exec(text);
  if (!lead) return null;
  const names = splitNames(lead[1]!);
  const verb = lead[2]!;
  // "Odile and Rina send the logs": two take the plain form.
  const base =
    names.length > 1
      ? [verb]
      : [verb.replace(/s$/, ""), verb.replace(/es$/, "")].filter((word) => word !== verb);
  // "Everyone uploads the tiles": a group of people at the work, as well as someone who came
  // ("All" takes a plural verb: "All tests - rerun them" is about tests).
  const attendees = names.every((name) => {
    const ref = people.resolve(name);
    return (
      ref.attendeeId !== null ||
      ref.kind === "organization" ||
      (isGroupName(name) && !/^all$/i.test(name)) ||
      (ref.kind === "group" && /['’]s\s/.test(name))
    );
  });
  // "Odile replays the orders", "Kim re-enables the retries": the verb done again.
  return attendees && base.some((word) => isImperativeVerb(word) || isRedoneVerb(word))
    ? names
    : null;
}

/** Who a task already in a task list says is doing it ("Kim is planning the migration"), or null. */
export function doersAtStart(text: string, people: PeopleIndex): string[] | null {
  const match = DOING_LEAD.exec(text);
  if (match) return acceptedNames(match[1]!, people);
  const bare = BARE_DOING_LEAD.exec(text);
  const names = bare ? splitNames(bare[1]!) : [];
  return names.length > 0 &&
    names.every((name) => isHandle(name) || people.resolve(name).attendeeId !== null)
    ? names
    : null;
}

/** The person a lead-in line speaks for ("Priya expressed concern about:"), or null. */
export function speakerOf(text: string, people: PeopleIndex): string[] | null {
  const match = SPEAKER_LEAD.exec(text);
  if (!match) return null;
  return acceptedNames(match[1]!, people);
}

/** Capitalised verbs that open a sentence like a name does: "Agreed to reconvene", "Need to check". */
const SENTENCE_VERBS =
  /^(?:agreed|decided|planned|plan|planning|need|needs|needed|want|wants|wanted|wanting|tried|started|going|asked|expected|remember|try|trying|continue|aim|aiming|hope|hoping|looking|working|waiting|thinking|intend|intends|recommend|recommended|suggest|suggested|propose|proposed|prefer|consider|remains?|seems?)$/i;
/** "Starting to write the code", "Looking into it": a verb's -ing form opening the sentence. */
const OPENING_GERUND = /^\p{Lu}\p{Ll}{3,}ing$/u;
/** "Moderators will ...", "Users to ...": people by what they do, not someone in particular. */
const AGENT_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ants|ents|ees|ians)$/u;
/** "Responsiveness to email is fine", "Introduction to the tools": a word no one is named. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:ness|tion|sion|ity|ship)$/u;

/**
 * "Confirmed to use the new runner", "Committed to the launch date", "Estimated to finish today":
 * a known verb's past participle opening a report. Names that end so ("Jared", "Alfred") are no
 * verb's.
 */
function openingParticiple(name: string): boolean {
  const stem = /^(\p{Lu}\p{Ll}{2,})ed$/u.exec(name)?.[1];
  if (!stem) return false;
  const verb = (word: string) => isImperativeVerb(word) && !isGivenNameWord(word);
  return verb(stem) || verb(`${stem}e`) || (/(\p{L})\1$/u.test(stem) && verb(stem.slice(0, -1)));
}

function opensWithVerb(name: string): boolean {
  const [first, ...rest] = name.split(/\s+/);
  return rest.length > 0 && isImperativeVerb(first!) && !isGivenNameWord(first!);
}

const OPENING_PREPOSITION = /^(?:in|on|at|by|after|before|from|during|until|since|via|per)\s/i;

const TITLE_OR_SUFFIX = new RegExp(`^(?:${PERSON_TITLES}|sr|jr|st)$`, "i");

function acceptedNames(list: string, people: PeopleIndex): string[] | null {
  // "Website. Members are asked to ...": a word and a full stop end a sentence; an initial does not.
  // "Dr. Lovelace" keeps its title.
  const stop = /(\p{L}{2,})\.\s+\p{Lu}/u.exec(list)?.[1];
  if (stop && !TITLE_OR_SUFFIX.test(stop)) return null;
  // "Ben or Carla to ...": either may take it. Only here, between names that open a sentence:
  // elsewhere "or" joins other things.
  const names = splitNames(list).flatMap((part) => part.split(/\s+or\s+/));
  // "We will ..." gives the work to nobody in particular.
  if (
    names.length === 0 ||
    names.every((name) =>
      /^(?:we|us|i|it|this|that|these|those|there|they|he|she|you|one|another|which|what)(?:['’](?:re|ll|ve|d|m|s))?$/i.test(
        name,
      ),
    )
  )
    return null;
  if (
    names.some(
      (name) =>
        (SENTENCE_VERBS.test(name) ||
          AGENT_PLURAL.test(name) ||
          ABSTRACT_NOUN.test(name) ||
          // "Support owns the comms", "Engineering to own the fix": a department by its name.
          (!isGroupName(name) &&
            (OPENING_GERUND.test(name) ||
              openingParticiple(name) ||
              // "Link to the original doc": a verb the note does not know as anyone ("Mark" may be).
              (isImperativeVerb(name) && !isGivenNameWord(name)))) ||
          // "Instruct Kim to open an account": the verb of an instruction, then who it is for.
          opensWithVerb(name) ||
          // "In March, Kim to draft it": an opening phrase, then who does the work.
          OPENING_PREPOSITION.test(name)) &&
        !people.resolve(name).attendeeId &&
        !people.isKnownPerson(name),
    )
  )
    return null;
  // "FYI to everyone: ...", "ETA to be confirmed": capitals that say when or how, not who.
  if (names.some(saysWhenNotWho)) return null;
  const ok = names.every(
    (name) =>
      namesSomeone(name, people) ||
      isGroupName(name) ||
      isInitials(name) ||
      // "SM to update the board", "PO will groom the backlog": a role written as its acronym.
      (/^\p{Lu}{2,4}$/u.test(name) && isRoleText(name)),
  );
  return ok ? names : null;
}
