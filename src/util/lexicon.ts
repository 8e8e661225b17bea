// One word list per concept, so that a rule learns a word once and every reader of that concept
// knows it. Each list is a regular-expression source of alternatives, lower case, without
// anchors: the readers add their own (a whole label, a word at the start, a word anywhere).

/** The months, in order; their first three letters are the abbreviations. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** 1 to 12 for a month written out or abbreviated ("Sept" is 9); 0 for no month. */
export function monthNumber(word: string): number {
  const prefix = word.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((name) => name.startsWith(prefix)) + 1;
}

/** A month written out or abbreviated: "Jan", "January", "Sept", "September". */
export const MONTH_WORD =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/**
 * The names of a gathering, as a date label qualifies them ("Review held:", "Session date:") and
 * an outliner's first block names the page ("Supplier call, 2026-11-25").
 */
export const GATHERING_WORD =
  "(?:meeting|call|session|review|retro|retrospective|post[ -]?mortem|post[ -]incident review|workshop|interview|stand[ -]?up|sync|debrief|kick[ -]?off|briefing|hearing|consultation|visit|assembly|class|lecture)";

/**
 * A status that says the work is over: "Done:", "- Completed" over a list, "(resolved)", and
 * the German "erledigt" (done) and "abgeschlossen" (completed).
 */
export const DONE_WORDS =
  "(?:done|completed?|finished|closed|shipped|resolved|erledigt|abgeschlossen)";

/**
 * The last word of an organization's name, as kinds of organization go: "Northgate Clinics",
 * "Quarry Labs", "Fernbrook Water Authority". A name of a person never ends so.
 */
export const ORGANIZATION_ENDINGS =
  "(?:inc|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|bv|group|labs?|clinics?|health|healthcare|hospitals?|bank|university|college|school|council|agency|authority|department|ministry|foundation|institute|partners|solutions|systems|technologies|software|services|consulting|networks|logistics|freight|foods|energy|water|studios?|media|insurance|capital|holdings|industries|association|society|trust|union)";

/**
 * A label for people who were not there: "Regrets:", "Absent", "Unable to attend", and the
 * German, French and Spanish words minutes use ("Entschuldigt:", "Excusés :", "Ausentes:"),
 * matched folded.
 */
export const ABSENCE_LABELS =
  "(?:not present|not in attendance|absent|absentees|regrets|apologies|unable to attend|(?:can ?not|can t|could not|couldn t|did not|didn t) attend|not attending|excused|missing|entschuldigt|abwesend|excuses|absents|ausentes)";

/** A roll call's word for who came: "Ana - present", "Ben (here)", "Kim: attended". */
export const PRESENCE_WORDS = "(?:present|here|attending|attended|in attendance)";

/**
 * Labels that say an action follows: "Action:", "Actions:", "Action point:", "Action-item:",
 * "Actionpoint:", "AI:", "AP:", "TODO:", "Task:".
 */
export const ACTION_LABELS =
  "(?:action(?:s|[ -]?items?|[ -]?points?)?|ai|ap|todo|to-do|to do|task)";

/**
 * "Action TK:", "Action PR/SB:", "ACTION Kim:", "TODO priya:", "ACTION Kim - ...": an action label
 * with who takes the work before its colon or dash. Initials are takers as written; other words only when they name someone
 * the note knows, so that a label's own words ("Action plan:", "TODO list:") name no one.
 */
export const NAMED_ACTION =
  /^(?:[Aa]ctions?|[Aa]ction[ -]?(?:[Pp]oints?|[Ii]tems?)|ACTIONS?|AI|AP|TODO|[Tt]o-?[Dd]o)\s+(@?(?:\p{Lu}{2,4}|\p{L}[\p{Ll}\d_-]+)(?:\s*(?:[/,&+]|and)\s*@?(?:\p{Lu}{2,4}|\p{L}[\p{Ll}\d_-]+))*)(?:\s*:|\s+[-–—])\s*(?=\S)/u;

/** Time away: "on PTO", "on parental leave", "OOO". Never anyone's name, never work. */
export const TIME_AWAY =
  "(?:pto|ooo|out of office|leave|parental leave|sick leave|annual leave|vacation|holidays?|sabbatical)";

