import type { Task } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { setForNextMeeting } from "../resolve/next-meeting-deadlines.js";
import { closestAttendee, editDistance } from "../util/closest-name.js";
import {
  ARROWS,
  ASKING_VERBS,
  DEADLINE_CUES,
  DUE_FIELD_LABELS,
  MONTH_WORD,
  VOLUNTEER_WORDS,
  WILL_ADVERBS,
} from "../util/lexicon.js";
import {
  isGroupName,
  isGroupOfPeople,
  isHandle,
  isInitials,
  isRoleText,
  looksLikeName,
  namesAnyone,
  namesNobody,
} from "../util/names.js";
import { fold, NOT_AFTER_ABBREVIATION, squash, unclosedBracket } from "../util/strings.js";
import { buildTask, type TaskInput } from "./build-task.js";
import { closingDeadline } from "./closing-deadline.js";
import { type ExtractContext, scheduleOf } from "./context.js";
import { underDone } from "./inline-actions.js";
import {
  CHAT_TIME,
  type FactKey,
  factKey,
  isStandUpEntry,
  itemLabel,
  plainLabel,
  TAGGED_NAME,
} from "./labels.js";
import { AGREED_LEAD, ownerClauses, REPORTED_TAKER, reportedAsWill } from "./owner-clauses.js";
import { isLikelyVerb, opensWithSureVerb } from "./part-of-speech.js";
import {
  actorsAtStart,
  askedToDo,
  capitalizeTakers,
  doersAtStart,
  isWriter,
  namesOthersToo,
  namesRole,
  namesSomeone,
  ownersByVerb,
  presentTenseDoers,
  promisersAtStart,
  splitNames,
} from "./people-in-text.js";
import {
  ARROW_LEAD,
  changesSizeOnly,
  EMPTY_VERBS,
  expressesNeed,
  findsOut,
  isImperativeVerb,
  isProgressiveOfTaskVerb,
  LABEL_OVER_LINES,
  meetsAgain,
  NO_WORK,
  NOT_A_PROMISE,
  NUMBER_LEAD,
  opensWithImperative,
  PROMISE_WORDS,
  plansChange,
  pointsElsewhere,
  readsAsAppointment,
  readsAsReport,
  speaksInSlot,
  TAKES_IT_ON_WITHOUT_OBJECT,
  TAKING_IT_ON,
  TIMESTAMP_LEAD,
} from "./task-language.js";
import {
  ASKED_BY_NAME,
  isOwnerBullet,
  knownTaker,
  labelledOwners,
  MAY_HOLD_OWNER_LABEL,
  namedAction,
  ON_IT_LEAD,
  OWNER_LABEL_WORDS,
  ownerAfterThing,
  takerThenOrder,
} from "./task-owners.js";
import { hardWrapped, sameParagraph, wrapsInto } from "./wrapped-lines.js";

/**
 * Work given to someone in running text, sentence by sentence, wherever it stands: "Dan will ask
 * the platform group to wait", "We will add an alert on queue depth", "ACTION Ilse to send the
 * slides", "Kim, please review the draft". Tasks found here carry the extractor name
 * `prose-commitment`, so that users and rules can tell them from tasks written in a task list.
 */

/**
 * Words that open a clause without being part of its subject; "Approved, Ines will file it": the
 * verdict, then who does the work. "Next, Ines will" opens with one; "Next meeting: Ines will
 * host" with a noun's own word.
 */
const FILLER =
  /^(?:(?:also|then|now|and|so|finally|lastly|firstly|secondly|additionally|in addition|furthermore|moreover|however|afterwards|meanwhile|ok|okay|going forward|moving forward|from now on|in (?:the )?future)\b[,:]?\s+|(?:sure|yes|yeah|yep|right|great|absolutely|of course|fine|alright|no problem|definitely|certainly)[,!]\s+(?=(?:I|we)\b)|(?:approved|accepted|agreed|confirmed|decided)[,!]\s+)+/i;
/**
 * "Next, Ines will", "First we", "Next Ines will", "Next up:", "First action:": an order word that
 * opens the clause. Written
 * apart from FILLER because case tells it from a noun's own word ("Next meeting: Ines will host").
 */
const ORDER_WORD =
  /^(?:[Ff]irst|[Ss]econd|[Nn]ext)(?:\s+up)?(?:[,:]\s+|\s+(?=(?:I|we|you|they|he|she)\b|@|\p{Lu}|(?:action(?: items?)?|todo|to-do|tasks?|steps?|AI)\b))/u;

function withoutFiller(clause: string): string {
  return clause.replace(FILLER, "").replace(ORDER_WORD, "").replace(FILLER, "");
}
function whenSaidLast(
  read: string,
  when: string,
  written: string,
  context: ExtractContext,
  strict: boolean,
): Commitment | null {
  const found = readCommitment(
    `${read.replace(/[\s.!]+$/, "")} ${when.replace(/[\s,:]+$/, "")}`,
    context,
    strict,
  );
  return found && { ...found, text: written.replace(/[\s.!]+$/, "") };
}

/** "By 6/20", "by June 20th", "before the 14th", "before the next call": a deadline said first. */
const DATED_BY = String.raw`(?:by|before|no later than)\s+(?:the\s+)?(?:${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?${MONTH_WORD})?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}-\d{2}|next\s+(?:call|meeting|sync|check-in|review))`;
/*
 * "Later today I'll send the rota", "Next week we will publish it": when the work is done, said before
 * who does it. The promise is read after it, and the task keeps it (its deadline).
 */
