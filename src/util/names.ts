import { PERSON_TITLES } from "./lexicon.js";
import { noteMemo, remembering } from "./note-memo.js";
import { fold } from "./strings.js";

/** Words that make a phrase a job title rather than a name. */
const ROLE_WORDS = new Set(
  `cto ceo cfo coo cio ciso cpo cmo vp svp evp president director manager management lead leader head engineer engineering architect
  executive coach designer owner officer analyst consultant developer dev admin administrator sre specialist representative rep
  chair chairperson cochair co-chair scribe moderator facilitator notetaker note-taker taker minute-taker secretary pm tpm em founder cofounder co-founder partner intern
  support success product account sales marketing counsel legal advisor adviser principal staff senior junior associate
  coordinator strategist scientist researcher technician operator operations ops devops qa tester champion editor
  liaison sponsor stakeholder observer guest host organizer organiser contractor delivery agile scrum master backend frontend
  fullstack interaction ux ui security infrastructure infra devrel maintainer contributor member customer client vendor
  reviewer approver committer mentor mentee student instructor trainer speaker presenter panelist volunteer participant
  attendee author commander responder oncall on-call supervisor assistant recorder timekeeper treasurer
  convener convenor steward ambassador evangelist advocate planner programmer tutor professor mgr clerk
  trustee governor delegate councillor councilor commissioner buyer purchaser procurement finance accountant
  controller auditor recruiter nurse physician clinician surgeon pharmacist therapist attorney lawyer
  paralegal teacher librarian receptionist visitor`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The roles a group gives one person, so that the capitalised word alone names them ("Secretary to
 * circulate the minutes"); departments and kinds of work ("Legal", "Support") name topics as often.
 */
const OFFICES = new Set(
  `chair chairperson cochair co-chair vice-chair secretary treasurer president moderator facilitator
  scribe notetaker note-taker convener convenor clerk webmaster`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Role words that name a field or a quality rather than the person who holds the role: "Support
 * will end in May" and "Senior staff" are no one's role alone.
 */
const FIELD_ROLE_WORDS = new Set(
  `support success product account sales marketing counsel legal management engineering operations
  ops devops qa security infrastructure infra delivery agile scrum backend frontend fullstack
  interaction ux ui devrel staff senior junior associate principal executive`
    .split(/\s+/)
    .filter(Boolean),
);

/** "clerk", "project manager": the last word names a person by the role they hold. */
export function endsInPersonRole(text: string): boolean {
  const last =
    fold(text.trim())
      .split(/[^a-z-]+/)
      .at(-1) ?? "";
  return ROLE_WORDS.has(last) && !FIELD_ROLE_WORDS.has(last);
}

/** "Secretary", "Co-Chair", "Treasurer": an office one person holds, written alone. */
export function namesOffice(text: string): boolean {
  const word = text.trim();
  return /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(word) && OFFICES.has(fold(word));
}

const ROLE_ACRONYMS = new Set([
  "CTO",
  "CEO",
  "CFO",
  "COO",
  "CIO",
  "CISO",
  "CPO",
  "CMO",
  "VP",
  "SVP",
  "EVP",
  "PM",
  "TPM",
  "EM",
  "SRE",
  "QA",
  "PO",
  "UX",
  "UI",
  "AE",
  "SE",
  "CSM",
  "TAM",
  "SM",
  "TL",
  "BA",
]);

const NAME_PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "del",
  "della",
  "di",
  "du",
  "la",
  "le",
  "bin",
  "al",
  "ibn",
  "dos",
  "das",
  "ter",
  "st.",
]);

/** Words that start a sentence or a task, never a name ("Deploy Hotfix", "Schedule review"). */
const NOT_NAME_WORDS = new Set(
  `the a an this that these those our we you they it all any some each every no not none and or but if then else when while
  deploy schedule set setup prepare update review send create fix add remove check write read investigate assign conduct draft share
  follow ensure confirm provide document test monitor plan build implement identify contact reach call email meet discuss define
  improve migrate move upgrade install configure publish release run start stop begin finish complete close open track escalate
  communication performance rollback deployment monitoring hotfix risk action actions task tasks step steps decision note notes summary agenda date time location
  customer client internal external issues problems questions items points team group vendor attendees present absent meeting status update other next weekly daily
  minutes discussion discussions recap outcomes highlights announcements updates attendance participants apologies regrets
  introduction introductions intro intros overview welcome presentation presentations demo demos kickoff wrap-up roundtable
  proposal motion moves moved seconds seconded vote votes ballot poll consensus agreement suggestion recommendation idea option request reminder goal intent intention purpose objective focus target
  proposals suggestions recommendations ideas suggested proposed recommended
  hopefully probably perhaps maybe ideally eventually possibly likely finally meanwhile otherwise
  however nonetheless nevertheless also additionally furthermore moreover therefore thus hence instead
  afterwards later again still besides accordingly consequently lastly firstly secondly thirdly
  is are was were be been will shall need needs may might according due thanks prior similar compared relative owing contrary regarding going subject should would can could may might must has have had do does did done wip todo
  how what why where which who whom whose
  system systems service server app application tool bot script pipeline process website site page model api database code
  feature release build job cluster network platform product project document doc docs report data
  monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight weekend
  zoom slack jira github gitlab confluence notion discord webex trello asana figma miro`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that open a remark or a label as a whole sentence's subject would: "Happy to help",
 * "Hard to say", "Possible to move it later", "Change: rotate the chair". Alone they
 * name no one; in a name they may be one ("Tallis Worth", "Ada Best").
 */
const LONE_NOT_NAME_WORDS = new Set(
  `happy glad keen eager willing ready able unable hard easy difficult simple possible impossible better best good okay ok fine nice
  great important necessary essential useful helpful worth worthwhile desire attempt attempts alternative alternatively value way
  ways change changes measurement just january february march july september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that are also given names ("May Lin", "Will Turner", "Mark Chen"). */
const GIVEN_NAME_WORDS = new Set(
  "may will mark june april august grace hope joy bill pat sue rob dawn frank drew gene max nick ray rose chase dev".split(
    " ",
  ),
);

/**
 * The one list of group words: who can own work without being one person. The first part says
 * all of the people there ("[all] Prepare ...", "(everyone)"); the rest names a group otherwise.
 */
// With the headings' languages (German, French, Dutch) the word for "all" too: "Alle: ...".
const WHOLE_GROUP =
  "everyone|everybody|all|all of us|whole team|the whole team|all hands|alle|tous|tout le monde|iedereen";
const GROUP_WORDS = new RegExp(
  `^(?:${WHOLE_GROUP}|all attendees|attendees|the attendees|participants|all participants|everyone present|everyone else|everybody else|the rest of the team|the rest of us|the team|team|the group|group|we|us|both|both of us|both teams|both sides|each team|anyone|someone|somebody|tbd|tba|nobody)$`,
);
const WHOLE_GROUP_WORDS = new RegExp(`^(?:${WHOLE_GROUP})$`, "i");

/** "all", "everyone", "the whole team": all of the people there. */
export function isWholeGroup(text: string): boolean {
  return WHOLE_GROUP_WORDS.test(text.trim());
}
/** Departments own work as a group does: "**Legal:** review the contract". */
const DEPARTMENT_WORDS =
  /^(?:the )?(?:legal|finance|accounting|billing|procurement|purchasing|compliance|security|infosec|marketing|sales|support|customer support|customer success|success|engineering|eng|ops|operations|devops|sre|it|hr|people ops|product|design|ux|qa|research|data|infra|infrastructure|platform|leadership|management|exec|executives|partnerships|communications|comms|pr|docs|documentation)$/;

export function isRoleText(text: string): boolean {
  const trimmed = text.trim();
  // "support@acme.example" is a mailbox, whatever its name says.
  if (/\S@\S+\.\S/.test(trimmed)) return false;
  if (ROLE_ACRONYMS.has(trimmed.toUpperCase()) && /^[A-Z]{2,4}$/.test(trimmed)) return true;
  const words = fold(trimmed)
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  // "Co-Moderator", "Vice-Chair": a role with a prefix joined by a hyphen.
  return words.some(
    (word) =>
      ROLE_WORDS.has(word) || ROLE_WORDS.has(word.replace(/^(?:co|vice|deputy|acting)-/, "")),
  );
}

const OTHER_NAME_IN_BRACKETS =
  /(?<=\p{L})\s+(?:\(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\)(?=\s+\p{Lu})|\(\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*\)$)/u;

/** "someone", "anybody": a taker the words leave unnamed. */
export function namesAnyone(name: string): boolean {
  return /^(?:someone|somebody|anyone|anybody)$/i.test(name.trim());
}

/** "TBD", "none", "n/a", "-": a value that names nobody, as an owner or under a people label. */
export function namesNobody(text: string): boolean {
  return /^(?:tbd|tba|tbc|unassigned|nobody|no one|none|n\/a|\?+|-+|—|–)\.?$/i.test(text.trim());
}
/**
 * "all", "everyone", "the team": a group of the people there, who take work as one. A department
 * ("Infrastructure", "Legal") is left out: as a heading or after a dash it names a topic as often.
 */
export function isGroupOfPeople(text: string): boolean {
  return isGroupName(text) && !isDepartment(text);
}

/** "Legal", "the infra team" is not one: a department, which owns work as a group does. */
export function isDepartment(text: string): boolean {
  return DEPARTMENT_WORDS.test(fold(text).trim());
}

/** "Moderators", "Reviewers": a role in the plural alone, which states how things are done. */
export function isBareRolePlural(text: string): boolean {
  const word = text.trim();
  return !/\s/.test(word) && namesRoleHolders(word) && !EXPLICIT_GROUP_END.test(fold(word));
}

const EXPLICIT_GROUP_END =
  /\b(?:team|teams|committee|subcommittee|board|council|members|maintainers|crew|squad|working group|wg|tsc)$/;

/** "Members of", "Each of", "The rest of": words for part of a group, before the group. */
export const PART_OF_WORDS =
  "(?:all )?(?:members|representatives|each|both|all|the rest|some|two|three|several) of";
const PART_OF = new RegExp(`^${PART_OF_WORDS} (.+)$`);

const GROUP_NAMES = noteMemo<boolean>();

export function isGroupName(text: string): boolean {
  if (!remembering()) return namesAGroup(text);
  let answer = GROUP_NAMES.get(text);
  if (answer === undefined) {
    answer = namesAGroup(text);
    GROUP_NAMES.set(text, answer);
  }
  return answer;
}

function namesAGroup(text: string): boolean {
  const folded = fold(text)
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  // "By Friday Kim sends the deck to the board" ends in a group word but is a sentence.
  if (folded.split(" ").length > 5) return false;
  // "IT will reset the passwords" is a department; "It will work now" a pronoun.
  if (/^(?:the )?it$/.test(folded) && !/\bIT\b/.test(text)) return false;
  // "Each of the leads", "Members of the committee": part of a group is a group.
  const part = PART_OF.exec(folded);
  if (part) return namesAGroup(part[1]!);
  if (GROUP_WORDS.test(folded)) return true;
  // "clean up the board", "talk to the committee": a word of work, then a determiner or a
  // particle inside the words, is a phrase about the group, not its name ("everyone in the team",
  // "all of the board" are the group).
  if (
    !/^(?:the|a|an|our|their|all|every|each|both|everyone|everybody|members?|some|most|any|in|at|from|with|of)\b/.test(
      folded,
    ) &&
    / (?:the|a|an|our|their|this|that|to|with|for|on|up|about)\b/.test(folded)
  )
    return false;
  return (
    DEPARTMENT_WORDS.test(folded) ||
    EXPLICIT_GROUP_END.test(folded) ||
    /^team\b/.test(folded) ||
    namesRoleHolders(text)
  );
}

/** The other side's roles: "Customers - notify them" is about them, not work they do. */
const OTHER_SIDE_ROLES = new Set([
  "customer",
  "client",
  "vendor",
  "supplier",
  "partner",
  "guest",
  "sponsor",
]);

/** "Client", "the customers", "Vendors": a word for a side of the meeting, not its name. */
export function namesOtherSide(text: string): boolean {
  const word = fold(text)
    .trim()
    .replace(/^the\s+/, "");
  return OTHER_SIDE_ROLES.has(word) || OTHER_SIDE_ROLES.has(word.replace(/s$/, ""));
}

/**
 * "Section owners", "All POs", "the project leads": a role in the plural, after at most a
 * determiner and one more word ("Onboarded more folks" is a sentence, not a group).
 */
const ROLE_HOLDERS = /^(?:(?:all|every|each|the|our|both|any|some)\s+)?(?:[\p{L}-]+\s+)?(\S+)$/iu;

function namesRoleHolders(text: string): boolean {
  const last = ROLE_HOLDERS.exec(text.trim())?.[1];
  if (!last) return false;
  // An acronym counts in capitals with a small "s": "POs", not "AS" or "pos".
  const acronym = /^([A-Z]{2,4})s$/.exec(last)?.[1];
  if (acronym) return ROLE_ACRONYMS.has(acronym);
  if (/^(?:people|folks|staff)$/i.test(last)) return true;
  const stem = /^([\p{L}-]+?)(?:es|s)$/u.exec(fold(last))?.[1];
  if (!stem) return false;
  const singular = [stem, `${stem}e`].find((word) => ROLE_WORDS.has(word));
  return singular !== undefined && !OTHER_SIDE_ROLES.has(singular);
}

/**
 * "Vendor check-in with Brightwater", "Call with our hosting supplier", "Supplier review —
 * Quillfield": a meeting the writers hold with someone who sells to them. The model's sides
 * assume the writers sell; in such a note the organization across the table is the vendor.
 */
const OWN_SUPPLIER =
  /\b(?:our|my)\s+(?:[\p{L}-]+\s+){0,2}(?:suppliers?|vendors?|providers?|contractors?|resellers?|distributors?|manufacturers?)\b|^\W*(?:vendor|supplier)\s+(?:check-?in|review|meeting|call|sync|catch-?up|qbr|business review)\b/iu;

/** "Call with Brightwater support", "Ticket review with Quillfield Helpdesk": a supplier's desk. */
const SUPPLIERS_DESK =
  /\bwith\s+(?:\p{Lu}[\p{L}&'’.-]*\s+){1,3}(?:[Ss]upport|[Hh]elp ?[Dd]esk|[Ss]ervice ?[Dd]esk|[Tt]echnical [Ss]upport)\b/u;

export function meetsOwnSupplier(title: string | null): boolean {
  return title !== null && (OWN_SUPPLIER.test(title) || SUPPLIERS_DESK.test(title));
}

/** Initials written in capitals, "RF" or "MVB". */
export function isInitials(text: string): boolean {
  const trimmed = text.trim();
  return /^[A-Z]{2,4}$/.test(trimmed) && !ROLE_ACRONYMS.has(trimmed) && !NOTE_ACRONYMS.has(trimmed);
}

/** "Lint rules — ASAP", "— WIP": capitals that say when or how things stand, not who. */
export function saysWhenNotWho(text: string): boolean {
  return NOTE_ACRONYMS.has(
    text
      .trim()
      .replace(/[.!]+$/, "")
      .toUpperCase(),
  );
}

/** "Lint rules — ASAP", "Owner: TBD": capitals that say when or how things stand, not who. */
const NOTE_ACRONYMS = new Set(
  "ASAP TBD TBA TBC WIP EOD EOW EOM EOQ EOY COB EOB ETA FYI OOO PTO NA".split(" "),
);

export function isHandle(text: string): boolean {
  return /^@[A-Za-z0-9][\w.-]*$/.test(text.trim());
}

/**
 * A capitalised name of one to four words: "Lisa", "Mary-Jane van der Berg", "José Álvarez".
 * In an attendee list (`listed`), a full name may contain words that elsewhere open a sentence
 * ("May Lin", "Will Turner") or be one ("Dev"); in running text they are read as the words they
 * usually are.
 */
/** "Dr.", "Mrs", "Cllr": a title before a person's name; "Mrs Dev Patel" is "Dev Patel" with one. */
const TITLE = new RegExp(`^${PERSON_TITLES}\\.?\\s+(?=\\p{Lu})`, "iu");

const EAST_ASIAN_NAME =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,8}$/u;

export function looksLikeName(text: string, listed = false): boolean {
  // "Wen Li (Kiri) Chen", "Sam Cho (Minjun Cho)": a name with another the person goes by.
  const whole = text.trim().replace(OTHER_NAME_IN_BRACKETS, "");
  if (!whole || whole.length > 60 || /[\d@:;()[\]{}<>|#*_=+!?]/.test(whole)) return false;
  const trimmed = whole.replace(TITLE, "");
  // "王小明", "田中太郎", "김민수": written in a script without capitals, a short name in a list of people.
  if (listed && EAST_ASIAN_NAME.test(trimmed)) return true;
  const words = trimmed.split(/\s+/);
  if (words.length === 1 && LONE_NOT_NAME_WORDS.has(fold(trimmed))) return false;
  // "Laurent P. Renard de Castille": particles do not count towards the four words of a name.
  if (words.filter((word) => !NAME_PARTICLES.has(fold(word))).length > 4 || words.length > 6)
    return false;
  let capitalised = 0;
  for (const word of words) {
    const folded = fold(word);
    if (NAME_PARTICLES.has(folded)) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return false;
    // "Nguyễn Văn An": in a list of people, a short capitalised word after the first is part of the name.
    if (
      NOT_NAME_WORDS.has(folded) &&
      !(listed && GIVEN_NAME_WORDS.has(folded)) &&
      !(listed && capitalised > 0 && folded.length <= 3)
    )
      return false;
    capitalised++;
  }
  if (capitalised === 0) return false;
  // "CTO" and "Account Executive" are titles, not people; "Dev" in a list of people is a given name.
  return (
    !isRoleText(trimmed) ||
    (listed && words.length === 1 && GIVEN_NAME_WORDS.has(fold(trimmed))) ||
    (capitalised >= 2 &&
      !words.some(
        (word, at) =>
          ROLE_WORDS.has(fold(word)) &&
          // "Dev Patel" in a list of people: a given name that is also a role word.
          !(listed && at === 0 && GIVEN_NAME_WORDS.has(fold(word))),
      ))
  );
}

/** "May", "Will", "Mark": a word that is also a given name. */
export function isGivenNameWord(word: string): boolean {
  return GIVEN_NAME_WORDS.has(fold(word));
}

/** A word that is never a name, or never one alone. */
export function isNotNameWord(word: string): boolean {
  const folded = fold(word);
  return NOT_NAME_WORDS.has(folded) || LONE_NOT_NAME_WORDS.has(folded);
}

/**
 * "Who: Nadia (client), me (Chris), Aisha", "Chris (me)": the note names its writer among the
 * people who came, so its "I" and "me" are someone.
 */
const WRITER =
  /(?:^|[\s,;:(])[Mm]e\s*\((\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\)|(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s*\((?:me|myself)\)/u;
/** How far into a note its list of people is looked for. */
const WRITER_HEAD = 2000;

/** The name the note gives its writer, as written, or null. */
export function writerNamed(text: string): string | null {
  const named = WRITER.exec(text.slice(0, WRITER_HEAD));
  return named ? (named[1] ?? named[2])! : null;
}