/** Titles written before a person's name: "Dr. Ada Lovelace", "Mrs Dev Patel", "Cllr Ana Ruiz". */
export const PERSON_TITLES = "(?:mr|mrs|ms|mx|miss|dr|prof|cllr|councillor|sir|dame|rev|hon)";

/**
 * Verbs by which one gives another work: "the chair asked Ada to ...", "The Secretary was directed
 * to ...", "Pim was instructed to ...". Board and council minutes write work in the passive so.
 */
export const ASKING_VERBS = "(?:asked|requested|tasked|charged|directed|instructed)";

/** What a speaker does before the words are theirs: "Tomás presented results:", "Ines noted". */
export const SPEAKER_VERBS =
  "(?:expressed|raised|presented|reported|noted|said|mentioned|shared|explained|described|committed|agreed|promised|highlighted|stated|asked|requested|confirmed|outlined|summari[sz]ed|walked|proposed|suggested)";

/**
 * Words after a name that say the person took the work on: "Kim volunteered", "Ana offered to
 * help", "Lee will do it", "Ben is on it".
 */
export const VOLUNTEER_WORDS =
  "(?:volunteered|volunteers|will(?=\\s*\\.?\\s*$)|offered(?: to help| to (?:do|take|help with) (?:it|this|that))?|(?:will|to|can|['’]ll|said (?:he|she|they)(?: would| will|['’]d|['’]ll)) (?:do|take|handle|own|drive|pick up) (?:it|this|that)(?: on)?|took it|is on it|has it|takes it)";

/**
 * Verbs that take a question away to answer: "check if the lab is free", "ask whether the grant
 * covers it", "see if and when it can be shown". The "if" after them opens the question, not a
 * condition, and the work is to answer it.
 */
export const INQUIRY_VERBS =
  "(?:check|double-check|ask|confirm|verify|find out|figure out|work out|investigate|determine|clarify|test|explore|assess|evaluate|see|look into|establish)";

/** What a group calls its meeting: "call", "sync", "stand-up", "plenum", "all-hands". */
export const MEETING_NOUNS =
  "(?:meeting|call|sync|session|check-?in|stand-?up|retro(?:spective)?|telecon|telco|plenum|plenary|all-?hands|get-?together|catch-?up|huddle|board|committee|review)";

/** An arrow between words, as notes type or paste it: "->", "→", "=>", "⇒", "➔", "➜". */
export const ARROWS = "->|→|=>|⇒|➔|➜";

/**
 * Adverbs that may stand between "will" and the verb of a promise without making it less of one:
 * "I'll also review the draft", "Kim will then send it", "we will first draft it". Hedges ("probably",
 * "maybe") are not among them: "I'll probably look" is not a promise.
 */
export const WILL_ADVERBS = "(?:also|then|now|first|still|just|soon|personally)";

/** The label of a field that says by when: "Due:", "Deadline:", "Target date:", "By when:", "ETA:". */
/** "Task:", "What:", "Action item:": the field of a record that holds the work. */
export const WORK_FIELD = /^(?:what|task|item|action(?: item| point)?|to ?do|description)$/i;

export const DUE_FIELD_LABELS =
  "(?:due(?: date| by| on)?|deadline|target(?: date)?|by when|eta|when|to be done by)";

/** Words that make the date after them a deadline: "due Friday", "by 3/4", "no later than May 2", "prior to the 15th". */
export const DEADLINE_CUES =
  "(?:due(?: on| by| date)?|deadline|by|before|prior to|ahead of|in time for|until|till|no later than|not later than|(?:at the )?latest(?: by| on)?|eta|bis|w\\/e|week ending)";

/**
 * What follows the "@" of a date mention, as Notion and Confluence export them ("@Tomorrow",
 * "@March 8, 2024", "@Next Friday"), and never a handle: for a lookahead after the "@".
 */
export const DATE_MENTION_AFTER_AT = String.raw`(?:(?:today|tonight|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\w-])|(?:next|last|this)\s+\w|${MONTH_WORD}\.?\s+\d|\d{1,4}[/.-]\d)`;

/**
 * Common English short forms of given names: notes call "David Okoro" Dave as often as David.
 * A short form names an attendee only where it names one of them alone. Short forms that are
 * everyday words ("Will", "Rich", "Drew") are left out: they open sentences as often as names do.
 */