const WHEN_FIRST = new RegExp(
  String.raw`^(?:(?:later (?:today|tonight|this week)|today|tonight|tomorrow(?: morning| afternoon)?|this (?:afternoon|evening|week)|next week|over the weekend|after (?:the|this) (?:meeting|call)|(?:on |by )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:by|before) (?:the )?end of (?:the )?(?:day|week|month))\b,?\s+|${DATED_BY}\b[,:]?\s+)(?=(?:I|we)\b|I['’]|we['’]|@?\p{Lu})`,
  "iu",
);
/** "Once things are back up we will retrospect": a time clause before the writers' promise, with no comma. */
const WHEN_BEFORE_WE =
  /^(?:once|when|after|as soon as)\s[^,;]{3,80}?\s(?=we\s+(?:will|shall|are going to)\s|we['’]ll\s)/i;
/** The joining words after a hedged clause, before a name that opens the next. */
const HEDGE_THEN_PROMISE = /[,;]\s+(?:but|so|and|yet)\s+(?=@?\p{Lu})/u;

/** "Resolution: we will ...", "**Decision**: Kim to ...": a decision's label over what it assigns. */
const DECISION_LABEL =
  /^(?:resolution|resolved|decision|decided|outcome|conclusion|agreed|agreement|consensus)\s*:\s+(?!that\s)(?=\S)/i;
/** The labels of what a discussion ended in, over work or a verdict. */
const CONCLUSION_LABEL = /^(?:conclusion|outcome|result)\s*:\s+(?=\S)/i;
/** Verbs that state a choice made ("Use the new host", "Keep the old flow"), not work to do. */
const CHOICE_VERB = /^(?:use|keep|stay|adopt|go|stick|leave|continue|accept|reject|approve)\b/i;
/**
 * "The lasting fix is to add a guard", "Our remedy is to move the jobs": the work a review names
 * as its fix, with no one named.
 */
const FIX_IS_TO =
  /^(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:fix|solution|remedy|mitigation)\s+(?:is|will be)\s+to\s+(\p{L}+)/iu;
/**
 * "Agreed that Kim will ...", "It was decided that the team will ...", "It was agreed Kim will
 * ...", "RESOLVED: that the Clerk ...": the decision's content is read.
 */
const DECIDED_THAT =
  /^(?:(?:[Ii]t was|[Ww]e|[Tt]he [\p{L}-]+|[Aa]ll|[Ee]veryone)\s+)?(?:[Aa]greed|[Dd]ecided|[Rr]esolved|[Cc]onfirmed|AGREED|DECIDED|RESOLVED)(?::\s*(?=that\s)|\s+)(?:that\s+|(?=\p{Lu}\p{L}*\s+(?:will|would|should|shall|is to|are to)\s))/u;
/**
 * "ACTION:", "AI -", "TODO" written in capitals with or without a colon, "AI-2:" with its number;
 * "AI-written" is a word.
 * An outliner's "LATER", "DOING", "WAITING" mark a task as its "TODO" does.
 */
const SHOUTED_PREFIX =
  /^(?:(?:ACTION|TODO|TO-DO)(?: [Ii][Tt][Ee][Mm][Ss]?| [Ll][Ii][Ss][Tt])?|AI|AP|(?:LATER|DOING|WAITING)(?=\s+\p{Lu}\p{Ll}+:?\s+\p{Ll}|\s+\p{Ll}))\b(?![-–/]\p{L})(?:\s*[#-]?\d{1,3}(?=\s*[:(]))?\s*(?:\(([^)]*)\))?\s*[:\-–—]?\s*/u;
/** "Kim TODO: ...", "Kim — AP — ...": who, then the mark of an action, then the work. */
const TAKER_BEFORE_LABEL =
  /^(@?\p{Lu}[\p{L}.'’-]*)(\s+(?:[–—]|--?))?\s+(?:ACTION|TODO|TO-DO|AI|AP)(?:\s*:|\s+(?:[–—]|--?))\s+(?:to\s+)?(?=\S)/u;
const SPOKEN_PREFIX = /^(?:action(?: items?)?|todo|to-do)\s*(?:\(([^)]*)\))?\s*:\s*/i;
/** "Follow-up (Greta):": the label gives the work when its bracket names who takes it. */
const FOLLOW_UP_FOR = /^follow[- ]?ups?\s*\(([^)]+)\)\s*:\s*/i;
/** "Action item for Kim to rework the draft": the label, then who is to do what. */
const ACTION_FOR =
  /^(?:an? )?action(?: items?| points?)? (?:for|on)\s+(?=[^\s,;:]+(?:\s+[^\s,;:]+)?\s+to\s)/i;
const NO_ONE = /^(?:nobody|no one|no-one|none of us)$/i;
const SIGNED_WHEN = new RegExp(`\\s+${DEADLINE_CUES}:?\\s+\\S.*$`, "i");

/** "Update the runbook; assigned to Ana": a clause that only says whose the one before is. */
const OWNER_ONLY_LEAD = /^(?:assigned to|owned by|owners?\s*:|assignees?\s*:)\s*/i;

/** "ACTION: Tom", "ACTION: RK, JS by 20/03": a label followed only by who takes the work (and when). */
function signedAfter(
  clause: string,
  before: string,
  context: ExtractContext,
): { names: string[]; when: string } | null {
  // An action label gives the clause before it whatever it says; "owned by" only an order.
  const label =
    SHOUTED_PREFIX.exec(clause) ??
    SPOKEN_PREFIX.exec(clause) ??
    (opensWithImperative(before) ? OWNER_ONLY_LEAD.exec(clause) : null);
  if (!label || label[0].length === clause.length || label[1]) return null;
  const rest = clause.slice(label[0].length).trim();
  const when = SIGNED_WHEN.exec(rest);
  const names = splitNames(when ? rest.slice(0, when.index) : rest);
  return names.length > 0 && names.every((name) => isStrongTaker(name, context) || namesRole(name))
    ? { names, when: when ? when[0] : "" }
    : null;
}
/**
 * "Sure, ", "Yes — ", "OK. ": the answer a speaker gives before taking the work on in the first
 * person ("Yes, to get the names" answers what something is for).
 */
const ANSWER_LEAD = String.raw`(?:[Ss]ure|[Yy]es|[Yy]eah|[Yy]ep|OK|[Oo]k(?:ay)?|[Oo]f course|[Aa]bsolutely|[Cc]ertainly|[Nn]o problem|[Hh]appy to(?: help)?)\s*(?:[,!.;]|\s[–—-])\s*`;
/** " -- ", " — ", " -> ": a dash or an arrow between words. */
const DASH_OR_ARROW = new RegExp(String.raw`\s(?:--|—|–|${ARROWS})\s+(?=\S)`);
/** " - ", " – ", " → ": one dash (a hyphen with spaces round it) or an arrow between words. */
const DASH_OR_ARROW_ONE = new RegExp(String.raw`\s(?:[–—-]|${ARROWS})\s+(?=\S)`);
/** "Party -- ": a topic of a word or two, then a dash typed as two hyphens. */
const TOPIC_THEN_TYPED_DASH = /^(?:\S+\s+){0,2}?\S+\s--\s+(?=\S)/;
/**
 * "Name: will ...", "Name: I'll ...", "(SM): Will ...", "Name - will ...": a speaker label,
 * bracketed or not, then a promise. The verb after it is in lower case: in "Demo - Will Dinsmore",
 * "Will" is a name.
 */
const SPEAKER_PROMISE = new RegExp(
  String.raw`^[([]?(@?[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,2}(?:\s*(?:&|and)\s*@?[\p{L}][\p{L}'’.-]*)?)[)\]]?(?:\s*:|\s+(?<dash>[–—-]))\s+(?:${ANSWER_LEAD}(?=I\b))?(?<said>(?:I\s+)?(?:[Ww]ill|I['’]ll|['’]ll|[Tt]o|has to|have to|needs? to|must)\s+(?:${WILL_ADVERBS}\s+)?(?:be sure to\s+|make sure to\s+)?(?<verb>\p{Ll}\p{L}*))`,
  "u",
);
/**
 * "Next step:", "Follow-ups:", "To do:", "Ask:", "Next steps are to", "Next step is for Kim to",
 * "The plan is for Kim to", "Leaving it with Kim to", "Over to Kim to": a label for the work
 * after it.
 */
const NEXT_STEP =
  /^(?:(?:we|I)\s+(?:are\s+|am\s+)?|we['’]re\s+|I['’]m\s+)?(?:leaving|left|leave)\s+(?:it|this|that|the (?:action|task|follow[- ]?up))\s+with\s+(?=\S+(?:\s+\S+)?\s+to\s)|^over to\s+(?=\S+(?:\s+\S+)?\s+to\s)|^(?:(?:the\s+)?(?:next\s+)?steps?|follow[- ]?ups?|to do|asks?|requests?|the\s+(?=(?:plan|idea|intention)\s+is\s+for\b)(?:plan|idea|intention))\s*(?::|(?:is|are|will be)\s+(?:to\b|for\b(?=\s+\S+(?:\s+\S+)?\s+to\s))|(?:include|includes|will include|are|will be)\s+(?=\p{Ll}+ing\b))\s*/iu;
/**
 * "scheduling a follow-up", "sharing the quote": work named by its gerund after a label of next
 * steps, kept as written. Waiting, hoping or thinking is no work to do.
 */
const GERUND_WORK = /^(?!(?:waiting|hoping|thinking|being|having|seeing)\b)\p{Ll}{2,}ing\b/u;
const ANSWER_LABEL = /^(?:A|Ans|Answer)\s*:\s+(?=\S)/;
/** "[todo]", "[action]", "(TODO)": a tag that marks an item as work. */
const TODO_TAG = /[[(](?:todo|to-do|action(?: item)?|ai)[\])]/i;
/** "[TODO Kim]", "(TODO @kim)", "[TODO: Ana will email the draft]": a to-do tag that says who takes the work. */
const TODO_TAG_FOR =
  /\s*(?:\[(?:todo|to-do)\b:?\s+([^\][]{2,80})\]|\((?:todo|to-do)\b:?\s+([^()]{2,80})\))\s*/i;
const RESPONSIBILITY_WITH =
  /^(?:the\s+)?(?:responsibility|ownership|accountability)\s+for\s+\S.{2,80}?\s+(?:sits|lies|rests|stays|remains|is)\s+with\s+([^,;.()]{2,60}?)\.?$/i;
/**
 * "- **action on Ben**" closing a sentence, "Queue is growing. → action: Pim": the work before it
 * is theirs.
 */
const ACTION_ON_AFTER = new RegExp(
  String.raw`\s*(?:[-–—:]|[.;]?\s*(?:${ARROWS}))\s*action(?:\s+(?:on|for)|\s*:)\s+([^;.]{2,40}?)\s*\.?$`,
  "i",
);
const TODO_TAG_ALL = /\s*[[(](?:todo|to-do|action(?: item)?|ai|decision|done)[\])]\s*/gi;
/** "We will add ...", "we'll look into ...", "we are going to ...": the writers' own promise. */
const WE_PROMISE =
  /^we\s+(?:will|shall|are going to|are planning to|plan to|commit to|intend to)\s+(?:be\s+(?=\p{L}+ing\b))?(\p{L}+)/iu;
const WE_WILL = /^we\s+(?:will|shall|are going to)\s+(?!not\b|be\b)(\p{L}+)/iu;
const DELIBERATION_VERBS = /^(?:decide|agree|think|consider|remember|reflect|ask)$/i;
/** "Need to rerun the benchmarks", "We need someone to renew the domain", "Need a volunteer to ...". */
const NEED_OPENING =
  /^(?:(?:we|i)\s+)?(?:still\s+)?(?:really\s+)?needs?\s+(?:(?:a volunteer|someone|somebody|an owner)\s+)?to\s+(?!be\b)(\p{L}+)/iu;
const WE_PLAN_VERBS =
  /^(?:focus|hold|meet|try|discuss|talk|revisit|reconvene|convene|regroup|gather|continue|keep|need|want|see|wait|start|begin)$/i;
/**
 * "We'll start the licence review", "Need to begin the migration": starting a piece of work is
 * the work; "we'll start with introductions", "start the meeting at nine" plan the meeting.
 */
const STARTS_A_THING =
  /^\s+(?:the|a|an|our|their)\s+(?!(?:meeting|call|session|sync|day|week|month|year|discussion|conversation|next|new\s+(?:meeting|call))\b)\p{L}/iu;

/** Whether the verb of the writers' plan says how the group will meet or talk, not what it will do. */
function plansTheMeeting(verb: string, after: string): boolean {
  return (
    WE_PLAN_VERBS.test(verb) && !(/^(?:start|begin)$/i.test(verb) && STARTS_A_THING.test(after))
  );
}
/**
 * "We'll also", "we're now going to", "we've also promised": the contraction spelt out and the
 * adverb left out.
 */
const WE_SPELT_OUT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^we['’]ll\b/i, "we will"],
  [/^we['’]re\b/i, "we are"],
  [/^we['’]ve\b/i, "we have"],
  [
    /^(we(?:\s+(?:will|shall|are|have))?)\s+(?:also|now|then|still|additionally|shortly|soon|obviously|immediately|definitely|certainly|quickly|promptly)\b/i,
    "$1",
  ],
];

/** The writers' promise in plain words (WE_SPELT_OUT), ready for WE_PROMISE. */
function spellOutWe(text: string): string {
  return WE_SPELT_OUT.reduce((words, [pattern, plain]) => words.replace(pattern, plain), text);
}
const WE_PROMISED =
  /^we\s+(?:have\s+)?(?:promised|committed to|guaranteed)\s+\S|^we\s+(?:still\s+)?owe\s+(?!(?:it|that|this)\s+to\s+ourselves\b)\S+\s+\S/i;
/** "We took an action item to check the retention policy": the writers took the work on in the meeting. */
const WE_TOOK_ACTION =
  /^we\s+(?:also\s+)?(?:took|take|have)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}action(?:\s+items?)?\s+to\s+\p{L}/iu;
/** "Assigned: Fix the upload form": an item put on someone's plate, whoever it is. */
const ASSIGNED_LEAD = /^(?:assigned|claimed)\s*:\s*(?=\S)/i;
/** "Kim, please review ..." / "please review ..., Kim". */
const ADDRESSED_PLEASE =
  /^((?:@[\p{L}\d_.-]+|\p{Lu}[\p{L}'’.-]*)(?:\s*(?:,|&|and)\s*(?:@[\p{L}\d_.-]+|\p{Lu}[\p{L}'’.-]*))*)[,:]?\s+please\s+(\p{L}+)/u;
const ONE_ASKED = String.raw`(?:@[\p{L}\d_.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?|the\s+\p{Ll}+(?:\s+\p{Ll}+)??)`;
const SOMEONE_ASKED = String.raw`${ONE_ASKED}(?:\s*(?:,|\band\b|&)\s*${ONE_ASKED})*`;
const ASK_SOMEONE_TO = new RegExp(
  `^(?:[Aa]sk|[Rr]emind|[Tt]ell|[Gg]et|[Ii]nvite|[Ee]ncourage)\\s+${SOMEONE_ASKED}\\s+to\\s+(\\p{Ll}+)`,
  "u",
);
const PUT_ON_SOMEONE = new RegExp(
  String.raw`^(?:(?:it['’]s|it is|that['’]s|that is)\s+on|(?:we\s+)?(?:still\s+)?needs?)\s+(${SOMEONE_ASKED})\s+to\s+(\p{Ll}+)`,
  "iu",
);
const EXPECTED_FROM = new RegExp(
  String.raw`^(?:[Ww]e\s+)?(?:[Ee]xpect(?:ing)?|[Aa]waiting|(?:[Ss]till\s+)?[Ww]aiting\s+(?:for|on))\s+[^,;]{2,60}?\s+from\s+(${SOMEONE_ASKED})(?=[\s,.(]|$)`,
  "u",
);
const HAVE_SOMEONE = new RegExp(`^[Hh]ave\\s+${SOMEONE_ASKED}\\s+(\\p{Ll}+)`, "u");
const ADDRESSED_ORDER =
  /^((?:@[\p{L}\d_.-]+|\p{Lu}[\p{L}'’.-]*)(?:\s+\p{L}[\p{L}'’.-]*)?(?:\s*(?:,|&|and)\s*(?:@[\p{L}\d_.-]+|\p{Lu}[\p{L}'’.-]*))*),\s+(\p{Ll}.*)$/u;
/**
 * "The runbook will be updated by Ben", "The deck is to be sent by @kim by Friday": the work in
 * the passive, then who will do it. "was updated by Ben" reports what is done.
 */
const PASSIVE_AGENT =
  /\b(?:will|shall|is to|are to)\s+be\s+(\p{L}+)\s+by\s+((?:@[\p{L}\d_.-]+|\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|and)\s*(?:@[\p{L}\d_.-]+|\p{Lu}[\p{L}'’.-]*))*)/u;
/** A past participle: "updated", or one of the common irregular ones. */
const PARTICIPLE =
  /^(?:\p{L}+ed|done|sent|written|taken|made|run|built|drawn|given|shown|held|led|set|brought|sought|chosen|driven)$/u;
/** "will be using the shared repo", "will be speaking at the conference": a state or an appointment, not work. */
const STATE_GERUNDS =
  "(?:using|having|attending|speaking|presenting|joining|travell?ing|staying|waiting|meeting|visiting|leaving|relying)\\b";
/**
 * "Kim should follow up", "Ana and Ben should also check", "Kim must sign the form": the verb
 * after the taker's "should" or "must".
 */
const SHALL = /^[^,;:]{1,40}?\s+shall\s/i;
const TOLD_TO =
  /^[^,;:]{1,40}?\s+(?:should|must|shall)\s+(?:also\s+|now\s+|then\s+)?(?!(?:be|have|not|probably|consider|think|know|expect|feel|maybe)\b)(\p{Ll}+)/u;

/** "Let's have Kim draft ...", "We will get Ana and Ben to check ...": who, then their verb. */
const HAVE_SOMEONE_DO =
  /^(?:[Ll]et['’]s|[Ll]et us|[Ww]e['’]ll|[Ww]e will|[Ww]e['’]re going to|[Ww]e are going to)\s+(?:have|get)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|and)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*)\s+(?:to\s+)?(\p{Ll}+)/u;

/** After the modal: the word that must be a verb ("will *send*", "to *review*"). */
const MODAL_VERB = new RegExp(
  `\\b(?:will|shall|['’]ll|is going to|are going to|['’](?:s|re) going to|to|volunteered to|agreed to|offered to|committed to|promised to|undert(?:ook|akes|ake) to)\\s+(?:${WILL_ADVERBS}\\s+|try to\\s+|be sure to\\s+|make sure to\\s+)?(?:be\\s+(?=\\p{L}+ing\\b)(?!${STATE_GERUNDS}))?(\\p{L}+(?:-\\p{L}+)?)`,
  "iu",
);

/**
 * "The vendor has assured us that they will patch the filter", "Kim told us she would send the
 * logs": someone's promise reported by the writers. The reporting verb and its subject open the
 * sentence; the promise is the clause whose pronoun points back at that subject.
 */
const REPORTED_BY =
  /^((?:the\s+)?@?[\p{L}][\p{L}'’.&-]*(?:\s+[\p{L}][\p{L}'’.&-]*){0,2}?)\s+(?:has\s+|have\s+)?(?:also\s+)?(?:(?:assured|promised|told|informed|reassured|confirmed to|committed to)\s+(?:us|me|the team|our team)\b|(?:said|mentioned|confirmed|indicated|noted|added|stated|replied|explained)\s+(?:that\s+)?(?=(?:he|she|they|(?:his|her|their) team)(?:\s|['’]))(?<=\s))/iu;
/** "Ana confirmed the credit was approved and said she would issue it": the report after another. */
const REPORTED_AFTER =
  /^([Tt]he\s+\p{L}+|(?![Tt]he\s)@?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2}?)\s+[^.;!?]{0,160}?\s+and\s+(?:also\s+)?(?:said|mentioned|confirmed|indicated|added|noted)\s+(?:that\s+)?(?=(?:he|she|they|(?:his|her|their) team)(?:\s|['’]))/u;
const PRONOUN = /^(?:we|they|he|she|it|i|you|this|that|someone|everyone)$/i;
const REPORTED_PROMISE = new RegExp(
  String.raw`\b(?:they|he|she|it|(?:his|her|their) team)(?:\s+(?:will|would|are going to|is going to)|['’](?:ll|d))\s+(?:${WILL_ADVERBS}\s+)?(\p{L}+)[\s\S]*$`,
  "iu",
);

/** "Kim owes the wiki a cleanup": a debt of work, whatever its words. */
/** "Kim owes us the numbers", "Kim owes Tovah a call back": what someone owes is theirs to do. */
const OWES =
  /^\S.{0,40}?\s(?:[Oo]wes|[Oo]we)\s+(?:(?:[Aa]|[Aa]n|[Tt]he|us|them|him|her)\b|\p{Lu}\p{Ll}+\s+(?:a|an|the|some)\s)/u;

export interface ProseOptions {
  /** True when the note has an explicit action list: prose then needs a named taker. */
  strict: boolean;
  /** Offsets of items already read as tasks by another extractor. */
  taken: ReadonlySet<number>;
}

export function extractProseCommitments(
  section: RawSection,
  context: ExtractContext,
  options: ProseOptions,
): Task[] {
  const tasks: Task[] = [];
  const period = periodOfHeading(section, context);
  // "### Dana Ilse" over "- Will meet with the vendor": the heading names who speaks below it.
  const speaker = headingPerson(section, context);
  const speakerHeading =
    speaker !== null && speaker.owners[0] === section.heading.replace(/[:\s]+$/, "");
  // An agenda, or a programme of talks: a bracket names who leads the slot, not who takes work.
  const agenda = /\b(?:agenda|presentations?|talks|topics)\b/i.test(section.heading);
  const topics = new Set(section.items.map((item) => item.parent).filter((item) => item !== null));
  // "Kim: Could you file the ticket?" then "Ilse: Will do.": what was asked, taken on by who answered.
  let asked: string | null = null;
  // The last sentence of the run before, for a taker who takes it on in the next ("- Ana and
  // Ben to take it on" under a paragraph that says what).
  let lastSaid = "";
  // Who the bullet over an item names, per bullet: every item below one asks the same.
  const bulletSpeakers = new Map<Item, Commitment | null>();
  // "**Ana:** the link stays the same" then "… I'll send the agenda" on the paragraph's next
  // line: a scribe's minutes go on in the speaker's voice until a line names another.
  let paragraphSpeaker: { speaker: Commitment; last: Item } | null = null;
  for (const run of readingRuns(section.items.map(withoutChatTime), options.taken)) {
    const saidBefore = lastSaid;
    const sentences = withFieldSentences(clauses(run.text));
    lastSaid = sentences.at(-1) ?? "";
    const spoken = lineSpeaker(run.itemAt(0), context);
    const goesOn: Commitment | null =
      !spoken &&
      paragraphSpeaker &&
      sameParagraph(paragraphSpeaker.last, run.itemAt(0)) &&
      !itemLabel(run.itemAt(0))
        ? paragraphSpeaker.speaker
        : null;
    const voice: Commitment | null = spoken ?? goesOn;
    paragraphSpeaker = voice ? { speaker: voice, last: run.itemAt(run.text.length) } : null;
    const said = spoken ? spokenWords(run.itemAt(0)) : "";
    const answer: RegExpExecArray | null = spoken && asked && said ? TAKES_IT_ON.exec(said) : null;
    // "Greta, could you please file it?" gave Greta the work already; her "Will do." repeats it.
    const given: Task | undefined = answer ? tasks.at(-1) : undefined;
    const repeats =
      given?.text === asked &&
      given.owners.map((owner) => owner.name).join() === spoken?.owners.join();
    if (spoken && answer && !repeats) {
      // "Sure, will do by tomorrow": the answer may say by when.
      const when = answer[1]?.trim();
      const task = buildTask({
        item: run.itemAt(0),
        text: when ? `${asked} ${when}` : asked!,
        kind: "actionItems",
        section,
        context,
        extractor: "prose-commitment",
      });
      task.owners = spoken.owners.map((name) => context.people.resolve(name));
      tasks.push(task);
      // "Sure, I'll do it by Friday" is the answer whole: its "do it" is that work, not more.
      asked = null;
      continue;
    }
    // "Can anyone tell me the time?": asked to say something, not to do work.
    // "Ada, could you add the steps? And I'll book a follow-up.": the question need not be last.
    const request: string | null = spoken
      ? (clauses(said)
          .flatMap((sentence) => REQUEST.exec(sentence)?.[1] ?? [])
          .at(-1) ?? null)
      : null;
    asked = request && !SAYING.test(request.split(/\s/)[0]!) ? request : null;
    // A line's own speaker label speaks before the bullet above it ("- Volunteers" over "Tobi: will ask ...").
    const speaking = voice ?? bulletSpeakerOf(run.itemAt(0), bulletSpeakers, context) ?? speaker;
    let previous: Commitment | null = speaking;
    // "Tomasz thinks it is the worker's memory; will confirm tomorrow": who the plan after it is.
    let thinker: string[] | null = null;
    let before = "";
    // The clause the last task was read from, while it is the one before this.
    let lastFrom: string | null = null;
    let cursor = 0;
    // "Kim will draft it and Noor will review it": each taker's clause is read on its own.
    // "Q: Do we need a second region? A: Pim will find out": after a question, the answer's label
    // is no part of it ("A:" elsewhere may be a speaker's).
    for (const [clause, agreedBefore] of sentences
      .map((part, index) =>
        index > 0 && /\?\s*$/.test(sentences[index - 1]!) ? part.replace(ANSWER_LABEL, "") : part,
      )
      .flatMap((part) =>
        ownerClauses(part, context).map(
          (clause, index) => [clause, index > 0 && AGREED_LEAD.test(part)] as const,
        ),
      )) {
      const at = run.text.indexOf(clause, cursor);
      cursor = at < 0 ? cursor : at + clause.length;
      const item = run.itemAt(Math.max(0, at));
      // On an agenda the bracket names who leads the slot ("Review the framework (Kim)"), and a
      // bullet with bullets below it is a topic over its discussion.
      // "[kim] I'll check with the team": the speaker's tag or label is not part of what they say.
      const words = spoken && at === 0 ? withoutSpeaker(clause) : clause;
      // "Sara owns the write-up; target is end of next week": a clause that only says by when
      // dates the task the clause before it gave.
      const last = tasks[tasks.length - 1];
      const when =
        lastFrom !== null && lastFrom === before && last
          ? (DATES_THE_LAST.exec(clause) ??
            DOES_IT_WHEN.exec(clause) ??
            IT_IS_DUE.exec(clause) ??
            (NOT_A_THING.test(clause) || opensWithImperative(clause)
              ? null
              : DELIVERABLE_BY.exec(clause)))
          : null;
      if (when && last && !last.due) {
        const schedule = scheduleOf(when[1]!, context);
        if (schedule.due) {
          last.due = schedule.due;
          last.dueText = schedule.dueText;
          before = clause;
          continue;
        }
      }
      // "Need a host for the retro. Kim and Ana volunteered.": the call before is their work;
      // "Can we drop IE11? Ada checking.": so is the question before someone finding out.
      const call =
        before && (CALL_FOR_HELP.test(before) || (/\?\s*$/.test(before) && FINDS_OUT.test(clause)))
          ? before
          : null;
      // "Who will book the hall? Ada.": the name alone answers who.
      const taker = call
        ? (VOLUNTEERED.exec(clause) ??
          FINDS_OUT.exec(clause) ??
          (/^who\b.*\?\s*$/i.test(call) ? NAME_ALONE.exec(clause) : null))
        : null;
      const takers = taker ? splitNames(taker[1]!) : [];
      if (taker && takers.length > 0 && takers.every((name) => isStrongTaker(name, context))) {
        const task = buildTask({
          item,
          text: call!,
          kind: "actionItems",
          section,
          context,
          extractor: "prose-commitment",
        });
        task.owners = takers.map((name) => context.people.resolve(name));
        tasks.push(task);
        before = clause;
        lastFrom = clause;
        continue;
      }
      // "Capacity review still pending. ACTION: Tom by 20/03": the label gives the sentence before
      // it to whoever it names; a task that sentence gave already takes the names and the date.
      const signed = before ? signedAfter(clause, before, context) : null;
      if (signed && lastFrom === before) tasks.pop();
      const opening = signed ? null : WHEN_FIRST.exec(words);
      const read = opening ? clause.replace(opening[0], "") : clause;
      const said = opening ? words.slice(opening[0].length) : words;
      const reading: Commitment | null =
        (signed && { text: `${before}${signed.when}`, owners: signed.names }) ??
        readCommitment(read, context, options.strict) ??
        // "It was agreed that Kim would send it and Noor would book the room": the second taker's
        // "would" is the agreement's too.
        (agreedBefore ? reportedCommitment(read, context, options.strict) : null) ??
        // "By 6/20 Pim sends the forecast": a plan in the present reads with its deadline after it.
        (opening ? whenSaidLast(read, opening[0], words, context, options.strict) : null) ??
        // "Ana: Ben, please check the path": what the speaker says, read on its own.
        (said !== read
          ? spokenWork(readCommitment(said, context, options.strict), speaking, context)
          : null) ??
        continued(said, previous, speaking) ??
        (speaking ? null : writersPromise(said, context)) ??
        requestWithDeadline(said, context) ??
        takerGoesOn(said, context) ??
        plannedToday(said, speaking, context) ??
        (speaking === speaker && at <= 0 && !options.strict
          ? orderUnderPerson(item, said, section, context)
          : null) ??
        pronounPromise(read, before, context) ??
        (options.strict || speaking ? null : subjectlessPlan(said, context, thinker)) ??
        promiseAfterDash(read, context, options.strict) ??
        (agenda || topics.has(item) ? null : namedInBracket(read, context)) ??
        // "Onboarding guide - Tovah owns, due Monday": a thing, then the attendee who owns it.
        ownedThing(read, context) ??
        (section.kind === "decisions"
          ? (agreedWorkByWhen(item, said, context) ?? agreedDoing(item, said, context))
          : null);
      // "Ada thinks the index is missing; she will check it": readings that found the promise but
      // no one to give it to leave the pronoun to the clause before.
      const owned: Commitment | null =
        reading && reading.owners.length === 0 && !reading.noOwner
          ? (pronounPromise(read, before, context) ?? reading)
          : reading;
      const stated: Commitment | null =
        owned && opening && said.startsWith(owned.text)
          ? { ...owned, text: `${opening[0]}${owned.text}` }
          : owned;
      // "Ana and Ben to take it on.": the work is what the sentence before said; not where the
      // taker is a bracket or a dash closing words that say it ("Circulate it (Ana will do this)",
      // "Welcome talk - Rafe to lead").
      // "The build is flaky, Ben will look into it": the words before the taker in the clause.
      const start: number = stated ? clause.indexOf(stated.text) : -1;
      const ahead: string =
        start > 0
          ? clause
              .slice(0, start)
              .replace(/[\s,;:–—-]+$/, "")
              .replace(/[\s,]+(?:but|and|so)$/i, "")
              // "The owner is unclear; action on Kim to find out": a label is no work.
              .replace(/^(?:actions?(?:\s+(?:on|for))?|todo|ap|ai)$/i, "")
              // 'Pim replied, "I'll look into it"': who speaks, not what.
              .replace(SPEAKER_BEFORE_QUOTE, "")
          : "";
      const work: string = ahead || before || (at <= 0 ? saidBefore : "");
      // "Ada will draft the FAQ, Pim will review it": words that give someone else work are
      // their task, not the topic of this one.
      const voiced: Commitment | null =
        stated && speaking ? inSpeakersVoice(stated, speaking, context) : stated;
      const found: Commitment | null =
        voiced &&
        work &&
        !actorsAtStart(work, context.people) &&
        TAKES_IT_ON_WITHOUT_OBJECT.test(voiced.text) &&
        !CLOSING_BRACKET.test(voiced.text) &&
        !SAYS_ITS_WORK_BEFORE_DASH.test(voiced.text)
          ? { ...voiced, text: `${work} - ${voiced.text}` }
          : voiced;
      previous = found ?? speaking;
      thinker = found ? null : thinkerOf(clause, context);
      before = signed ? "" : clause;
      lastFrom = null;
      if (!found || (agenda && speaksInSlot(found.text)) || meetsAgain(found.text)) continue;
      // "Nobody owns the mirror config", "No one will take notes": no one takes anything on.
      if (found.owners.length > 0 && found.owners.every((name) => NO_ONE.test(name))) continue;
      lastFrom = clause;
      const task = buildTask({
        item,
        text: found.text,
        kind: PROMISE_WORDS.test(clause) ? "commitments" : "actionItems",
        section,
        context,
        extractor: "prose-commitment",
      });
      // The words left may open with a noun that reads as a taker ("Feedback to the agency ...,
      // responsible: J. Lindgren"): attendees the reading found win over names no one answers to.
      // "TBD to decide on the venue": work that names no taker yet.
      const foundOwners = found.owners
        .filter((name) => !namesNobody(name))
        .map((name) => context.people.resolve(name));
      // "Budget talk - Ben, Lou to meet": the reading that found more takers, the task's among
      // them, found them all.
      const widens =
        foundOwners.length > task.owners.length &&
        task.owners.every((owner) =>
          foundOwners.some((found) =>
            owner.attendeeId !== null
              ? found.attendeeId === owner.attendeeId
              : found.name.toLowerCase() === owner.name.toLowerCase(),
          ),
        );
      if (
        task.owners.length === 0 ||
        widens ||
        (foundOwners.length > 0 &&
          foundOwners.every((owner) => owner.attendeeId !== null) &&
          task.owners.every((owner) => owner.attendeeId === null && owner.kind !== "organization"))
      )
        task.owners = foundOwners;
      // "- Volunteers" over "Tobi: will ask the club": the line's own speaker, not the bullet above.
      if (
        spoken &&
        found.owners.length > 0 &&
        found.owners.every((name) => spoken.owners.includes(name))
      )
        task.owners = foundOwners;
      if (found.noOwner) task.owners = [];
      if (found.spokenFor) task.owners = foundOwners;
      // What the label names is who takes the work, whatever the words before it open with.
      if (signed) task.owners = foundOwners;
      // A topic heading names what the work is about: "### Release date" over "Dan will ask ...";
      // the note's own title, over a note with no heading, names the meeting, not a topic.
      // "## Ada" over her part of the notes names whose the work is, not what it is about.
      if (
        !task.title &&
        section.heading &&
        !section.preamble &&
        section.kind !== "decisions" &&
        !speakerHeading &&
        !period
      )
        // "## 2. Website relaunch": the topic, without the agenda's numbering.
        task.title = section.heading.replace(
          /^\s*(?:\d{1,2}(?:\.\d{1,2})*|[A-Za-z]|[ivxIVX]{1,4})[.)]\s+(?=\S)/,
          "",
        );
      tasks.push(task);
    }
  }
  // "## This week" over "- Publish the RCA — Ingrid": a heading that only says when dates the
  // work below it that states no day of its own.
  if (period)
    for (const task of tasks)
      if (!task.due && task.status === "open" && !task.duration && !task.recurrence) {
        task.due = period.due;
        task.dueText = period.dueText;
      }
  return tasks;
}

const RELATIVE_PERIOD = /^[^\d]*\b(?:this|next|coming|end of|by|before|due|until)\b[^\d]*$/i;

/** What may stand beside a period in a heading that says nothing else: "Due", "Goals for". */
const PERIOD_HEADING_WORDS =
  /^[\W\d_]*(?:(?:due|by|for|until|goals?|plans?|to ?dos?|tasks?|priorities|focus)\b[\W\d_]*)*$/iu;

/** "This week", "By end of month", "Goals for next week": a heading that names only a period. */
function periodOfHeading(
  section: RawSection,
  context: ExtractContext,
): { due: string; dueText: string | null } | null {
  // "## 2021-07-05", "### January 23" over a log's entry name the day it was written, not a
  // deadline: only a period counted from the meeting ("this week", "by end of month") dates work.
  if (section.preamble || section.heading.length > 60 || !RELATIVE_PERIOD.test(section.heading))
    return null;
  const schedule = scheduleOf(section.heading, context);
  if (!schedule.due || !schedule.dueText) return null;
  const rest = section.heading.replace(schedule.dueText, " ");
  return PERIOD_HEADING_WORDS.test(rest) ? { due: schedule.due, dueText: schedule.dueText } : null;
}

/**
 * "Ilse: not sure it holds -- Ilse and Noor to dig into it later": a remark, a dash, and
 * then someone taking the work; the words after the dash are read as a sentence of their own.
 */
function promiseAfterDash(
  clause: string,
  context: ExtractContext,
  strict: boolean,
): Commitment | null {
  const dash = new RegExp(DASH_OR_ARROW.source, "g");
  let last: RegExpExecArray | null = null;
  for (let match = dash.exec(clause); match; match = dash.exec(clause)) last = match;
  if (!last || last.index < 8) return null;
  const after = clause.slice(last.index + last[0].length);
  // "Anders needs the decision from legal -> he will chase them": "he" is who the words before
  // name, and "them" what they say, so the task keeps them.
  const pronoun = pronounPromise(after, clause.slice(0, last.index), context);
  if (pronoun?.owners.length) return { text: clause, owners: pronoun.owners };
  return actorsAtStart(after, context.people) ? readCommitment(after, context, strict) : null;
}

/** "I can send you the config. I'll do that today.": the same work again, only with its day. */
const DOES_IT_WHEN =
  /^(?:i|we)(?:['’]ll|\s+will|\s+can)\s+(?:do|have|get|send|finish)\s+(?:it|that|this)(?:\s+(?:done|over|across))?\s+(\S.{1,40})$/i;
const DATES_THE_LAST =
  /^(?:(?:the\s+)?(?:target(?:\s+date)?|due(?:\s+date)?|deadline|eta)\s*(?:is|:|=|-)?\s*|due\s+)(\S.{1,40})$/i;
/**
 * "Ingrid owns the data fix; first findings to Tamsin by Thursday noon": a clause that names only
 * what is to be handed over, to whom and by when, dates the task of the clause before it.
 */
const DELIVERABLE_BY =
  /^(?:(?:the|a|an|first|initial|final|updated|revised)\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}?(?:\s+to\s+@?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+(?:by|before|no later than)\s+(\S.{1,40})$/u;
const NOT_A_THING = /\b(?:will|shall|should|must|is|are|was|were|be|been|has|have|had)\b/i;
/**
 * "Ingrid offered to design the posters; they should be printed by 10 December", "Pim will
 * draft the budget. It needs to be with the treasurer by Friday.": the work the clause before
 * gave, named by a pronoun, and by when it is due.
 */
const IT_IS_DUE =
  /^(?:it|they|this|these|that|both)\s+(?:(?:should|must|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|is\s+due|are\s+due)\s+(?:(?:be|get)\s+)?|(?:will|shall)\s+(?:be|get)\s+)(?:[\p{L}-]+\s+){0,4}?(?:by|before|no later than|not later than|ahead of|until)\s+(\S.{1,40}?)\.?$/iu;

const VOLUNTEERED_AFTER = new RegExp(
  `^(.{8,200}?)\\s*(?:\\s[—–-]\\s*|,\\s*|\\(\\s*)([^—–()]{2,60}?)\\s+${VOLUNTEER_WORDS}\\s*\\)?\\s*\\.?$`,
  "i",
);
const SAYS_ITS_WORK_BEFORE_DASH = /\S\s+(?:--|[—–-])\s+\S/;
const TAKER_AFTER_DASH =
  /^(.{8,200}?)\s+(?:--|[—–-])\s+([^—–()]{2,60}?)\s+(?:to|will|['’]ll)\s+(?:do|handle|own|action|drive|follow[- ]?up|look into|take care of|pick (?:it|this|that) up|take (?:it|this|that) on)(?:\s+(?:it|this|that))?\s*\.?$/iu;
/** "Looking for blog post volunteers", "Need someone to host", "Any volunteers to review?": a call for a taker. */
const CALL_FOR_HELP =
  /\b(?:looking for (?:a |an |some )?(?:\w+\s+){0,3}(?:volunteers?|someone|somebody|help|owners?|takers?)|need (?:a |an )?(?:someone|somebody|volunteers?|owners?|hosts?|reviewers?|leads?|drivers?|speakers?|presenters?|scribes?|note-?takers?)\b|any(?:one| volunteers?)\b|\bwho (?:can|could|will|wants to|would like to)\b|\b(?:can|could|would|will) some(?:one|body)\b)/i;

/** "Someone to fix the build", "Volunteer to host": work put to whoever takes it. */
const ASKS_FOR_SOMEONE =
  /^(?:someone|somebody|anyone|a volunteer|volunteers?)\s+(?:to|should|needs? to)\s/i;
/** "Ada checking.", "Pim to find out.", "Greta is looking into it.": someone finding out the answer. */
const FINDS_OUT =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?:(?:is\s+)?(?:checking|investigating|finding out|looking into it)|(?:to|will)\s+(?:check|find out|investigate|look into it|confirm))\s*\.?$/u;
const NAME_ALONE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s*[.!]?$/u;
const VOLUNTEERED = new RegExp(`^([^,;:]{2,60}?)\\s+${VOLUNTEER_WORDS}\\s*\\.?$`, "i");
const ROLE_TAKES = /^(?:the\s+)?(\p{L}+(?:\s+\p{L}+)?)\s+(?:to|will)\s+\p{L}/u;
const RESPONSIBLE_FOR =
  /^(?:responsible|owner|lead|in charge)\s+(?:for|of)\s+(.{3,60}?)\s*:\s*([^():]{2,60}?)\s*(?:\(([^()]{2,40})\))?\s*\.?$/i;

const MEETING_FACTS: ReadonlySet<FactKey> = new Set([
  "attendees",
  "absent",
  "date",
  "time",
  "location",
  "timezone",
  "role",
]);

/** "Present: Kim, Lee, client (Ana)", "Time and location: ...": a line of facts, not of work. */
function statesMeetingFact(item: Item): boolean {
  const pair = itemLabel(item);
  const key = pair ? factKey(pair.label) : null;
  // "Minutes: Keep the two approvals. Action: ...": a topic that shares its name with a role
  // ("Minutes: Kim") goes on in sentences where a role names its holder in a few words.
  if (key === "role" && pair!.value.trim().split(/\s+/).length > 6) return false;
  return key !== null && MEETING_FACTS.has(key);
}

const TOPIC_COLUMN = /^(?:topics?|items?|subjects?|agenda items?|discussion items?|titles?)$/;
const NOTES_COLUMN =
  /^(?:notes?|discussion(?: notes)?|comments?|outcomes?|details|summary|minutes|remarks|notes? (?:and|&|\/) decisions?)$/;

/** A cell read as a line of its own at its row, so a task is the cell's words, not the row's. */
function cellAsLine(row: Item, text: string, parent: Item | null): Item {
  const { cellLines: _, ...rest } = row;
  return { ...rest, type: "line", text, body: text, cells: null, parent };
}

interface ReadingRun {
  /** The run's text: one item's, or a wrapped sentence's lines joined by spaces. */
  text: string;
  /** The item a place in the text comes from, so a task points at the line it starts on. */
  itemAt(offset: number): Item;
}

/**
 * What is read as running text: each list item alone, and the lines of a paragraph that wrap
 * one sentence joined ("We will add a banner to\nwarn users sooner ...", "Kim will
 * update the runbook by\nFriday"), so that a sentence's work and deadline stay together.
 */
function readingRuns(items: readonly Item[], taken: ReadonlySet<number>): ReadingRun[] {
  const runs: Array<{ items: Item[]; starts: number[]; text: string }> = [];
  const prose = hardWrapped(items);
  let last: (typeof runs)[number] | null = null;
  for (const item of items) {
    if (item.type === "table-row" && item.cells && !taken.has(item.source.start.offset)) {
      // "| Data checks | Cyrus | Cyrus will send the queries by Tuesday. |": a wiki's table of
      // discussion items says what was agreed in its notes column, sentence by sentence.
      const topicCell = Object.entries(item.cells).find(([header]) => TOPIC_COLUMN.test(header));
      // The row's topic stands over its notes as a bullet's topic stands over its sub-bullets.
      const topic = topicCell?.[1] ? cellAsLine(item, topicCell[1], null) : null;
      for (const [header, cell] of Object.entries(item.cells))
        if (NOTES_COLUMN.test(header) && cell)
          runs.push({ items: [cellAsLine(item, cell, topic)], starts: [0], text: cell });
      last = null;
      continue;
    }
    if (item.type === "table-row" || taken.has(item.source.start.offset)) {
      last = null;
      continue;
    }
    if (TIMESTAMP_LEAD.test(item.text) || underDone(item) || statesMeetingFact(item)) {
      last = null;
      continue;
    }
    const before = last?.items[last.items.length - 1];
    if (last && before && wrapsInto(before, item, prose.has(before))) {
      last.starts.push(last.text.length + 1);
      last.text += ` ${item.text}`;
      last.items.push(item);
      continue;
    }
    last = { items: [item], starts: [0], text: item.text };
    runs.push(last);
  }
  return runs.map(({ items: inRun, starts, text }) => ({
    text,
    itemAt(offset: number): Item {
      let index = 0;
      while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
      return inRun[index]!;
    },
  }));
}

/**
 * The task a commitment read from an item's words makes: the task reader's owners where it finds
 * some, else the takers the commitment named.
 */
export function taskOfCommitment(found: Commitment, input: Omit<TaskInput, "text">): Task {
  const task = buildTask({ ...input, text: found.text });
  if (task.owners.length === 0)
    task.owners = found.owners.map((name) => input.context.people.resolve(name));
  return task;
}

interface Commitment {
  text: string;
  owners: string[];
  /** "We will ...": the work has no one taker. */
  noOwner?: boolean;
  /** "Kim: our team will ...": the owners say for whom the speaker spoke, whatever the words name. */
  spokenFor?: boolean;
  /** A speaker whose later sentences are theirs only where they say "I": "Will help" may be a thing's. */
  saysI?: boolean;
}

/** "Could you put it in the channel?", "Can you send the deck?": a request put to the next speaker. */
/** "Also, Ana, could you ...": a word that only carries the talk on, before a request. */
const CARRIES_ON = /^(?:also|and|so|oh|ok|okay|then),?\s+/i;
const REQUEST = new RegExp(
  `^(?:${CARRIES_ON.source.slice(1)})?(?:\\w+,\\s+)?(?:could|can|would|will) (?:you|some(?:one|body)|any(?:one|body))(?: please)?\\s+(\\p{Ll}[^?]{4,200})\\?$`,
  "iu",
);
const ADDRESSEE = String.raw`(?:@[\p{L}\d_.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)`;
const ASKED = String.raw`(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill) you\s+(?<please>please\s+)?(?<verb>\p{Ll}+)(?<rest>[^?]*?)`;
const NAMED_REQUEST_FIRST = new RegExp(String.raw`^(?<name>${ADDRESSEE}),?\s+${ASKED}\?$`, "u");
const NAMED_REQUEST_LAST = new RegExp(String.raw`^${ASKED},\s*(?<name>${ADDRESSEE})\?$`, "u");
/** What a speaker asks to be told there and then: "can anyone tell me ...", "could you explain ...". */
const SAYING_WORDS = "explain|clarify|repeat|summari[sz]e|elaborate|describe|tell|say|speak|talk";
const SAYING = new RegExp(`^(?:${SAYING_WORDS})$`);
/** What a speaker asks to hear or see in the meeting, not work: "can you explain ...". */
const TALK_VERBS = new RegExp(
  `^(?:${SAYING_WORDS}|hear|see|show|share|present|introduce|remind|walk)$`,
);

function namedRequest(text: string, context: ExtractContext): Commitment | null {
  const asked = (NAMED_REQUEST_FIRST.exec(text) ?? NAMED_REQUEST_LAST.exec(text))?.groups;
  if (!asked) return null;
  const { name, please, verb, rest } = asked as Record<string, string | undefined>;
  if (!name || !verb || !isStrongTaker(name, context)) return null;
  if (!isImperativeVerb(verb) || TALK_VERBS.test(verb)) return null;
  const work = `${verb}${rest ?? ""}`.trim();
  if (!please && !hasDeadline(work, context)) return null;
  return { text: work, owners: [name] };
}

/** "Will do.", "Sure, I can do that.", "On it": the answer that takes a request on. */
const TAKES_IT_ON =
  /^(?:(?:yes|yep|sure|ok|okay|absolutely|of course)[,!.]?\s*)?(?:will do|can do|on it|i will|i can|i['’]ll do (?:it|that)|i can do (?:it|that))?(\s+(?:by|before|until|today|tonight|tomorrow|this|next|on|end of)\b[^.!?]{0,40})?[.!]?$/i;

/** bulletSpeaker, read once per bullet over items (it reads only the item's parent). */
function bulletSpeakerOf(
  item: Item,
  read: Map<Item, Commitment | null>,
  context: ExtractContext,
): Commitment | null {
  if (!item.parent) return null;
  let speaker = read.get(item.parent);
  if (speaker === undefined) {
    speaker = bulletSpeaker(item, context);
    read.set(item.parent, speaker);
  }
  return speaker;
}

/** "- Lisa" over "- I will test the widget": a bullet naming someone speaks for the items below it. */
function bulletSpeaker(item: Item, context: ExtractContext): Commitment | null {
  if (!item.parent) return null;
  // "- (IO;BV) Budget update": a slot two people present.
  const pair = PRESENTERS_TAG.exec(item.parent.text)?.[1];
  if (pair) return { text: "", owners: pair.split(/\s*[;,/&]\s*/), saysI: true };
  // "- (RBK) Budget update" over "- Will draft the application": who presents the topic
  // speaks in the bullets below it.
  const presenter = SPEAKER_TAG.exec(item.parent.text)?.[1];
  if (presenter && (/^\p{Lu}{2,4}$/u.test(presenter) || knownTaker(presenter, context)))
    return { text: "", owners: [presenter], saysI: true };
  // "- IO: Reworked the rota" over "- Will check it in a month": the speaker goes on below.
  const label = itemLabel(item.parent)?.label.trim();
  if (
    label &&
    !SHOUTED_PREFIX.test(`${label}:`) &&
    (/^\p{Lu}{2,3}$/u.test(label) || context.people.resolve(label).attendeeId !== null)
  )
    return { text: "", owners: [label], saysI: true };
  if (!isOwnerBullet(item.parent, context)) return null;
  return { text: "", owners: splitNames(item.parent.text.replace(/:\s*$/, "")) };
}

const PRESENTERS_TAG = /^[[(](\p{Lu}{2,4}(?:\s*[;,/&]\s*\p{Lu}{2,4})+)[\])]\s*:?\s+(?=\S)/u;
const DASHED_SPEAKER = /^(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+[–—-]\s+(?=\S)/u;
/** "[kim] I'll check with the team", "(Ilse) Will draft it": a transcript's speaker in brackets. */
const SPEAKER_TAG = new RegExp(String.raw`^[[(](${TAGGED_NAME})[\])]\s*:?\s+(?=\S)`, "u");

/** What the speaker of a labelled or tagged line says, without the label or the tag. */
/** "[10:07] Ben: I'll dig into it": a transcript's line, read as its speaker's words. */
const CHAT_LINE = new RegExp(
  `${CHAT_TIME.source}(?=@?\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*)?:\\s)`,
  // Case matters: a speaker's name opens with a capital.
  "u",
);

/** A commitment read from a speaker's words counts only when it names who does the work. */
/**
 * What a speaker's words give: work they address to someone ("Ben, please check the path"), or
 * that they take on for their side of a customer's meeting ("we will check with security"),
 * which inSpeakersVoice gives to the speaker's organization.
 */
function spokenWork(
  found: Commitment | null,
  speaking: Commitment | null,
  context: ExtractContext,
): Commitment | null {
  if (!found) return null;
  if (found.owners.length > 0) return found;
  const we =
    speaking && speakersOrganization(speaking, context)
      ? WE_WILL.exec(spellOutWe(found.text))
      : null;
  return we && !DELIBERATION_VERBS.test(we[1]!) && !WE_PLAN_VERBS.test(we[1]!) ? found : null;
}

function withoutChatTime(item: Item): Item {
  const time = CHAT_LINE.exec(item.text);
  if (!time) return item;
  const text = item.text.slice(time[0].length);
  return { ...item, text, body: item.lead === null ? text : item.body };
}

function spokenWords(item: Item): string {
  const labelled = itemLabel(item);
  return labelled ? labelled.value.trim() : withoutSpeaker(item.text);
}

function withoutSpeaker(text: string): string {
  return text
    .replace(SPEAKER_TAG, "")
    .replace(SPEAKER_LABEL, "")
    .replace(/^["“](.+?)["”]?\.?$/, "$1")
    .trim();
}

/**
 * "**Kim:** The numbers look bad. I'll profile it.": an attendee's name labelling the line says
 * who speaks in every sentence of it, so "I'll" in a later sentence is theirs.
 */
/** The verbs that report speech: "Kim said", "Noor replied". */
const SPEECH_VERBS = "said|says|added|replied|answered|confirmed|wrote";
const SAID = new RegExp(`\\s+(?:${SPEECH_VERBS})$`, "i");
const TIME_STAMP = String.raw`\s*[([]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?[)\]]`;
const SPOKEN_AT = new RegExp(`${TIME_STAMP}$`, "i");
/** "Kim:", "Ilse Berg (10:32):": a speaker's label, stamped with the time or not. */
const SPEAKER_LABEL = new RegExp(`^[^:]{1,40}?(?:${TIME_STAMP})?:\\s+`, "i");

function lineSpeaker(item: Item, context: ExtractContext): Commitment | null {
  // "Ben – on call was quiet. Will rotate the keys tomorrow": an update set off by a dash.
  const label =
    itemLabel(item)?.label ??
    SPEAKER_TAG.exec(item.text)?.[1] ??
    DASHED_SPEAKER.exec(item.text)?.[1];
  // "Ada Lind (10:32):": a transcript stamps the speaker with the time.
  // 'Ada said: "I'll send it"': the verb of saying before the colon is no part of the name.
  const speaker = label?.replace(SPOKEN_AT, "").replace(SAID, "");
  if (!speaker || speaker.split(/\s+/).length > 3) return null;
  return context.people.resolve(speaker).attendeeId !== null || context.people.speaksInNote(speaker)
    ? { text: "", owners: [speaker], saysI: true }
    : null;
}

/** "Kim: Ben and I will draft it": the "I" of a speaker's line is the speaker. */
function inSpeakersVoice(
  found: Commitment,
  speaker: Commitment,
  context: ExtractContext,
): Commitment {
  // "Kim: we will check with security", "Kim: our team will send the runbook", where Kim is of
  // one of the organizations at the table: the work of Kim's organization. Among the members of
  // one community "we" is the group, whose work is no one's in particular.
  const side = speakersOrganization(speaker, context);
  if (
    side &&
    SPEAKERS_SIDE.test(found.text) &&
    (found.noOwner || (found.owners.length === 1 && SPEAKERS_SIDE.test(found.owners[0]!)))
  )
    return { ...found, owners: [side], noOwner: false, spokenFor: true };
  if (!found.owners.some(isWriter)) return found;
  const owners = found.owners.flatMap((name) => (isWriter(name) ? speaker.owners : [name]));
  return { ...found, owners: [...new Set(owners)] };
}

const SPEAKERS_SIDE = /^(?:we\b|we['’]ll\b|our (?:team|side|end|folks|people)\b)/i;

/**
 * The organization a speaker is seated with, in a meeting between a customer and a vendor. In
 * a community's meeting people name their employers too, and "we" is still the community.
 */
function speakersOrganization(speaker: Commitment, context: ExtractContext): string | null {
  const name = speaker.owners.length === 1 ? speaker.owners[0]! : null;
  const id = name ? context.people.resolve(name).attendeeId : null;
  const organization = context.attendees.find((attendee) => attendee.id === id)?.organization;
  if (!organization) return null;
  const sides = new Set(context.attendees.map((attendee) => attendee.side));
  return sides.has("customer") && sides.has("vendor") ? organization : null;
}

/** "Juan's update (statement status)", "Update from Ana", "Ana Ruiz: report": a person's part. */
const PERSONS_PART =
  /^(?:(.+?)['’]s?\s+(?:updates?|report|status|items?|part|notes?|topics?)|(?:updates?|report|status|notes?)\s+(?:from|by)\s+(.+?))$/i;

function headingPerson(section: RawSection, context: ExtractContext): Commitment | null {
  const heading = section.heading.replace(/[:\s]+$/, "");
  if (!heading) return null;
  if (context.people.resolve(heading).attendeeId !== null) return { text: "", owners: [heading] };
  // "### Anna" over "Yesterday: ...", "Today: ...", "Blockers: ...": a stand-up's person, listed
  // or not.
  if (
    (looksLikeName(heading, true) || isHandle(heading)) &&
    isStandUpEntry(section, context.sections)
  )
    return { text: "", owners: [heading] };
  const part = PERSONS_PART.exec(heading.replace(/\s*\([^()]*\)$/, ""));
  const name = part ? (part[1] ?? part[2])!.trim() : null;
  if (name && context.people.resolve(name).attendeeId !== null) return { text: "", owners: [name] };
  // "### Marta Kowalsky" over the update of "Marta Kowalski" in the attendee list: a full name
  // spelt a letter or two apart is the same person; "Dana Smith" is never the attendee "Dana Ilse".
  if (heading.split(/\s+/).length < 2 || !looksLikeName(heading)) return null;
  const near = closestAttendee(heading, context.attendees);
  return near && editDistance(fold(near.name), fold(heading), 3) <= 2
    ? { text: "", owners: [near.name] }
    : null;
}

/** "Today:", "Next week:", "Plans:": a label that says when the work after it is done. */
const WHEN_WORDS = "today|tomorrow|this week|next week|next|up next|next up|plans?";

/**
 * "Today: write tests for the export", "Next: start on billing", "Doing: migrate the cron jobs":
 * what a stand-up's person plans or is at.
 */
const PLANNED_LABEL = new RegExp(
  `^(?:${WHEN_WORDS}|to ?do|will do|doing|in progress|working on)\\s*:\\s+(\\S.*)$`,
  "i",
);

function plannedToday(
  words: string,
  speaking: Commitment | null,
  context: ExtractContext,
): Commitment | null {
  if (!speaking || speaking.owners.length === 0) return null;
  const planned = PLANNED_LABEL.exec(words)?.[1]?.trim();
  if (!planned || NO_WORK.test(planned)) return null;
  return opensWithSureVerb(planned, context.options.partOfSpeech)
    ? { text: planned, owners: speaking.owners }
    : null;
}

/**
 * "## Ada" over "- Share the roadmap draft by Wednesday": in notes kept by person, as a one-to-one's
 * are, an order on its own bullet under someone's heading is theirs. A bullet under another, a
 * labelled one ("Done: ...") and a line of prose say something else.
 */
function orderUnderPerson(
  item: Item,
  words: string,
  section: RawSection,
  context: ExtractContext,
): Commitment | null {
  if (item.type !== "list-item" || item.parent || itemLabel(item)) return null;
  // "Plan is to ...": a noun that is also a verb, as the subject of a sentence.
  if (!opensWithImperative(words) || /^\S+\s+(?:is|are|was|were)\b/i.test(words)) return null;
  const heading = section.heading.replace(/[:\s]+$/, "");
  if (NOT_A_PROMISE.test(words) || context.people.resolve(heading).attendeeId === null) return null;
  // What someone said in a discussion may open with a verb too: their list is one of orders.
  const bullets = section.items.filter((other) => other.type === "list-item" && !other.parent);
  const orders = bullets.filter((other) => opensWithImperative(other.text));
  return orders.length * 3 >= bullets.length * 2 ? { text: words, owners: [heading] } : null;
}

const WHEN_LABEL = new RegExp(`^(?:${WHEN_WORDS})\\s*:\\s*(?=\\S)`, "i");

/** "Will draft the budget", "will also send it round": a promise whose subject is left out. */
const BARE_WILL = new RegExp(String.raw`^will\s+(?:${WILL_ADVERBS}\s+)?(\p{L}+)`, "iu");

/**
 * "- Will move the scans to the archive": in a note with no action list, a line whose
 * subject is left out is the writers' plan, as their "we will" is. "Will Hartley (Acme)" names
 * someone; "Will be released soon" is what happens to a thing; "Will we meet again?" asks.
 */
function subjectlessPlan(
  clause: string,
  context: ExtractContext,
  thinker: string[] | null = null,
): Commitment | null {
  const text = withoutFiller(clause).trim();
  const bare = BARE_WILL.exec(text);
  if (!bare || /\?\s*$/.test(text)) return null;
  const verb = bare[1]!;
  if (!/^\p{Ll}/u.test(verb) || NOT_BARE_WORK.test(verb) || DELIBERATION_VERBS.test(verb))
    return null;
  if (EFFECT.test(text) || NOT_A_PROMISE.test(text) || !isWork(text, context, verb)) return null;
  return thinker ? { text, owners: thinker } : { text, owners: [], noOwner: true };
}

/** "Tomasz thinks ...", "Ana suggested ...": someone says what they think, then may go on to plan. */
const THINKS =
  /^(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?:thinks|believes|suspects|expects|feels|says|said|suggests|suggested|reports|reported|mentions|mentioned|notes|noted|explains|explained)\b/u;

function thinkerOf(clause: string, context: ExtractContext): string[] | null {
  const name = THINKS.exec(clause)?.[1];
  return name && isTaker(name, context) ? [name] : null;
}

/** After a left-out subject: words of what a thing is or does, or of talk, not of work. */
const NOT_BARE_WORK =
  /^(?:be|have|not|need|probably|likely|maybe|hopefully|it|this|that|there|we|you|they|he|she|focus|proceed|continue|keep|wait|see|depend|affect|allow|require|cause|mean|become|get)$/i;

/** "Dan will ask X. Also will re-send Y.": a clause with no subject continues the one before. */
const EFFECT =
  /^will\s+make\b.*\b(?:easier|simpler|better|clearer|faster|harder|possible|worse)\b/i;

/**
 * The clause's promise in the voice of the one before it. A clause in the first person is the
 * speaker's where a line or heading names one ("Nadia: Aisha will do it; I'll write it up"), and
 * otherwise the writer's, not the one the clause before named ("Aisha will do the palettes; I'll
 * write it up").
 */
function continued(
  clause: string,
  previous: Commitment | null,
  speaker: Commitment | null,
): Commitment | null {
  if (!previous || previous.owners.length === 0) return null;
  // "Today: will start on the refunds": a stand-up's label for when is no part of the promise.
  const text = withoutFiller(clause).replace(WHEN_LABEL, "").trim();
  // "(Ilse) Merged most of it. Will add the notes once ...": a sentence with no subject goes on
  // in the speaker's voice when the work's verb follows "will". Waiting is no work, nor is what
  // there will be ("Will have some speeches", "Will be there"), and "will make
  // the code easier to follow" is what a change does.
  const bare = previous.saysI ? BARE_WILL.exec(text) : null;
  // "OK, will do the export tomorrow": "do" with a thing to do.
  const doesIt =
    !!bare && bare[1]!.toLowerCase() === "do" && DOES_A_THING.test(text.slice(bare[0].length));
  if (
    bare &&
    (isImperativeVerb(bare[1]!) || doesIt) &&
    !/^(?:wait|have|be)$/i.test(bare[1]!) &&
    !/\?\s*$/.test(text) &&
    !EFFECT.test(text)
  )
    return NOT_A_PROMISE.test(text) ? null : { text, owners: previous.owners, saysI: true };
  // "Leo: adding an issue for it and will add it to 0.19", "JZ: trying sizes - will also look
  // into Dask": the speaker goes on after "and" or a dash without a subject, when it is work;
  // what the "will" refers back to is in the words before, so they stay.
  // "The new flag will ease it and will help users": a thing the sentence opens with goes on.
  // "Yes, will be useful for me to ...": an answer, not a report of work.
  const goesOn = GOES_ON_WITH_WILL.exec(text);
  if (
    goesOn &&
    isImperativeVerb(goesOn[1]!) &&
    SELF_REPORT.test(text.slice(0, goesOn.index)) &&
    !/\?\s*$/.test(text) &&
    !EFFECT.test(text)
  )
    return NOT_A_PROMISE.test(text) ? null : { text, owners: previous.owners };
  const will = (
    previous.saysI
      ? // "I'll have to read it more carefully", "I'll probably ...": talk, not a promise.
        /(?:^|,\s+)(?:(?:and|but|so|also|then)\s+)?(?:I\s+will|I['’]ll|I(?:['’]m| am) (?:going|happy|glad|looking) to|I volunteer to|I plan to)\s+(?!(?:have|need|probably|maybe|think|be)\b)\p{L}/iu
      : speaker
        ? /(?:^|,\s+)(?:(?:also|then)\s+)?(?:will|plan(?:ning)? to|(?<i>I\s+will|I['’]ll))\s+\p{L}/iu
        : /(?:^|,\s+)(?:(?:also|then)\s+)?(?:will|plan(?:ning)? to)\s+\p{L}/iu
  ).exec(text);
  if (!will) return previous.saysI ? offeredBySpeaker(text, previous) : null;
  // "It may not be ours to fix, but I'm happy to draft the reply": the promise is the clause that says it.
  // A thing's "..., will be merged soon" keeps what it is about.
  const promise = previous.saysI
    ? text.slice(will.index).replace(/^,\s+(?:(?:and|but|so)\s+)?/i, "")
    : text;
  const owners = will.groups?.i && speaker ? speaker.owners : previous.owners;
  return NOT_A_PROMISE.test(promise) ? null : { text: promise, owners };
}

/**
 * "I can draft the reply", "Sure, I can own the follow-up", "Let me check with legal": a speaker
 * offering work. "Let me share my screen", "let me know", "I can see why" are talk.
 */
function offeredBySpeaker(text: string, previous: Commitment): Commitment | null {
  const offer = SPEAKER_OFFER.exec(text);
  if (!offer || /\?\s*$/.test(text)) return null;
  const verb = offer.groups!.verb!;
  const after = text.slice(offer.index + offer[0].length);
  const work =
    (isImperativeVerb(verb) && !(offer.groups!.letMe && LET_ME_TALK.test(verb))) ||
    (/^do$/i.test(verb) && DOES_A_THING.test(after)) ||
    // "I can have it by Monday", "I can have the figures ready": a thing to hand over.
    (/^have$/i.test(verb) &&
      A_THING.test(after) &&
      (READY.test(after) || DEADLINE_WORD.test(after)));
  if (!work) return null;
  const promise = text.slice(offer.index + offer[0].length - offer.groups!.said!.length);
  // The next sentence is still the speaker's: "I can draft the reply. I can do a review too."
  return NOT_A_PROMISE.test(promise)
    ? null
    : { text: promise, owners: previous.owners, saysI: true };
}

const SPEAKER_OFFER =
  /(?:^|[,.;]\s+)(?:(?:yes|yeah|yep|ok|okay|sure|and|but|so|also|then)[,!]?\s+){0,2}(?<said>(?:I\s+can|(?<letMe>let\s+me))\s+(?:also\s+|just\s+)?(?<verb>\p{L}+))/iu;
const LET_ME_TALK =
  /^(?:ask|add|clarify|explain|introduce|present|repeat|share|show|start|summari[sz]e|try)$/i;

/**
 * "Adding an issue for it", "Currently trying sizes", "Merged the fix", "I've drafted it", "Have
 * fixed the banner": the speaker's report of their own work, with no other subject ("clients don't ...", "the flag ...").
 */
const SELF_REPORT =
  /^(?:(?:currently|still|now|also|already|just)\s+)?(?:\p{L}+(?:ing|ed)\b|I\b|I['’](?:m|ve)\b|have\s+(?:(?:already|just|now)\s+)?\p{L}+(?:ed|en|t)\b)(?!.*\b(?:will|would)\b)/iu;
/** "... and will add it to 0.19", "... - will also look into it": the speaker goes on. */
const GOES_ON_WITH_WILL = new RegExp(
  String.raw`(?:,|\s+(?:and|but|so)|\s+[-–—])\s+(?:(?:and|but|so)\s+)?will\s+(?:${WILL_ADVERBS}\s+)?(\p{Ll}+)`,
  "u",
);

/** "Wes, will refactor it", "Ravi working on the flyer, will call the printer". */
const TAKER_GOES_ON = new RegExp(
  String.raw`^(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)(?:\s*,|\s+\p{Ll}+ing\b[^,;.]{0,80},)\s+(?:and\s+)?will\s+(?:${WILL_ADVERBS}\s+)?(?!(?:be|have|need|probably|maybe)\b)(\p{Ll}+)`,
  "u",
);

/**
 * A sentence opened by an attendee, who goes on after a comma with "will" and no subject of
 * its own: "Kim, will take action to refactor it", "Ravi working on the flyer, will call
 * the printer".
 */
function takerGoesOn(text: string, context: ExtractContext): Commitment | null {
  const match = TAKER_GOES_ON.exec(text);
  if (!match || !isStrongTaker(match[1]!, context) || !isWork(text, context, match[2]!))
    return null;
  return NOT_A_PROMISE.test(text) ? null : { text, owners: [match[1]!] };
}

/*
 * Most clauses the prose reader is handed give no work (about 55% of the calls over the eval
 * corpus hold none of the words below), and each such clause went through every reader, and
 * through the readers again for each part after a colon, a dash, a comma or inside a bracket.
 * Every way `readClause` gives work needs one of these words or shapes in the clause:
 * - "Conclusion:", "Outcome:", "Result:" (CONCLUSION_LABEL); "agreed", "decided", "resolved",
 *   "confirmed" before a reported "would" (DECIDED_THAT);
 * - "action", "todo", "to-do" (ACTION_FOR, SHOUTED_PREFIX, SPOKEN_PREFIX, TODO_TAG_FOR,
 *   ACTION_ON_AFTER, TODO_TAG, WE_TOOK_ACTION), "[ai]" (TODO_TAG), "AI" or "AP" as a word in
 *   capitals, and an outliner's "LATER", "DOING", "WAITING" (SHOUTED_PREFIX, case-sensitive,
 *   at the start of the clause);
 * - "step", "follow-up", "to do", "ask" opening a word, "request" (NEXT_STEP); "let's", "let us"
 *   (HAVE_SOMEONE_DO, whose "we'll" and "we will" are in the next line's words); "on it" or "on
 *   this" before a colon or a dash (ON_IT_LEAD);
 * - "will", "would", "going", "'ll", "'d" (REPORTED_PROMISE, SPEAKER_PROMISE, MODAL_VERB,
 *   WE_PROMISE and WE_WILL after spellOutWe, PLANNED_CHANGE, PRONOUN_PROMISE), "shall", "must"
 *   and "should" (TOLD_TO);
 * - "to" after a non-word character and before white space: the "to" of MODAL_VERB (after its
 *   \b), and every other reader's "to", which follows white space (SPEAKER_PROMISE, ASKED_LEAD,
 *   NEED_OPENING, FIX_IS_TO, WE_PROMISE's "plan to", "commit to", "intend to");
 * - the volunteer's words (VOLUNTEER_WORDS); "responsib(le|ility)", "accountab(le|ility)",
 *   "owner", "lead", "charge" (RESPONSIBLE_FOR, OWNING_LEAD, RESPONSIBILITY_WITH); "own" or "owns" as a word, "drive", "take(s) over",
 *   "take(s) on", "taking", "pick(s) up", "point", "care", "hook", "owning", "handling", "driving", "chasing", "looking
 *   into", "following up", "tasked" (OWNING_LEAD); "be ... by" (PASSIVE_AGENT);
 * - "committed", "commits", "promise", "guarantee", "owe", "pledged", "assured" (PROMISE_WORDS,
 *   OWES, WE_PROMISED, promisersAtStart);
 * - "please" (ADDRESSED_PLEASE); the owner labels' words (MAY_HOLD_OWNER_LABEL, labelledOwners);
 *   "assign", "claimed" (ASSIGNED_LEAD); "working on", "in the process of" (WE_UNDER_WAY);
 * - a deadline word or "next" (PRESENT_WITH_WHEN, itself, for the order with a deadline and for
 *   the present tense with a day ahead or the rest of the week under way).
 * The readers of a part of the clause (a bracket, after a colon, a dash or a comma, after a
 * label) read a piece of it whose edges stand at white space or punctuation, so the word is in
 * the whole clause too; where a piece is changed before it is read (a capital put on its first
 * letter, "will" put for "would"), the change needs one of the words already ("action",
 * "agreed", a lower-case taker before "to" or "will"). The words are matched as substrings,
 * case-insensitively with Unicode case folding as the readers' own /iu patterns match, except the
 * three shapes that need a word's edge: those are written to hold wherever the reader's does.
 * test/extract/prose-precheck.test.ts reads every clause of the fixtures and the eval corpus
 * without this test and checks that none it would skip gives work.
 */
const MAY_GIVE_WORK = new RegExp(
  [
    "conclusion|outcome|result|agreed|decided|resolved|confirmed",
    "action|todo|to-do|[[(]ai[\\])]",
    "step|follow[- ]?up|to do|(?<![A-Za-z0-9_])ask|request|let['’]s|let us|on (?:it|this)\\s*[:—–-]",
    "will|would|going|['’]ll|['’]d|must|shall|should",
    "(?<![A-Za-z0-9_])to\\s",
    VOLUNTEER_WORDS,
    "responsib|accountab|owner|(?<![A-Za-z0-9_])DRIs?(?![A-Za-z0-9_])|lead|charge|(?<![A-Za-z0-9_])owns?\\s|drive|takes? over|takes? on\\s|taking|picks? up|point|care|hook",
    "owning|handling|driving|chasing|looking into|following up|tasked",
    "committed|commits|promise|guarantee|owe|pledged|assured",
    "please",
    MAY_HOLD_OWNER_LABEL.source,
    "assign|claimed",
    "working on|in the process of",
    // "Raj & Marcus: rerun the load test": two people over an order.
    "^[^:]{1,80}(?:&|/|\\sand\\s)[^:]{0,80}:\\s",
  ].join("|"),
  "iu",
);
/**
 * "The team answers for the changelog when cutting a release", "Kim owns the tags whenever
 * we release", "Lars owns the cost report from now on": a standing duty, a role or a rule of the
 * team, not a piece of work.
 */
const HABITUAL =
  /\b(?:whenever|when\s+\p{L}+ing|each time|every time|always|at all times|from now on|going forward|on an ongoing basis|permanently)\b/iu;

/**
 * "AI", "AP" written as a word in capitals, and an outliner's "LATER", "DOING", "WAITING"
 * (SHOUTED_PREFIX reads them case-sensitively).
 */
const SHOUTED_SHORT = /(?<![A-Za-z0-9_])(?:A[IP]|LATER|DOING|WAITING)(?![A-Za-z0-9_])/;

/**
 * "Everyone, review the draft": the ones addressed, then an order (ADDRESSED_ORDER). Apart from
 * MAY_GIVE_WORK because its letter cases must hold: under its "i" flag "so, we went" would pass.
 */
const ADDRESSED_SHAPE = /^[@\p{Lu}][^,;:]{0,40},\s+\p{Ll}/u;

/** Whether a clause holds any of the words a reader of `readClause` needs to give work. */
export function mayGiveWork(text: string): boolean {
  return (
    MAY_GIVE_WORK.test(text) ||
    DEADLINE_WORD.test(text) ||
    ((ON_A_DAY_AHEAD.test(text) || PERIOD_UNDER_WAY.test(text)) && NAME_THEN_PRESENT.test(text)) ||
    SHOUTED_SHORT.test(text) ||
    ADDRESSED_SHAPE.test(text) ||
    HAVE_SOMEONE.test(text)
  );
}

/** When set (tests only), every clause is read in full and reported with whether it gave work. */
let audit: ((clause: string, found: boolean) => void) | null = null;

/**
 * Reads every clause, its parts too, without the precheck and reports each with whether it gave
 * work, for the test that the precheck never skips a clause that gives some.
 */
export function auditClauses<T>(report: (clause: string, found: boolean) => void, run: () => T): T {
  const outer = audit;
  audit = report;
  try {
    return run();
  } finally {
    audit = outer;
  }
}

/** Reads one clause; null when it gives no one any work. */
export function readCommitment(
  written: string,
  context: ExtractContext,
  strict: boolean,
  nested = false,
): Commitment | null {
  if (audit !== null) {
    const found = readClause(written, context, strict, nested);
    audit(written, found !== null);
    return found;
  }
  return mayGiveWork(written) ? readClause(written, context, strict, nested) : null;
}

function readClause(
  written: string,
  context: ExtractContext,
  strict: boolean,
  nested: boolean,
): Commitment | null {
  const unnumbered = written.replace(ARROW_LEAD, "").replace(NUMBER_LEAD, "");
  // 'Ada said: "I'll send the quote by Friday."': the words quoted, in the speaker's voice.
  const quoted = nested ? null : QUOTED_SPEECH.exec(unnumbered);
  if (quoted && isStrongTaker(quoted[1]!, context)) {
    const said = quoted[2]!.replace(/[.!]$/, "");
    const inner = readCommitment(said.replace(/^I(?=\s|['’])/, quoted[1]!), context, strict, true);
    if (inner)
      return { ...inSpeakersVoice(inner, { text: "", owners: [quoted[1]!] }, context), text: said };
  }
  // "Expect an update from Pim by 5pm", "Awaiting logs from Rina (by Thu)": what someone the
  // note knows is to hand over by a day is their work.
  const expected = nested ? null : EXPECTED_FROM.exec(unnumbered);
  if (expected && hasDeadline(unnumbered, context)) {
    const from = splitNames(expected[1]!);
    if (from.every((name) => context.people.resolve(name).attendeeId !== null || isHandle(name)))
      return { text: unnumbered, owners: from };
  }
  // "Once the CI is fixed, we'll look into the installer", "In order to ensure a quorum we will
  // meet earlier": a clause of when or what for, then the promise. What the lead says happened
  // ("is fixed") is no report. The promise is the task, as after "If the vendor agrees, ...";
  // what it is for stays with it, being what the work is.
  const lead = nested ? null : LEADING_CLAUSE.exec(unnumbered);
  if (lead) {
    const main = readCommitment(unnumbered.slice(lead[0].length), context, strict, true);
    if (main) return /^(?:in order|so as)/i.test(lead[0]) ? { ...main, text: unnumbered } : main;
  }
  // "Tamsin confirmed the credits will be issued by December 15", "Pim promised the refund
  // would be paid by Friday": an attendee vouching for work to be done by a day is taking it on.
  const vouched = nested ? null : VOUCHED_BY_WHEN.exec(unnumbered);
  if (
    vouched &&
    context.people.resolve(vouched[1]!).attendeeId !== null &&
    !TALKED_OVER.test(vouched[2]!) &&
    isImperativeVerb(participleBase(vouched[2]!)) &&
    // "would be paid" is the promised "will be paid", reported.
    !NOT_A_PROMISE.test(unnumbered.replace(/\bwould be\b/, "will be")) &&
    hasDeadline(unnumbered.slice(vouched.index + vouched[0].length - 1), context)
  )
    return { text: unnumbered, owners: [vouched[1]!] };
  // "Tamsin asked that Pim review the draft", "It was requested that the board approve the
  // budget": a request in the subjunctive, read as "Pim to review the draft".
  const requested = nested ? null : REQUESTED_THAT.exec(unnumbered);
  const bareVerb = requested ? SUBJECT_THEN_VERB.exec(requested[1]!) : null;
  if (bareVerb && isImperativeVerb(bareVerb[2]!)) {
    const [, taker, verb, rest] = bareVerb;
    const found = readCommitment(`${taker} to ${verb}${rest}`, context, strict, true);
    if (found && found.owners.length > 0) return { ...found, text: unnumbered };
  }
  // "We agreed that Omar sends a daily summary", "We agreed Kim owns the RCA": what the meeting
  // agreed someone does is theirs to do, in the present as in the future.
  const agreed = nested ? null : AGREED_THAT.exec(unnumbered);
  if (agreed) {
    const rest = unnumbered.slice(agreed[0].length);
    const agreedDoers =
      presentTenseDoers(rest, context.people) ?? ownersByVerb(rest, context.people);
    // "Agreed that Bertrand owns the cost report from now on": a standing duty, not work.
    if (
      agreedDoers?.every((name) => isStrongTaker(name, context)) &&
      !NOT_A_PROMISE.test(rest) &&
      !HABITUAL.test(rest)
    )
      return { text: rest, owners: agreedDoers };
    // "Resolved that the clerk writes to the county": an office the minutes seat, then its work
    // in the present ("the fee stays the same" is a thing's state).
    const office = OFFICE_THEN_VERB.exec(rest);
    if (
      office &&
      context.people.resolve(office[1]!).attendeeId !== null &&
      [office[2]!.slice(0, -1), office[2]!.replace(/es$/, "")].some((verb) =>
        isImperativeVerb(verb),
      ) &&
      !NOT_A_PROMISE.test(rest) &&
      !HABITUAL.test(rest)
    )
      return { text: rest, owners: [office[1]!] };
  }
  // "Conclusion: Create an issue to move the jobs": what the talk ended in is work when it is an
  // order; "Decision: Use the new host" stays the choice made.
  const ended = CONCLUSION_LABEL.exec(unnumbered);
  if (ended && !nested) {
    const rest = unnumbered.slice(ended[0].length).trim();
    const given = readCommitment(rest, context, strict, true);
    if (given) return given;
    const present = presentUnderLabel(rest, context);
    if (present) return present;
    if (opensWithImperative(rest) && !CHOICE_VERB.test(rest) && !NOT_A_PROMISE.test(rest))
      return { text: rest, owners: [] };
  }
  const opened = withoutFiller(unnumbered.replace(DECISION_LABEL, "")).replace(WHEN_BEFORE_WE, "");
  const text = opened.replace(DECIDED_THAT, "").trim();
  if (text !== opened.trim() && REPORTED_TAKER.test(text)) {
    const plain = text.replace(REPORTED_TAKER, "$1 will ");
    const found = readCommitment(plain, context, strict, nested);
    return found && { ...found, text: found.text === plain ? text : found.text };
  }
  // "Resolved that the Clerk obtain a third quote": formal minutes give the order in the
  // subjunctive, the taker then the verb's plain form.
  const subjunctive = text !== opened.trim() ? subjunctiveOrder(text, context) : null;
  if (subjunctive) {
    const found = readCommitment(subjunctive, context, strict, nested);
    return found && { ...found, text };
  }
  // "Greta, can you please send the report?", "Could you send it by Friday, Greta?": a request put
  // to someone the note knows, with "please" or a day, is work for them; other questions are not.
  const request = /\?\s*$/.test(text) ? namedRequest(text, context) : null;
  if (request) return request;
  if (text.length < 8 || /\?\s*$/.test(text) || /^[+-]\d\b/.test(text) || TIMESTAMP_LEAD.test(text))
    return null;
  const forSomeone = ACTION_FOR.exec(text);
  if (forSomeone && !nested) {
    const rest = text.slice(forSomeone[0].length);
    // "for group to review": the taker opens a sentence of its own once the label is gone.
    const found = readCommitment(rest[0]!.toUpperCase() + rest.slice(1), context, strict, true);
    if (found) return found;
  }
  // "TODO wendell: book the caterers": the label, then who takes the work.
  const named = namedAction(text, context);
  if (named && named.label.length < text.length)
    return { text: text.slice(named.label.length), owners: named.names };
  // "W ACTION: to send the floor plans", "Kim TODO: re-check the exits": who, then the label.
  const signedLabel = TAKER_BEFORE_LABEL.exec(text);
  if (signedLabel && signedLabel[0].length < text.length) {
    const taker = signedLabel[1]!;
    // "Budget - AP - send the numbers": before a dash, a word may be the topic; a taker is known.
    const known = signedLabel[2] ? isStrongTaker(taker, context) : isTaker(taker, context);
    if (/^[A-Z]{1,4}$/.test(taker) || known)
      return { text: text.slice(signedLabel[0].length), owners: [taker] };
  }
  // "Pim is on it: send the notes": who says they have it, then the work.
  const onIt = ON_IT_LEAD.exec(text);
  const haveIt = onIt ? splitNames(onIt[1]!) : [];
  if (haveIt.length > 0 && haveIt.every((name) => isStrongTaker(name, context)))
    return { text: text.slice(onIt![0].length), owners: haveIt };
  const followUp = FOLLOW_UP_FOR.exec(text);
  const shouted =
    SHOUTED_PREFIX.exec(text) ??
    SPOKEN_PREFIX.exec(text) ??
    (followUp && splitNames(followUp[1]!).every((name) => isStrongTaker(name, context))
      ? followUp
      : null);
  if (shouted && shouted[0].length < text.length) {
    const rest = text.slice(shouted[0].length);
    // "Action items: None": the label says there is no work; "ACTION Kim:" heads the lines below.
    if (NO_WORK.test(rest.trim()) || pointsElsewhere(rest) || LABEL_OVER_LINES.test(rest.trim()))
      return null;
    // "ACTION: Clerk to contact the supplier": a role the minutes name before the work.
    const role = shouted[1] ? null : ROLE_TAKES.exec(rest.trim())?.[1];
    if (role && isRoleText(role)) return { text: rest, owners: [role] };
    // "TODO tobin create the stickers": a taker's short name in lower case, then the order.
    const lower = shouted[1] ? null : takerThenOrder(rest, context);
    if (lower) return { text: lower.work, owners: [lower.name] };
    return { text: rest, owners: shouted[1] ? splitNames(shouted[1]) : [] };
  }
  // "Next step: Kim to profile it", "Follow-up: send the table", "Next steps are to write a
  // guide": a label that says what follows is work, when what follows reads as work.
  const step = NEXT_STEP.exec(text);
  if (step && step[0].length < text.length) {
    const rest = text.slice(step[0].length).trim();
    const given = readCommitment(rest, context, strict, true);
    if (given) return given;
    const present = presentUnderLabel(rest, context);
    if (present) return present;
    // "Next step is for testing to finish" waits for something; it names no work.
    const gerund = GERUND_WORK.test(rest) && !/\bfor\s*$/i.test(step[0]);
    if ((opensWithImperative(rest) || gerund) && !NOT_A_PROMISE.test(rest))
      return { text: rest, owners: [] };
  }
  // "Table of contents missing [TODO Kim]", "[TODO: Ana will email the draft]".
  const todoFor = TODO_TAG_FOR.exec(text);
  if (todoFor) {
    const inside = (todoFor[1] ?? todoFor[2])!.trim();
    const work = squash(text.replace(todoFor[0], " "));
    const actors = actorsAtStart(inside, context.people);
    const takers = actors ?? splitNames(inside);
    // "- [TODO Kim]" alone under a topic names a taker and no work.
    const todo = work || (actors ? inside : "");
    if (
      todo &&
      takers.length > 0 &&
      takers.every((name) => isTaker(name, context) || looksLikeName(name))
    )
      return { text: todo, owners: takers };
  }
  // "Someone from the records office - action on Ben".
  const actionOn = ACTION_ON_AFTER.exec(text);
  if (actionOn && actionOn.index > 0) {
    const takers = splitNames(actionOn[1]!);
    if (takers.every((name) => isTaker(name, context)))
      return { text: text.slice(0, actionOn.index), owners: takers };
  }
  // "Responsibility for the rota sits with Pim": the work, then who holds it.
  const held = RESPONSIBILITY_WITH.exec(text);
  if (held) {
    const holders = splitNames(held[1]!);
    if (holders.length > 0 && holders.every((name) => isStrongTaker(name, context)))
      return { text: text.replace(/\.$/, ""), owners: holders };
  }
  // "Noor - Open a PR [todo]": a to-do tag marks the item wherever it stands.
  if (TODO_TAG.test(text)) {
    const stripped = text.replace(TODO_TAG_ALL, " ").replace(/\s+/g, " ").trim();
    return { text: stripped, owners: [] };
  }
  const reported = reportedPromise(text, context);
  if (reported) return reported;
  const hedged = NOT_A_PROMISE.exec(text);
  if (hedged) {
    // "The timeout may be fixed already, but Raj will check it": the hedge is the clause before the
    // promise, which someone the note knows makes after the joining word.
    const joined = nested ? null : HEDGE_THEN_PROMISE.exec(text.slice(hedged.index));
    const after = joined
      ? readCommitment(
          text.slice(hedged.index + joined.index + joined[0].length),
          context,
          strict,
          true,
        )
      : null;
    return after?.owners.length && after.owners.every((name) => isStrongTaker(name, context))
      ? after
      : null;
  }
  // "Reviewed the draft (Ana to follow up)": a report, closed by who takes the next step.
  if (readsAsReport(text)) return nested ? null : bracketWork(text, context, strict);
  if (readsAsAppointment(text)) return null;
  const speaker = SPEAKER_PROMISE.exec(text);
  if (
    speaker &&
    // "Topic - to review it": after a dash, only a taker the note knows speaks.
    splitNames(speaker[1]!).every((name) =>
      speaker.groups!.dash ? isStrongTaker(name, context) : isTaker(name, context),
    ) &&
    isWork(text, context, speaker.groups!.verb!)
  )
    return {
      text: text.slice(speaker[0].length - speaker.groups!.said!.length).trim(),
      owners: splitNames(speaker[1]!),
    };
  // "Need someone to own the rota — Kim volunteered", "Host the retro (Ana offered)": the
  // work before, taken by whoever the end names.
  const volunteered = VOLUNTEERED_AFTER.exec(text);
  if (volunteered) {
    const names = splitNames(volunteered[2]!);
    const work = volunteered[1]!.trim();
    // "Someone to update the page — Lisa volunteered": work put to anyone. "The demo went
    // well, Ana volunteered" does not say for what.
    if (
      names.length > 0 &&
      names.every((name) => isStrongTaker(name, context)) &&
      (opensWithImperative(work) ||
        expressesNeed(work) ||
        CALL_FOR_HELP.test(work) ||
        ASKS_FOR_SOMEONE.test(work))
    )
      return { text: work, owners: names };
  }
  // "Book the hall - Priya to do", "Budget review -- Kim to handle": the work, then a dash and
  // who is to do it, as a list's owner column written inline. An order stands alone as the task;
  // a topic or a report keeps the words that say what is to be done about it.
  const closing = TAKER_AFTER_DASH.exec(text);
  if (closing) {
    const names = splitNames(closing[2]!);
    const work = closing[1]!.trim();
    if (
      names.length > 0 &&
      names.every((name) => isStrongTaker(name, context) || (!strict && isTaker(name, context))) &&
      work.split(/\s+/).length >= 2
    )
      return { text: opensWithImperative(work) ? work : text, owners: names };
  }
  // "Eva: draft the tender by 31.3.": an attendee's name as the label of an order with a deadline.
  // Without one, a speaker's "Marta: Run it on two vendors, use the old portal" tells how things are
  // done; two people ("Eva & Marta: draft the tender", "Eva and others: ...") do not speak as one,
  // and are given the work.
  const ordered = plainLabel(text);
  const orderedTo = ordered ? splitNames(ordered.label) : [];
  if (
    ordered &&
    opensWithImperative(ordered.value) &&
    // In a note that lists no one, a name it also writes taking work ("Pim to pair ...") is someone.
    orderedTo.every(
      (name) =>
        context.people.resolve(name).attendeeId !== null ||
        (context.attendees.length === 0 && context.people.writesAsTaker(name)),
    ) &&
    (orderedTo.length >= 2 ||
      namesOthersToo(ordered.label) ||
      (DEADLINE_WORD.test(ordered.value) && hasDeadline(ordered.value, context)))
  )
    return { text: ordered.value.trim(), owners: orderedTo };
  // "Responsible for the kick-off: Nils (by 10.04.)": the work in the label, its taker after it.
  const responsible = RESPONSIBLE_FOR.exec(text);
  if (responsible) {
    const names = splitNames(responsible[2]!);
    if (names.length > 0 && names.every((name) => isStrongTaker(name, context)))
      return {
        text: responsible[3] ? `${responsible[1]} (${responsible[3]})` : responsible[1]!,
        owners: names,
      };
  }
  const actors = actorsAtStart(text, context.people);
  if (actors?.every((name) => isTaker(name, context))) {
    const modal = MODAL_VERB.exec(text);
    // "Ines committed to weekly reviews": a promise, whatever follows it.
    if (
      (PROMISE_WORDS.test(text) || OWES.test(text)) &&
      (!strict || actors.every((name) => isStrongTaker(name, context)))
    )
      return { text, owners: actors };
    // "The board shall meet quarterly": a group's "shall" states a rule, as its "must" does,
    // unless the words set a day (read with "should" and "must" below).
    const groupRule = SHALL.test(text) && actors.every((name) => isGroupName(name));
    if (
      modal &&
      !groupRule &&
      isWork(text, context, modal[1]!) &&
      (!strict || actors.every((name) => isStrongTaker(name, context)))
    )
      return { text, owners: actors };
    // "Kim should follow up with finance": an attendee told what to do. "We should ..." and "The
    // docs should ..." muse on what would be good; "Two people must review a request" and "The
    // treasurer must report to the board" state a rule.
    const told = TOLD_TO.exec(text);
    if (
      told &&
      (actors.every((name) => context.people.resolve(name).attendeeId !== null) ||
        // "Everyone should review the rota by 13 March": a group told what to do by a day.
        (actors.every((name) => isGroupName(name)) && hasDeadline(text, context))) &&
      isWork(text, context, told[1]!)
    )
      return { text, owners: actors };
  }
  // "Let's have Kim draft the agenda", "We'll get Ana to check the numbers": the group's word
  // puts the work on the attendees it names.
  const had = HAVE_SOMEONE_DO.exec(text);
  if (had) {
    const names = splitNames(had[1]!);
    if (
      names.every((name) => context.people.resolve(name).attendeeId !== null) &&
      isWork(text, context, had[2]!)
    )
      return { text, owners: names };
  }
  // "Acme promised a credit on the March invoice": a promise of a thing, to the customer.
  // Where the note lists no work of its own, anyone written as a name may promise.
  const promisers = promisersAtStart(text, context.people);
  if (
    promisers?.every((name) => isStrongTaker(name, context) || (!strict && isTaker(name, context)))
  )
    return { text, owners: promisers };
  // "Ben checks the logs until next meeting", "Chloe prepares the agenda for next week": the
  // present tense with a day ahead, as writers whose language says the future so write it.
  // "Ravi is bringing the projector next week": the progressive with a day ahead says a plan.
  const doers = PRESENT_WITH_WHEN.test(text)
    ? (presentTenseDoers(text, context.people) ?? plannedDoers(text, context))
    : null;
  // "Odile ships the fix on Monday": with a day and no deadline word, what is done by it.
  const byDay = doers !== null && !DEADLINE_WORD.test(text) ? doneToAThing(text, doers) : true;
  if (doers && byDay && !NOT_A_PROMISE.test(text)) {
    const due = scheduleOf(text, context).due;
    if (due ? due.slice(0, 10) >= (context.reference?.date ?? due) : setForNextMeeting(text))
      return { text, owners: doers };
  }
  // "The RCA will be shared with the customer by March 20", "The old mailbox will be shut down
  // before June": a thing that will be done by a day ahead, by whoever does it; without a day ahead
  // ("The release will be delayed", "It will be discussed") the sentence tells, it sets no work.
  // Most clauses hold no " be ": a plain search first skips the scan where it cannot match.
  const planned = strict || !text.includes(" be ") ? null : PLANNED_PASSIVE.exec(text);
  if (
    planned &&
    !TALKED_OVER.test(planned[1]!) &&
    isImperativeVerb(participleBase(planned[1]!)) &&
    !NOT_A_PROMISE.test(text)
  ) {
    const due = context.reference ? scheduleOf(text, context).due : null;
    if (due && due.slice(0, 10) >= context.reference!.date) return { text, owners: [] };
  }
  // "The chair asked Ottoline to price the water butts": where the note has no list of work, the one
  // asked need not be on the attendee list.
  const asked = askedToDo(text, context.people);
  if (
    asked?.names.every(
      (name) => isStrongTaker(name, context) || (!strict && isTaker(name, context)),
    ) &&
    isWork(text, context, asked.verb)
  )
    return { text, owners: asked.names };
  // "Sam owns the rollback plan", "Kim is responsible for the migration": who answers for the
  // work. "Acme owns the DNS zone" says whose a thing is.
  const owning = ownersByVerb(text, context.people);
  if (
    !HABITUAL.test(text) &&
    owning?.every(
      (name) =>
        isStrongTaker(name, context) && context.people.resolve(name).kind !== "organization",
    )
  )
    return { text, owners: owning };
  const addressed = ADDRESSED_PLEASE.exec(text);
  if (addressed && isWork(text, context, addressed[2]!)) {
    const names = splitNames(addressed[1]!);
    if (names.every((name) => isStrongTaker(name, context))) return { text, owners: names };
  }
  // "Everyone, review the draft before Friday", "Kim, send the slides": the ones addressed, then
  // an order. A person must be one the note knows; "Also, check ..." addresses no one.
  const called = ADDRESSED_ORDER.exec(text);
  if (called && opensWithImperative(called[2]!)) {
    const names = splitNames(called[1]!);
    if (
      names.every(
        (name) =>
          isStrongTaker(name, context) || (isGroupOfPeople(name) && !/^(?:we|us)$/i.test(name)),
      )
    )
      return { text, owners: names };
  }
  const passive = PASSIVE_AGENT.exec(text);
  if (passive && PARTICIPLE.test(passive[1]!)) {
    const names = splitNames(passive[2]!);
    if (names.every((name) => isStrongTaker(name, context))) return { text, owners: names };
  }
  // "..., owned by Kim", "... (assigned to the infra team)", "Owner: Ilse".
  // "Owners: @kim" alone is a document's metadata: the work must be in the words that remain.
  const labelled = labelledOwners(text, context);
  if (labelled && labelled.text.split(/\s+/).length >= 3)
    return { text: labelled.text, owners: labelled.names };
  // "Assigned: Web form cleanup": the work is taken even where the note does not say by whom;
  // "Assigned: Kim Ilse" alone only names someone.
  const assigned = ASSIGNED_LEAD.exec(text);
  if (assigned) {
    const rest = text.slice(assigned[0].length).trim();
    const onlyNames = splitNames(rest).every((name) => isTaker(name, context));
    if (rest.split(/\s+/).length >= 2 && !onlyNames) return { text: rest, owners: [] };
  }
  // "We promised a credit", "we have committed to weekly calls", "we owe them a revised quote",
  // "We also promised a write-up": the writers' promise, whatever the note.
  const plainWe = spellOutWe(text);
  if (WE_PROMISED.test(plainWe) || WE_TOOK_ACTION.test(plainWe))
    return { text, owners: [], noOwner: true };
  // "It's on Pim to rotate the keys", "We need Rina to confirm the dates": the work is put on
  // someone the note knows.
  const putOn = PUT_ON_SOMEONE.exec(text);
  if (putOn && isWork(text, context, putOn[2]!)) {
    const takers = splitNames(putOn[1]!);
    // "We need volunteers to ...", "Need someone to ..." call for help (CALL_FOR_HELP).
    const named = (name: string) =>
      context.people.resolve(name).attendeeId !== null || isHandle(name);
    if (takers.every(named)) return { text, owners: takers };
  }
  // "Ask Noor to share the slides", "Have Lee check the logs": an order to get someone else to
  // do the work, given to whoever reads it; the one asked is not yet its owner.
  const asking = ASK_SOMEONE_TO.exec(text);
  const having = HAVE_SOMEONE.exec(text);
  if ((asking && isWork(text, context, asking[1]!)) || (having && isImperativeVerb(having[1]!)))
    return { text, owners: [], noOwner: true };
  // In an incident review "we will ..." is the writers' promise to their users; in the minutes of
  // a discussion it mostly narrates what the group talked about.
  if (!strict && context.facts.kind === "incident-review") {
    const we = WE_PROMISE.exec(spellOutWe(text));
    if (we && isWork(text, context, we[1]!)) return { text, owners: [], noOwner: true };
    if (plansChange(text)) return { text, owners: [], noOwner: true };
  }
  if (!strict) {
    const fix = FIX_IS_TO.exec(text);
    if (fix && isWork(text, context, fix[1]!)) return { text, owners: [], noOwner: true };
  }
  // Elsewhere, where the note lists no work, "We will coordinate the upload with them" is the
  // team's work all the same; what the group will focus on, meet about or try is its plan.
  if (!strict) {
    const plain = spellOutWe(text);
    const we = WE_WILL.exec(plain);
    if (
      we &&
      !plansTheMeeting(we[1]!, plain.slice(we.index + we[0].length)) &&
      isWork(text, context, we[1]!)
    )
      return { text, owners: [], noOwner: true };
    // "Need to rerun the benchmarks", "We need to renew the domain": work the group says it has,
    // unless what it needs is to talk, decide or think.
    const need = NEED_OPENING.exec(text);
    if (
      need &&
      !plansTheMeeting(need[1]!, text.slice(need.index + need[0].length)) &&
      !DELIBERATION_VERBS.test(need[1]!) &&
      isWork(text, context, need[1]!)
    )
      return { text, owners: [], noOwner: true };
  }
  if (nested) return null;
  const bracketed = bracketWork(text, context, strict);
  if (bracketed) return bracketed;
  // "There is a gap – Lisa will follow up", "Plugin gaps -> Lisa to post the list": the work comes
  // after a dash or an arrow; the words before are its context.
  // "Bank details to keep the account open: Fazil to ping": a topic, then who takes it. A short
  // label is a topic too ("Release: Raj to tag 2.0", "Roads: Greta to report it"), or a speaker
  // ("Ilse: Greta to report it"), who gives the work to whom the words after it name.
  const colon = /:\s+(?=@?\p{Lu})/u.exec(text);
  const label = colon ? text.slice(0, colon.index) : "";
  if (colon && colon.index < 160 && (colon.index >= 12 || factKey(label) === null)) {
    const after = readCommitment(text.slice(colon.index + colon[0].length), context, strict, true);
    if (
      after &&
      after.owners.length > 0 &&
      // "Packaging: someone will object to the layout" guesses at what happens.
      after.owners.every((name) => isStrongTaker(name, context) && !namesAnyone(name))
    )
      // A speaker's name is no part of the work; a topic's stays with it.
      return colon.index < 12 && isTaker(label, context) ? after : { ...after, text };
  }
  const dash = DASH_OR_ARROW_ONE.exec(text);
  const rest = dash
    ? text.slice(dash.index + dash[0].length)
    : text.slice(TOPIC_THEN_TYPED_DASH.exec(text)?.[0].length ?? text.length);
  if (rest) {
    const after = readCommitment(rest, context, strict, true);
    if (after) return { ...after, text: after.text === rest ? text : after.text };
  }
  // "Though X was not the cause, we will ...", "The backlog is long, but Kim will rank it": read
  // past an opening clause and the conjunction that joins the next.
  // "Review panel, the project may have a delegate (we should), Joel will open an issue": each
  // of the first few commas may close the clause before the promise.
  for (
    let comma = text.indexOf(", "), tries = 0;
    comma > 0 && comma < 200 && tries < 3;
    comma = text.indexOf(", ", comma + 2), tries++
  ) {
    if (tries === 0 && comma >= 120) break;
    // "Ana and Ben to host (plates, Ben to bring), Kim to sweep": no clause starts in a bracket.
    if (unclosedBracket(text.slice(0, comma))) continue;
    const rest = text.slice(comma + 2).replace(/^(?:but|and|so|yet)\s+(?=\S)/i, "");
    // "Ben explained the fix, and he offered to send the steps": "he" is the sentence's subject.
    const pronoun = pronounPromise(rest, text.slice(0, comma), context);
    if (pronoun && pronoun.owners.length > 0) return pronoun;
    const after = readCommitment(rest, context, strict, true);
    if (!after) continue;
    // "When a form is sent, the clerk will file it": how things go whenever something
    // happens, told of a role ("the clerk"), not work someone took on.
    if (
      WHENEVER.test(text) &&
      after.owners.every((name) => /^the\s+\p{Ll}/u.test(name) && !isGroupName(name))
    )
      return null;
    // "use Twitter, Slack and YouTube to share it": after a name, the comma may go on with a list
    // of things, so only people the note knows take the work there.
    if (
      /\p{Lu}[\p{L}\d'’-]*$/u.test(text.slice(0, comma)) &&
      !after.owners.every((name) => isStrongTaker(name, context))
    )
      return null;
    // "If the failures recur, Pim will page the on-call engineer": the work holds only then, so
    // the condition stays with its words, as it does written after them.
    if (tries === 0 && CONDITION_OPENING.test(text) && after.text === rest.replace(/[.!]+$/, ""))
      return { ...after, text: `${text.slice(0, comma + 2)}${after.text}` };
    return after;
  }
  // "The build is flaky and Ben will fix the test": a situation, then an attendee taking it on
  // ("... and the group will offer help" tells how things stand). "Ana and Ben will fix it" is one clause of two takers.
  const joined = / (?:and|but) (?=\S)/.exec(text);
  if (joined && joined.index < 120 && !/\p{Lu}[\p{L}\d'’.-]*$/u.test(text.slice(0, joined.index))) {
    const after = readCommitment(
      text.slice(joined.index + joined[0].length),
      context,
      strict,
      true,
    );
    const present = (name: string) => context.people.resolve(name).attendeeId !== null;
    if (after && after.owners.length > 0 && after.owners.every(present)) return after;
  }
  return null;
}

const WHENEVER = /^(?:when|whenever|once|every time|each time|if)\s/i;
/** "on Monday", "tomorrow", "(Mon)": a day ahead, said without a deadline word. */
const ON_A_DAY_AHEAD =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight)\b|\((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\)/i;
/**
 * "Ada starts on Monday", "Pim joins the team tomorrow", "Greta presents on Friday": someone's
 * day ahead, not work done by it. What is done by a day has a thing it is done to.
 */
const COMES_AND_GOES =
  /^(?:starts?|joins?|leaves?|returns?|arrives?|begins?|goes|comes?|flies|travels?|moves?|presents?|speaks?|talks?|meets?|attends?|visits?|hosts?|is|are|was|were|has|have)$/i;
const A_THING_AFTER =
  /^\s+(?:\p{Ll}+\s+)?(?:the|a|an|our|their|his|her|its|this|that|these|those|some|all|both|\d)\b/iu;
/** A deadline word, "next", or a day ahead: the present tense says a plan with one of them. */
const DEADLINE_WORD = new RegExp(`\\b(?:${DEADLINE_CUES}|for next|next)\\b`, "i");
// "Rina is renewing them this week": the rest of the meeting's week or month is ahead too.
const PERIOD_UNDER_WAY = /\b(?:this (?:week|month)|later today|this (?:afternoon|evening))\b/i;
const PRESENT_WITH_WHEN = new RegExp(
  `${DEADLINE_WORD.source}|${ON_A_DAY_AHEAD.source}|${PERIOD_UNDER_WAY.source}`,
  "i",
);
/**
 * Someone, then a verb in the present: "Odile ships", "Odile's team deploys", "Odile and Rina
 * send" (see presentTenseDoers).
 */
const NAME_THEN_PRESENT =
  /(?:^|\s)@?\p{Lu}[\p{L}.-]*(?:\s+\p{Ll}+s|['’]s\s+(?:team|group|squad|crew)\s+\p{Ll}+s|(?:\s*(?:,|\band\b|&)\s*@?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})+\s+\p{Ll}+)\s/u;

function doneToAThing(text: string, doers: readonly string[]): boolean {
  const last = doers.at(-1)!;
  const after = text.slice(text.indexOf(last) + last.length);
  // "Pim and Rina are drafting the survey on Monday": the progressive's verb is the one doing.
  const verb = /^\s+(?:(?:is|are)\s+(?=\p{Ll}+ing\b))?(\p{L}+)/u.exec(after);
  return (
    !!verb && !COMES_AND_GOES.test(verb[1]!) && A_THING_AFTER.test(after.slice(verb[0].length))
  );
}

/**
 * "Follow-up: Rina checks the logs", "Outcome: Odile drafts the FAQ": under a label of work or of
 * what the talk ended in, someone's verb in the present says the work, done to a thing.
 */
function presentUnderLabel(rest: string, context: ExtractContext): Commitment | null {
  const doers = presentTenseDoers(rest, context.people);
  return doers && doneToAThing(rest, doers) && !NOT_A_PROMISE.test(rest)
    ? { text: rest, owners: doers }
    : null;
}

/** "He will discuss it ...", "She'll send ...": a promise whose subject is a pronoun. */
const PRONOUN_PROMISE =
  /^(?:he|she)(?:\s+(?:will|is going to|offered to|volunteered to|agreed to|promised to|plans to|expects to|intends to|(?:was|is|has been) (?:kindly )?(?:asked|requested|tasked|directed|instructed) to)|['’]ll)\s+(?:also\s+)?(\p{L}+)/iu;
/** "Rina raised the risk; the group asked her to get an extension": asked of the one named before. */
const ASKED_PRONOUN = new RegExp(
  String.raw`^[^,;:]{1,50}?\s${ASKING_VERBS}\s+(?:her|him)\s+to\s+(\p{L}+)`,
  "iu",
);
const CAPITALISED_RUN_OR_HANDLE =
  /\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|(?<![\w.])@[\p{L}\d][\w.-]*[\p{L}\d]/gu;

/**
 * "We will send Bram the docs. He will discuss them with the editors.": the pronoun points back
 * at the one attendee the sentence before names; with none or two of them the work is someone's,
 * but the note does not say whose.
 */
function pronounPromise(
  clause: string,
  before: string,
  context: ExtractContext,
): Commitment | null {
  const promise = PRONOUN_PROMISE.exec(clause) ?? ASKED_PRONOUN.exec(clause);
  if (!promise || !before || NOT_A_PROMISE.test(clause) || !isWork(clause, context, promise[1]!))
    return null;
  const named = new Map<string, string>();
  // "@bertrand thinks the index is missing; he will check it": a handle names someone too.
  for (const run of before.matchAll(CAPITALISED_RUN_OR_HANDLE)) {
    const words = run[0];
    const id = context.people.resolve(words).attendeeId;
    if (id) named.set(id, words);
    // "Bertrand and Pim think ...; he will": a name the note seats nowhere, beside another, may
    // be the "he" too.
    else if (
      looksLikeName(words) &&
      (/(?:\band|&|,)\s+$/i.test(before.slice(0, run.index)) ||
        /^\s*(?:and|&)\s/i.test(before.slice(run.index + words.length)))
    )
      named.set(`?${words}`, words);
  }
  for (const key of named.keys()) if (key.startsWith("?")) return { text: clause, owners: [] };
  // "Greta mentioned the venue is booked; she'll send the plan": in a note that lists no one, the
  // pronoun points back at the one name the clause before opens with.
  const subject = context.attendees.length === 0 ? NAMED_SUBJECT.exec(before)?.[1] : undefined;
  if (named.size === 0 && subject && namesSomeone(subject, context.people))
    return { text: clause, owners: [subject] };
  return { text: clause, owners: named.size === 1 ? [...named.values()] : [] };
}

/** "Greta mentioned ...", "Tovah Brandt says ...": a name, then its verb; no other capital after. */
const NAMED_SUBJECT =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:\p{Ll}+(?:ed|s)|said|told|wrote|thought|felt|knew|found|saw|heard)\b(?![\s\S]*\b\p{Lu}\p{Ll})/u;

/** "I told her I would check with billing", "I promised Nell that I'd send it": the writer's own promise, reported. */
const WRITER_REPORTS =
  /^I\s+(?:told|promised|assured|informed)\s+(?:\S+\s+){1,3}?(?:that\s+)?(?=I(?:\s+would|\s+will|['’]d|['’]ll)\s)/u;

/** A promise the writers report (see REPORTED_BY): the promised words, owned by who promised. */
function reportedPromise(text: string, context: ExtractContext): Commitment | null {
  const mine = WRITER_REPORTS.exec(text);
  if (mine) {
    // Told, "I would" is the "I will" that was said.
    const said = text.slice(mine[0].length).trim();
    const found = writersPromise(said.replace(/^I(?:\s+would|['’]d)(?=\s)/u, "I will"), context);
    return found ? { ...found, text: said } : null;
  }
  const by = REPORTED_BY.exec(text) ?? REPORTED_AFTER.exec(text);
  if (!by) return null;
  const promise = REPORTED_PROMISE.exec(text.slice(by[0].length));
  if (!promise || !isWork(promise[0], context, promise[1]!)) return null;
  const who = by[1]!.replace(/^the\s+/i, "");
  // The subject of the report is who promised, a company as much as a person: "Orbitel has assured us".
  const named = isTaker(who, context) || (/^@?\p{Lu}/u.test(who) && !PRONOUN.test(who));
  return { text: promise[0].trim(), owners: named ? [who] : [] };
}

/** "... (Kim, Ilse)": a closing bracket that holds only names. */
const NAMES_BRACKET = /^(.{8,200}?)\s*(?:\(([^()]{2,80})\)|\[([^[\]]{2,80})\])\s*\.?$/;
const NAMES_AFTER_DASH = /^(.{8,200})\s+[—–-]\s+([^—–()]{2,60}?)\s*\.?$/;
const HAS_DASH = /[—–-]/;
const CLOSING_WHEN =
  /,\s*((?:\d|(?:next|this|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|eod|eow|end|\p{L}{3,9}\.?\s+\d))[^,]{0,20})$/iu;

/**
 * "Follow-up meeting needed on the pricing page (Kim, Ilse)", "Check the vendor's terms (Kim)":
 * work, an imperative, a need or a thing to be done, closed by a bracket that names only
 * attendees, is theirs.
 */
function namedInBracket(text: string, context: ExtractContext): Commitment | null {
  const found = namedInClosingBracket(text, context);
  if (found) return found;
  // "Renew the cert (Nell) due Friday", "Renew the cert — Nell — ETA Tuesday": the names, then by when.
  const closing = closingDeadline(text, context);
  const named = closing ? namedInClosingBracket(closing.before, context) : null;
  return named ? { ...named, text: `${named.text} ${closing!.deadline}` } : null;
}

function namedInClosingBracket(text: string, context: ExtractContext): Commitment | null {
  // "Check the vendor's terms — Kim": a dash before the names closes the work as a bracket does.
  // Both patterns try every split of the clause's first 200 characters, and most clauses have
  // no bracket or dash: each is tried only where its bracket or dash stands.
  const bracket =
    (text.includes("(") || text.includes("[") ? NAMES_BRACKET.exec(text) : null) ??
    (HAS_DASH.test(text) ? NAMES_AFTER_DASH.exec(text) : null);
  if (!bracket) return null;
  let work = bracket[1]!.trim();
  let written = (bracket[2] ?? bracket[3])!;
  // "Follow up with the vendor — Ada, 3/20", "(Ada, Fri)": the names, then by when.
  const when = CLOSING_WHEN.exec(written);
  if (when && scheduleOf(when[1]!, context).due) {
    written = written.slice(0, when.index);
    work = `${work}, ${when[1]}`;
  }
  const names = splitNames(written);
  // "Spring clean the drive - all": a group of the people there takes it too.
  const everyone = names.length === 1 && isGroupOfPeople(names[0]!);
  if (
    names.length === 0 ||
    !(everyone || names.every((name) => context.people.resolve(name).attendeeId !== null))
  )
    return null;
  // "#338 - will check the headers (Ben)", "Caching: update the docs (Ben)": a topic's label
  // before the work.
  const unlabelled = work.replace(TOPIC_LABEL, "");
  const willDo = BARE_WILL.exec(unlabelled);
  // "A credit note will be issued once finance signs off (Ada)": a thing that will be done, by
  // the one the bracket names; "will be discussed (Ada)" is a topic Ada brings.
  const planned = unlabelled.includes(" be ") ? PLANNED_PASSIVE.exec(unlabelled) : null;
  // "cert expires friday, renew it (ada, today)": what is so, then the order the names take.
  const said = bracket[1]!.trim().replace(TOPIC_LABEL, "");
  const order = /,\s+(?=\S)/.test(said) ? said.split(/,\s+/).at(-1)! : "";
  if (
    !opensWithImperative(unlabelled) &&
    order.split(/\s+/).length >= 2 &&
    opensWithImperative(order)
  )
    return { text: when ? `${order}, ${when[1]}` : order, owners: names };
  return opensWithImperative(unlabelled) ||
    // "DNS cleanup (Pim, next Tue)": a thing to hand over, with who and by when in its bracket.
    (when && THING_WITH_TAKER_AND_DAY.test(bracket[1]!.trim()) && !NOT_A_THING.test(bracket[1]!)) ||
    expressesNeed(work) ||
    PASSIVE_WORK.test(unlabelled) ||
    (planned &&
      !TALKED_OVER.test(planned[1]!) &&
      isImperativeVerb(participleBase(planned[1]!)) &&
      !NOT_A_PROMISE.test(unlabelled)) ||
    (willDo && isImperativeVerb(willDo[1]!)) ||
    deliverableByWhen(unlabelled, context)
    ? { text: work, owners: names }
    : null;
}

/** "DNS cleanup", "the Q1 forecast": a thing of one to five words. */
const THING_WITH_TAKER_AND_DAY =
  /^(?:the\s+|a\s+|an\s+)?[\p{L}\d][\p{L}\d'’/-]*(?:\s+[\p{L}\d][\p{L}\d'’/-]*){0,4}$/u;

/** "RCA within 5 business days", "Revised quote by Friday": a thing to hand over, and by when. */
const THING_BY_WHEN = new RegExp(
  String.raw`^(?:the\s+|a\s+|an\s+)?[\p{L}\d][\p{L}\d'’/-]*(?:\s+[\p{L}\d][\p{L}\d'’/-]*){0,4}\s+(?:${DEADLINE_CUES}|within)\s+\S`,
  "u",
);

function deliverableByWhen(work: string, context: ExtractContext): boolean {
  return THING_BY_WHEN.test(work) && !NOT_A_THING.test(work) && hasDeadline(work, context);
}

/** "Accounts to be created by Friday (Nell)", "Wiki needs to be updated — Ada": work to be done. */
const PASSIVE_WORK =
  /^[^.;:!?]{1,60}?\s(?:to be|needs? to be|must be|ha(?:s|ve) to be)\s+(?:\p{L}+ly\s+)?(?:\p{L}{2,}(?:ed|en)|sent|built|set up|done|run|made|kept|bought|put|held|paid)\b/u;

/** "Caching: ", "#338 - ": a topic's label; "re:" is "regarding" inside the work, no label's colon. */
const TOPIC_LABEL = /^[^:—–()]{1,40}?(?<!\bre)(?:\s*:|\s+[—–-])\s+(?=\S)/i;

/** "Site cleanup (Kim to work off the spreadsheet)": a topic, then a closing bracket. */
const CLOSING_BRACKET = /^([^()]{3,120}?)\s*\(([^()]{6,200})\)\s*\.?$/;

/**
 * "Site cleanup (Kim to work off the spreadsheet)", "Data model work (Ilse in flight, kim to
 * review)": a bracket closing a topic gives its work to whoever it names. Notes written fast name
 * people in lower case, so a first word that is an attendee's name is read as that name.
 */
function bracketWork(text: string, context: ExtractContext, strict: boolean): Commitment | null {
  const bracket = CLOSING_BRACKET.exec(text);
  if (!bracket) return null;
  const topic = bracket[1]!.trim();
  const parts = bracket[2]!.split(/[,;]\s+/);
  for (const part of parts) {
    const written = capitalizeTakers(part, context.people);
    const found = readCommitment(written, context, strict, true);
    // "(own cables, Ravi to bring)": a part in lower case says what the taker's part is
    // about; "(Kim in flight, noor to review)": one that opens with a name is someone else's.
    if (found && found.owners.length > 0) {
      const about = parts
        .slice(0, parts.indexOf(part))
        .filter(
          (other) =>
            /^\p{Ll}/u.test(other) &&
            context.people.resolve(other.split(/\s/)[0]!).attendeeId === null,
        );
      return { text: `${topic} (${[...about, found.text].join(", ")})`, owners: found.owners };
    }
    // "The handbook can go out now (Ilse will do this)": the topic is the work itself.
    const takesTopic = TAKES_THE_TOPIC.exec(written);
    const names = takesTopic ? splitNames(takesTopic[1]!) : [];
    if (names.length > 0 && names.every((name) => isStrongTaker(name, context)))
      return { text: topic, owners: names };
  }
  return null;
}

/** "Ilse will do this", "Ana and Ben to take it on": a taker of the work the topic names. */
const TAKES_THE_TOPIC = new RegExp(
  `^(\\S+(?:\\s+\\S+){0,4}?)\\s+(?:will|to|shall|['’]ll)\\s+${TAKING_IT_ON}\\s*[.!]?$`,
  "iu",
);

/** Someone who can take work: a person, a handle, initials, a group or a known organization. */
function isTaker(name: string, context: ExtractContext): boolean {
  return (
    namesSomeone(name, context.people) ||
    isGroupName(name) ||
    isInitials(name) ||
    namesRole(name) ||
    context.people.resolve(name).kind === "organization"
  );
}

/** Someone the note knows at work the sentence opens with ("Ravi is bringing ..."), or null. */
function plannedDoers(text: string, context: ExtractContext): string[] | null {
  const doers = doersAtStart(text, context.people);
  const doing = PROGRESSIVE.exec(text)?.[1];
  // "Ben is flying to Oslo next week" is a plan, but not work.
  return doing &&
    isProgressiveOfTaskVerb(doing) &&
    doers?.every((name) => isStrongTaker(name, context))
    ? doers
    : null;
}

const PROGRESSIVE = /\b(?:is|are)\s+(?:(?:currently|now|still|already|also)\s+)?(\p{Ll}+ing)\b/u;

/** "the Secretary obtain a quote" as "the Secretary will obtain a quote", for a known taker. */
function subjunctiveOrder(text: string, context: ExtractContext): string | null {
  const words = text.split(/\s+/);
  for (let length = 1; length <= 4 && length < words.length; length++) {
    const taker = words.slice(0, length).join(" ");
    const rest = words.slice(length).join(" ");
    if (/^\p{Ll}/u.test(rest) && opensWithImperative(rest) && isStrongTaker(taker, context))
      return `${taker} will ${rest}`;
  }
  return null;
}

/** A taker the note itself knows: an attendee, a configured person, a handle or a group. */
function isStrongTaker(name: string, context: ExtractContext): boolean {
  const ref = context.people.resolve(name);
  return (
    ref.attendeeId !== null ||
    // "Acme will provide a root-cause analysis": an organization the attendee list names.
    ref.kind === "organization" ||
    context.people.isKnownPerson(name) ||
    context.people.speaksInNote(name) ||
    isHandle(name) ||
    isGroupName(name)
  );
}

/** "co-write", "re-run", "double-check": a prefix before the verb that carries the meaning. */
const VERB_PREFIX = /^(?:co|re|pre|double|cross|self|over|under|up)-(\p{L}+)$/iu;

function isWork(clause: string, context: ExtractContext, written: string): boolean {
  // "co-write" reads as "write"; "follow-up", "sign-off" as their first word.
  const word = VERB_PREFIX.exec(written)?.[1] ?? written.split("-")[0]!;
  const read = word === written ? clause : clause.replace(written, word);
  const folded = word.toLowerCase();
  // "will look into the worker", "will see if the export can wait": finding out is work.
  const at = new RegExp(`\\b${word}\\b`, "i").exec(read);
  if (at && findsOut(folded, read.slice(at.index + word.length))) return true;
  // "will do the necessary PR", "to do a dry run": "do" with a thing to do; "will do so" is not.
  if (at && folded === "do" && DOES_A_THING.test(read.slice(at.index + word.length))) return true;
  // "will look and respond to the draft": the verb joined to it says what the work is.
  const joined =
    at && LOOKS_AND.has(folded) ? AND_VERB.exec(read.slice(at.index + word.length)) : null;
  if (joined) return isWork(clause, context, joined[1]!);
  // "will reach out to the vendor" is work; "will reach 80% by May" what a figure does.
  if (folded === "reach" && !(at && /^\s+out\b/i.test(read.slice(at.index + word.length))))
    return false;
  // "will see to it that the vendor signs", "will see to the invitations": seeing it done.
  if (
    at &&
    folded === "see" &&
    /^\s+to\s+(?:it\s+that\s+)?\S/i.test(read.slice(at.index + word.length))
  )
    return true;
  // "Ben to QA the release", "Kim will DM the vendor": letters people use as verbs after a modal.
  if (INITIALISM_VERBS.has(folded)) return true;
  // "Kim will have the numbers by Friday", "Rob will have the evidence ready", "I can have it by
  // Monday": a thing to deliver.
  if (at && folded === "have") {
    const had = read.slice(at.index + word.length);
    if (A_THING.test(had) && (READY.test(had) || scheduleOf(had, context).due)) return true;
  }
  if (EMPTY_VERBS.has(folded)) return false;
  if (at && changesSizeOnly(folded, read.slice(at.index + word.length))) return false;
  return (
    isLikelyVerb(word, read, context.options.partOfSpeech) || infinitiveBeforeObject(word, read)
  );
}

/**
 * "offered to proofread the pages", "Pim will page the on-call engineer": between "to" or a
 * modal and a determiner stands a verb, whatever the tagger makes of a word it does not know
 * (it reads "to" there as a conjunction, and "page" as a noun).
 */
function infinitiveBeforeObject(word: string, clause: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word) || /(?:ing|ly)$/.test(word)) return false;
  // "will do this", "will do the following": read on their own above (DOES_A_THING).
  const lead = word === "do" ? String.raw`\bto` : String.raw`(?:\b(?:to|will|shall)|['’]ll)`;
  return new RegExp(String.raw`${lead}\s+${word}\s+${OBJECT_OPENING}`, "u").test(clause);
}

const OBJECT_OPENING =
  "(?:the|a|an|our|their|his|her|its|my|your|this|these|those|every|each|all|both)\\s";

const INITIALISM_VERBS = new Set(["qa", "dm", "cc"]);

/** After "have": a thing, not a meeting ("our next Board meeting", "an all-hands call") or a look. */
const A_THING =
  /^\s+(?!\S+(?:\s+\S+){0,3}?\s+(?:meetings?|calls?|chat|sessions?|sync|workshop|discussion|look|think|go|break|lunch|holiday|vacation|leave)\b)(?:the|a|an|our|their|his|her|its|all|every|it|them|mine|ours|this|that)\s/i;
const READY = /\b(?:ready|done|finished|completed|in place)\b/i;

const LOOKS_AND = new Set(["look", "see", "get"]);
const AND_VERB = /^\s+and\s+(\p{L}+)/u;

const DOES_A_THING =
  /^\s+(?:the|a|an|some|more|another|our|their|his|her|its)\s+(?!following\b)\p{L}/iu;

/**
 * "We agreed to:" over "- send two revised palettes by COB Tuesday": a decision item that orders
 * work and says by when is work to do as well as what was agreed. Without a deadline ("- hold
 * off on the mock-ups", "- use the new logo") it is the decision alone.
 */
function agreedWorkByWhen(item: Item, said: string, context: ExtractContext): Commitment | null {
  // A known verb only: "Project transition: ...", "Awaiting comments ..." open with words a
  // tagger may call verbs, and a decision's list is mostly other words.
  if (item.type !== "list-item" || !opensWithImperative(said)) return null;
  if (NOT_A_PROMISE.test(said) || !hasDeadline(said, context)) return null;
  return { text: said, owners: [] };
}

/**
 * "What we agreed" over "- Tamsin sends hourly updates to Ingrid": in a list of what was agreed,
 * an attendee doing something in the present is that attendee's work, as after "We agreed that".
 */
function agreedDoing(item: Item, said: string, context: ExtractContext): Commitment | null {
  if (item.type !== "list-item" || item.parent || NOT_A_PROMISE.test(said)) return null;
  const doers = presentTenseDoers(said, context.people);
  return doers?.every((name) => context.people.resolve(name).attendeeId !== null) &&
    doneToAThing(said, doers)
    ? { text: said, owners: doers }
    : null;
}

/**
 * The writer's name: who "me" resolves to, where the note names one who came ("me (Chris)"), or
 * who signs a recap written as a letter ("Thanks,\nNell").
 */
function writerOf(context: ExtractContext): string | null {
  const me = context.people.resolve("me");
  if (me.attendeeId !== null)
    return context.attendees.find((attendee) => attendee.id === me.attendeeId)?.name ?? null;
  const signer = signedBy(context.text);
  if (!signer) return null;
  const known = context.people.resolve(signer).attendeeId;
  return known
    ? (context.attendees.find((attendee) => attendee.id === known)?.name ?? signer)
    : signer;
}

const SIGN_OFF =
  /^(?:thanks|thank you|many thanks|thanks again|best|best regards|kind regards|regards|warm regards|cheers|all the best|talk soon|speak soon)\s*[,.!]?$/i;
const SIGNATURE = /^(?:[-–—]\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*$/u;

/** "Thanks,\nNell", "Best regards,\nNell Okafor" closing the note: the name under the sign-off. */
function signedBy(text: string): string | null {
  // The note's last lines only: each "I'll" asks, and a long note must not be split each time.
  const lines = text.trimEnd().slice(-400).split(/\r?\n/).slice(-3);
  const name = SIGNATURE.exec(lines.at(-1)!.trim());
  const before = lines.at(-2)?.trim() ?? "";
  return name && SIGN_OFF.test(before.replace(/[*_]/g, "")) ? name[1]! : null;
}

const FIRST_PERSON_PROMISE = new RegExp(
  `^I(?:\\s+will|['’]ll|\\s+am going to|['’]m going to|\\s+need to)\\s+(?:${WILL_ADVERBS}\\s+)?(\\p{L}+)`,
  "u",
);

/**
 * "I'll write up the rationale" in a note that names its writer ("me (Chris)"), on no speaker's
 * line: the writer's promise. Where no one is named as the writer, "I" may be anyone quoted.
 */
function writersPromise(said: string, context: ExtractContext): Commitment | null {
  const promise = FIRST_PERSON_PROMISE.exec(said);
  if (!promise || !isImperativeVerb(promise[1]!) || NOT_A_PROMISE.test(said)) return null;
  const writer = writerOf(context);
  return writer ? { text: said, owners: [writer], saysI: true } : null;
}

/**
 * "Lars, can you confirm the go-live date by next Thursday?": a request to an attendee that says
 * by when is work asked of them. Without a deadline a question in discussion is as often talk
 * ("Ilse, can you walk us through it?"), and stays so.
 */
function requestWithDeadline(said: string, context: ExtractContext): Commitment | null {
  const asked = ASKED_BY_NAME.exec(said.replace(CARRIES_ON, ""));
  if (!asked) return null;
  const names = splitNames(asked[1]!);
  const work = asked[2]!.trim();
  if (!names.every((name) => context.people.resolve(name).attendeeId !== null)) return null;
  return hasDeadline(work, context) ? { text: work, owners: names } : null;
}

/** Whether words say by when: a date, or "by next meeting", which the note may date elsewhere or not at all. */
function hasDeadline(words: string, context: ExtractContext): boolean {
  return scheduleOf(words, context).due !== null || setForNextMeeting(words);
}

/**
 * "Once the CI issues are resolved, ", "In order to ensure a quorum ", "As soon as the contract is
 * signed, ": a clause of when or what for that opens a sentence, ended by a comma or by "we will".
 * "When a form is sent, the clerk will file it" tells how something works.
 */
/** "If the failures recur, ", "Unless legal objects, ": a condition opening the sentence. */
const CONDITION_OPENING = /^(?:if|unless|in case|provided|as long as)\s/i;

const LEADING_CLAUSE =
  /^(?:once|as soon as|after|in order to|so as to)\s[^,;]{3,80}?(?:,\s*|\s+(?=we\s+(?:will|shall)\b|we['’]ll\b))/i;

const QUOTED_SPEECH = new RegExp(
  String.raw`^(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?:${SPEECH_VERBS})[:,]?\s+["“]([^"”]{5,200})["”]?\.?$`,
  "u",
);
/** 'Pim replied, "': who speaks, before the words quoted. */
const SPEAKER_BEFORE_QUOTE = new RegExp(
  String.raw`^.{0,40}\b(?:${SPEECH_VERBS})[,:]?\s*["“]?$`,
  "i",
);

/**
 * "Tamsin asked that ...", "It was requested that ...": a request, then the words requested. A
 * suggestion or a recommendation ("It was recommended that the group ...") asks less of anyone.
 */
const REQUESTED_THAT =
  /^(?:it was|[@\p{Lu}][\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?:asked|requested)\s+that\s+(\S.*)$/iu;
/** "Pim review the draft", "the events committee research the venues": a taker, then a bare verb. */
const SUBJECT_THEN_VERB =
  /^((?:the\s+)?[@\p{L}][\p{L}\d'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3}?)\s+(?:also\s+)?(\p{Ll}+)\b(.*)$/u;

function ownedThing(text: string, context: ExtractContext): Commitment | null {
  const owned = ownerAfterThing(text, context);
  return owned ? { text, owners: owned.names } : null;
}

/** A clause of what a meeting agreed, its "would" read as "will", in the words as written. */
function reportedCommitment(
  written: string,
  context: ExtractContext,
  strict: boolean,
): Commitment | null {
  const plain = reportedAsWill(written);
  if (plain === written) return null;
  const found = readCommitment(plain, context, strict);
  if (!found) return null;
  const at = plain.indexOf(found.text);
  return { ...found, text: at < 0 ? written : written.slice(at, at + found.text.length) };
}

/** "We agreed that", "It was agreed", "All agreed": the meeting's agreement, then what it agreed. */
// "Resolved that the clerk writes to the county", "Agreed: that Kim owns the RCA": a motion's
// words, with no one before them.
const OFFICE_THEN_VERB = /^(the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(\p{Ll}+s)\s+\S/u;
const AGREED_THAT =
  /^(?:(?:we|it was|all|everyone|everybody)\s+(?:(?:have|has|had)\s+)?agreed,?\s+(?:that\s+)?|(?:agreed|resolved|decided)(?::\s*|\s+)that\s+)/i;

/** "X will be shared", "X is to be sent": a thing that will be done, and the verb's participle. */
const PLANNED_PASSIVE =
  /^(?!(?:it|this|that|there|we|i|you|they|he|she)\b)[\p{L}\d'’ -]{2,60}?\s+(?:will|is to|are to|is going to|are going to)\s+be\s+(\p{Ll}+ed|sent|done|written|given|taken|built|run|set up|made|shown)\b/iu;

/**
 * "will be discussed next week", "will be presented at the fair", "will be moved to Tuesday": what a
 * meeting or a calendar does with a thing, not work done by a day.
 */
const TALKED_OVER =
  /^(?:discussed|talked|presented|covered|revisited|addressed|considered|decided|debated|moved|postponed|rescheduled|held|announced|continued|voted)$/i;

/** "Tamsin confirmed (that) the credits will be issued ...": who vouches, and the participle. */
const VOUCHED_BY_WHEN =
  /^(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?:has\s+)?(?:confirmed|promised|guaranteed|assured\s+(?:us|them|the\s+\p{L}+))(?:\s+that)?\s+(?:the|our|their|his|her|its|a|an|all)\s+[\p{L}\d'’ -]{2,50}?\s+(?:will|would|is going to|are going to|was going to|were going to)\s+be\s+(\p{Ll}+ed|sent|done|written|given|taken|built|run|set up|made|shown|paid)\s/u;

/** The participles PLANNED_PASSIVE reads that are not a verb and "ed". */
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  sent: "send",
  done: "do",
  written: "write",
  given: "give",
  taken: "take",
  built: "build",
  run: "run",
  "set up": "set up",
  made: "make",
  shown: "show",
  paid: "pay",
};

/** "shared" -> "share", "submitted" -> "submit", "sent" -> "send": the verb a participle is of. */
function participleBase(participle: string): string {
  const word = participle.toLowerCase();
  if (Object.hasOwn(IRREGULAR_PARTICIPLES, word)) return IRREGULAR_PARTICIPLES[word]!;
  const stem = word.slice(0, -2);
  // "submitted" -> "submit", "planned" -> "plan"; "shared" -> "share", "closed" -> "close".
  if (/([^aeiou])\1$/.test(stem) && !/(?:ll|ss)$/.test(stem)) return stem.slice(0, -1);
  return isImperativeVerb(stem) ? stem : `${stem}e`;
}

/**
 * Where a sentence or a clause ends: a full stop, "!" or "?" before a capital ("C. Romero will
 * ...": a capital and a full stop is an initial, not a sentence's end), a semicolon, and "Can
 * someone own it? → Lars will.": a question, an arrow, and the answer.
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`(?:(?<=[.!?])${NOT_AFTER_ABBREVIATION}|(?<=[.!?]\)))\s+(?=[\p{Lu}@"'(])|\s*;\s+|(?<=\?)\s*(?:${ARROWS})\s*`,
  "u",
);

/** Sentences, and within them clauses joined by a semicolon. */
export function clauses(text: string): string[] {
  return (
    text
      .split(CLAUSE_BREAK)
      // "(Kim will write the script.)": a sentence set aside in brackets says what it would unbracketed.
      .map((part) =>
        part
          .trim()
          // "… I'll send it": a scribe's mark that the speaker goes on.
          .replace(/^(?:…|\.{3})\s*/u, "")
          .replace(/^\(([^()]+?)[.!]?\)\.?$/, "$1")
          .replace(/[.!]+$/, ""),
      )
      .filter((part) => part.length > 0)
  );
}

/** "Owner: Pim.", "Due: 3/6.", "Who: Kim.": a sentence that is only a field of the one before it. */
function isFieldSentence(sentence: string): boolean {
  const label = FIELD_LABEL.exec(sentence)?.[1]?.trim();
  return (
    !!label && (OWNER_LABEL_WORDS.test(label) || /^who$/i.test(label) || DUE_LABEL.test(label))
  );
}

const FIELD_LABEL = /^([\p{L} ]{2,20}?)\s*:\s*\S/u;
const DUE_LABEL = new RegExp(`^${DUE_FIELD_LABELS}$`, "i");

/**
 * "Switch to annual billing. Owner: Pim. Due: 3/6.": each field goes with the sentence it closes,
 * as the fields of a list item do, rather than standing as a sentence of its own.
 */
export function withFieldSentences(written: readonly string[]): string[] {
  const joined: string[] = [];
  for (const sentence of written) {
    const last = joined.length - 1;
    if (last >= 0 && isFieldSentence(sentence))
      joined[last] = `${joined[last]!.replace(/[.\s]+$/, "")}, ${sentence.replace(/[.\s]+$/, "")}`;
    else joined.push(sentence);
  }
  return joined;
}
