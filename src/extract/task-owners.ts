import { type PersonRef, TASK_SECTIONS, type TaskSectionKind } from "../model/minutes.js";
import { headingKind, labelsTaskList } from "../parse/heading-kinds.js";
import type { Item, RawSection } from "../parse/sections.js";
import { mayNameADate } from "../resolve/date-reader.js";
import { DAY_NAMES } from "../resolve/phrase-words.js";
import { isZoneAbbreviation } from "../resolve/zone-words.js";
import {
  ACTION_LABELS,
  ARROWS,
  ASKING_VERBS,
  DEADLINE_CUES,
  MONTH_WORD,
  NAMED_ACTION,
  OWED_BY_CUES,
  SIDE_OVER_WORK,
  TIME_AWAY,
} from "../util/lexicon.js";
import {
  isDepartment,
  isGroupName,
  isGroupOfPeople,
  isHandle,
  isNotNameWord,
  isRoleText,
  isWholeGroup,
  looksLikeName,
  namesAnyone,
  namesNobody,
  namesOtherSide,
  saysWhenNotWho,
} from "../util/names.js";
import { fold, squash } from "../util/strings.js";
import { type ExtractContext, scheduleOf } from "./context.js";
import { plainLabel, STAND_UP_LABEL } from "./labels.js";
import { isLikelyVerb } from "./part-of-speech.js";
import {
  actorsAtStart,
  doersAtStart,
  isWriter,
  namesSomeone,
  ownersByVerb,
  presentTenseDoers,
  speakerOf,
  splitNames,
  toRefs,
} from "./people-in-text.js";
import { parsePeopleList } from "./person-entry.js";
import {
  isImperativeVerb,
  opensWithImperative,
  reportsFinishedWork,
  TAKING_IT_ON,
} from "./task-language.js";
import { trailingHandles } from "./trailing-handles.js";

/** "ACTION:", "Action item:", "AI:", "AI 2:", "TODO:", "Next action:", "ACTION (NOOR / TOMAS):", "Action for Kim:" */
/** "TODO", "AI" written in capitals after a taker's name in a label ("Team TODO:"). */
/** "Kim's goal:", "Lee's next steps:": the work a taker has, in the possessive. */
export const TAKERS_MARK =
  /\s+(?:TODO|TO-DO|ACTION(?: ITEMS?)?|AI|AP)$|^(?:TODO|TO-DO|ACTION(?: ITEMS?)?|AI|AP)\s+(?=\S)|['’]s?\s+(?:(?:[Nn]ext|[Mm]ain|[Ss]tretch|[Ww]eekly|[Ss]print)\s+)?(?:[Gg]oals?|[Tt]asks?|[Aa]ction [Ii]tems?|[Aa]ctions?|[Tt]o-?[Dd]os?|[Nn]ext [Ss]teps?|[Aa]ssignments?|[Hh]omework)$/;

export const ACTION_PREFIX = new RegExp(
  `^(?:${ACTION_LABELS}|follow[- ]?ups?|next (?:steps?|actions?))(?:\\s*[#-]?\\d{1,3}(?=\\s*[:\\-–(]|\\s+[^\\s:]{1,30}:\\s))?\\s*(?:\\((?:(?:for|to)\\s+)?([^)]*)\\)|(?:for|on)\\s+([^:()]{1,40}?)(?=\\s*:))?(?:\\s*:\\s*|\\s*[-–—]\\s+|\\s+[-–—]\\s*|[–—]|(?<=\\d)\\s+(?=[^\\s:]{1,30}:\\s)|\\s+(?=(?:for|on)\\s+[^.:;]{1,50}?\\s(?:to\\s+[a-z]|by\\s+\\S))|(?<=\\b(?:action|item|point))\\s+to\\s+(?=[a-z][^:]*$))`,
  "i",
);
const ISSUE_LEAD = /^(?:(?:issue|pr|pull request|ticket|bug|story)\s*)?#\d+\s*[:\-–]?\s+(?=\S)/i;
const WHEN_NOT_WHO = /\b(?:next|this|last|coming)\s+(?:meeting|call|week|month|sprint|time)\b/i;
/** "ACTION for the board to approve the budget", "ACTION for the section leads by May 27": the taker after "for". */
const FOR_TAKER =
  /^(?:for|on)\s+((?:the\s+)?@?[\p{L}][\p{L}\d'’.&/-]*(?:\s+[\p{L}][\p{L}\d'’.&/-]*){0,4}?)(?=\s+(?:to\s+\p{L}|by\s+\S))/u;

/**
 * The takers a named action label gives the work to, and the words after it; null when the words
 * between label and colon are not all initials or takers the note knows ("Action Item:", "Action Plan:"
 * name no one).
 */
export function namedAction(
  text: string,
  context: ExtractContext,
): { label: string; names: string[] } | null {
  const match = NAMED_ACTION.exec(text);
  if (!match) return null;
  const names = splitNames(match[1]!);
  // "TODO wendell:", "AI lou:": after a label in capitals, one word before the colon is a taker's
  // short name, unless it is a word of the label's own ("TODO items:", "ACTION required:").
  const shouted = /^(?:TODO|AI|AP|ACTIONS?)\s/.test(match[0]);
  const taker = (name: string) =>
    labelsATaker(name, context) ||
    (shouted &&
      /^@?\p{L}[\p{Ll}\d_-]{1,24}$/u.test(name) &&
      !isNotNameWord(name.replace(/^@/, "")) &&
      !LABEL_WORDS.test(name));
  return names.length > 0 && names.every(taker) ? { label: match[0], names } : null;
}

const SHOUTED_MARKER = /^(?:ACTIONS?|TODO|AI|AP)\s+(?=@?\p{Lu}\p{Ll})/u;

const TAKER_ORDER = /^(@?\p{L}[\p{Ll}\d_-]{1,24})\s+(\p{Ll}+)\b/u;

/**
 * "tobin create the stickers", "Bertrand check the backups" after a to-do mark ("TODO tobin
 * create ...", "#todo tobin ..."): an attendee's short name or a handle, then the order, with no
 * colon between them.
 */
export function takerThenOrder(
  text: string,
  context: ExtractContext,
): { name: string; work: string } | null {
  const taker = TAKER_ORDER.exec(text);
  if (
    !taker ||
    !(context.people.resolve(taker[1]!).attendeeId !== null || isHandle(taker[1]!)) ||
    !isImperativeVerb(taker[2]!)
  )
    return null;
  return { name: taker[1]!, work: text.slice(taker[1]!.length).trim() };
}

const LISTED_NAME = "@?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?";
const NAME_LIST_LABEL = new RegExp(
  `^(${LISTED_NAME}(?:\\s*,\\s*(?:and\\s+|&\\s*)?${LISTED_NAME})+(?:\\s+(?:and|&)\\s+${LISTED_NAME})?)\\s*:\\s+(\\S.*)$`,
  "u",
);

/** Who an action label may name: initials as written ("Action TK:"), or a taker the note knows. */
export function labelsATaker(name: string, context: ExtractContext): boolean {
  return /^\p{Lu}{2,4}$/u.test(name) || knownTaker(name, context);
}

const LABEL_WORDS =
  /^(?:items?|required|needed|pending|later|soon|list|owners?|points?|here|below|above)$/i;

/**
 * "(action item @kim and @ana)", "(time pending, AI: Kim)", "(Kim to do)", "(Kim is on it)": an
 * aside that names who takes the work.
 */
