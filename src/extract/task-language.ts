import type { Item } from "../parse/sections.js";
import {
  ACTION_LABELS,
  ARROWS,
  DONE_WORDS,
  INQUIRY_VERBS,
  MONTH_WORD,
  TIME_AWAY,
} from "../util/lexicon.js";
import { fold, NOT_AFTER_ABBREVIATION } from "../util/strings.js";

/** Verbs a task usually opens with, in the imperative ("Write the report", "Set up access"). */
const IMPERATIVE_VERBS = new Set(
  `add address adjust align analyse analyze announce apply approve archive arrange ask assess assign audit automate backport begin
  benchmark book brief build bump buy call cancel capture change check circle clarify clean close coordinate collect communicate
  compile complete configure confirm connect consider consolidate contact continue convert copy correct create cross-check decide decommission
  decrease define delete deliver deploy deprecate design determine disable discuss document double-check draft drive email enable
  dump e-mail edit ensure escalate estimate evaluate examine expand explain explore extend file fill finalise finalize find fix follow forward gather
  get give handle help hire identify implement improve include increase inform install integrate introduce investigate invite
  jumpstart keep kick label launch lead learn limit link list log look make map measure meet mention merge migrate monitor move notify
  offer onboard open order organise organize outline pair patch pick ping plan poke post prepare present prioritise prioritize
  produce promote propose prototype provide publish pull push put raise reach read rebuild record reduce refactor refine register
  release remind remove rename reopen replace reply report request research reserve resolve respond restart restore resume retry
  return review revisit revise rewrite rollback rotate run schedule scope secure seek send set setup share ship show sign simplify sort
  speak specify split standardise standardize start stop streamline submit summarise summarize support switch sync take talk tell
  test track train transfer triage try turn unblock update upgrade upload use validate verify visit wait watch work wrap write
  allocate attend bring circulate commit compare contribute develop distribute encourage establish facilitate formalise formalize
  generate hold host inspect interview join maintain manage nominate obtain perform pilot procure purge pursue reconcile recruit
  reproduce rerun reset revert rework scan select solicit stabilise stabilize survey translate troubleshoot tune
  finish stay receive roll refresh print instruct advise minimize minimise maximize maximise
  combine debug demo fetch polish sketch animate clone code draw export import figure-out come-up
  liaise chase approach consult negotiate renew retire pay reimburse invoice backfill offboard
  attach calculate choose clear cut digitise digitize engage locate paint populate purchase rebase
  reorganise reorganize repair resubmit settle supply tidy tweak issue process refund waive
  repeat prune rebalance reroute reschedule retest retrain deduplicate dedupe enforce extract harden
  mute silence throttle trim unify wipe acknowledge adopt assemble brainstorm compose conduct
  craft delegate demonstrate enroll iterate mentor phone prep rehearse reject relaunch rephrase reword
  shorten swap tighten widen download sunset revoke provision`
    .split(/\s+/)
    .filter(Boolean),
);

/** Prefixes that mark a line as something other than a task ("PLAN:", "DECISION:", "NOTE:"). */
export const NON_TASK_PREFIX =
  /^(?:plan|decision|decided|agreed|note|notes|fyi|info|question|idea|resolved)\s*:\s*/i;