export const SHORT_GIVEN_NAMES: Readonly<Record<string, readonly string[]>> = {
  alexander: ["alex"],
  alexandra: ["alex"],
  andrew: ["andy"],
  anthony: ["tony"],
  benjamin: ["ben"],
  catherine: ["cathy", "kate"],
  christopher: ["chris"],
  christine: ["chris"],
  daniel: ["dan", "danny"],
  david: ["dave"],
  edward: ["ed", "ted"],
  gregory: ["greg"],
  james: ["jim", "jamie"],
  jennifer: ["jen", "jenny"],
  jonathan: ["jon"],
  joseph: ["joe"],
  katherine: ["kate", "kathy"],
  kenneth: ["ken"],
  margaret: ["maggie", "meg"],
  matthew: ["matt"],
  michael: ["mike"],
  nicholas: ["nick"],
  patricia: ["pat", "trish"],
  patrick: ["pat"],
  robert: ["rob", "bob"],
  samuel: ["sam"],
  samantha: ["sam"],
  thomas: ["tom"],
  timothy: ["tim"],
  victoria: ["vicky", "tori"],
  william: ["bill"],
  abigail: ["abby"],
  frederick: ["fred"],
  jessica: ["jess"],
  joshua: ["josh"],
  leonard: ["leo", "len"],
  leonardo: ["leo"],
  melissa: ["mel"],
  nathaniel: ["nate"],
  rebecca: ["becky"],
  zachary: ["zach"],
  anastasia: ["ana", "stacy"],
  angela: ["angie"],
  bradley: ["brad"],
  charles: ["charlie"],
  charlotte: ["charlie", "lottie"],
  cynthia: ["cindy"],
  deborah: ["debbie"],
  douglas: ["doug"],
  evelyn: ["evie"],
  gabriel: ["gabe"],
  gabriella: ["gabby"],
  geoffrey: ["geoff"],
  jacob: ["jake"],
  jeffrey: ["jeff"],
  jeremy: ["jerry"],
  josephine: ["josie"],
  kimberly: ["kim"],
  lawrence: ["larry"],
  madeline: ["maddie"],
  madison: ["maddie"],
  nathan: ["nate"],
  nicole: ["nikki"],
  oliver: ["ollie"],
  peter: ["pete"],
  ronald: ["ron"],
  sebastian: ["seb"],
  stephanie: ["steph"],
  theodore: ["theo", "ted"],
  vincent: ["vince"],
  walter: ["walt"],
  wesley: ["wes"],
};

/** The weekdays as RFC 5545 writes them in BYDAY, Sunday first as Date.getUTCDay counts. */
export const RRULE_WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

/** "Next meeting", "follow-up call", "we reconvene": words that speak of the group's next meeting. */
export const NEXT_MEETING_CUE =
  /\b(?:reconven(?:e|ing)|next (?:(?:guild|team|board|committee|group|project|community|steering|working|status|client|customer|planning|review|weekly|monthly|regular|general|member|members|staff|council) )?(?:meeting|call|sync|session|check-?in)|follow[- ]up (?:meeting|call)|meet again|regroup|reconnect|next status update)\b/i;

/** "Waiting on", "Pending from", "Owed by": words before the side that still owes the work. */
export const OWED_BY_CUES =
  "(?:waiting (?:on|for)|pending (?:from|on)|awaiting|owed by|outstanding from|expected from)";

/** "We (Brightwater) will ...", "We at Brightwater to ...": the writers, named by their organization. */
export const OUR_ORGANIZATION_LEAD =
  /^(?:[Ww]e|[Oo]ur (?:side|team))\s*(?:\(\s*([^()]{2,40}?)\s*\)|\s+at\s+(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}))\s+(?:will|shall|to|are going to|would)\s/u;

/**
 * "Customer:", "Us:", "Our side:" over a line of follow-ups: the side of the table that takes the
 * work, not a fact of the meeting (who the customer is).
 */
export const SIDE_OVER_WORK =
  /^(?:the\s+)?(?:customer|client|vendor|supplier|partner|us|we|our side|our team|their side|them)$/i;