export const ACTION_ITEM_ASIDE =
  /\s*\((?<before>[^()]*?[,;]\s*)?(?:(?:action(?: items?)?|AI)\s*:?\s+(?<named>(?:@|\p{Lu})[^()]{0,80})|(?<taker>(?:@[\w-]+|\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s*(?:,|&|and|\/)\s*(?:@[\w-]+|\p{Lu}[\p{L}'’.-]*))*)(?:\s+to\s+(?:action|do(?:\s+(?:it|this|that))?)|(?:\s+is|\s+are|['’]s|['’]re)\s+on\s+(?:it|this|that)(?=\s*[,;)]))\b[,;]?\s*(?<after>[^()]*))\)/u;

/** Who an action aside names and what else it says: "(action item @kim)", "(Oskar to action, ask in chat)". */
export function asideTakers(aside: RegExpExecArray): { names: string[]; kept: string } {
  const { before = "", named, taker, after = "" } = aside.groups!;
  const kept = [before.replace(/[,;\s]+$/, ""), after.trim()].filter(Boolean).join(", ");
  return { names: splitNames((named ?? taker)!), kept };
}
// "(owner: Kim)", "[owner:: Kim]" (an inline field as note apps write it), "(who = Kim)".
const OWNER_MARKER =
  /\s*[([]\s*(?:owners?|assignees?|assigned to|who|dri)\s*(?:::?|=)\s*([^)\]]+)[)\]]/i;
/**
 * Words that put the owner after them, wherever they stand in the item: a label ("owner: Kim",
 * "Owner - Kim", "responsible: Kim") opening the item or a part of it after punctuation, so that
 * "Product Owner: Kim" stays a role; or a passive ("assigned to Kim", "owned by the infra team",
 * "done by Ilse"). The one list of these words; the prose reader uses it too.
 */
// "Ana - due Monday", "Ana (by Fri)", "Ana by Friday": who, then when.
const GROUP_DEADLINE = new RegExp(
  `\\s*(?:[-–—,:]\\s*|\\(\\s*|\\s(?=(?:by|before|until|due)\\s))(?:${DEADLINE_CUES})\\b.*$`,
  "i",
);

/** "will be confirmed by Greta no later than Dec 11": the passive's agent, before when it is due. */
const PASSIVE_AGENT = new RegExp(
  String.raw`\b(?:to|will|shall|should|must|needs?\s+to)\s+be\s+(?:\p{L}+\s+){0,3}?\p{L}+(?:ed|en|wn|ne|nt|lt|ht|ld)\b(?:\s+[^\s,;.()]+){0,4}?\s+by\s+((?:the\s+)?@?\p{L}[\p{L}'’.-]*(?:\s+(?:and|&)\s+@?\p{Lu}[\p{L}'’.-]*|\s+\p{Lu}[\p{L}'’.-]*)?)(?=\s*(?:$|[,.;)]|\s+(?:${DEADLINE_CUES}|on|in|at|within|next|this|tomorrow|today)\b))`,
  "u",
);

const CLOSING_TAKER = new RegExp(
  `(?:[.;!]|\\s(?:[—–]|--))\\s+(@?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?(?:\\s*(?:,|&|and)\\s*@?\\p{Lu}[\\p{L}'’.-]*)*)\\s+(?:(?:will|to|shall|['’]ll|is going to|volunteered to|offered to|said (?:he|she|they)(?: would| will|['’]d|['’]ll))\\s+(?:${TAKING_IT_ON}|take (?:it|this|that))|(?:owns|has|takes|handles|is on|is handling|is taking) (?:it|this|that)|volunteered|offered)\\s*[.!]?\\s*$`,
  "u",
);

/** "Ana", "Ana Ruiz & Ben", "@kim, Lee / Ode": names one after another, as items close on them. */
const NAME_RUN = String.raw`@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|and|\/)\s*@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*`;
/** ". Ada.", ". Ada. Friday.": a sentence of names alone closing the words, and a day after it. */
const NAME_SENTENCE =
  /\.\s+(@?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s*(?:,|&|and|\/)\s*@?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)*)(?:\.?\s*$|\.\s+([\p{L}\d][\p{L}\d /.-]{0,20}?)\.?\s*$)/u;
const TAKER_IN_CLOSING_BRACKET = new RegExp(
  String.raw`\((${NAME_RUN})\s+(?:to|will|['’]ll)\s+\p{Ll}[^()]*\)\s*\.?$`,
  "u",
);
const WITH_LEADER = new RegExp(
  String.raw`\bwith\s+(${NAME_RUN})\s+(?:leading|driving|owning|coordinating|running)\b`,
  "u",
);
/**
 * Where a clause after the first may start: a semicolon, a sentence's end, or "and", "but" or
 * "so" before a capital ("The importer is slow and Kim will profile it").
 */
const LATER_CLAUSE = /(?<!\b\p{Lu})[.;]\s+(?=@?\p{Lu})|,?\s+(?:and|but|so)\s+(?=@?\p{Lu})/u;

/** "R: Pim, A: Ingrid", "(R: Ingrid; A: Pim; C: Ada)": RACI letters, each with who holds it. */
const RACI_PART = String.raw`[RACI]\s*[:=]\s*[^,;:()\[\]–—]+?`;
const RACI = new RegExp(
  String.raw`(?:^|\s*[([]\s*)${RACI_PART}(?:\s*[,;/]\s*${RACI_PART})+(?=\s*[)\]]|\s+[-–—]\s|\s*[:–—]\s*|$)[)\]]?`,
  "u",
);
const RACI_ROLE =
  /([RACI])\s*[:=]\s*([^,;:()[\]–—]+?)(?=\s*(?:[,;/]\s*[RACI]\s*[:=]|[)\]]|\s+[-–—]\s|\s*[:–—]|$))/gu;

const ONE_NAME_THEN_WORK = /^@?\p{Lu}[\p{Ll}'’-]+\s+(?:to|will)\s+\p{Ll}/u;

const ASIDE_AFTER_TAKER =
  /^(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?),\s+[^,()]{2,60},\s+(?=(?:to|will|is going to|shall)\s)/u;
const CLOSING_BRACKET = /\(([^()]{3,80})\)\s*\.?$/;

export const OWNER_BEFORE_NAMES = new RegExp(
  String.raw`(?:^|(?<=[,;([.|]\s*|\s(?:[–—-]|${ARROWS})\s*))(?:owners?|ownership|assignees?|assigned(?: to)?|responsible(?: person| party)?|dri|lead)\s*(?:[:=]|\s[–—-])\s*|(?<=[,;([]\s*|[.]\s+|\s(?:--|[–—-]|${ARROWS})\s*)(?:owners?|assignees?)\s+(?=\S)|(?:^|(?<=[\s(]))(?:owned by|assigned to|(?:to be |will be )?(?<!\b(?:was|were|has been|have been|had been)\s+)(?:done by|taken by|picked up by|driven by|led by|handled by|followed up by|follow[- ]?ups? by)|(?<!\b(?:who|which|that|what|it|this|there)\s+)is on)\s+|👤\uFE0F?\s*`,
  "gi",
);
/**
 * "Reprint the signs Who: kim When: 13.01": a field label in capitals after the words of the item
 * before it, as a record of What/Who/When lines reads once its lines are joined. After a word with
 * a capital and small letters it is part of a role ("Product Owner: Kim").
 */
const FIELD_OWNER_LABEL =
  /(?<=(?:^|\s)(?!\p{Lu}\p{Ll})[\p{L}\d'’-]+[.,;)]?\s+)(?:Owners?|OWNERS?|Who|WHO|Assignees?|ASSIGNEES?)\s*:\s*/gu;
/*
 * A word every match of OWNER_BEFORE_NAMES or FIELD_OWNER_LABEL holds. Their look-behinds are tried
 * at every position of every clause the prose reader reads, and about one clause in twenty holds
 * such a word: a plain search first skips both scans where they cannot match.
 */
export const MAY_HOLD_OWNER_LABEL = /owner|assign|responsible|dri|lead|\sby|is on|who|👤/i;
/** "Noor said she would ...", "Ana and Ben confirmed they'll ...": who reports their own promise. */
const REPORTED_SELF =
  /^(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|and)\s*@?\p{Lu}[\p{L}'’.-]*)*)\s+(?:said|mentioned|confirmed|indicated|noted|added|stated|replied|explained|agreed|offered)\s+(?:that\s+)?(?:he|she|they)(?:\s+(?:would|will|could|can)\b|['’](?:d|ll)\b)(?!\s+(?:not|never|rather|like|prefer|love)\b)/u;
/**
 * "Need an update from Ilse on the venue", "waiting on feedback from Sam": what the group waits
 * for is work owed by whoever is to give it.
 */
const OWED_FROM =
  /^(?:(?:we\s+)?(?:still\s+)?(?:need|needs|needed|waiting\s+(?:on|for)|awaiting|pending|require|requires)\s+)(?:an?\s+|the\s+|some\s+|more\s+|their\s+|your\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:update|updates|input|feedback|answer|answers|response|reply|confirmation|decision|review|sign-off|approval|info|information|details|numbers|figures|estimate|quote|status|list|lists|data|report|reports|file|files|sheet|sheets|slides|access|availability|signature|receipts?|invoices?|timesheets?|forms?)\s+from\s+(everyone|everybody|each team|each of you|all of you|all teams|the team|@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|and|\/)\s*@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*|@[\w-]+)/u;
/** "(owner: Kim, due: Fri)": where the names in an owner bracket end and its deadline begins. */
const DUE_IN_BRACKET = /[,;]\s*(?=(?:due|by|eta|deadline|when|target)\b)/i;
/**
 * Where the names after an owner label end: a bracket, a sentence end, a dash, a semicolon, or a
 * comma before the deadline ("owner: Kim, ETA May").
 */
// A pictograph ("👤 Raj 📅 Mar 14") starts the next field of a note app's task.
const NAMES_END = new RegExp(
  `[;()[\\]|·•]|(?<!(?:^|\\s)\\p{Lu})\\.(?:\\s|$)|\\s[–—-]\\s|\\s*\\p{Extended_Pictographic}|${DUE_IN_BRACKET.source}`,
  "iu",
);
/** A bracket that holds a few words alone, which may be the whole group ("(everyone)"). */
const SHORT_BRACKET = /\s*[([]([\p{L} ]{2,20})[)\]]/gu;
/**
 * Words before a name that say the person is involved but not the taker: whom to work with or ask,
 * whom to copy or thank, whose word the work follows ("per @lee", "h/t @ode"), who reviews or
 * asked for it ("reviewed by @lee", "requested by @ode").
 */
const INVOLVED =
  /\b(?:with|to|for|from|cc|ask|ping|thank|thanks|per|via|h\/t|hat tip|courtesy of|(?:reviewed|requested|reported|suggested|raised|proposed|approved|filed|spotted|noticed|found) by)\s*$/i;
/** " - Ana", " – Ana & Ben", " -> Kim", " - Ana to do": who takes the work, after a dash or an arrow at the end. */
export const TRAILING_DASH_NAMES = new RegExp(
  String.raw`\s+(?:--|[–—-]|${ARROWS})\s+(${NAME_RUN})(?:\s+to\s+do(?:\s+(?:it|this|that))?)?\s*$`,
  "u",
);
const NAMES_AFTER_DASH_THEN_MORE = new RegExp(
  String.raw`(?:\s+(?:--|[–—-]|${ARROWS})|[:;])\s+(${NAME_RUN})\s+((?:by|before|until|till|due(?:\s+by)?)\s+[^,;()[\]–—]{2,40}?|\([^()]{2,60}\))\s*\.?$`,
  "u",
);
/** "Venue shortlist: Oskar", "Poll for a new time: Ana & Ben": who takes it, after a colon. */
const TRAILING_COLON_NAMES = new RegExp(String.raw`[:;]\s+(${NAME_RUN})\s*\.?$`, "u");
/** "Send the slides to Kim Lee, Ana Ruiz": the words before the comma close on someone too. */
function endsWithTaker(text: string, context: ExtractContext): boolean {
  const words = text.trim().split(/\s+/);
  return [words.slice(-1), words.slice(-2)].some(
    (last) => last.length > 0 && knownTaker(last.join(" "), context),
  );
}

const TRAILING_COMMA_NAMES =
  /,\s+(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:&|and|\/)\s*@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*)\s*\.?$/u;
const LEADING_DAY = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\s+/;
const HAS_IT_DONE =
  /^(\p{Lu}[\p{L}'’-]*(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}'’-]*)*)\s+(?:has|have)\s+\S.*\s(?:done|ready|finished|uploaded|merged|working|complete|completed|in place)\b/u;