/** "→ Kim: draft the notice", "-> Ilse to call": an arrow that marks an outcome; the words after it are read. */
export const ARROW_LEAD = new RegExp(String.raw`^(?:${ARROWS}|»|›)\s*`);
/** "#3 Chloe to draft the FAQ", "[2] Chloe to ...", "(2) ...", "2.1 ...": the number of the item or topic, before its words. */
export const NUMBER_LEAD =
  /^(?:#\d{1,3}[.:)]?|\[\d{1,3}\]|\(\d{1,3}\)|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)/;

/** "None", "No action items", "No objections", "No progress on AP1", "No time for now: ...". */
export const NO_WORK =
  /^(?:none|n\/?a|nothing|no (?:new |open )?(?:action items?|actions|tasks|items)|no (?:objections?|progress|updates?|news|changes?|blockers?|comments?|time(?: for now)?|decision|consensus))(?![\p{L}\d])/iu;

/** "Done: deployed the fix" in a task list: a task already finished. */
export const DONE_PREFIX = new RegExp(`^${DONE_WORDS}\\s*:\\s*`, "i");

/**
 * "... — done", "... (completed)", "... [DONE]", "...: done 3/10", "... ✅": a status closing the
 * item says the work is over. "Check whether it is done" asks; the status is set apart. In a
 * bracket the state may say when ("(closed 3/2)", "(done in Sprint 4)"); "(closed division and
 * rules)" is a part of the work's words.
 */
export const DONE_SUFFIX = new RegExp(
  `\\s*(?:[–—-]\\s*${DONE_WORDS}|\\(${DONE_WORDS}(?:\\s+(?=\\d|(?:on|in|as of|during|at|before|after|since|via|per|with|earlier|today|yesterday|already|last|this|early|mid|end|${MONTH_WORD})\\b)[^()]{1,30})?\\)|\\[${DONE_WORDS}\\]|[:,;]\\s*${DONE_WORDS}(?:\\s+(?:on\\s+)?[\\d/.-]{3,10})?|\\s[✅✔☑✓]\\uFE0F?)\\.?\\s*$`,
  "iu",
);

/** "... - **TODO**", "... (to do)": a status closing the item that says the work is still open. */
export const OPEN_SUFFIX = /\s*(?:[–—-]\s*to-?\s?do|\(to-?\s?do\))\.?\s*$/i;

export function isImperativeVerb(word: string): boolean {
  return IMPERATIVE_VERBS.has(fold(word));
}

/** Verbs whose order takes "of" straight after them: "Dispose of the old disks". */
const VERBS_BEFORE_OF = /^(?:dispose|think|approve|speak|make)$/i;

const VERB_PREFIX = /^(?:re|pre|un|de|dis|mis|over|under|up)-(\p{L}{2,})$/iu;

/**
 * "re-enable", "resend", "replay": a verb done again, its prefix set off or not. Only "re" is
 * taken unhyphenated: "resend" is "send" again, while "un" + "der" or "de" + "sign" would be
 * other words.
 */
export function isRedoneVerb(word: string): boolean {
  const stem = VERB_PREFIX.exec(word)?.[1] ?? /^re(\p{Ll}{3,})$/u.exec(word)?.[1];
  return stem !== undefined && IMPERATIVE_VERBS.has(fold(stem));
}

export function opensWithImperative(text: string): boolean {
  const first = /^[^\p{L}]*([\p{L}-]+)(?:\s+([\p{L}]+))?/u.exec(text);
  if (!first) return false;
  // "Review of last year's topics", "Update of the roadmap": the verb's noun, naming a talk.
  if (first[2]?.toLowerCase() === "of" && !VERBS_BEFORE_OF.test(first[1]!)) return false;
  // "Update on the dashboard", "Recap from the offsite": the news a speaker brings ("Report on
  // the options" may be an order).
  if (first[2] && /^(?:on|from|about)$/i.test(first[2]) && NEWS_NOUNS.test(first[1]!)) return false;
  // "Pilot starts 21 Sept", "Launch moves to May": a thing, and what it does, not an order.
  if (first[2] && THING_DOES.test(first[2])) return false;
  // "use cases for the export", "Call notes": a noun of two words whose first is a verb.
  if (first[2] && NOUN_PAIRS.test(`${first[1]} ${first[2]}`)) return false;
  // "Test data is loaded", "Build pipeline work is ready": a thing named by a verb's noun, then
  // what it is; an order's object would follow the verb ("Check the build is green").
  const thing = THING_IS.exec(text);
  if (thing && !CLAUSE_TAKERS.test(thing[1]!) && !OBJECT_OPENERS.test(thing[2]!.trim()))
    return false;
  // "Double check the logs", "Cross check the totals": a compound verb written apart.
  // "Re-run the job", "Pre-fill the form": a verb with its prefix set off.
  const prefixed = VERB_PREFIX.exec(first[1]!);
  return (
    IMPERATIVE_VERBS.has(fold(first[1]!)) ||
    (!!first[2] && IMPERATIVE_VERBS.has(fold(`${first[1]}-${first[2]}`))) ||
    (!!prefixed && IMPERATIVE_VERBS.has(fold(prefixed[1]!)))
  );
}

const NOUN_PAIRS = /^(?:use cases?|call notes)$/i;
const THING_IS =
  /^[^\p{L}]*([\p{L}-]+)((?:\s+[\p{L}\d][\p{L}\d'’-]*){1,2})\s+(?:is|are|was|were|has been|have been|looks|seems)\s/iu;
/** Verbs whose object may be a clause of its own: "Confirm pricing is final". */
const CLAUSE_TAKERS =
  /^(?:check|verify|confirm|ensure|make|validate|double-check|see|note|say|tell|ask|find|figure|decide|determine|clarify)$/i;
/** "Check the build is green", "Ask if it is ...": the words that open an order's object. */
const OBJECT_OPENERS =
  /^(?:the|a|an|that|this|these|those|our|your|their|his|her|its|my|if|whether|why|how|what|when|who|which|all|every|each|any|some|it|they|we|you|he|she)\b/i;
const NEWS_NOUNS = /^(?:updates?|recaps?)$/i;

/** Verbs of a thing's course after its name: a plural noun cannot be written so ("Review comments"). */
const THING_DOES =
  /^(?:starts|begins|ends|moves|slips|stays|remains|happens|continues|goes|seems|looks|kicks|lands|resumes|finishes)$/i;

/**
 * "Everyone should be able to vote", "each of us should have a chance to weigh in": what
 * people may do, not work given to them.
 */
const ABILITY_OR_CHANCE =
  "(?:should|will|shall|must) (?:(?:all|also|still) )?(?:be able to|have (?:a|the|an|every) (?:chance|opportunity) to|get (?:a|the|an) (?:chance|opportunity) to)";

/**
 * A refusal, a wish, an absence or a guess where a promise would stand: "will not", "won't",
 * "would like", "will be on leave", "will be out", "will likely hit a snag".
 */
const REFUSALS_AND_WISHES = `will not|won['’]t|(?:will|['’]ll) (?:likely|probably|possibly|perhaps|maybe)\\b|wouldn['’]t|would(?: like| love| prefer| be)|it would|(?:will be|is|are|['’]s|['’]re) (?:out|away|off|absent|unavailable|travell?ing|on ${TIME_AWAY})|${ABILITY_OR_CHANCE}`;

/**
 * "Kim will check whether the grant covers travel", "Ilse to ask if we can move the call": a
 * question someone takes away to answer is work; "whether" or "if we" without such a verb before
 * it is a condition or a doubt ("Not sure whether Kim will join").
 */
const UNASKED = `(?<!\\b${INQUIRY_VERBS}(?:\\s+[\\w'’-]+){0,5}\\s+)`;

/** Not a commitment: refusals, wishes, questions, votes, conditions, speculation. */
export const NOT_A_PROMISE = new RegExp(
  `\\b(?:${REFUSALS_AND_WISHES}|${UNASKED}(?:could|might)|may be|${UNASKED}(?:if we|whether)|unless|not sure|no need|don['’]t need|will see(?! to\\b)|['’]ll see(?! to\\b)|will be (?:held|at|in(?! charge)|on)|will take place|will happen|will have to wait|which (?:was|were|has been|have been|got) (?:already (?:resolved|done|completed|fixed|addressed|handled|finished)|(?:resolved|done|completed|fixed|addressed|handled|finished) (?:immediately|right away|on the spot|already|during the (?:meeting|call)|in the (?:meeting|call))))\\b`,
  "i",
);

/**
 * "Kim will not join the offsite", "Ilse would like fewer meetings", "Kim will be on leave from
 * May 3", "@kim is on PTO Friday": the subject takes no work.
 */
const SUBJECT_DECLINES = new RegExp(
  `^(?:@?[\\p{L}][\\p{L}'’.-]*\\s+){1,3}?(?:${REFUSALS_AND_WISHES})\\b`,
  "iu",
);

export function declinesWork(text: string): boolean {
  return SUBJECT_DECLINES.test(text);
}

/**
 * Verbs that make no task after "will" / "to": "will be", "to have", "to know", and verbs of what
 * happens rather than what someone does ("will change over the year", "will depend on the vendor").
 */
export const EMPTY_VERBS = new Set(
  [
    "be being been have has had know think feel want like love see seem look get become remain stay need",
    "evolve vary depend happen occur differ expire matter exist suffice",
    // "Storage will exceed the quota", "It will last a week", "Support will end in May": what a
    // thing will do, not work.
    "rise fall exceed last cost peak end",
    // "The importer will silently fail on a trailing slash": what software does.
    "fail crash succeed",
  ]
    .join(" ")
    .split(" "),
);
/** "Bertrand will depend on the vendor": a subject, its modal, then a verb that sets no work. */
const SUBJECT_MODAL =
  /^[^.;:,]{1,60}?\s(?:will|shall|should|must|['’]ll|to)\s+(?:\p{L}+ly\s+)?(\p{L}+)/u;

/**
 * "The team will grow to six people", "Costs will double by March": a size that changes, with no
 * object; "Pim will grow the community" still does something to a thing.
 */
const SIZE_VERBS = new Set(["grow", "shrink", "double", "triple", "halve", "increase", "decrease"]);

export function changesSizeOnly(verb: string, after: string): boolean {
  return (
    SIZE_VERBS.has(verb.toLowerCase()) &&
    /^\s*(?:$|[.;,]|(?:to|by|from|in|over|during|after|next|this|again|slightly|significantly)\b)/i.test(
      after,
    )
  );
}

export function promisesNothing(text: string): boolean {
  const match = SUBJECT_MODAL.exec(text);
  const verb = match?.[1]?.toLowerCase();
  if (match && verb && changesSizeOnly(verb, text.slice(match.index + match[0].length)))
    return true;
  if (!match || !verb || !EMPTY_VERBS.has(verb)) return false;
  return !findsOut(verb, text.slice(match.index + match[0].length));
}

/**
 * "will see if we can ...", "will look into the logs": finding something out is work; so is
 * answering ("will get back to you", "is going to get back to us about it", "will get in touch").
 */
export function findsOut(verb: string, after: string): boolean {
  const next = /^\s*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? "";
  return (
    (verb === "see" && (next === "if" || next === "whether")) ||
    (verb === "look" && (next === "into" || next === "at" || next === "over")) ||
    (verb === "get" &&
      (/^\s+(?:back\b|in (?:touch|contact)\b|to (?:us|you|them|him|her|me)\b)/i.test(after) ||
        // "to get a meeting room", "will get the quotes", "to get two quotes", "to get Ada's
        // sign-off", "will get us the logs": obtaining a thing, for whoever, is work; "get a
        // chance", "get better", "get us started" are not.
        /^\s+(?:(?:us|you|them|him|her|me)\s+)?(?:(?:a|an|the|some|our|their|his|her|this|that|these|those|\d+|two|three|four|five|several|new|\p{Lu}\p{L}*['’]s)\s+(?!(?:chance|opportunity|sense|feeling|idea|look|break|days?|weeks?|months?|years?|hours?|minutes?)\b)\p{L}|(?:feedback|approval|quotes?|sign-?off|access|buy-in|input|estimates?)\b)/iu.test(
          after,
        ) ||
        // "will get legal to review the DPA", "get the vendor to confirm": having others do it.
        getsOthersTo(after)))
  );
}

function getsOthersTo(after: string): boolean {
  const causing = /^\s+((?:[\p{L}'’-]+\s+){1,3}?)to\s+(\p{Ll}+)/u.exec(after);
  return (
    causing !== null &&
    !/\b(?:used|close|closer|around|round|back|down|up|through|over|on|ready|started)\s+$/i.test(
      causing[1]!,
    ) &&
    isImperativeVerb(causing[2]!)
  );
}

/**
 * "Kim to present the roadmap", "Ilse will give an update on hiring": who speaks in an agenda slot.
 * On an agenda it names the slot's speaker; the talk happens in the meeting, it is not work after it.
 */
export function speaksInSlot(text: string): boolean {
  // "will give an update"; "will give it a quick read" is work. "Will update the group" speaks to
  // it, "will update the roadmap page" changes a thing.
  return /\b(?:to|will)\s+(?:present|demo|talk|give\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:update|talk|presentation|overview|demo|intro(?:duction)?|report|summary)|walk|introduce|share|report|discuss|lead|show|speak|update(?!\s+(?:the|our|their|its|this|that|these|those|a|an)\s+(?!(?:group|team|committee|board|room|meeting|members|council|everyone|all|us|them)\b)))\b/i.test(
    text,
  );
}

/** Reports of what happened ("Removed the node pool", "was deployed", "Done") are not tasks. */
export function readsAsReport(text: string): boolean {
  const first = /^[^\p{L}]*([\p{L}-]+)/u.exec(text)?.[1]?.toLowerCase() ?? "";
  if (
    /^(?:done|completed|finished|fixed|resolved|merged|shipped|deployed|removed|approved|added|created|updated|moved|migrated|released|closed|started|began|continued|tried|called|adjourned|convened)$/.test(
      first,
    )
  )
    return true;
  // "CI runners upgraded (@pim)", "Backups restored": a thing and what was done to it, with who
  // did it in brackets, is a status line. "Get the cert renewed" opens with the work.
  const stated = text.replace(/\s*\([^()]*\)\s*\.?$/, "").trim();
  if (
    THING_THEN_PARTICIPLE.test(stated) &&
    stated.split(/\s+/).length <= 6 &&
    !/\b(?:need|needs|needed|required|requested|wanted|expected|planned|proposed|suggested|recommended|scheduled|should|must|will|to|please|get|have|has|had|be)\b/i.test(
      stated,
    ) &&
    !opensWithImperative(stated)
  )
    return true;
  // "The team was able to split the work": what could be done, and was.
  if (/\b(?:was|were) able to\b/i.test(text) && !/\b(?:will|should|must|need|needs)\b/i.test(text))
    return true;
  // "Rob has been tasked with the guide", "Kim was assigned the refund": work given, not done.
  return (
    /\b(?:was|were|has been|have been) (?!(?:tasked|assigned)\b)(?:\w+ed|done|built|made|sent|set up)\b/i.test(
      text,
    ) && !/\b(?:need|needs|should|must|will|to)\b/i.test(text)
  );
}

const THING_THEN_PARTICIPLE =
  /^[\p{L}\d][\p{L}\d'’ -]{0,50}\s(?:\p{L}{2,}ed|done|built|sent|set up|made|written|taken|given|paid|run)$/u;

/** Past forms that do not end in "-ed". */
const IRREGULAR_PAST = new Set(
  "sent wrote built made ran took gave met spoke told found held did got began brought bought paid put set shut led left kept".split(
    " ",
  ),
);
/**
 * Past participles that do not end in "-ed", as a state is reported ("has been dealt with", "is
 * done"): beside IRREGULAR_PAST, the forms that differ from it ("written", "taken", "given").
 */
export const IRREGULAR_PARTICIPLES =
  "dealt|done|made|sent|built|held|kept|met|paid|set|written|taken|given|found|brought|told|shut|put";
const PAST_AS_BASE = new Set(["put", "set", "shut", "cut", "let"]);
/** What follows a past-tense verb that reports work: "deployed *the* fix", "emailed *them*". */
const OBJECT_START =
  /^(?:the|a|an|our|their|his|her|its|my|your|it|them|him|us|up|out|with|on|in|all|both|\d)\b/i;

/** "sent", "reviewed", "shipped", "verified": the past of a verb a task can open with. */
function isPastOfTaskVerb(word: string): boolean {
  const folded = fold(word);
  if (IRREGULAR_PAST.has(folded)) return true;
  if (!folded.endsWith("ed")) return false;
  const stems = [
    folded.slice(0, -2),
    folded.slice(0, -1),
    `${folded.slice(0, -3)}y`,
    folded.slice(0, -3),
  ];
  return stems.some((stem) => stem.length > 1 && IMPERATIVE_VERBS.has(stem));
}

/** "bringing", "making", "planning": the progressive of a verb a task can open with. */
export function isProgressiveOfTaskVerb(word: string): boolean {
  const folded = fold(word);
  if (!folded.endsWith("ing")) return false;
  const stem = folded.slice(0, -3);
  const stems = [stem, `${stem}e`, /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : stem];
  return stems.some((candidate) => candidate.length > 1 && IMPERATIVE_VERBS.has(candidate));
}

/**
 * "Deployed the hotfix on March 4", "Kim sent the contract on Monday": an item of a task list that
 * reports work already done. Its date is when that happened, never a deadline.
 */
export function reportsFinishedWork(text: string): boolean {
  const withoutNames = text.replace(
    /^(?:@?\p{Lu}[\p{L}'’.-]*\s+(?:(?:&|and)\s+)?){1,4}(?=\p{Ll})/u,
    "",
  );
  return [text, withoutNames].some((candidate) => {
    const opening = /^[^\p{L}]*([\p{L}]+)\s+(\S.*)$/u.exec(candidate);
    if (!opening || !isPastOfTaskVerb(opening[1]!) || !OBJECT_START.test(opening[2]!)) return false;
    // "Set up the portal", "Put the slides online": written the same as the imperative, the
    // verb reports work only after someone's name ("Kim set up the portal").
    return candidate !== text || !PAST_AS_BASE.has(fold(opening[1]!));
  });
}

/**
 * Roles given rather than work: "Kim will serve as chair", "Ilse will be the release manager",
 * "Ana stays on as secretary". The appointment is a decision; nothing in it is due.
 */
export function readsAsAppointment(text: string): boolean {
  return /\b(?:will|to|shall|['’]ll)\s+(?:(?:serve|sit)\s+on\s+(?:the|a|an|our)\b|join\s+(?:the|our)\s+(?:[\w&-]+\s+){0,3}(?:committee|board|council|panel|jury|working group|steering group)\b|(?:serve|act|continue|stay(?: on)?|remain)\s+as|be\s+(?:the|our|a|an)\s+(?:new\s+|interim\s+|acting\s+)?(?:chair|co-?chair|lead|host|facilitator|secretary|scribe|note-?taker|release manager|point of contact|liaison|moderator|representative|maintainer)\b)/i.test(
    text,
  );
}

/**
 * "we reconvene on Friday", "the team meets again next week", "The group agreed to meet again on
 * 16 December": when the group meets, not work.
 */
const MEETING_AGAIN =
  /^(?:we|all|everyone|the (?:group|team|committee|board|council|panel|members))\s+(?:(?:will|shall|agreed to|agree to|decided to|plan to|are to|is to)\s+)?(?:meet|meets|reconvene|reconvenes|regroup|regroups|get together|gets together)\b/i;

export function meetsAgain(text: string): boolean {
  return MEETING_AGAIN.test(text);
}

/** "Need to post the minutes", "cleanup needed", "should be reviewed": work still to do, whoever does it. */
export function expressesNeed(text: string): boolean {
  return (
    /\b(?:needs? to|needed|must|has to|have to|to be done)\b/i.test(text) ||
    /^need\b/i.test(text.trim())
  );
}

/** Only a link or an address: a reference belonging to the item before it. */
const POINTER_WORDS =
  /^(?:(?:are|is)\s+)?(?:see|at|in|on|(?:kept|tracked|listed) (?:in|at|on))\s+/i;
const SEE_ELSEWHERE =
  /^(?:see|refer to)\s+(?:below|above|attached|(?:the|our)\s+(?:\S+\s+)?(?:board|doc(?:ument)?|notes|page|list|tracker|sheet|spreadsheet|issues?|tickets?|link|wiki)\b)/i;

/**
 * After an action label, "https://…", "see <https://…>", "are tracked in …", "see the board": where
 * the work is kept, not work.
 */
export function pointsElsewhere(afterLabel: string): boolean {
  const words = afterLabel.trim();
  return isOnlyLink(words.replace(POINTER_WORDS, "")) || SEE_ELSEWHERE.test(words);
}

export function isOnlyLink(text: string): boolean {
  return /^(?:<?https?:\/\/\S+>?|\[[^\]]*\]\([^)]*\))$/.test(text.trim());
}

/**
 * The statement of a task without its explanation: the first sentence of a long item (two when the
 * first only asks a question), so that "Decrease the timeout. 10 minutes is too long ..." reads as
 * the task it is. The rest is kept as details.
 */
const TASK_SENTENCE_BREAK = new RegExp(
  String.raw`(?<=[.!?])${NOT_AFTER_ABBREVIATION}\s+(?=[\p{Lu}*_"'(@\d])`,
  "u",
);

export function splitTaskText(text: string): { text: string; details: string | null } {
  const words = text.split(/\s+/).length;
  if (words <= 25) return { text, details: null };
  const sentences = text.split(TASK_SENTENCE_BREAK);
  if (sentences.length < 2) return { text, details: null };
  const take = sentences[0]!.trim().endsWith("?") && sentences.length > 2 ? 2 : 1;
  const head = sentences.slice(0, take).join(" ");
  const rest = sentences.slice(take).join(" ").trim();
  return { text: head, details: rest || null };
}

/** "We are working on adding ...", "we're in the process of moving ...": work under way, promised. */
const WE_UNDER_WAY =
  /^we(?:\s+are|['’]re)\s+(?:(?:also|now|currently|actively|still)\s+)?(?:working on|in the process of)\s+\p{L}+ing\b/iu;
/**
 * "The reliance on the API will be removed", "Tokens will be scoped to one project": a planned
 * change said of the thing it changes, by a verb that changes a system rather than describes how
 * it runs ("Backups will be created every two hours"). Not of "it", "this" or "there", which
 * point back at the story, and not "no X", which promises nothing.
 */
const PLANNED_CHANGE = new RegExp(
  `^(?!(?:it|this|that|there|no|none|nothing)\\b)[\\p{L}\\d"'’/-]+(?:\\s[\\p{L}\\d"'’/-]+){0,12}?\\s+will\\s+(?:also\\s+|now\\s+)?be\\s+(?:${[
    "removed|added|replaced|migrated|moved|rewritten|updated|upgraded|improved|documented|automated",
    "deprecated|rotated|revoked|enabled|disabled|implemented|introduced|extended|expanded|reviewed",
    "audited|scanned|scoped|fixed|reworked|redesigned|refactored|restricted|limited|tightened|hardened",
    "consolidated|retired|decommissioned|archived|enforced|increased|reduced|monitored|tested|changed",
  ].join("|")})\\b`,
  "iu",
);

/** A change an incident review promises without saying who makes it (see the two shapes above). */
export function plansChange(text: string): boolean {
  return WE_UNDER_WAY.test(text) || PLANNED_CHANGE.test(text);
}

/** "Kim:", "Ana and Ben:": who the lines below are for, with no work of its own. */
export const LABEL_OVER_LINES = /^[^\s:]+(?:\s+(?:and|&)\s+[^\s:]+)?\s*:$/u;

/** "take it on", "pick this up", "follow up", "lead", "handle it", "confirm": taking work on without saying which. */
export const TAKING_IT_ON =
  "(?:take(?: (?:it|this|that))? on|pick (?:it|this|that) up|follow[- ]?up(?: on (?:it|this|that))?|lead(?: (?:it|this|that))?|handle(?: (?:it|this|that))?|investigate(?: (?:it|this|that))?|help(?: with (?:it|this|that))?|take care of (?:it|this|that)|(?:own|do|drive|action|look into|fix|check|confirm|verify|test|review|chase) (?:it|this|that)|(?:own|drive|check|confirm|verify|test|chase|find out|clarify|sort (?:it|this|that) out))";

/** "to take it on", "will pick this up", "will follow up": a taker's words that leave out what they take. */
export const TAKES_IT_ON_WITHOUT_OBJECT = new RegExp(
  `\\b(?:to|will|shall|['’]ll)\\s+${TAKING_IT_ON}\\s*[.!]?$`,
  "i",
);

/**
 * "Yes, will do tomorrow", "Sure, I'll take it", "On it": an answer that takes on what was asked,
 * and may say by when.
 */
export const TAKES_THE_REQUEST =
  /^(?:(?:yes|yep|yeah|sure|ok|okay|absolutely|of course)[,!.]?\s*)?(?:will do|can do|on it|i will|i can|i['’]ll do (?:it|that|this)|i['’]ll take (?:it|that|this)|i can do (?:it|that|this))(?:\s+(?:by|before|until|today|tonight|tomorrow|this|next|on|end of)\b[^.!?]{0,40})?[.!]?$/i;

/** Words that make work a promise ("Acme committed to ...", "we guarantee ..."): a commitment, not an action item. */
export const PROMISE_WORDS =
  /\b(?:committed to|commits to|promised|promises to|guaranteed?|guarantees|pledged|assured)\b/i;

/**
 * "A: Ana to send the SOW", "[D] Annual plan", "(I) Globex moves in Q3": an item's type, one
 * letter; "A (Odile): update the runbook" names the taker in a bracket after it.
 */
const TYPE_MARK = /^[[(]?([ADINQRT])[\])]?(?:\s*\(([^()]{1,40})\))?\s*:?\s+(?=\S)/;
/** The letters that mark an action or a task. */
export const ACTION_TYPES = /^[AT]$/;

/**
 * In a list that marks each item's type with one letter (A for an action, D a decision, I
 * information, ...), each marked item's letter and the words after it. One letter alone says
 * nothing: the list must mark at least two items with two different letters, one of them an action.
 */
export function typedItems(
  items: readonly Item[],
): Map<Item, { letter: string; rest: string; taker: string | null }> {
  const marked = items.flatMap((item) => {
    const mark = item.type === "list-item" ? TYPE_MARK.exec(item.text) : null;
    // "A: ..." needs its colon or brackets: "A new plan" is a sentence.
    return mark && /[:\])]/.test(mark[0])
      ? [{ item, letter: mark[1]!, rest: item.text.slice(mark[0].length), taker: mark[2] ?? null }]
      : [];
  });
  const letters = new Set(marked.map((entry) => entry.letter));
  const typed = new Map<Item, { letter: string; rest: string; taker: string | null }>();
  if (marked.length < 2 || letters.size < 2 || !(letters.has("A") || letters.has("T")))
    return typed;
  // "Q (Ana): ..." over "A (Kim): ...": questions and their answers, not an action among types.
  if ([...letters].every((letter) => letter === "Q" || letter === "A")) return typed;
  for (const { item, letter, rest, taker } of marked) typed.set(item, { letter, rest, taker });
  return typed;
}

/** "[03-26 02:50] ...", "11:13 - ...", "02:50 UTC: ...": a log entry of what happened, never a task. */
export const TIMESTAMP_LEAD =
  /^\[?(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?[ T,]+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|utc|gmt|[a-z]{2,4}t)?\]?\s*[-–—:|]?\s/i;
const MARKED_ACTION = new RegExp(`^${ACTION_LABELS}\\b`, "i");

/**
 * "14:20 ACTION Kim — page the DBA", "[09:05] TODO Kim check the backups": a log's time before an
 * action label says when it was said, not by when: the words from the label on.
 */
export function withoutStampBeforeAction(words: string): string {
  const stamp = TIMESTAMP_LEAD.exec(words);
  return stamp && MARKED_ACTION.test(words.slice(stamp[0].length))
    ? words.slice(stamp[0].length)
    : words;
}