/** "level select -Kim": the dash written against the name; only someone the note knows is read so. */
const TRAILING_ATTACHED_DASH_NAME = /\s+[–—-](@?\p{Lu}[\p{L}'’.]*)\s*$/u;
/** "Spring clean the drive - all", "Tidy the board — the team": a group closing the item. */
const TRAILING_DASH_GROUP = new RegExp(
  String.raw`\s+(?:[–—-]|${ARROWS})\s+(\p{Ll}[\p{Ll} ]{1,24}?)\s*\.?$`,
  "u",
);
/**
 * "Confirm the driver count — Kim, by Friday", "Update the runbook -- Dev -- 2026-03-10",
 * "Reprint the signs, Kim, 10 March": names after a dash, an arrow or a comma, then when, closing
 * the item. The names must be people the note knows, and the closing part a date.
 */
const TRAILING_NAMES_THEN_WHEN = new RegExp(
  String.raw`(?:\s+(?:--?|[–—]|${ARROWS})\s+|,\s+)([^,;()[\]–—]{1,40}?(?:\s*(?:,|&|\band\b|\/|\+)\s*[^,;()[\]–—]{1,40}?)*)\s*(?:[,;]|\s(?:--?|[–—]))\s*([^,;()[\]–—]{1,40}?)\s*\.?$`,
  "u",
);
const DASHED_NAMES_THEN_LONGER_WHEN =
  /\s(?:--?|[–—])\s+(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|\band\b|\/|\+)\s*@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*)\s+(?:--?|[–—])\s+([^;()[\]–—]{1,60}?)\s*\.?$/u;
/**
 * "— Kwame — before the holidays", "— Tomas — ASAP", "— Pim — hourly": when, in words that give
 * no date, or how often.
 */
const UNDATED_WHEN =
  /^(?:(?:by|before|until|till|after|due|eta:?|every|each|starting|from)\s+\S.*|soon|later|ongoing|(?:hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly)\b.*|next\s+(?:sprint|release|iteration|cycle|version))$/i;
/** "Launch plan update → Ana (Fri)": work handed by an arrow to whoever closes the item. */
const ARROW_TO_TAKER = new RegExp(
  String.raw`\s(?:${ARROWS})\s*(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|and|\/)\s*@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*)\s*(?:\([^()]{1,40}\))?\s*\.?$`,
  "u",
);

/** Whether an item closes by handing its work, with an arrow, to people the note knows. */
export function handedByArrow(text: string, context: ExtractContext): boolean {
  const handed = ARROW_TO_TAKER.exec(text);
  return !!handed && splitNames(handed[1]!).every((name) => knownTaker(name, context));
}

/**
 * "Draft the style notes for the guide Ada Varga", as a list written "**Ada Varga**" after each
 * item: an attendee's full name closing the item, with nothing between. Only full names as the
 * note lists them count ("... ask Ada" or "... for Ada Varga" give the work to no one).
 */
function closingFullNames(
  text: string,
  context: ExtractContext,
): { text: string; names: string[] } | null {
  if (context.attendees.length === 0) return null;
  const fullNames = new Set(
    context.attendees.map((attendee) => fold(attendee.name)).filter((name) => /\s/.test(name)),
  );
  if (fullNames.size === 0) return null;
  let rest = text.replace(/[.\s]+$/, "");
  const names: string[] = [];
  for (;;) {
    const words = rest.split(/\s+/);
    const size = [3, 2].find(
      (size) => words.length > size && fullNames.has(fold(words.slice(-size).join(" "))),
    );
    if (!size) break;
    names.unshift(words.slice(-size).join(" "));
    rest = words.slice(0, -size).join(" ");
    const joined = /\s*(?:,|&|\band)$/.exec(rest);
    if (!joined) break;
    rest = rest.slice(0, joined.index);
  }
  if (names.length === 0 || /(?:,|&|\band)$/.test(rest)) return null;
  if (
    rest.split(/\s+/).length < 3 ||
    INVOLVED.test(rest) ||
    /\b(?:by|of|from|about|at)$/i.test(rest)
  )
    return null;
  return { text: rest, names };
}

/**
 * Whether two or more other items of the item's list end on a bracket of people the note knows
 * ("Book the room (Kim)", "Send the agenda (Ana, Ben)"): the list's way of saying who takes each.
 */
function siblingsCloseOnTakers({ item, section, context }: TaskWords): boolean {
  let byList = CLOSING_ON_TAKERS.get(section);
  if (!byList) {
    byList = new Map();
    for (const other of section.items) {
      const bracket = TRAILING_NAMES.exec(other.text);
      if (!bracket || bracket.index === 0) continue;
      if (!splitNames(bracket[1]!).every((name) => knownTaker(name, context))) continue;
      const key = `${other.type}:${other.parent?.source.start.offset ?? -1}`;
      byList.set(key, [...(byList.get(key) ?? []), other]);
    }
    CLOSING_ON_TAKERS.set(section, byList);
  }
  const siblings = byList.get(`${item.type}:${item.parent?.source.start.offset ?? -1}`) ?? [];
  return siblings.filter((other) => other !== item).length >= 2;
}
/** Per section, its items that close on known takers, by list (the item type and parent). */
const CLOSING_ON_TAKERS = new WeakMap<RawSection, Map<string, Item[]>>();

/** "Send the quote by Friday (Kim)", "... [Kim]": a trailing bracket that holds only names the note knows. */
const TRAILING_NAMES = /\s*[([]([^()[\]]{1,60})[)\]]\s*\.?$/;
const DAY_NAME = new RegExp(`^(?:${DAY_NAMES})\\.?$`, "i");
/** "... (Kim) due Friday", "... [Kim] [Fri]", "... (Ana) (3/12)": names, then when, closing the item. */
const NAMES_BEFORE_DUE = new RegExp(
  String.raw`\s*[([]([^()[\]]{1,60})[)\]](?=\s*(?:[,;–—-]\s*)?(?:[([]?\s*(?:due|by|deadline|eta|before|until|target)\b[^()[\]]*[)\]]?|[([]\s*(?:(?:${DAY_NAMES}|${MONTH_WORD})\b\.?|\d{1,2}[/.-]\d{1,2}\b)[^()[\]]{0,20}[)\]])\s*\.?$)`,
  "i",
);
const SIGNED_TAKER = /^(@?[\p{L}][\p{L}\d_.-]{1,24})\s+to\s+\p{L}/u;
const NAMES_THEN_DASHED_WHEN = /\s*[([]([^()[\]]{1,60})[)\]]\s*[–—-]\s*([^()[\]–—]{2,40})$/;
/** "[Kim] Draft the announcement", "(Kim, Noor): review the plan": names in brackets open the item. */
const BRACKETED_LEAD = /^[([]([^()[\]]{1,40})[)\]]\s*(?:[:–—-]\s*)?(\S.*)$/;
/** "[RB (to start it)] Draft the plan": a note on the taker inside the square bracket. */
const NOTE_IN_LEAD = /^\[([^()[\]]{1,40}?)\s*\([^()[\]]{1,30}\)\]/;
/** "Ana, with help from Ben", "Ana supported by Ben": owners, then helpers. */
const HELPED_BY =
  /^([^()[\]]+?),?\s+((?:with(?: help from)?|helped by|supported by|assisted by|backed up by)\s+\S.*)$/i;
const INLINE_HANDLES = /(?:^|[\s(])@[A-Za-z0-9][\w-]*(?:\.[\w-]+)*/g;
/**
 * "Carol — schedule the follow-up", "Carol (QA) - regression pass", "Section owners- draft it",
 * "Kim + Ilse → pair on it",
 * "@ All POs - close them", "Odile -- send it": a name or a group, a dash, then the task.
 */
const DASHED_OWNER = new RegExp(
  String.raw`^(@?\s?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?(?:\s*(?:&|\/|,|\+|\band\b)\s*@?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?){0,3})(?:\s*\([^()]{1,40}\))?\s*(?:[—–]|-{1,2}>?|${ARROWS})\s+(.+)$`,
  "u",
);
/** "Kim is on it: send the notes", "Ana and Ben are on this — ...": who, saying they have it, then the work. */
export const ON_IT_LEAD =
  /^((?:@[\w-]+|\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|and|\/)\s*(?:@[\w-]+|\p{Lu}[\p{L}'’.-]*))*)(?:\s+(?:is|are)|['’](?:s|re))\s+on\s+(?:it|this)\s*(?::|[—–]|--?)\s+(?=\S)/u;
const ACTION_MARK_THEN_DASH = /^(?:AP|AI|ACTION|TODO)\s*(?:[—–:]|--?)\s+(?=\S)/;
const LOWER_GROUP_DASH = /^(\p{Ll}[\p{Ll} ]{1,20}?)\s*[—–-]\s+(\S.*)$/u;
/** "Kim (Acme): confirm the window": a name, a bracket saying who they are, a colon, the task. */
const LABEL_WITH_BRACKET = /^([^():]{1,40}?)\s*\([^()]{1,30}\)\s*:\s+(\S.*)$/;
/** "Ana (owner), Ben (reviewer): update the docs", "Ana (lead), Ben: ...": people listed, some with a bracket, then a colon. */
const NAMES_WITH_BRACKETS =
  /^((?=[^:]*\()(?:[^():,]{1,30}(?:\([^()]{1,30}\))?\s*(?:,|&|and)\s*)+[^():,]{1,30}(?:\([^()]{1,30}\))?)\s*:\s+(\S.*)$/;
/** "@Carol Diaz send the deck": a mention written with the person's display name. */
const TRAILING_DATE_WORDS =
  /\s+(\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$/u;
const TOPIC_THEN = new RegExp(
  String.raw`^[^–—:→]{3,60}?(?:\s(?:[-–—]|-{1,2}>|${ARROWS})|:)\s+(\S.*)$`,
  "u",
);
/** Where an item stands, in a bracket before its words: "(Pending) Kim to send ...", "[Standing] ...". */
const PROGRESS_WORDS =
  "pending|standing|ongoing|recurring|open|new|blocked|in progress|carried over|carry[- ]over|deferred|on hold";
const PROGRESS_TAG = new RegExp(`^(?:${PROGRESS_WORDS})$`, "i");
/** "(Optional) Send ...", "(Urgent) Fix ...": what a bracket says of the item, not who takes it. */
const ITEM_STATE_TAG = new RegExp(
  `^(?:${PROGRESS_WORDS}|optional|draft|urgent|important|stretch|done|closed|later|maybe|bonus|critical|high|low|medium|repeat|reminder|followup|completed?|cancell?ed)$`,
  "i",
);
const LEADING_STATE_TAG = /^[([]\s*([^()[\]]{2,20}?)\s*[)\]]\s+(?=\S)/;
const CLOSING_INITIALS = /\s*\[(\p{Lu}{2,4}(?:\s*[/,&]\s*\p{Lu}{2,4})*)\]\s*\.?$/u;
const MENTIONS_LEAD =
  /^(@[\p{L}\d][\w.-]*(?:\s*(?:,|&|\band\b)\s*@[\p{L}\d][\w.-]*)+)\s*(?::\s*|(?:to|will|shall)\s+)(\S.*)$/u;
const MENTION_LEAD = /^@(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?::\s+|\s+)(\S.*)$/u;
/** "Please review the draft, Carol.": a request that names its taker at the end. */
export const ASKED_BY_NAME =
  /^(@?\p{Lu}[\p{L}'’.-]*(?:\s*(?:,|&|and)\s*@?\p{Lu}[\p{L}'’.-]*)*),\s+(?:can|could|would|will) you(?: please)?\s+(\p{Ll}[^?]{3,200})\?$/u;
export const OWNER_LABEL_WORDS =
  /^(?:owners?|assignees?|assigned(?: to)?|responsible(?: person| party)?|dri)$/i;
const PLEASE_THEN_NAME =
  /,\s+(@?\p{Lu}[\p{L}'’.-]*(?:\s*(?:&|and)\s*@?\p{Lu}[\p{L}'’.-]*)?)\s*[.!]?$/u;
const MODAL_NAMES = /^(?:will|may|can|shall)$/i;
/**
 * "For the demo, Carol will ...": a short opening phrase before the sentence that gives the work;
 * not the inside of a bracket ("Review it (Kim to review, Ana to sign)").
 */
const OPENING_PHRASE = /^[^,;:()]{3,60},\s+(?=\S)/;

export interface TaskWords {
  item: Item;
  kind: TaskSectionKind;
  section: RawSection;
  context: ExtractContext;
}

const WHAT_LEAD = /^(?:what|item|description)$/i;

/** A task's owners, its bold title when the lead names no one, and its words without the owner markers. */
export interface Ownership {
  owners: PersonRef[];
  title: string | null;
  text: string;
}

/** One way people write an owner; returns the owners found and the words that remain. */
/** A tracker's key ("PROJ-12"), a priority ("(P1)", "[P2]") or an action's number ("AI#3", "#4"). */
const ITEM_KEY_LEAD =
  /^(?:[A-Z][A-Z\d]{1,9}-\d+|\(P[0-4]\)|P[0-4]|\[(?:P[0-4]|[A-Z][A-Z\d]{1,9}-\d+|#\d+)\]|(?:AI|AP)\s?#\s?\d+|#\d+)\s*[:.–—-]?\s+(?=\S)/;

interface OwnerReader {
  name: string;
  /** Markers that are taken out of the words even when an earlier reader already found the owner. */
  alwaysStrip?: boolean;
  read(
    text: string,
    words: TaskWords,
  ): { names: string[]; text: string; title?: string | null } | null;
}

// "Lou and me: book the venue": the writer counts beside someone the note names, or alone where
// the note names the writer ("me (Tom Ellis)").
const everyoneNamed = (names: readonly string[], context: ExtractContext) =>
  names.some((name) => !isWriter(name) || context.people.resolve(name).attendeeId !== null) &&
  names.every(
    (name) =>
      isWriter(name) ||
      namesSomeone(name, context.people) ||
      isGroupName(name) ||
      writesAsHandle(name, context),
  );

/**
 * A lower-case word the note writes as a taker elsewhere ("dc: ..." on two items); a verb is a
 * label however often it opens items ("merge: ...").
 */
export function writesAsHandle(name: string, context: ExtractContext): boolean {
  // "blockers: ..." under each person of a stand-up opens many lines, and is no one.
  return (
    context.people.writesAsTaker(name) && !isImperativeVerb(name) && !STAND_UP_LABEL.test(name)
  );
}

/**
 * The owner readers, in the order they are tried: the first that finds owners wins. Markers that
 * surround the task (a bold lead, an ACTION prefix, a label) come before words inside it, and what
 * the note says above the task (a lead-in, an owner bullet, a team heading) comes last.
 */
const OWNER_READERS: readonly OwnerReader[] = [
  {
    // "R: Pim, A: Ingrid — migrate the database", "Renew the certificates (R: Ingrid, A: Pim)":
    // a RACI assignment; the one responsible does the work, else the one accountable. Before the
    // labels, which would take the letter "R" for a name.
    name: "raci-letters",
    read: (text) => {
      const raci = RACI.exec(text);
      if (!raci) return null;
      const roles = new Map(
        [...raci[0].matchAll(RACI_ROLE)].map((role) => [role[1]!.toUpperCase(), role[2]!.trim()]),
      );
      const takers = roles.get("R") ?? roles.get("A");
      if (roles.size < 2 || !takers) return null;
      const rest = `${text.slice(0, raci.index)} ${text.slice(raci.index + raci[0].length)}`;
      return { names: splitNames(takers), text: squash(rest.replace(/^\s*[-–—:]\s*/, "")) };
    },
  },
  {
    // "JIRA-77 Ana to migrate the DB", "(P1) Ana: migrate the DB", "#12: Ana to ...": an item's
    // key, priority or issue before its words, which keep it; "AI#3 Ana migrate the DB": the
    // action's number, which they do not. The taker is read after either.
    name: "keyed-lead",
    read: (text, words) => {
      const key = ITEM_KEY_LEAD.exec(text);
      if (!key) return null;
      const rest = readOwners(text.slice(key[0].length), words, [], OWNER_READERS, false);
      if (rest.owners.length === 0) return null;
      const numbered = /^A[IP]\b|^A[IP]#/.test(key[0]);
      return {
        names: rest.owners.map((owner) => owner.name),
        text: numbered ? rest.text : `${key[0]}${rest.text}`,
      };
    },
  },
  {
    name: "bold-lead",
    read: (text, words) => {
      const { item, kind, context } = words;
      if (item.lead === null || text !== item.text) return null;
      // "**Action:** Kim revises the estimate", "**AI:** ...": the label says what follows is
      // work; it names no one and is no title.
      if (ACTION_PREFIX.test(`${item.lead}:`)) return null;
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
      // "**Sandbox:** Set up the accounts. (Pim Sorensen)": a word no attendee answers to over work
      // that closes on its own taker is the work's topic.
      const topic =
        isOwner &&
        context.attendees.length > 0 &&
        !names.some((name) => knownTaker(name, context)) &&
        marksItsOwnTaker(item.body, words);
      if (isOwner && !topic) return { names, text: item.body };
      // "**What:** Update the docs" over "**Who:**" and "**When:**": a record's field, no title.
      if (WHAT_LEAD.test(item.lead)) return { names: [], text: item.body };
      return { names: [], text: item.body, title: item.lead };
    },
  },
  {
    name: "named-action",
    alwaysStrip: true,
    read: (text, { context }) => {
      const named = namedAction(text, context);
      if (named) return { names: named.names, text: text.slice(named.label.length) };
      // "ACTION Kim to send the deck": a marker in capitals, then a sentence that gives the work
      // to someone the note knows.
      const marker = SHOUTED_MARKER.exec(text);
      const rest = marker ? text.slice(marker[0].length) : "";
      const actors = marker ? actorsAtStart(rest, context.people) : null;
      return actors?.every((name) => knownTaker(name, context))
        ? { names: actors, text: rest }
        : null;
    },
  },
  {
    name: "action-prefix",
    alwaysStrip: true,
    read: (text, { context }) => {
      const match = ACTION_PREFIX.exec(text);
      if (!match) return null;
      // "ACTION (Kim):", "Action for Kim:": the names the label gives the work to;
      // "Action Item (Pending):" says where the item stands.
      let label = match[1] ?? match[2];
      let rest = text.slice(match[0].length);
      // "Action for Ana by Friday: ...": the label says by when too, which stays with the work.
      const dated = match[2] ? /^(.+?)\s+((?:by|before|until|due)\s+.+)$/i.exec(match[2]) : null;
      if (dated && mayNameADate(dated[2]!)) {
        label = dated[1]!;
        rest = `${rest} ${dated[2]!}`;
      }
      // "Action for next meeting:" says when, not who; "Action on hold:" where the item stands.
      // After "on" only someone the note knows is a taker ("Action on the runbook: ...").
      const named =
        label &&
        !ITEM_STATE_TAG.test(label.trim()) &&
        !WHEN_NOT_WHO.test(label) &&
        (!/^\S+(?:\s+(?:items?|points?))?\s+on\s/i.test(match[0]) ||
          splitNames(label).every((name) => labelsATaker(name, context)))
          ? label
          : undefined;
      const forTaker = named ? null : FOR_TAKER.exec(rest);
      const takers = forTaker ? splitNames(forTaker[1]!) : [];
      if (
        forTaker &&
        (/^for\b/i.test(forTaker[0]) || takers.every((name) => knownTaker(name, context)))
      ) {
        // "Action for the board to approve the budget": the work is what they are to do.
        const work = /^\s+to\s+(?=\p{L})/u.exec(rest.slice(forTaker[0].length));
        return {
          names: takers,
          text: work ? rest.slice(forTaker[0].length + work[0].length) : rest,
        };
      }
      // "ACTION: eP to ask ...", "ACTION: nicholasrice to do ...": after the label, one word
      // before "to <verb>" is whoever takes it, written as they sign (a nickname, a handle).
      const signed = named ? null : SIGNED_TAKER.exec(rest);
      const taker =
        signed &&
        !isNotNameWord(signed[1]!) &&
        !isGroupName(signed[1]!) &&
        !isImperativeVerb(signed[1]!)
          ? signed[1]!
          : null;
      // "**Action** merge the metrics PR [TO / BK]": initials in brackets closing a marked action
      // are its takers, whether or not the note lists them.
      const initials = named || taker ? null : CLOSING_INITIALS.exec(rest);
      if (initials)
        return { names: splitNames(initials[1]!), text: rest.slice(0, initials.index).trim() };
      return { names: named ? splitNames(named) : taker ? [taker] : [], text: rest };
    },
  },
  {
    // "(Pending) Kim to send ...": where the item stands is no part of the work, and hides no one.
    name: "progress-tag",
    alwaysStrip: true,
    read: (text) => {
      const tag = LEADING_STATE_TAG.exec(text);
      return tag && PROGRESS_TAG.test(tag[1]!)
        ? { names: [], text: text.slice(tag[0].length) }
        : null;
    },
  },
  {
    // "Till next meeting: Dev to test the build", "Due Friday: Kim to ...": a label that says when
    // (or that a list of work follows), then who; the label stays for the deadline.
    name: "when-label",
    read: (text, { context }) => {
      const label = plainLabel(text) ?? whenBeforeDash(text);
      if (!label || ACTION_PREFIX.test(text)) return null;
      // "Kim by Friday: circulate the minutes": who, then when, in the label.
      const whoThenWhen = /^(.{2,40}?)\s+((?:by|before|until|due)\s+\S.*)$/i.exec(label.label);
      const labelTakers = whoThenWhen ? splitNames(whoThenWhen[1]!) : [];
      if (
        labelTakers.length > 0 &&
        mayNameADate(whoThenWhen![2]!) &&
        labelTakers.every((name) => knownTaker(name, context))
      )
        return { names: labelTakers, text };
      // "Friday: Ana sends the deck": a label that is only a day says when as well.
      const when =
        labelsTaskList(label.label) ||
        (label.label.split(/\s+/).length <= 4 && mayNameADate(label.label));
      if (!when) return null;
      // "By Saturday 3-7: Ines uploads the tiles", "By Wed: 3-11 Ana has the scene done": who
      // is at the work, as in a plain item, or who is to have it done.
      const value = label.value.replace(LEADING_DAY, "");
      const takers = actorsAtStart(value, context.people);
      if (takers?.every((name) => knownTaker(name, context))) return { names: takers, text };
      // In a list of work, who is at it owns it, as the doer-sentence reader below reads a plain item.
      const holder = HAS_IT_DONE.exec(value);
      const doers =
        doersAtStart(value, context.people) ??
        presentTenseDoers(value, context.people) ??
        (holder ? splitNames(holder[1]!) : null);
      return doers ? { names: doers, text } : null;
    },
  },
  {
    // "Pricing page copy - Pim owns, due Fri": the thing, then who owns it; before the
    // labels, which would take the thing for a team ("Docs: Greta owns it").
    name: "owner-after-thing",
    read: (text, { context }) => ownerAfterThing(text, context),
  },
  {
    name: "name-label",
    read: (text, { context }) => {
      const several = NAMES_WITH_BRACKETS.exec(text);
      const bracketed = several ? null : LABEL_WITH_BRACKET.exec(text);
      // "Olga, Piet: update the runbook", "Ana Diaz, Ben Ode: ...": names listed with commas.
      const listed = several || bracketed ? null : NAME_LIST_LABEL.exec(text);
      const label = several
        ? { label: several[1]!, value: several[2]! }
        : bracketed
          ? { label: bracketed[1]!, value: bracketed[2]! }
          : listed
            ? { label: listed[1]!, value: listed[2]! }
            : plainLabel(text);
      // "Ana (owner), Ben (reviewer): ..." names two people; their brackets say what they do.
      const bare = label
        ? squash(label.label.replace(/\([^()]*\)/g, " ").replace(TAKERS_MARK, ""))
        : "";
      // "Ada Lind and Rina Osei: ...": up to three words a name, however many names.
      if (!label || (!listed && splitNames(bare).some((name) => name.split(/\s+/).length > 3)))
        return null;
      // "Responsible: Kim — draft it": the owner label, read by the owner markers below.
      if (OWNER_LABEL_WORDS.test(bare)) return null;
      // "Team TODO: ...", "Kim AI: ...": a taker's own mark over the work.
      const names = splitNames(label.label.replace(TAKERS_MARK, ""));
      // "Root-cause write-up: Tom + Lea, due Monday": the work in the label, then only who takes
      // it (people the note knows), and maybe by when.
      // The deadline is cut off as from a heading of takers ("Tom + Lea - due Monday").
      const when = GROUP_DEADLINE.exec(label.value);
      const takers = splitNames(when ? label.value.slice(0, when.index) : label.value);
      if (
        takers.length > 0 &&
        takers.every(
          (name) => !name.includes("(") && context.people.resolve(name).attendeeId !== null,
        ) &&
        !names.every((name) => knownTaker(name, context))
      )
        return {
          names: takers,
          // "Update FAQ: Ana (due 3/11)": a bracket round the deadline goes with the words cut.
          text: when
            ? `${label.label.trim()}, ${when[0].replace(/^\s*[-–—,:(]\s*/, "").replace(/^([^()]*)\)\s*$/, "$1")}`
            : text,
        };
      // "Runbook: Ana to check the steps", "Kim: Ana to check them": words that give the work
      // to someone the note knows say whose it is; the label is the topic or who spoke.
      const inside = opensWithImperative(label.value)
        ? null
        : actorsAtStart(label.value, context.people);
      // "Customer: Odile to send the IDs", "Us: Tallis to book it": a side of the table over
      // work that names its taker files the work under the side; the words are the work's.
      const side = SIDE_OVER_WORK.test(bare);
      if (inside?.every((name) => knownTaker(name, context)))
        return { names: inside, text: side ? label.value : text };
      // "Logs: Mark will send them", "Notices: the vendor to warn IT": the words have a taker of
      // their own, and a label that names no one the note knows is their topic.
      if (inside && !names.every((name) => knownTaker(name, context)))
        return inside.every((name) => namesSomeone(name, context.people) || isGroupName(name))
          ? { names: inside, text }
          : null;
      // "Budget, Venue: ..." lists topics: names listed with commas are takers the note knows.
      if (listed && !names.every((name) => knownTaker(name, context))) return null;
      // "Docs: send the SOW (Tamsin), by Thursday": a bracket after the work names attendees,
      // and a label that names no attendee is the topic (a team's, perhaps).
      const closing = CLOSING_BRACKET_NAMES.exec(label.value);
      if (
        closing &&
        !names.every((name) => context.people.resolve(name).attendeeId !== null) &&
        splitNames(closing[1]!).every((name) => context.people.resolve(name).attendeeId !== null)
      )
        return null;
      // "Customer: send the report IDs": the side takes the work.
      return everyoneNamed(names, context) || (side && namesOtherSide(bare))
        ? { names, text: label.value }
        : null;
    },
  },
  {
    name: "on-it-lead",
    read: (text, { context }) => {
      const lead = ON_IT_LEAD.exec(text);
      const names = lead ? splitNames(lead[1]!) : [];
      return names.length > 0 && names.every((name) => knownTaker(name, context))
        ? { names, text: text.slice(lead![0].length) }
        : null;
    },
  },
  {
    name: "bracketed-lead",
    read: (text, { context }) => bracketedTakers(text, context),
  },
  {
    name: "name-dash",
    read: (text, { context }) => {
      // "everyone – update the calendar": a group written in lower case before the dash.
      const grouped = LOWER_GROUP_DASH.exec(text);
      if (grouped && isGroupOfPeople(grouped[1]!))
        return { names: [grouped[1]!], text: grouped[2]! };
      const dashed = DASHED_OWNER.exec(text);
      if (!dashed) return null;
      const names = splitNames(dashed[1]!.replace(/^@\s+/, ""));
      // "Everyone - ...", "All reviewers - ...": a group of people needs no verb after it.
      if (names.every(isGroupOfPeople)) return { names, text: dashed[2]! };
      const resolved = names.every((name) => context.people.resolve(name).attendeeId !== null);
      // "Budget - send the numbers": where the note lists who came, one word that is none of
      // them is the item's topic, unless the note writes it elsewhere taking work ("Jo will
      // ..."); without a list it may be anyone.
      const topic =
        context.attendees.length > 0 &&
        names.some(
          (name) =>
            !/\s/.test(name) && !knownTaker(name, context) && !context.people.writesAsTaker(name),
        );
      const named = !topic && names.every((name) => namesSomeone(name, context.people));
      // "Oskar - AP - send the notes": the mark of an action point between the taker and the work.
      const marked = ACTION_MARK_THEN_DASH.exec(dashed[2]!);
      const task = marked ? dashed[2]!.slice(marked[0].length) : dashed[2]!;
      // "Oskar - please see if ...": the courtesy before the verb asks as an order does, and so
      // does "Pim → before leaving, write the note" with when it is done.
      const work = task.replace(/^please\s+/i, "").replace(WHEN_CLAUSE_FIRST, "");
      if (!resolved && !(named && opensWithVerb(work, context))) return null;
      return { names, text: task };
    },
  },
  {
    // "[Dana Ruiz](…/wiki/people/…) 28 Jun 2026 write the report", "Work with the web team …
    // [Dana Ruiz](…) [Ben Ode](…)": people mentioned by their profile links opening or closing an
    // item take it, as a wiki's inline tasks put them; the words stay as written.
    name: "profile-mentions",
    read: (text, { item }) => {
      const mentions = item.mentions;
      if (!mentions) return null;
      // "[Ana Diaz](…) and [Ben Ode](…) will draft it", "[Ana](…) [Ben](…) to propose ...":
      // every mention in the run that opens the item.
      const leading: string[] = [];
      let after = text;
      for (let name = mentions.find((m) => after.startsWith(m)); name; ) {
        leading.push(name);
        after = after.slice(name.length).replace(/^\s*(?:,|&|\band\b)?\s*/, "");
        name = mentions.find((m) => after.startsWith(m));
      }
      if (leading.length > 0) return { names: leading, text };
      const dated = TRAILING_DATE_WORDS.exec(text);
      let rest = (dated && mayNameADate(dated[1]!) ? text.slice(0, dated.index) : text).trimEnd();
      const names: string[] = [];
      for (let name = mentions.find((m) => rest.endsWith(m)); name; ) {
        names.unshift(name);
        rest = rest.slice(0, -name.length).trimEnd();
        name = mentions.find((m) => rest.endsWith(m));
      }
      return names.length > 0 && rest !== "" ? { names, text } : null;
    },
  },
  {
    // "@tomo and @bea to review the pages", "@a, @b and @c: meet this week": mentions listed
    // before the work they take, each of them a taker ("@a and @b working the ticket" stays as
    // written, a status of who is at it).
    name: "mentions-lead",
    read: (text) => {
      const lead = MENTIONS_LEAD.exec(text);
      return lead ? { names: splitNames(lead[1]!), text: lead[2]! } : null;
    },
  },
  {
    name: "mention-lead",
    read: (text, { context }) => {
      const mention = MENTION_LEAD.exec(text);
      if (!mention) return null;
      const words = mention[1]!.split(/\s+/);
      const split = (count: number) => ({
        name: words.slice(0, count).join(" "),
        rest: `${words.slice(count).join(" ")} ${mention[2]!}`.trim(),
      });
      const taken = (name: string, rest: string) => ({
        names: [name],
        text: rest.replace(/^(?:to|will|[:–—-])\s+/i, ""),
      });
      // The longest run of capitalised words that names an attendee: "@Carol Diaz Book the room".
      for (let count = words.length; count > 0; count--) {
        const { name, rest } = split(count);
        if (context.people.resolve(name).attendeeId !== null) return taken(name, rest);
      }
      // Without such an attendee, a full name followed by lower-case work: "@Carol Diaz send it",
      // "@Carol Diaz - send it", "@Carol Diaz: send it" (a document's person chip, then a dash or a
      // colon).
      for (let count = words.length; count >= 2; count--) {
        const { name, rest } = split(count);
        if (looksLikeName(name) && /^(?:[–—-]\s+)?\p{Ll}/u.test(rest)) return taken(name, rest);
      }
      return null;
    },
  },
  {
    // "Chloe Park draft the rollback plan", "Chloe please draft it", "AS/BO Consider a nightly build": attendees, or
    // initials shared out with a slash, then the work, with nothing between. "Chloe, draft the
    // plan", "All reviewers, sign off": attendees or a group addressed, a comma, then the work.
    name: "names-then-verb",
    read: (text, { context }) => {
      // "@ All SMs, move ...": a mention typed with a space after its "@".
      const words = text.replace(/^@\s+(?=\p{Lu})/u, "").split(/\s+/);
      for (let count = Math.min(4, words.length - 2); count > 0; count--) {
        const written = words.slice(0, count).join(" ");
        const addressed = written.endsWith(",");
        const lead = addressed ? written.slice(0, -1) : written;
        if (!/^@?\p{Lu}/u.test(lead) || /[:,;.–—-]$/.test(lead)) continue;
        // "Will file the issues": a modal that is also a given name, before a verb in lower case.
        if (MODAL_NAMES.test(lead) && /^\p{Ll}/u.test(words[count] ?? "")) continue;
        const names = splitNames(lead);
        const shared = names.length > 1 && lead.includes("/");
        // "All members work on the plan", "Everyone review the PR": a group that says it is all of
        // them needs no comma ("Team will need to ..." is a sentence about the team).
        const owners = names.every(
          (name) =>
            context.people.resolve(name).attendeeId !== null ||
            (isGroupName(name) &&
              !isDepartment(name) &&
              (addressed || /^(?:all|both|each|every|everyone|everybody|whole)\b/i.test(name))) ||
            (shared && /^[A-Z][A-Za-z]{1,3}$/.test(name) && /[A-Z].*[A-Z]/.test(name)),
        );
        // "Priya please review the runbook": the request names its taker first.
        const rest = words
          .slice(count)
          .join(" ")
          .replace(/^please\s+/i, "");
        if (owners && opensWithImperative(rest)) return { names, text: rest };
      }
      return null;
    },
  },
  {
    name: "please-addressee",
    read: (text, { context }) => {
      // "Kim, can you send the slides?": a request in a task list is the work of whom it asks.
      const asked = ASKED_BY_NAME.exec(text);
      if (asked) {
        const names = splitNames(asked[1]!);
        return names.every((name) => knownTaker(name, context))
          ? { names, text: asked[2]!.trim() }
          : null;
      }
      const addressed = /^please\s/i.test(text) ? PLEASE_THEN_NAME.exec(text) : null;
      if (!addressed) return null;
      const names = splitNames(addressed[1]!);
      return names.every((name) => knownTaker(name, context))
        ? { names, text: text.slice(0, addressed.index) }
        : null;
    },
  },
  {
    name: "owner-marker",
    alwaysStrip: true,
    read: (text, words) => ownerMarkers(text, words),
  },
  {
    name: "actor-sentence",
    read: (text, { context }) => {
      const opening = OPENING_PHRASE.exec(text);
      // "Chloe, with help from Ben, to investigate": an aside between the taker and the work.
      const aside = ASIDE_AFTER_TAKER.exec(text);
      // "Investigate the timeout (Dev to follow up)": who takes it on, in a closing bracket.
      const bracket = CLOSING_BRACKET.exec(text);
      const inBracket = bracket ? actorsAtStart(bracket[1]!, context.people) : null;
      // "Issue #15 Ingrid will look into it": the reference the item is filed under comes first.
      const filed = ISSUE_LEAD.exec(text);
      const actors =
        actorsAtStart(text, context.people) ??
        (filed ? actorsAtStart(text.slice(filed[0].length), context.people) : null) ??
        (opening ? actorsAtStart(text.slice(opening[0].length), context.people) : null) ??
        (aside
          ? actorsAtStart(`${aside[1]} ${text.slice(aside[0].length)}`, context.people)
          : null) ??
        (inBracket?.every((name) => knownTaker(name, context)) ? inBracket : null);
      // "Someone should fix the docs — Noor said she'd take it": the closing taker answers it.
      if (actors?.every(namesAnyone) && CLOSING_TAKER.test(text)) return null;
      return actors ? { names: actors, text } : null;
    },
  },
  {
    // "Minutes to be circulated by Ana", "the alerts to be looked into more by the team": the
    // passive's agent does the work.
    name: "passive-agent",
    read: (text, { context }) => {
      const agent = PASSIVE_AGENT.exec(text);
      if (!agent) return null;
      const names = splitNames(agent[1]!.replace(/^the\s+(?=\p{Ll})/u, "the "));
      return names.length > 0 && names.every((name) => knownTaker(name, context))
        ? { names, text }
        : null;
    },
  },
  {
    // "Noor said she would check the lease": the item reports who promised the work.
    name: "reported-promise",
    read: (text, { context }) => {
      const reported = REPORTED_SELF.exec(text);
      if (!reported) return null;
      const names = splitNames(reported[1]!);
      return names.length > 0 && names.every((name) => namesSomeone(name, context.people))
        ? { names, text }
        : null;
    },
  },
  {
    name: "owed-by",
    read: (text, { context }) => {
      // The names keep their capitals; the words before them are read in lower case.
      const owed = OWED_FROM.exec(text.charAt(0).toLowerCase() + text.slice(1));
      if (!owed) return null;
      const names = splitNames(owed[1]!);
      return names.length > 0 && names.every((name) => knownTaker(name, context))
        ? { names, text }
        : null;
    },
  },
  {
    // "Update the runbook. Ana will follow up.", "Renew the cert; Ben to take it on", "Someone
    // should fix the docs — Noor said she'd take it": a closing sentence that only says who takes
    // the work before it.
    name: "closing-taker",
    read: (text, { context }) => {
      const closing = CLOSING_TAKER.exec(text);
      if (!closing || closing.index === 0) return null;
      const names = splitNames(closing[1]!);
      return names.every((name) => knownTaker(name, context) || namesSomeone(name, context.people))
        ? { names, text: text.slice(0, closing.index) }
        : null;
    },
  },
  {
    // "Book the room. Ada. Friday.", "Renew the lease. Pim, Rina.": terse notes, where a sentence
    // of attendees' names alone after the work says who takes it, and one of a day alone by when.
    name: "name-sentence",
    read: (text, { context }) => {
      const closing = NAME_SENTENCE.exec(text);
      if (!closing || closing.index === 0) return null;
      const names = splitNames(closing[1]!);
      const day = closing[2];
      if (day && scheduleOf(day, context).due === null) return null;
      return names.every((name) => context.people.resolve(name).attendeeId !== null)
        ? { names, text: `${text.slice(0, closing.index)}${day ? ` - ${day}` : ""}` }
        : null;
    },
  },
  {
    // "Switch to the new vendor, with Noor leading the transition": who leads the work.
    name: "with-leader",
    read: (text, { context }) => {
      const led = WITH_LEADER.exec(text);
      const names = led ? splitNames(led[1]!) : [];
      return names.length > 0 && names.every((name) => knownTaker(name, context))
        ? { names, text }
        : null;
    },
  },
  {
    // "Vendor may slip; Rob to monitor weekly", "Budget approved. Kim will raise the PO": a
    // situation, then the clause of whoever acts on it. After an order ("Replace the printers.
    // Tamsin will test them") the later clause is other work.
    name: "later-clause-taker",
    read: (text, { context }) => {
      const found = opensWithImperative(text) ? null : LATER_CLAUSE.exec(text);
      // "Signage and Ingrid's team to meet": a conjunction after one or two words joins names.
      const later =
        found && !/^[.;]/.test(found[0]) && text.slice(0, found.index).split(/\s+/).length < 3
          ? null
          : found;
      const clause = later ? text.slice(later.index + later[0].length) : "";
      const takers = later ? actorsAtStart(clause, context.people) : null;
      // "We need the use cases. Pim to gather them": a sentence of its own that opens
      // with a name and "to"/"will" and a verb is as sure of its taker as an item that does.
      const ownSentence =
        !!later &&
        /^[.;]/.test(later[0]) &&
        takers?.length === 1 &&
        ONE_NAME_THEN_WORK.test(clause);
      return takers?.every((name) => ownSentence || knownTaker(name, context))
        ? { names: takers, text }
        : null;
    },
  },
  {
    // "Briefing notes - Malia will send them on Friday", "Search index: Tova will rebuild the
    // loader", "Flaky tests → Tova to quarantine them": the topic, then who takes it.
    name: "topic-then-taker",
    read: (text, { context }) => {
      const split = TOPIC_THEN.exec(text);
      const takers = split ? actorsAtStart(split[1]!, context.people) : null;
      return takers?.every((name) => knownTaker(name, context)) ? { names: takers, text } : null;
    },
  },
  {
    // "Onboarding guide (Sam) first week of March": attendees in a bracket inside the item, as
    // its closing bracket names them. After a role ("the sponsor (Kim)") the bracket says who
    // that is.
    name: "inner-bracket-taker",
    read: (text, { context }) => {
      const inner = INNER_BRACKET.exec(text);
      if (!inner || isRoleText(inner[1]!)) return null;
      const names = splitNames(inner[3]!);
      const bracket = inner.index + inner[1]!.length;
      return names.length > 0 &&
        names.length <= 3 &&
        names.every((name) => context.people.resolve(name).attendeeId !== null)
        ? { names, text: squash(text.slice(0, bracket) + text.slice(bracket + inner[2]!.length)) }
        : null;
    },
  },
  {
    // Last of the words inside the task: in a task list, who is at the work owns it.
    name: "doer-sentence",
    read: (text, { context }) => {
      const doersIn = (words: string) =>
        doersAtStart(words, context.people) ??
        ownersByVerb(words, context.people) ??
        presentTenseDoers(words, context.people);
      // "If the rollback does not help, Pim fails over ...": the condition, then who acts.
      const condition = CONDITION_FIRST.exec(text);
      const doers = doersIn(text) ?? (condition ? doersIn(text.slice(condition[0].length)) : null);
      return doers ? { names: doers, text } : null;
    },
  },
  {
    // "[x] Ingrid shared the SSO checklist", "Pim and Ada sent the quote": who did work that
    // is done, named before the verb that reports it.
    name: "done-by-subject",
    read: (text, { context, kind }) => {
      const lead = kind === "risks" ? null : DOERS_BEFORE_VERB.exec(text);
      if (!lead || !reportsFinishedWork(text)) return null;
      // "Greta asked us to keep the export running": the work is the one asked's, not hers.
      if (ASKED_OF_OTHERS.test(text.slice(lead[0].length))) return null;
      const names = splitNames(lead[1]!.trim());
      return names.length > 0 &&
        names.every((name) => context.people.resolve(name).attendeeId !== null)
        ? { names, text }
        : null;
    },
  },
  {
    // "Ingrid schickt das Angebot bis Freitag", "Tallis klärt die Schnittstelle": in a list of
    // work written in another language than English, an attendee's name and then a verb in that
    // language's form. English words are read by the readers above ("Pim also suggested that
    // ...", "Kim keen to ..." are not this shape).
    name: "attendee-opens-item",
    read: (text, { context, kind }) => {
      if (kind !== "actionItems" || ENGLISH_WORD.test(text) || !OTHER_LANGUAGE_WORD.test(text))
        return null;
      const lead = FULL_NAME_THEN_WORD.exec(text);
      if (!lead || context.people.resolve(lead[1]!).attendeeId === null) return null;
      return FUNCTION_WORD_AFTER_NAME.test(lead[2]!) ? null : { names: [lead[1]!], text };
    },
  },
];

/** "Ingrid Holm prüft", "Tallis klärt die ...": a name of two words or one, then a lower-case word and more. */
const FULL_NAME_THEN_WORD =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(\p{Ll}[\p{L}-]*)\s+\S/u;
/** Words of English that any sentence of it holds one of, and other languages' sentences none. */
const ENGLISH_WORD =
  /(?<![\p{L}'’])(?:[Tt]he|to|and|of|for|with|is|are|that|will|should|from|by|on|[Tt]his|it|has|have)(?![\p{L}'’])/u;
/**
 * Articles and small words of the languages minutes are written in besides English (German,
 * Dutch, French, Spanish, Italian, Portuguese): a sentence of one of them holds some.
 */
const OTHER_LANGUAGE_WORD =
  /(?<![\p{L}'’])(?:der|die|das|den|dem|ein|eine|einen|und|mit|bis|für|zum|zur|von|auf|het|een|met|voor|tot|le|les|une|du|avec|pour|et|el|los|las|una|con|para|il|gli|per|di|com|os|uma|ao)(?![\p{L}'’])/iu;
/** Words after a name that join or place it rather than say what it does. */
const FUNCTION_WORD_AFTER_NAME =
  /^(?:and|und|et|y|en|or|oder|with|mit|from|von|of|for|für|to|at|in|on|is|was|has|had|says|said|mentioned|noted|asked|thinks|feels|wants|would|could|might|may)$/i;

/** "Pricing page copy - Pim owns, due Fri", "Release notes: Ada and Pim own it", "(Kim owns)". */
const OWNS_AFTER_THING =
  /^(\p{L}[^:()]{2,80}?)(?:\s+[-–—]\s+|:\s+|\s*\(\s*)(@?[\p{L}][\p{L}'’.-]*(?:\s+(?:and|&)\s+@?[\p{L}][\p{L}'’.-]*)?)\s+(?:owns?|has it|(?:is|are) on it)(?:\s+(?:it|this|that))?\s*\)?(?:\s*[,;]\s*(\S.*))?$/iu;

/**
 * "Pricing page copy - Pim owns, due Fri": a thing to deliver, then the attendee who owns it and
 * perhaps by when. The owner's words are taken out; the thing and the day stay.
 */
export function ownerAfterThing(
  text: string,
  context: ExtractContext,
): { names: string[]; text: string } | null {
  const match = OWNS_AFTER_THING.exec(text);
  if (!match) return null;
  const names = splitNames(match[2]!);
  if (!names.every((name) => context.people.resolve(name).attendeeId !== null)) return null;
  return { names, text: match[3] ? `${match[1]}, ${match[3]}` : match[1]! };
}

/** "asked us to keep", "requested the vendor to send": a request of others, after its asker. */
const ASKED_OF_OTHERS = new RegExp(String.raw`^${ASKING_VERBS}\s+(?:\S+\s+){1,3}?to\s+\p{Ll}`, "u");
const DOERS_BEFORE_VERB = /^((?:@?\p{Lu}[\p{L}'’.-]*\s+(?:(?:&|and)\s+)?){1,4})(?=\p{Ll})/u;

/** "before leaving, ", "first thing tomorrow, ", "once the logs are in, ": when, before the order. */
/** "If the rollback fails, ", "Once the logs are in, ": a condition or a time, before a clause of its own. */
const CONDITION_FIRST =
  /^(?:if|unless|in case|once|when|after|before|as soon as)\b[^,;:()]{3,60},\s+(?=\p{Lu})/iu;
const WHEN_CLAUSE_FIRST =
  /^(?:before|after|once|when|as soon as|first thing|tomorrow|today|tonight|this (?:morning|afternoon|evening|week)|next week|on (?:mon|tues|wednes|thurs|fri)day)\b[^,;]{0,40},\s+/i;

/** A bracket of a few words with words on both sides, and the word before it. */
const INNER_BRACKET = /([\p{L}'’-]+)(\s+\(([^()]{2,40})\))(?=\s+\S)/u;

/** "send the SOW (Tamsin), by Thursday": a bracket of names after the work, a deadline perhaps after it. */
const CLOSING_BRACKET_NAMES =
  /\s\(([^()]{2,60})\)(?:[,;]?\s+(?:by|due|before|until)\b[^()]*)?\s*\.?$/;

const MARKING_READERS = OWNER_READERS.filter((reader) => reader.name !== "name-label");

/** "[Ingrid] Draft ...", "[CS] Send ...": someone in brackets before the work; "[Docs] Describe ..." and "[P1]" tag the item. */
export function bracketedTakers(
  text: string,
  context: ExtractContext,
): { names: string[]; text: string } | null {
  const lead = BRACKETED_LEAD.exec(text.replace(NOTE_IN_LEAD, "[$1]"));
  if (!lead) return null;
  const names = splitNames(lead[1]!);
  // "(Jen) Create the survey by July 2": a name in round brackets before an order is its taker,
  // listed or not; "(Draft) Review ..." is no name.
  const ordered = text.startsWith("(") && opensWithImperative(lead[2]!);
  const someone = (name: string) =>
    context.people.resolve(name).attendeeId !== null ||
    context.people.isKnownPerson(name) ||
    context.people.writesAsTaker(name) ||
    isHandle(name) ||
    // "[all] Prepare for the workshop": the whole group takes it.
    isWholeGroup(name) ||
    (ordered &&
      /^\p{Lu}\p{Ll}+$/u.test(name) &&
      looksLikeName(name) &&
      !isNotNameWord(name) &&
      !ITEM_STATE_TAG.test(name));
  return names.length > 0 && names.every(someone) ? { names, text: lead[2]! } : null;
}

/** Reads the owners of a task; `preset` are owners already known (a table's owner column). */
export function readOwnership(
  written: string,
  words: TaskWords,
  preset: PersonRef[] = [],
): Ownership {
  return readOwners(written, words, preset, OWNER_READERS, true);
}

/**
 * Whether the item's own words mark who takes it ("Kim -> book the room", "Order badges [Ben]",
 * "Renew the domain — @kim"): not a speaker's label ("Brian: consensus was ..."), and not an owner
 * it would take from the bullets above it.
 */
export function marksItsOwnTaker(written: string, words: TaskWords): boolean {
  return readOwners(written, words, [], MARKING_READERS, false).owners.length > 0;
}

function readOwners(
  written: string,
  words: TaskWords,
  preset: PersonRef[],
  readers: readonly OwnerReader[],
  inherit: boolean,
): Ownership {
  let text = written;
  let title: string | null = null;
  let owners = preset;
  for (const reader of readers) {
    if (owners.length > 0 && !reader.alwaysStrip) continue;
    const found = reader.read(text, words);
    if (!found) continue;
    text = found.text;
    if (found.title !== undefined) title = found.title;
    if (owners.length === 0 && found.names.length > 0)
      owners = toRefs(found.names, words.context.people);
  }
  if (owners.length === 0 && inherit) owners = inheritedOwners(words);
  return { owners, title, text };
}

/** "review https://...", "comment on https://...": the last word before a link is a verb or a preposition. */
function linkIsObject(before: string): boolean {
  const last = /(\p{L}+)\s*$/u.exec(before)?.[1];
  return !!last && (isImperativeVerb(last) || LINK_PREPOSITION.test(last));
}
const LINK_PREPOSITION = /^(?:at|in|on|to|from|of|into|onto|per|see|via)$/i;

/** `(owner: Lisa)`, a trailing `- @lisa`, or `@lisa` anywhere; trailing links go too. */
const ARROW_BETWEEN_FIELDS = new RegExp(String.raw`\s+(?:${ARROWS})\s+`);

function ownerMarkers(written: string, words: TaskWords): { names: string[]; text: string } {
  const { context } = words;
  // "Publish the recording - @mark - https://...": a trailing link is a reference, not the task.
  // "Ana to review https://...": a link right after the verb or a preposition is what the work is on.
  const text = written
    .replace(/\s*\((?:see|cf\.?|via)?\s*<?https?:\/\/[^\s)]+>?\)\.?\s*$/i, "")
    .replace(
      /(\s+[-–—]\s*)?<?https?:\/\/\S+>?\s*$/,
      (link, dash: string | undefined, at: number) =>
        !dash && linkIsObject(written.slice(0, at)) ? link : "",
    )
    .replace(/\s+[-–—]\s*$/, "");
  const explicit = OWNER_MARKER.exec(text);
  if (explicit) {
    // "(owner: Kim, due: Fri)": the names end where the bracket goes on to say when.
    const [names = "", ...when] = explicit[1]!.split(DUE_IN_BRACKET);
    const rest =
      when.length > 0 ? ` (${explicit[1]!.slice(names.length).replace(/^[,;\s]+/, "")})` : "";
    return {
      text: squash(
        text.slice(0, explicit.index) + rest + text.slice(explicit.index + explicit[0].length),
      ),
      names: splitNames(names),
    };
  }
  // "Send the deck | Ana | Fri": a table's row pasted as one line, its cells set apart by bars;
  // the cell of names only is who takes it, and the rest is the work and when.
  // "Book the room / Ada / Fri": three fields or more set apart by slashes read the same way.
  // "Add a WIP limit → Greta → Mon": so do three fields or more set apart by arrows.
  const barred = text.replace(/^\|\s*|\s*\|$/g, "").split(/\s+\|\s+/);
  const slashed = barred.length < 2 ? text.split(/\s+\/\s+/) : [];
  const arrowed = barred.length < 2 && slashed.length < 3 ? text.split(ARROW_BETWEEN_FIELDS) : [];
  const cells = slashed.length >= 3 ? slashed : arrowed.length >= 3 ? arrowed : barred;
  // The first field is the work: "Ada / Pim / Fri" lists people.
  const workFirst = !splitNames(cells[0]!).every((name) => knownTaker(name, context));
  if (cells.length >= 2 && cells.length <= 5 && workFirst) {
    const taker = cells.findIndex(
      (cell, index) =>
        index > 0 &&
        splitNames(cell).every((name) => knownTaker(name, context) && !mayNameADate(name)),
    );
    // The other cells stay apart by a dash, after which a day-first "12.3" is a date, not a version.
    if (taker > 0)
      return {
        text: cells.filter((_, index) => index !== taker).join(" — "),
        names: splitNames(cells[taker]!),
      };
  }
  // "Give feedback on the summary (everyone), mostly on what is missing": a bracket that holds
  // only the whole group gives it the work, wherever it stands.
  const everyone = [...text.matchAll(SHORT_BRACKET)].find((bracket) => isWholeGroup(bracket[1]!));
  if (everyone && everyone.index > 0)
    return {
      text: squash(
        `${text.slice(0, everyone.index)} ${text.slice(everyone.index + everyone[0].length)}`,
      ).replace(/\s+([,.;])/g, "$1"),
      names: [everyone[1]!],
    };
  // "(room to be confirmed, action item @kim)": the aside gives the work to whoever it names.
  const aside = ACTION_ITEM_ASIDE.exec(text);
  if (aside) {
    const { names, kept } = asideTakers(aside);
    return {
      text: squash(
        `${text.slice(0, aside.index)}${kept ? ` (${kept})` : ""}${text.slice(aside.index + aside[0].length)}`,
      ),
      names,
    };
  }
  const labelled = labelledOwners(text, context);
  if (labelled) return labelled;
  const mentioned = displayNameMentions(text, context);
  if (mentioned) return mentioned;
  // "Clarify the process. – Ines": a name closing the item after a dash, or before a bracket that
  // says when ("Update the status page — Ines (by Wed)").
  const when = TRAILING_NAMES.exec(text);
  const dated = when && when.index > 0 && mayNameADate(when[1]!) ? when : null;
  const dashed = TRAILING_DASH_NAMES.exec(dated ? text.slice(0, dated.index) : text);
  // "Tag the release – Thu": a day after the dash says when, not who.
  if (dashed && dashed.index > 0 && !mayNameADate(dashed[1]!) && !saysWhenNotWho(dashed[1]!)) {
    const names = splitNames(dashed[1]!);
    if (names.every((name) => knownTaker(name, context) || namesSomeone(name, context.people)))
      return {
        text: `${text.slice(0, dashed.index).replace(/[.\s]+$/, "")}${dated ? ` ${dated[0].trim()}` : ""}`,
        names,
      };
  }
  // "Book the hall — Ines by Fri", "Book the hall: Ines by Fri", "Book the hall — Ines (backup:
  // Kim)": the names after the dash or colon, then when or an aside in a bracket, which stay
  // with the work.
  const namesThenMore = NAMES_AFTER_DASH_THEN_MORE.exec(text);
  if (namesThenMore && namesThenMore.index > 0 && !mayNameADate(namesThenMore[1]!)) {
    const names = splitNames(namesThenMore[1]!);
    const more = namesThenMore[2]!;
    // "- Kim by the look of it" says no date.
    const saysWhen = more.startsWith("(")
      ? mayNameADate(more.slice(1, -1))
      : mayNameADate(more.replace(/^\S+(?:\s+by)?\s+/, ""));
    if (
      names.every((name) => knownTaker(name, context)) &&
      (saysWhen || (more.startsWith("(") && !dated))
    )
      return {
        text: `${text.slice(0, namesThenMore.index).replace(/[.\s]+$/, "")} ${more}`,
        names,
      };
  }
  // "Venue shortlist: Oskar", "Book the hall; Oskar": a topic or the work, a colon or a
  // semicolon, then only who takes it. The words
  // before must say what ("Host: Kim" is a role).
  const colon = dated ? null : TRAILING_COLON_NAMES.exec(text);
  if (colon && text.slice(0, colon.index).trim().split(/\s+/).length >= 2) {
    const names = splitNames(colon[1]!);
    // Only people the note lists: "... spikes: PR" ends on a link's words.
    const listed = (name: string) =>
      context.people.resolve(name).attendeeId !== null || context.people.isKnownPerson(name);
    if (names.every((name) => listed(name) && !readsAsDate(name, context)))
      return { text: text.slice(0, colon.index), names };
  }
  // "Open the vote for the lead, Dana Ilse", "Read the guide, All": an action list's
  // "task, owner" shape. Only attendees and the whole group are read so; "Send it to Kim, Lee"
  // lists people the work goes to.
  const comma = dated ? null : TRAILING_COMMA_NAMES.exec(text);
  if (comma && text.slice(0, comma.index).trim().split(/\s+/).length >= 3) {
    const names = splitNames(comma[1]!);
    const before = text.slice(0, comma.index);
    if (
      !INVOLVED.test(before) &&
      !endsWithTaker(before, context) &&
      names.every((name) => context.people.resolve(name).attendeeId !== null || isWholeGroup(name))
    )
      return { text: before, names };
  }
  const attached = dated ? null : TRAILING_ATTACHED_DASH_NAME.exec(text);
  if (attached && attached.index > 0 && knownTaker(attached[1]!, context))
    return { text: text.slice(0, attached.index), names: [attached[1]!] };
  const group = dated ? null : TRAILING_DASH_GROUP.exec(text);
  // "Send over the case studies — me": the writer, where the note names who that is.
  if (
    group &&
    group.index > 0 &&
    (isGroupOfPeople(group[1]!) ||
      (isWriter(group[1]!) && context.people.resolve(group[1]!).attendeeId !== null))
  )
    return { text: text.slice(0, group.index).replace(/[.\s]+$/, ""), names: [group[1]!] };
  // "Roll back the push — Ada — ASAP, no later than 17:00": between two dashes the names, and
  // after the second, when, in words that may have a comma of their own.
  for (const pattern of [TRAILING_NAMES_THEN_WHEN, DASHED_NAMES_THEN_LONGER_WHEN]) {
    const namesThenWhen = pattern.exec(text);
    if (
      !namesThenWhen ||
      namesThenWhen.index === 0 ||
      !(
        mayNameADate(namesThenWhen[2]!) ||
        UNDATED_WHEN.test(namesThenWhen[2]!) ||
        saysWhenNotWho(namesThenWhen[2]!)
      )
    )
      continue;
    const names = splitNames(namesThenWhen[1]!);
    // Joined by a dash, as a day-first "14.3." with its dot taken off is still read as a date.
    // Where the note lists no one, a name between the dashes is who takes it all the same.
    const taker = (name: string) =>
      knownTaker(name, context) ||
      (context.attendees.length === 0 && namesSomeone(name, context.people));
    if (names.every((name) => taker(name) && !mayNameADate(name)))
      return { text: `${text.slice(0, namesThenWhen.index)} — ${namesThenWhen[2]!}`, names };
  }
  // "Update the docs (Ana, Ben) — due 10 March", "Update docs [Dev] [due: Mar 12]": the names'
  // bracket, then the deadline closing the item.
  const beforeDue = NAMES_BEFORE_DUE.exec(text);
  if (beforeDue && beforeDue.index > 0) {
    const names = splitNames(beforeDue[1]!);
    if (names.every((name) => knownTaker(name, context)))
      return {
        text: squash(
          text.slice(0, beforeDue.index) + text.slice(beforeDue.index + beforeDue[0].length),
        ),
        names,
      };
  }
  // "Ask product about pricing (Chloe) — next week": the names' bracket, then when after a dash.
  const namesThenDashedWhen = NAMES_THEN_DASHED_WHEN.exec(text);
  if (
    namesThenDashedWhen &&
    namesThenDashedWhen.index > 0 &&
    mayNameADate(namesThenDashedWhen[2]!)
  ) {
    const names = splitNames(namesThenDashedWhen[1]!);
    if (names.every((name) => knownTaker(name, context)))
      return {
        text: `${text.slice(0, namesThenDashedWhen.index)} — ${namesThenDashedWhen[2]!}`,
        names,
      };
  }
  // "Credit for the fees (Pim to raise with billing)": a closing bracket in which someone the
  // note knows takes the work on; the bracket stays, as it says how.
  const takesOn = TAKER_IN_CLOSING_BRACKET.exec(text);
  if (takesOn && takesOn.index > 0) {
    const names = splitNames(takesOn[1]!);
    if (names.every((name) => knownTaker(name, context))) return { text, names };
  }
  const bracketed = TRAILING_NAMES.exec(text);
  if (bracketed && bracketed.index > 0) {
    const names = splitNames(bracketed[1]!);
    // "Draft the plan (Oren)" in a note that lists no one, or in a list whose other items close
    // on their takers the same way: a person's name is all there is to go by.
    // "JS to send the draft (Leeds October)": where the item opens with its taker, a bracket of
    // names no one answers to is an aside.
    const byName =
      (context.attendees.length === 0 || siblingsCloseOnTakers(words)) &&
      !actorsAtStart(text, context.people);
    if (
      names.every(
        (name) =>
          knownTaker(name, context) ||
          // "(Wed/Thu)", "(Fri)": days, and "(CET)" a zone, whoever the note lists.
          (byName &&
            !DAY_NAME.test(name) &&
            !isZoneAbbreviation(name) &&
            (namesSomeone(name, context.people) || context.people.writesAsTaker(name))),
      )
    )
      return { text: text.slice(0, bracketed.index), names };
    // "Fix the upload retry (Kim, 2/14)": the owners, then the deadline, in one bracket.
    const parts = bracketed[1]!.split(/\s*[,;]\s*/);
    const takers = parts.findIndex((part) => !knownTaker(part, context));
    const deadline = parts.slice(takers).join(", ");
    if (takers > 0 && mayNameADate(deadline))
      return {
        text: `${text.slice(0, bracketed.index)} (${deadline})`,
        names: parts.slice(0, takers),
      };
    // "Update the FAQ (due 14 June, Greta)": the deadline, then the owners.
    const last = parts.findIndex((_, at) =>
      parts.slice(at).every((part) => knownTaker(part, context)),
    );
    const before = parts.slice(0, last).join(", ");
    if (last > 0 && mayNameADate(before))
      return { text: `${text.slice(0, bracketed.index)} (${before})`, names: parts.slice(last) };
    // "Migrate the DNS (Ana, with help from Ben)": the owners, then who helps them, no owners.
    const helped = HELPED_BY.exec(bracketed[1]!);
    const owners = helped ? splitNames(helped[1]!) : [];
    if (owners.length > 0 && owners.every((name) => knownTaker(name, context)))
      return { text: `${text.slice(0, bracketed.index)} (${helped![2]!})`, names: owners };
  }
  const closing = closingFullNames(text, context);
  if (closing) return closing;
  const handles = trailingHandles(text);
  if (handles && handles.index > 0 && !INVOLVED.test(text.slice(0, handles.index))) {
    return {
      text: text.slice(0, handles.index),
      names: handles.handles.map((handle) => handle.replace(/[.]+$/, "")),
    };
  }
  // "@nell update the definition of done": a handle, then the order it is given.
  const addressed = HANDLE_THEN_ORDER.exec(text);
  if (addressed && isHandle(addressed[1]!) && opensWithImperative(text.slice(addressed[0].length)))
    return { text: text.slice(addressed[0].length), names: [addressed[1]!] };
  const names: string[] = [];
  for (const match of text.matchAll(INLINE_HANDLES)) {
    const handle = match[0].replace(/^[\s(]+/, "");
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    // "@greta asked @pim to pair on it": who asks hands the work to the one asked.
    if (ASKS_ANOTHER_HANDLE.test(text.slice(match.index + match[0].length))) continue;
    if (isHandle(handle) && !INVOLVED.test(before.replace(/[\s(]+$/, ""))) names.push(handle);
  }
  return { text, names };
}

const HANDLE_THEN_ORDER = /^(@[\w.-]+)\s+(?=\p{Ll})/u;
const ASKS_ANOTHER_HANDLE =
  /^\s+(?:asked|asks|told|tells|reminded|reminds|requested|requests|wants|wanted|invited|invites|pinged|pings)\s+@/i;

/** What an owner label leaves before it once taken out: "is", a comma, a dash, an arrow. */
const LINK_WORDS_LEFT = new RegExp(
  String.raw`(?:\s+(?:is|are|will be|to be))?(?:[\s,;:|–—-]|${ARROWS})*$`,
  "i",
);
/** An arrow left pointing at nothing once the names after it are taken out. */
const ARROW_LEFT = new RegExp(String.raw`\s*(?:${ARROWS})\s*(?=[,;]|$)`, "g");

/**
 * "Migrate the cron, owner: Kim, due May 3", "Owner - Kim", "(done by Ilse on Monday)": the names
 * after an owner label, wherever it stands. The label and names are taken out and the rest of the
 * words kept, since they may hold the deadline.
 */
export function labelledOwners(
  text: string,
  context: ExtractContext,
): { names: string[]; text: string } | null {
  if (!MAY_HOLD_OWNER_LABEL.test(text)) return null;
  const labels = [...text.matchAll(OWNER_BEFORE_NAMES), ...text.matchAll(FIELD_OWNER_LABEL)];
  for (const match of labels.sort((one, other) => one.index - other.index)) {
    const from = match.index;
    const after = text.slice(match.index + match[0].length);
    const end = NAMES_END.exec(after);
    const value = after.slice(0, end ? end.index : after.length);
    const taken = /:\s*$/.test(match[0])
      ? (takerPrefix(value, context) ?? fieldTakers(value, context))
      : takerPrefix(value, context);
    if (!taken) continue;
    // "Owner: Greta (me)", "Owner: Kim (PM)": a bracket after the owner's names is about them.
    const rest = after.slice(taken.length).replace(/^\s*\([^()]{1,30}\)/, "");
    // "Follow-up by the board on the budget": the follow-up is the work itself.
    if (from === 0 && /^follow/i.test(match[0])) return { names: splitNames(taken), text };
    // "The cache work is owned by Kim": the auxiliary of the passive goes with its label.
    const head = text.slice(0, from).replace(LINK_WORDS_LEFT, "");
    const kept = `${head} ${rest}`
      .replace(/\(\s*\)/g, "")
      .replace(/\(\s*(?:[,;]\s*)?/g, "(")
      .replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, "")
      .replace(/\s+([,.;])/g, "$1")
      // "Notify them. Owner: Kim. ETA: Friday": the sentence before the label keeps one stop.
      .replace(/([.!?])\.+/g, "$1");
    return { names: splitNames(taken), text: squash(kept) };
  }
  return null;
}

/**
 * "@Dana Ilse" inside an item: a mention by display name, as Notion and Confluence export them;
 * "[[Dana Ilse]]", a link to a person's page, as Obsidian and Logseq write it, or "#[[Dana Ilse]]",
 * the same page as Logseq tags a block with it.
 */
const DISPLAY_MENTION =
  /(^|[\s([,;])(?:([@+])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})|#?\[\[(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\]\])/gu;

/**
 * "Draft the proposal @Dana Ilse March 10", "+Dana Ilse draft it" (an older word processor's
 * mention): attendees mentioned by display name, taken out of the
 * words. The longest run of capitalised words that names an attendee is the name, so the date
 * after it stays. A mention after "with", "to" or "for" involves someone without making them owner.
 */
function displayNameMentions(
  written: string,
  context: ExtractContext,
): { names: string[]; text: string } | null {
  const names: string[] = [];
  let text = written;
  for (const match of written.matchAll(DISPLAY_MENTION)) {
    if (INVOLVED.test(written.slice(0, match.index))) continue;
    const linked = match[4];
    const words = (match[3] ?? linked)!.split(/\s+/);
    for (let count = words.length; count > 0; count--) {
      const name = words.slice(0, count).join(" ");
      if (context.people.resolve(name).attendeeId === null) continue;
      names.push(name);
      text = text.replace(linked ? match[0].slice(match[1]!.length) : `${match[2]}${name}`, " ");
      break;
    }
  }
  return names.length > 0 ? { names, text: withoutEmptyPlaces(text) } : null;
}

/** "owner:" with its names taken out, up to the next comma or the end. */
const EMPTY_OWNER_LABEL = /(?:^|\s)(?:owners?|assignees?|assigned to|who)\s*:\s*(?=[,;)]|$)/gi;

/**
 * What is left where mentions were taken out of the words: "Schedule a call — , — by June 12",
 * "Write the FAQ → owner: , due Friday", "Check in (, ) by Friday".
 */
function withoutEmptyPlaces(text: string): string {
  return squash(
    squash(text)
      .replace(EMPTY_OWNER_LABEL, " ")
      .replace(/\(\s*(?:[,;&]\s*)*\)/g, " ")
      .replace(/\(\s*(?:[,;&]\s*)+/g, "(")
      .replace(/(?:\s*[,;&])+\s*\)/g, ")")
      .replace(/\s[–—-]\s*(?:[,;&]\s*)*(?=[–—-]\s)/g, " ")
      .replace(ARROW_LEFT, "")
      .replace(/\s+([,.;])/g, "$1")
      .replace(/[\s,;:–—-]+$/, ""),
  );
}

/**
 * "Who: kim When: Friday", "Owner: bo42, ana-r": after a label that asks for who, handles as
 * people write them (lower case, digits) up to the next field's label.
 */
function fieldTakers(words: string, context: ExtractContext): string | null {
  const value = words.split(/\s+(?=\p{L}+:(?:\s|$))/u)[0]!.trim();
  const names = splitNames(value);
  const handle = /^@?[\p{L}\d][\p{L}\d._-]*$/u;
  return names.length > 0 &&
    names.every((name) => handle.test(name) && !readsAsDate(name, context) && !namesNobody(name))
    ? value
    : null;
}

/**
 * The longest opening of `words` that is only people or groups: "Kim, Ilse, due Friday" gives
 * "Kim, Ilse"; "Ilse on Monday" gives "Ilse". A date ("done by Friday") is nobody.
 */
function takerPrefix(words: string, context: ExtractContext): string | null {
  const pieces = words.split(/(?=,)/);
  let accepted = "";
  for (const piece of pieces) {
    const candidate = accepted + piece;
    if (allTakers(candidate, context)) accepted = candidate;
    else break;
  }
  if (accepted) return accepted.trimEnd();
  // "Assigned to Ana: clean up the buckets": the colon ends the names as a word would.
  const head = pieces[0]!.trim();
  const colon = head.indexOf(":");
  const first = (colon > 0 ? head.slice(0, colon) : head).split(/\s+/);
  for (let count = Math.min(colon > 0 ? first.length : first.length - 1, 4); count > 0; count--) {
    const candidate = first.slice(0, count).join(" ");
    if (allTakers(candidate, context))
      return words.slice(0, words.indexOf(candidate) + candidate.length);
  }
  return null;
}

/** "Oskar is on PTO": time away after "is on", not an owner. */
const AWAY = new RegExp(`^${TIME_AWAY}$`, "i");

function allTakers(list: string, context: ExtractContext): boolean {
  const names = splitNames(list);
  if (names.some((name) => AWAY.test(name))) return false;
  return (
    names.length > 0 &&
    names.every(
      (name) =>
        (knownTaker(name, context) || namesSomeone(name, context.people)) &&
        !readsAsDate(name, context),
    )
  );
}

/** "Friday", "March 12": words the date reader takes, whatever their capital letter. */
function readsAsDate(words: string, context: ExtractContext): boolean {
  return scheduleOf(words, context).due !== null;
}

/**
 * "Solicit the partners for content": the task opens with a verb. Known imperatives answer at
 * once; only other words ask the part-of-speech check, so a note of usual verbs never loads it.
 */
function opensWithVerb(text: string, context: ExtractContext): boolean {
  if (opensWithImperative(text)) return true;
  const first = /^([\p{L}]+)\s+\S/u.exec(text);
  return !!first && isLikelyVerb(first[1]!, text, context.options.partOfSpeech);
}

/** Someone the note itself knows: an attendee, a configured person, a handle or a group. */
export function knownTaker(name: string, context: ExtractContext): boolean {
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
  const label = item.text.replace(/:\s*$/, "").trim();
  // "- Decisions:", "- Discussion:": a bullet that names a part of the note, not who owns it.
  if (headingKind(label) !== null && context.people.resolve(label).attendeeId === null)
    return false;
  const names = splitNames(label);
  if (!everyoneNamed(names, context)) return false;
  // "Hardware:" over a list, in a note that lists who came: one word that is none of them is a topic.
  if (
    context.attendees.length > 0 &&
    names.some((name) => !/\s/.test(name) && !knownTaker(name, context))
  )
    return false;
  return /:\s*$/.test(item.text) || names.every((name) => knownTaker(name, context));
}

/** "Action items (Ana/Ben)", "Next steps [Kim]:": a list's label, then a bracket. */
const LABEL_AND_TAKERS = /^(.{2,40}?)\s*[([]([^()[\]]{1,80})[)\]]\s*:?\s*$/;

const OWED_BY_HEADING = new RegExp(`^${OWED_BY_CUES}\\s+(?:the\\s+)?(.+?)\\s*:?$`, "i");

/** Owners given above the task: a lead-in ("Ines committed to:"), an owner bullet, or a team sub-heading. */
function inheritedOwners({ item, section, context }: TaskWords): PersonRef[] {
  if (item.leadIn) {
    // "Tamsin:" on its own line over the list: the attendee named owns what follows.
    if (isOwnerBullet(item.leadIn, context))
      return toRefs(splitNames(item.leadIn.text.replace(/:\s*$/, "")), context.people);
    // "Ada Lind" over lines of work, in a recorder's export that lists no attendees: a full name.
    const fullName = item.leadIn.text.trim();
    if (
      item.type === "line" &&
      context.attendees.length === 0 &&
      /\s/.test(fullName) &&
      looksLikeName(fullName)
    )
      return toRefs([fullName], context.people);
    const speaker = speakerOf(item.leadIn.text, context.people);
    if (speaker) return toRefs(speaker, context.people);
    // "The support team will:": the lead-in's subject, when it names someone or a group.
    const actors = /:\s*$/.test(item.leadIn.text)
      ? actorsAtStart(item.leadIn.text.replace(/:\s*$/, " "), context.people)
      : null;
    if (actors) return toRefs(actors, context.people);
  }
  if (item.parent && isOwnerBullet(item.parent, context)) {
    return toRefs(splitNames(item.parent.text.replace(/:\s*$/, "")), context.people);
  }
  // "Next steps are: (action item @kim and @ana)" over the list: whoever the aside names.
  for (let parent = item.parent; parent; parent = parent.parent) {
    const aside = ACTION_ITEM_ASIDE.exec(parent.text);
    if (aside) return toRefs(asideTakers(aside).names, context.people);
  }
  // "- **Action items** (Ana/Ben)" over the list: the label, with who takes it in brackets.
  for (let parent = item.parent; parent; parent = parent.parent) {
    const labelled = LABEL_AND_TAKERS.exec(parent.text);
    if (!labelled || !labelsTaskList(labelled[1]!)) continue;
    const names = splitNames(labelled[2]!);
    if (names.length > 0 && names.every((name) => knownTaker(name, context)))
      return toRefs(names, context.people);
  }
  // "## Tasks for Everyone", "### Action items for the platform team": the heading names the owner.
  // "Policy for instructors" is a topic: only a heading that names work says for whom it is.
  const forWhom = /\b(?:for|owned by|assigned to)\s+(.+?)\s*:?$/i.exec(section.heading);
  const workHeading =
    forWhom !== null &&
    (TASK_SECTIONS as readonly string[]).includes(
      headingKind(section.heading.slice(0, forWhom.index)) ?? "",
    );
  if (forWhom && workHeading && section.kind !== "other") {
    const named = splitNames(forWhom[1]!);
    if (
      named.length > 0 &&
      named.every((name) => isGroupName(name) || context.people.resolve(name).attendeeId !== null)
    )
      return toRefs(named, context.people);
  }
  // "## Waiting on Tallow Foods", "## Pending from the vendor": the side that owes the items.
  const owedBy = OWED_BY_HEADING.exec(section.heading.trim());
  if (owedBy && section.kind === "actionItems") {
    const named = splitNames(owedBy[1]!);
    if (
      named.length > 0 &&
      named.every(
        (name) => knownTaker(name, context) || context.people.resolve(name).kind === "organization",
      )
    )
      return toRefs(named, context.people);
  }
  if (section.group) {
    // "Platform - Noor, Tomas": a team sub-heading that names its members owns the tasks below it.
    // "Chloe — due 20 March", "Ben (by Friday)": the deadline for the list is no one's name.
    const group = section.group.replace(GROUP_DEADLINE, "").trim();
    const dash = /^(.*?)\s+[-–—:]\s+(.+)$/.exec(group);
    const named = parsePeopleList(dash ? dash[2]! : group).map((person) => person.name);
    const accepted = dash
      ? named.every((name) => namesSomeone(name, context.people))
      : named.every((name) => context.people.resolve(name).attendeeId !== null);
    if (named.length > 0 && accepted) return toRefs(named, context.people);
    // "### All", "### Olu + Finn": a group, or names beside sub-headings that name owners.
    const heads = dash ? [] : splitNames(group);
    if (
      ownsAsHeading(heads, context) ||
      (heads.length > 0 && heads.every(isNameShaped) && ownerHeadingsAround(section, context))
    )
      return toRefs(heads, context.people);
  }
  // "## Kim" over "### What will you work on this week?", or over the to-dos themselves: the
  // person whose part of the notes it is.
  for (const above of [section, ...enclosingSections(section, context.sections)]) {
    const heading = above.heading.replace(/\s*\([^()]*\)\s*$|[:\s]+$/g, "");
    if (heading && context.people.resolve(heading).attendeeId !== null)
      return toRefs([heading], context.people);
  }
  return [];
}

/** The sections a section is nested under, nearest first. */
function enclosingSections(section: RawSection, sections: readonly RawSection[]): RawSection[] {
  const index = sections.indexOf(section);
  const found: RawSection[] = [];
  let depth = section.depth;
  for (let at = index - 1; at >= 0 && depth > 1; at--) {
    const candidate = sections[at]!;
    if (candidate.preamble || candidate.depth >= depth) continue;
    found.push(candidate);
    depth = candidate.depth;
  }
  return found;
}

/** "### Kim", "### All", "### Kim + Ben" over tasks: attendees or a group of people ("### Infrastructure" names a topic as often as a team). */
function ownsAsHeading(names: readonly string[], context: ExtractContext): boolean {
  return (
    names.length > 0 &&
    names.every((name) => context.people.resolve(name).attendeeId !== null || isGroupOfPeople(name))
  );
}

/** "Marta", "Olu Bakare": one to three capitalised words, as a person is headed. */
function isNameShaped(name: string): boolean {
  return (
    /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(name) &&
    headingKind(name) === null &&
    !isNotNameWord(name)
  );
}

/**
 * Whether the sub-headings beside this one head their tasks by owner: one of them names attendees
 * or a group ("### All" beside "### Marta" and "### Finn", in a note whose attendees are listed by
 * handle). A name-shaped sub-heading among topics ("### Docs" beside "### Infrastructure") stays
 * a topic.
 */
function ownerHeadingsAround(section: RawSection, context: ExtractContext): boolean {
  const { sections } = context;
  const at = sections.indexOf(section);
  const sibling = (other: RawSection | undefined) =>
    other !== undefined && other.group !== null && other.depth === section.depth;
  let first = at;
  while (sibling(sections[first - 1])) first--;
  let last = at;
  while (sibling(sections[last + 1])) last++;
  return sections
    .slice(first, last + 1)
    .some(
      (other) =>
        other !== section &&
        ownsAsHeading(splitNames(other.group!.replace(GROUP_DEADLINE, "").trim()), context),
    );
}

/** "By 12/11 — Rina grants access", "Before Friday, Ana sends the deck": by when, set apart as a label is. */
const WHEN_THEN_DASH = /^((?:by|before|until|due)\s+[^—–,:]{1,25}?)\s*(?:[—–]|\s-\s|,)\s*(\S.*)$/i;

function whenBeforeDash(text: string): { label: string; value: string } | null {
  const dashed = WHEN_THEN_DASH.exec(text);
  return dashed && mayNameADate(dashed[1]!) ? { label: dashed[1]!, value: dashed[2]! } : null;
}
