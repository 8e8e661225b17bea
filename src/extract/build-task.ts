import type { SectionKind, Task, TaskSectionKind } from "../model/minutes.js";
import { labelsTaskList } from "../parse/heading-kinds.js";
import type { Item, RawSection } from "../parse/sections.js";
import { namesNextMeetingAlone } from "../resolve/next-meeting-deadlines.js";
import { UNIT } from "../resolve/phrase-words.js";
import { readSchedule, type ScheduleNote } from "../resolve/schedule.js";
import {
  DATE_MENTION_AFTER_AT,
  DONE_WORDS,
  DUE_FIELD_LABELS,
  MONTH_WORD,
} from "../util/lexicon.js";
import { namesNobody } from "../util/names.js";
import { fingerprint, slugify, squash, unclosedBracket } from "../util/strings.js";
import type { ExtractContext } from "./context.js";
import { scheduleOf } from "./context.js";
import { namesSomeone, splitNames, toRefs } from "./people-in-text.js";
import {
  ARROW_LEAD,
  DONE_SUFFIX,
  OPEN_SUFFIX,
  opensWithImperative,
  splitTaskText,
  withoutStampBeforeAction,
} from "./task-language.js";
import { isOwnerBullet, namedAction, readOwnership, takerThenOrder } from "./task-owners.js";

const BLOCK_ID = /\s+\^([A-Za-z0-9][A-Za-z0-9-]*)\s*$/;
/**
 * "@Tomorrow", "@March 8, 2024", "@Next Friday": a date mentioned the way Notion and Confluence
 * export date mentions. The "@" goes, so that the date is read as a date and not as a handle.
 */
const DATE_MENTION = new RegExp(String.raw`(^|[\s(])@(?=${DATE_MENTION_AFTER_AT})`, "gi");
/** "Book the demo slot @Tamsin Greer @Today": the date mention that closes a task says by when, and is no word of the work. */
const CLOSING_DATE_MENTION = new RegExp(
  String.raw`\s+@(?=${DATE_MENTION_AFTER_AT})([^@\n]{1,40}?)\s*$`,
  "i",
);

export interface TaskInput {
  item: Item;
  text: string;
  kind: TaskSectionKind;
  section: RawSection;
  context: ExtractContext;
  extractor: string;
  /** Known finished before the words are read ("Done: ...", a past-tense report): no deadline. */
  done?: boolean;
}

/** "Action Check the glossary", not "Action Plan review": a label, then an order in capitals. */
const DUE_BRACKET_AFTER_HANDLES = new RegExp(
  String.raw`(?<=\s[—–-]\s*@[\w.-]+(?:\s*(?:,|&|and)\s*@[\w.-]+)*)\s*\(((?:${DUE_FIELD_LABELS}|by|before)\b[^()]{1,30})\)\s*$`,
  "i",
);

const DOT_BETWEEN_FIELDS = /(?:^|\s+)[·•]\s+(?=[\p{L}\d@])/gu;

const BARE_ACTION_LABEL =
  /^(?:action(?:[ -]?items?)?|ai|todo)\s+(?=\p{Lu}\p{Ll})(?!(?:plans?|points?|items?|lists?|required|needed|taken|register|log)\b)/iu;

const STATE_KEYWORD = /^(TODO|DONE|DOING|NOW|LATER|WAITING)\s+(?=\S)/;

/**
 * The dates a note app writes after a task with a sign each: 📅 (or 🗓) due, ⏳ scheduled, 🛫 start,
 * ➕ created, ✅ done, ❌ cancelled. The first is the deadline; a start or scheduled day is when the
 * work begins; a done or cancelled date closes the task. So do an outliner's planning fields
 * (below) and a plain-text list's tags ("@due(2026-06-11)", "@start(…)", "@done"). Returns the
 * words to read the schedule from, and whether the task is closed.
 */
function noteAppDates(text: string): { text: string; done: boolean } {
  if (PLANNING_FIELD.test(text))
    return {
      text: text.replace(PLANNING_FIELDS, (_, field: string, day: string, time?: string) => {
        const when = `${day}${time ? ` ${time}` : ""}`;
        return field === "DEADLINE"
          ? ` due ${when}`
          : field === "SCHEDULED"
            ? ` starting ${when}`
            : " ";
      }),
      done: /\bCLOSED:/.test(text),
    };
  if (TAG_FIELD.test(text))
    return {
      text: text.replace(TAG_FIELDS, (_, tag: string, value = "") =>
        !value
          ? " "
          : tag.toLowerCase() === "due"
            ? ` due ${value}`
            : /^(?:start|defer)$/i.test(tag)
              ? ` starting ${value}`
              : " ",
      ),
      done: /(?:^|\s)@done\b/i.test(text),
    };
  if (!NOTE_APP_SIGN.test(text)) return { text, done: false };
  let started = false;
  return {
    text: text
      .replace(START_DATE_FIELD, (_, day: string) => {
        // A task with both a start and a scheduled day begins at the first written.
        if (started) return " ";
        started = true;
        return ` starting ${day}`;
      })
      .replace(OTHER_DATE_FIELD, " ")
      .replace(DUE_SIGN, " due "),
    done: CLOSED_DATE_FIELD.test(text),
  };
}

/**
 * The task's words as a reader wants them in a list or a calendar: without the signs and dates,
 * rhythm and priority a note app writes after them ("Book the room ⏫ 📅 2026-06-05"), its
 * planning fields or its tags, or the tag that marks the line a task. What they say is in the
 * task's own fields.
 */
function withoutNoteAppFields(text: string): string {
  if (!MAY_HOLD_NOTE_APP_FIELD.test(text)) return text;
  const plain = text
    .replace(PLANNING_FIELDS, " ")
    .replace(TAG_FIELDS, " ")
    .replace(DATED_SIGN, " ")
    .replace(RHYTHM_SIGN, " ")
    .replace(PRIORITY_SIGN, " ")
    .replace(TASK_TAG, " ");
  return plain === text ? text : squash(plain);
}

/**
 * "DEADLINE: <2026-12-04 Fri 17:00>", "SCHEDULED: <2026-12-02 Wed>", "CLOSED: [2026-12-01 Tue 10:02]":
 * an outliner's planning line (Logseq, org-mode), written under the task. Only the deadline is
 * one; a scheduled day is when to start, and a closed one ends the task.
 */
const PLANNING_FIELD = /\b(?:DEADLINE|SCHEDULED|CLOSED):\s*[<[]\d{4}-\d{2}-\d{2}/;
const PLANNING_FIELDS =
  /\s*\b(DEADLINE|SCHEDULED|CLOSED):\s*[<[](\d{4}-\d{2}-\d{2})(?:\s+\p{L}{2,3}\.?)?(?:\s+(\d{1,2}:\d{2}))?[^\]>]*[\]>]/gu;
/** "@due(2026-06-11)", "@start(2026-06-08)", "@done(2026-06-02)", "@done": a plain-text task list's tags. */
const TAG_FIELD = /(?:^|\s)@(?:due|start|defer|done)(?:\(|\b)/i;
const TAG_FIELDS = /\s*(?<!\S)@(due|start|defer|done)(?:\(([^()]*)\))?(?![\w-])/gi;
const NOTE_APP_SIGN = /[📅🗓⏳🛫➕✅❌]/u;
/** A character every field of withoutNoteAppFields holds: most tasks have none, and skip its scans. */
const MAY_HOLD_NOTE_APP_FIELD = /[📅🗓⏳🛫➕✅❌🔁🔺⏫🔼🔽⏬@:#]/u;
/**
 * "- [ ] #task Send the deck": the tag a note app's task plugin filters its tasks by, opening or
 * closing the line ("the #tasks channel" inside it is a word of the work).
 */
const TASK_TAG =
  /^\s*#(?:tasks?|todos?|to-?do|actions?|action-?items?)(?=\s)|(?<=\s)#(?:tasks?|todos?|to-?do|actions?|action-?items?)\s*$/giu;
const DUE_SIGN = /\s*(?:📅|🗓)\uFE0F?\s*/gu;
const START_DATE_FIELD = /\s*(?:🛫|⏳)\uFE0F?\s*(\d{4}-\d{2}-\d{2})/gu;
const OTHER_DATE_FIELD = /\s*(?:➕|✅|❌)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu;
const CLOSED_DATE_FIELD = /(?:✅|❌)\uFE0F?\s*\d{4}-\d{2}-\d{2}/u;
const DATED_SIGN = /\s*(?:📅|🗓|⏳|🛫|➕|✅|❌)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu;
/** "🔁 every week on Friday": the rhythm runs to the next sign or the end. */
const RHYTHM_SIGN = /\s*🔁\uFE0F?[^📅🗓⏳🛫➕✅❌🔺⏫🔼🔽⏬]*/gu;
const PRIORITY_SIGN = /\s*[🔺⏫🔼🔽⏬]\uFE0F?/gu;

/** "Finish by month end.", "Due Friday.", "To be done by next week.": a sentence that only says when. */
const WHEN_ONLY =
  /^((?:(?:to be\s+)?(?:complete[ds]?|completed|done|finish(?:ed)?|delivered|ready)\s+(?:by|before|until)|due(?:\s+(?:by|on))?|deadline\s*:?|eta\s*:?|target(?:\s+date)?\s*:?|by)\s+[^.!?]{2,40}?)\s*(?:[.!]|$)/i;

/**
 * "20.3 abends", "3/20 (tentative)", "20.3. approx.": a due cell that opens with a date and then
 * only qualifies it in words, in whatever language, is due that day. Digits after the date
 * ("20.3 or 27.3") are another date, and "2.5 days" is an effort: the cell stays unread.
 */
const DATE_THEN_WORDS = new RegExp(
  String.raw`^\s*(\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?)\s*,?\s*\(?(?!${UNIT}\b|(?:pts?|points?|sp|x)\b)\p{L}[\p{L}\s.?!]*\)?\s*$`,
  "iu",
);

const SPAN_CELL = new RegExp(`^\\d+\\s*${UNIT}$`, "i");
/** "May", "Sept", "March 2027" alone in a due column: by the end of that month. */
const MONTH_CELL = new RegExp(`^${MONTH_WORD}\\.?(?:\\s+\\d{4})?$`, "i");
/** "the 20th", "21st EOD" alone in a due column: the column is the cue "by" is in prose. */
const DAY_OF_MONTH_CELL =
  /^(?:the\s+)?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:,?\s+(?:EOD|COB|EOB|noon|midday))?$/i;

/**
 * "[owner:: Kim]", "(assignee:: [[Ilse Quarn]])", "[due:: 2026-07-03]": a field written inline as
 * Obsidian's Dataview reads it, in square or round brackets. Who and by when are written as the
 * readers of owners and deadlines know them; other fields stay as written.
 */
const INLINE_FIELD =
  /\s*[[(]\s*([\p{L} _-]{1,20}?)::\s*([^[\]()]*(?:\[\[[^\]]*\]\][^[\]()]*)*)[\])]/gu;
const INLINE_OWNER_KEY = /^(?:owners?|assignees?|assigned|who|responsible)$/i;
const INLINE_DUE_KEY = /^(?:due|deadline|due date|by)$/i;

function withInlineFields(text: string): string {
  return text.replace(INLINE_FIELD, (whole, key: string, value: string) => {
    const plain = value.replace(/\[\[([^\]|]*)(?:\|[^\]]*)?\]\]/g, "$1").trim();
    if (INLINE_OWNER_KEY.test(key.trim())) return plain ? ` (owner: ${plain})` : " ";
    if (INLINE_DUE_KEY.test(key.trim())) return plain ? ` (due: ${plain})` : " ";
    return whole;
  });
}

/**
 * "…, ETA: Fri", "… | Due: 18/12", "… (deadline: 3/12)" after the work, "Due: 18/12 — rotate the
 * keys", "Due 18/12: rotate the keys" before it: a field that says by when, set off from the work.
 */
const DUE_FIELD_AFTER = new RegExp(
  String.raw`(?:\s*[,;|.]|\s+[-–—]|\s*\()\s*(${DUE_FIELD_LABELS}\s*:\s*[^,;|()]{1,30}?)\s*\)?\s*\.?$`,
  "i",
);
const DUE_FIELD_BEFORE = new RegExp(
  String.raw`^\(?(${DUE_FIELD_LABELS}\s*:?\s*[^,;|():·•]{1,25}?)\)?(?:\s*[:,;|.]|\s+[-–—·•])\s+(?=\S)`,
  "i",
);

/**
 * "Rework the form WHEN: 12.03.2026", "... When: Friday": a record's field on a line of its own,
 * which reaches us joined to the work by a space; its label is capitalised, as a field's is.
 * "Send the customer our ETA: Friday" sends an estimate: no field after a determiner.
 */
const DUE_FIELD_ON_ITS_LINE =
  /(?<!\b(?:our|the|your|their|my|his|her|its|a|an|new))\s+((?:Due|DUE|When|WHEN|Deadline|DEADLINE|ETA|Target|TARGET)(?: date| DATE| by| BY)?\s*:\s*[^,;|()]{1,30}?)\s*\.?$/;

/**
 * "Send the deck (due: Fri) to Ana", "Add the alert (due 2026-04-15)": a bracketed field in the
 * middle of the words or at their end, where the bracket sets it off without a colon.
 */
const DUE_FIELD_BRACKETED = new RegExp(
  String.raw`\s*\((${DUE_FIELD_LABELS}\s*:?\s*[^()]{1,30}?)\s*\)(?=\s|$)|\s*\[((?:${DUE_FIELD_LABELS}\s*:?|by|before|until|till)\s*[^[\]]{1,30}?)\s*\](?=\s|$)|\s*\(((?:by|before|until|till)\s+[^()]{1,30}?)\s*\)$`,
  "i",
);

/**
 * "Fri", "next Tuesday", "EOD Thursday", "tomorrow", "next week", "end of month": a day or a
 * period named by its words alone.
 */
const DAY_WORD_ALONE = String.raw`(?:(?:next|this|by|eod|cob)\s+)?(?:today|tonight|tomorrow|(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?)|(?:by\s+)?(?:(?:next|this)\s+(?:week|month)|end of (?:the\s+)?(?:(?:next|this)\s+)?(?:day|week|month|quarter|year)|eod|eow|eom|cob)`;
/**
 * "Send the pricing - Nov 24, 2026", "Close the issues | 24/11", "New mock-ups — Fri": a date
 * alone set off at the end.
 */
const DATE_AFTER_DASH = new RegExp(
  String.raw`\s+[-–—|]\s+((?:${MONTH_WORD}\.?\s+\d|\d{1,4}[./-]\d)[^-–—|]{0,20}|${DAY_WORD_ALONE})$`,
  "iu",
);

/**
 * "Follow up with the vendor, 3/20", "... (3/20)": what is left of "— Ada, 3/20" once the taker is
 * read; "— Dec 9, 2026", "— 9 December 2026" with the year, "- mid-December" the middle of a month,
 * ", due W02" a calendar week.
 */
const DATE_ALONE = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*,?\s+)?(?:${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\.?\s+${MONTH_WORD}\.?(?:\s+\d{4})?|\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?\.?|mid[-\s]?${MONTH_WORD}|(?:KW|CW)\s?\d{1,2}|W\d{2})|${DAY_WORD_ALONE}`;
/**
 * "Renew the cert, by 10 Jun", "Book the room - due 10 Jun": the deadline's word before such a
 * date; "Share the report. Due Friday, December 11.": a closing sentence of it.
 */
const CUE_BEFORE_DATE = String.raw`(?:(?:by|due|before|deadline)\s*:?\s+)?`;
const DATE_CLOSING = new RegExp(
  String.raw`(?:,\s+${CUE_BEFORE_DATE}(${DATE_ALONE})|\s*\((${DATE_ALONE})\)|\s*\[(${DATE_ALONE})\]|\s+[-–—]\s+${CUE_BEFORE_DATE}(${DATE_ALONE})|\.\s+(?:due|deadline)\s*:?\s+(${DATE_ALONE})\.?)$`,
  "iu",
);

/** "Book the room, Due: TBD", "(deadline: n/a)": a field that says no deadline is set yet. */
const UNSET_DUE_FIELD = new RegExp(
  String.raw`(?:\s*[,;|.]|\s+[-–—]|\s*\()\s*${DUE_FIELD_LABELS}\s*:?\s*(?:TBD|TBC|TBA|n\/a|none|unknown|not set|\?+)\s*\)?\s*\.?$`,
  "i",
);

/** "unassigned", "owner: ?", "no owner yet": words that say no one has taken the work yet. */
const NO_OWNER_YET = String.raw`(?:(?:owners?|assignees?|assigned to|who|dri)(?:\s*[:=]\s*|\s+[-–—]\s+|\s+)(?:TBD|TBC|TBA|n\/a|none|unassigned|unknown|not set|nobody|no one|\?+)|unassigned|not assigned|no owner(?: yet)?|owner (?:needed|wanted|missing)|needs? (?:an )?owner|volunteers? (?:needed|wanted))`;
/**
 * "Rotate the keys (unassigned)", "Renew the cert — owner: ? — due Friday", "[no owner yet]": a
 * mark that the work has no owner yet says nothing the empty owners do not, and is no part of
 * the work's words, bracketed or set apart wherever it stands.
 */
const OWNER_NOT_SET = new RegExp(
  String.raw`(?:\s*:)?\s*[([]\s*${NO_OWNER_YET}\s*[)\]]|(?:\s*[,;|]|\s+[-–—])\s*${NO_OWNER_YET}(?=\s*(?:$|[,;|.)]|[-–—]\s))`,
  "gi",
);

/** "due:2026-03-13", "due:fri": a field and its value with nothing between them, closing the words. */
const DUE_TOKEN = new RegExp(String.raw`\s+(${DUE_FIELD_LABELS}:(?!\s)\S+)\s*$`, "i");

/** "Open a PR [todo] [decision]": tags that file the item, not words of the work. */
const CLOSING_TAGS = /(?:\s*\[(?:todo|to-do|action(?: item)?|ai|decision)\])+\s*$/i;

function withoutDueField(text: string, due: string, context: ExtractContext): string {
  for (const field of [
    DUE_FIELD_AFTER,
    DUE_FIELD_ON_ITS_LINE,
    DUE_FIELD_BEFORE,
    DUE_FIELD_BRACKETED,
    DATE_AFTER_DASH,
    DATE_CLOSING,
  ]) {
    const found = field.exec(text);
    const value = found?.slice(1).find((group) => group !== undefined);
    if (!found || !value || scheduleOf(value, context).due !== due) continue;
    const rest = text
      .replace(found[0], "")
      .replace(/[\s,;:]+$/, "")
      .trim();
    if (rest) return rest;
  }
  return text;
}

/** One task from an item's words: owners, title, deadline and the rest, with its source. */
export function buildTask(input: TaskInput): Task {
  const { item, kind, section, context } = input;
  // "→ Ana: call the vendor": an arrow before the words marks the item, as its bullet does.
  // "What: renew the certificate": a record's field that names the work, not a title of it.
  // "Owner: Kim · Due: 3/10 · Update the FAQ": a middle dot or bullet between fields, as a bar is.
  let text = withoutStampBeforeAction(
    input.text
      .replace(ARROW_LEAD, "")
      .replace(WHAT_FIELD, "")
      .replace(DOT_BETWEEN_FIELDS, (_dot, at: number) => (at === 0 ? "" : " | ")),
  );
  const block = BLOCK_ID.exec(text);
  if (block) text = text.slice(0, block.index);
  text = text.replace(CLOSING_TAGS, "").replace(OWNER_NOT_SET, "");
  const closingMention = CLOSING_DATE_MENTION.exec(text);
  const mentionedWhen = closingMention && closingMention.index > 0 ? closingMention[1]! : null;
  if (mentionedWhen) text = text.slice(0, closingMention!.index);
  text = text.replace(DATE_MENTION, "$1");
  if (text.includes("::")) text = withInlineFields(text);
  const cells = item.type === "table-row" ? fromCells(item) : null;
  if (cells) text = cells.text;
  // "TODO Kim: write the post", "DONE Ravi: archive the plans": a state keyword in capitals, as
  // outliners (Logseq, org-mode) write it, opens the task and says whether it is done.
  // "TODO wendell: book the caterers" keeps its label, which says who takes the work.
  const keyword = STATE_KEYWORD.exec(text);
  if (keyword && !(keyword[1] === "TODO" && namedAction(text, context))) {
    text = text.slice(keyword[0].length);
    // "TODO tobin create the stickers": the taker, written as a label would give them.
    const lower = keyword[1] === "TODO" ? takerThenOrder(text, context) : null;
    if (lower) text = `${lower.name}: ${lower.work}`;
  }
  // "**Action** Check the glossary": an action label with no colon, before an order.
  const bareActionLabel = BARE_ACTION_LABEL.exec(text);
  if (bareActionLabel && opensWithImperative(text.slice(bareActionLabel[0].length)))
    text = text.slice(bareActionLabel[0].length);
  // Read here, for every extractor, so that "- Update the runbook - **DONE**" under a bold
  // label is as finished as it is under an action heading, and "- **TODO**" is no part of the work.
  const doneAfter = DONE_SUFFIX.exec(text);
  const stateAfter = doneAfter ?? OPEN_SUFFIX.exec(text);
  if (stateAfter) text = text.slice(0, stateAfter.index);
  // "Fix the redirect @ada due:2026-03-13": a plain-text to-do's field of by when, written as one
  // token, after the taker it would otherwise hide from the owner readers.
  const dueToken = DUE_TOKEN.exec(text);
  if (dueToken) text = text.slice(0, dueToken.index);
  // "Fix the login test — @iholm (due 3/12)": the deadline's bracket after the handles that close
  // the work hides them from the owner readers; it is read for the schedule alone.
  const dueAfterHandles = DUE_BRACKET_AFTER_HANDLES.exec(text);
  if (dueAfterHandles) text = text.slice(0, dueAfterHandles.index);
  const ownership = readOwnership(
    text,
    { item, kind, section, context },
    cells
      ? toRefs(
          cells.owners.flatMap((owner) => personInBracket(owner, context)),
          context.people,
        )
      : [],
  );

  // "Owner: Omar. Due: 18/12. Rotate the keys": what stood after the owner's field.
  const afterOwner = ownership.text === text ? "" : /^[.,;|]\s+/.exec(ownership.text)?.[0];
  const cleaned = squash(ownership.text.slice(afterOwner?.length ?? 0))
    .replace(/\s+(?:[-–—]|→|->|=>)\s*$/, "")
    // "(00:03:12)": where in the recording it was said, a link back to the transcript.
    .replace(/\s*\(\d{1,2}:\d{2}:\d{2}\)(?=\.?$)/, "")
    .replace(/\.$/, "");
  const split = splitTaskText(cleaned);
  text = split.text.replace(/\.$/, "");
  // "[Ada Lind] Go/no-go call: Schedule the call": a meeting app's next step, its taker named
  // first, then the step's short name and the work. With the taker found, the name before the
  // colon is the title, not a second taker.
  const named = ownership.owners.length > 0 && !ownership.title ? STEP_NAME.exec(text) : null;
  const stepName =
    named &&
    !FIELD_NAME.test(named[1]!) &&
    scheduleOf(named[1]!, context).dueText === null &&
    context.people.resolve(named[1]!).attendeeId === null &&
    !context.people.isKnownPerson(named[1]!) &&
    opensWithImperative(named[2]!)
      ? named[1]!
      : null;
  if (stepName) text = text.slice(named![0].length - named![2]!.length);
  const title = stepName ?? ownership.title ?? topicOf(item, context);
  const marked = noteAppDates(
    [text, dueToken?.[1], dueAfterHandles?.[1], mentionedWhen]
      .filter((part) => part !== undefined && part !== null)
      .join(" "),
  );
  const schedule = scheduleOf(marked.text, context);
  let { due, dueText } = schedule;
  const priority = cells?.priority ?? priorityOf(text);
  text = withoutNoteAppFields(text);
  // "Migrate the exports, ETA: Fri", "Due 18/12: rotate the keys": the field that gave the
  // deadline is no part of the work's words.
  if (due) text = withoutDueField(text, due, context);
  else text = text.replace(UNSET_DUE_FIELD, "");
  // "Poll the members on the venue. Finish by month end. The answers decide ...": a sentence after the work
  // that only says by when dates it.
  const when = !due && split.details ? WHEN_ONLY.exec(split.details) : null;
  const later = when ? scheduleOf(when[1]!, context) : null;
  if (later?.due) ({ due, dueText } = later);
  let notes: ScheduleNote[] = schedule.notes;
  let timing: Pick<typeof schedule, "recurrence" | "start"> = schedule;
  if (cells?.due) {
    // A due column settles the deadline, and what could not be settled about it is reported too.
    // The column may state its own date order ("Deadline (DD/MM)"), so it is read on its own.
    // "2 weeks", "2h", "30 min" in a due column count from the meeting, as "within 2 weeks" does.
    const span = SPAN_CELL.test(cells.due.trim());
    const cellContext = {
      reference: context.reference,
      dateOrder: cells.dateOrder ?? context.options.dateOrder,
    };
    const byCue = MONTH_CELL.test(cells.due.trim()) || DAY_OF_MONTH_CELL.test(cells.due.trim());
    let fromCell = readSchedule(
      span ? `within ${cells.due}` : byCue ? `by ${cells.due.trim()}` : cells.due,
      cellContext,
    );
    const dateThenWords = fromCell.due ? null : DATE_THEN_WORDS.exec(cells.due);
    if (dateThenWords) {
      const leading = readSchedule(dateThenWords[1]!, cellContext);
      if (leading.due) fromCell = leading;
    }
    due = fromCell.due;
    // "every 4 hours", "starting today" in a "When" cell: the work's rhythm or its start.
    timing = fromCell;
    // "done 5/11": when it was finished, which is no deadline.
    const notADeadline =
      FINISHED_IN_CELL.test(cells.due) || !!fromCell.recurrence || !!fromCell.start;
    dueText = notADeadline && !due ? null : cells.due;
    notes =
      fromCell.notes.length > 0 ||
      fromCell.due ||
      fromCell.recurrence ||
      fromCell.start ||
      namesNextMeetingAlone(cells.due) ||
      FINISHED_IN_CELL.test(cells.due)
        ? fromCell.notes
        : [{ code: "unresolved-date", message: `Cannot read a date in "${cells.due}"` }];
  }
  const done =
    input.done === true ||
    item.checked === true ||
    DONE_HEADING.test(input.section.heading) ||
    // "* Finished" over the work, as "## Done" would head it.
    (item.parent !== null && DONE_HEADING.test(item.parent.text)) ||
    !!cells?.done ||
    keyword?.[1] === "DONE" ||
    !!doneAfter ||
    marked.done;
  // A finished item's date says when it happened, not when it is due.
  if (done && !cells?.due) {
    due = null;
    notes = [];
  }
  for (const note of notes)
    context.diagnostics.push({ code: note.code, message: note.message, source: item.source });
  return {
    id: taskId(kind, title, text),
    blockId: block ? block[1]! : null,
    title,
    text,
    details: split.details,
    owners: ownership.owners,
    due,
    dueText,
    duration: schedule.duration,
    recurrence: timing.recurrence ?? schedule.recurrence,
    start: timing.start ?? schedule.start,
    condition: schedule.condition,
    status: done ? "done" : "open",
    priority,
    section: kind,
    extractor: input.extractor,
    source: item.source,
  };
}

/** The names in an owner cell, a bracket kept whole: "Legal (Kim, Tom), Ben" is two entries. */
function namesInCell(cell: string): string[] {
  const names: string[] = [];
  for (const part of splitNames(cell)) {
    const open = names.length > 0 && unclosedBracket(names[names.length - 1]!);
    if (open) names[names.length - 1] = `${names[names.length - 1]}, ${part}`;
    else names.push(part);
  }
  return names;
}

/**
 * "Support (Ana)", "Legal (Kim, Tom)" in an owner cell: the team, and in its bracket the people
 * in it who take the work. A person's own bracket ("Ben (with Ana)") is read as it stands.
 */
function personInBracket(owner: string, context: ExtractContext): string[] {
  // "BW – Ada", "Tallow: Rina", "Rina @ Tallow": the organization or team and the attendee in
  // it who takes the work, set apart.
  const apart = TEAM_AND_PERSON.exec(owner.trim());
  if (apart) {
    // "Rina - Ada": two attendees, both of whom take it.
    const known = [apart[1]!, apart[2]!].filter((part) => context.people.resolve(part).attendeeId);
    if (known.length > 0) return known;
  }
  const bracketed = /^([^()]+?)\s*\(([^()]+)\)$/.exec(owner.trim());
  if (!bracketed || namesSomeone(bracketed[1]!, context.people)) return [owner];
  const inside = splitNames(bracketed[2]!);
  return inside.length > 0 && inside.every((name) => namesSomeone(name, context.people))
    ? inside
    : [owner];
}

const TEAM_AND_PERSON = /^([^:@–—()]+?)(?:\s+[-–—]\s+|\s*:\s+|\s+@\s+)([^:@–—()]+)$/;

/** "Due:", "Status:", "Note:": a field's label, which names no step. */
/** "What: renew the certificate": a record's field that names the work itself. */
export const WHAT_FIELD = /^(?:what|item|task|description)\s*:\s*(?=\S)/i;
const FIELD_NAME = new RegExp(
  `^(?:${DUE_FIELD_LABELS}|status|notes?|priority|owners?|who|what|item|task|description|context)$`,
  "i",
);
/** "Go/no-go call: ", "Pilot users: ": a short name of words; "Create issue for: " is a sentence begun. */
const STEP_NAME =
  /^(\p{L}[\p{L}\d/&'’ -]{0,38}[\p{L}\d])(?<!\s(?:for|to|of|with|about|on|in|is|are|be|needs?)):\s+(\S.*)$/u;

/** The topic bullet a task is nested under ("Slow build agents" above "Need to publish the retro notes"). */
function topicOf(item: Item, context: ExtractContext): string | null {
  const parent = item.parent;
  if (!parent || isOwnerBullet(parent, context) || parent.text.endsWith(":")) return null;
  // "* Action items" over the tasks labels the list, as a heading would; it is no topic.
  if (labelsTaskList(parent.text)) return null;
  const topic = parent.text.replace(/\s*\(?https?:\/\/\S+\)?/g, "").trim();
  // "Ran into an issue with the export. Need to find a way around it." over the task: sentences
  // of discussion are what led to the work, not the name of its topic.
  if (/[.!?]\s+\S/.test(topic)) return null;
  return topic || null;
}

interface CellTask {
  text: string;
  owners: string[];
  due: string | null;
  /** The order a due column's header states for its numeric dates: "Deadline (DD/MM)". */
  dateOrder: "MDY" | "DMY" | null;
  done: boolean;
  /** What a "Priority" column says, as RFC 5545 PRIORITY. */
  priority: number | null;
}

const PRIORITY_COLUMNS = /^(?:priority|prio|importance|urgency|sev|severity)$/;

// Column headers are matched by their words, after dropping a parenthesised hint ("Deadline (DD/MM)").
// Each column's words in English, then German, Spanish, French and Dutch ("Aufgabe | Wer | Bis wann").
const TASK_COLUMNS =
  /\b(?:tasks?|actions?|action items?|items?|description|what|to ?dos?|todo|activity|activities|deliverables?|next steps?|follow ?ups?)\b|^(?:aufgaben?|was|ma[sß]nahmen?|tareas?|acci[oó]n(?:es)?|t[aâ]ches?|actiepunt(?:en)?|actie|wat)$/;
const OWNER_COLUMNS =
  /\b(?:owners?|assignees?|assigned(?: to)?|who|responsible|accountable|dri|person|people|name|lead|drivers?|by whom|poc|point of contact|actionee|actioner)\b|^(?:verantwortlich(?:e|er)?|wer|zust[aä]ndig|responsables?|qui[eé]n|qui|wie|eigenaar|verantwoordelijke)$/;
/** "Action by", "AI POC": owner columns whose words could also read as a deadline's ("by"). */
const OWNER_FIRST_COLUMNS = /^action(?:ed)? by$|\bpoc\b|\bpoint of contact\b|\bactionee\b/;
const DUE_COLUMNS =
  /\b(?:due|deadline|when|date|by|target|eta|by when|until|finish by|complete by|timeline|time ?frame|expected(?: by| date| completion|$))\b|^(?:termin|bis(?: wann)?|wann|datum|f[aä]llig(?:keit)?|frist|fecha(?: l[ií]mite)?|plazo|cu[aá]ndo|[eé]ch[eé]ance|date limite|quand|wanneer|uiterlijk)$/;
/** Columns that can only mean the deadline, preferred over a "Date" or "When" beside them. */
const STRONG_DUE_COLUMNS =
  /\b(?:due|deadline|target|eta|by when|until|finish by|complete by)\b|^(?:termin|bis(?: wann)?|f[aä]llig(?:keit)?|frist|fecha l[ií]mite|plazo|[eé]ch[eé]ance|date limite|uiterlijk)$/;
/**
 * "#### Completed" under "### Actions", "Done items": a part of a list of work that is over.
 * "**Resolved**" in minutes heads what the meeting resolved to do.
 */
const DONE_HEADING =
  /^\W*(?:done|completed?|finished|closed)(?:\s+(?:actions?|action items?|items|tasks|work))?\W*$/i;
/** "Completed date", "Date raised", "AI date": when the item was done or written down, not when it is due. */
const COMPLETED_COLUMNS =
  /\b(?:completed?|closed|done|resolved|finished)(?: date| on)?$|\bdate (?:completed|closed|done|resolved|finished)\b/;
const NOT_DUE_COLUMNS =
  /\b(?:raised|opened|created|added|logged|assigned|start|entry|meeting|ai|action|item)(?: date| on)$|\bdate (?:raised|opened|created|added|logged|assigned)\b/;
const STATUS_COLUMNS = /\b(?:status|state|done|progress)\b/;
/** A status or due cell that says the work is over: the done words, or a tick. */
export const DONE = new RegExp(`^(?:${DONE_WORDS}|yes|x|✓|✅)\\.?$`, "i");
/** "done 5/11", "closed on 3 Nov": a due cell that says when the work was finished. */
const FINISHED_IN_CELL = new RegExp(`^\\s*${DONE_WORDS}\\b`, "i");
/** What a due cell holds when the work has no date and needs none: it goes on, or waits. */
const NO_DATE_YET =
  /^(?:asap|a\.s\.a\.p\.?|as soon as possible|ongoing|on-?going|in progress|continuous|recurring|as needed|as required|when possible|open|pending|later|unknown|\?+)\.?$/i;
/** "1", "#12", "3.", "OPS-1182": a number or key that names an item without saying what it is. */
const ITEM_NUMBER = /^(?:#?\d{1,4}[.)]?|[A-Z][A-Z\d]{0,9}-\d{1,6})$/;

/** A column header's words, without a bracketed hint ("Deadline (DD/MM)" -> "deadline"). */
const headerWords = (header: string) => header.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").trim();

/** Whether a task table's column says who or by when ("Owner", "Due date"), by its header's words. */
export function namesOwnerOrDue(header: string): boolean {
  return namesOwner(header) || namesDue(header);
}

export function namesOwner(header: string): boolean {
  return OWNER_COLUMNS.test(headerWords(header));
}

export function namesDue(header: string): boolean {
  return DUE_COLUMNS.test(headerWords(header));
}

/** "Due", "Deadline", "ETA": a column that can only mean by when, not "Date" or "When". */
export function namesOnlyDue(header: string): boolean {
  return STRONG_DUE_COLUMNS.test(headerWords(header));
}

function fromCells(item: Item): CellTask | null {
  const cells = item.cells ?? {};
  const headers = Object.keys(cells).map((header) => ({
    header,
    words: headerWords(header),
  }));
  const used = new Set<string>();
  // Each column answers one question: "Due by" is a due column even though "by" could name an owner.
  const pick = (pattern: RegExp) => {
    const found = headers.find(({ header, words }) => !used.has(header) && pattern.test(words));
    if (!found) return null;
    used.add(found.header);
    return cells[found.header] ?? null;
  };
  const ownerFirst = pick(OWNER_FIRST_COLUMNS);
  const completed = pick(COMPLETED_COLUMNS);
  const dueHeader =
    headers.find(({ header, words }) => !used.has(header) && STRONG_DUE_COLUMNS.test(words)) ??
    headers.find(
      ({ header, words }) =>
        !used.has(header) && DUE_COLUMNS.test(words) && !NOT_DUE_COLUMNS.test(words),
    );
  if (dueHeader) used.add(dueHeader.header);
  for (const { header, words } of headers) if (NOT_DUE_COLUMNS.test(words)) used.add(header);
  const due = dueHeader ? (cells[dueHeader.header] ?? null) : null;
  const status = pick(STATUS_COLUMNS);
  const priority = pick(PRIORITY_COLUMNS);
  // "| Item | Description |": the item's number, then what the item is.
  let text = pick(TASK_COLUMNS);
  for (let next = text; next !== null && ITEM_NUMBER.test(next.trim()); ) {
    next = pick(TASK_COLUMNS);
    if (next !== null) text = next;
  }
  // "| # | Issue | Owner | Target |": without a column named for the work, the first column left
  // that holds words, not the row's number.
  text ??=
    headers
      .filter(({ header }) => !used.has(header) && !OWNER_COLUMNS.test(headerWords(header)))
      .map(({ header }) => cells[header]?.trim() ?? "")
      .find((value) => value !== "" && !ITEM_NUMBER.test(value)) ??
    Object.values(cells)[0] ??
    "";
  const owner = ownerFirst ?? pick(OWNER_COLUMNS);
  return {
    text,
    // "Owner: TBD", "DRI - Ada" in the owner's own column: the label written again over the names.
    owners: owner ? namesInCell(owner.replace(OWNER_LABEL_IN_CELL, "")) : [],
    // "-", "TBD", "n/a", "Ongoing" in a due column: no date, which is nothing to report; "Done"
    // there closes the item.
    due:
      due && !namesNobody(due) && !NO_DATE_YET.test(due.trim()) && !DONE.test(due.trim())
        ? due
        : null,
    dateOrder: dueHeader ? statedDateOrder(dueHeader.header) : null,
    // "ASAP" where the date would stand: no date, and the work comes first.
    priority: priority
      ? priorityInCell(priority)
      : due && /^(?:asap|as soon as possible)\.?$/i.test(due.trim())
        ? 1
        : null,
    done:
      (!!status && DONE.test(status.trim())) ||
      (!!due && DONE.test(due.trim())) ||
      // A "Completed date" column with a date in it.
      (!!completed && /\d/.test(completed)) ||
      // "| Bug 5554 DONE |": a state written in capitals closing another column's cell.
      Object.values(cells).some((cell) => cell !== text && CLOSED_IN_CAPITALS.test(cell.trim())),
  };
}

const OWNER_LABEL_IN_CELL =
  /^\s*(?:owners?|dri|assignees?|assigned to|responsible|lead)\s*(?::|=|\s[-–—])\s*/i;

const CLOSED_IN_CAPITALS = /(?:^|\s)(?:DONE|CLOSED|COMPLETED|FIXED|RESOLVED)\.?$/;

/** "(DD/MM)", "dd.mm.yyyy", "[MM/DD]": the order of day and month a header spells out. */
function statedDateOrder(header: string): "MDY" | "DMY" | null {
  if (/\bd{1,2}\s*[./-]\s*m{1,2}\b/i.test(header)) return "DMY";
  if (/\bm{1,2}\s*[./-]\s*d{1,2}\b/i.test(header)) return "MDY";
  return null;
}

export function taskId(kind: SectionKind, title: string | null, text: string): string {
  const normalized = squash(`${title ?? ""} ${text}`).toLowerCase();
  const words = slugify(normalized).split("-").filter(Boolean).slice(0, 5).join("-");
  return `${kind}-${words || "task"}-${fingerprint(normalized).slice(0, 4)}`;
}

/** "P1", "2", "High", "Medium", "low" in a priority column, as RFC 5545 PRIORITY. */
function priorityInCell(cell: string): number | null {
  const value = cell.trim();
  const level = /^(?:P|SEV\s?|S)?([0-4])$/i.exec(value);
  if (level) return [1, 1, 5, 9, 9][Number(level[1])]!;
  if (/^(?:highest|high|critical|urgent|blocker|must(?: have)?)$/i.test(value)) return 1;
  if (/^(?:medium|med|normal|moderate|should(?: have)?)$/i.test(value)) return 5;
  if (/^(?:lowest|low|minor|trivial|could(?: have)?|nice to have)$/i.test(value)) return 9;
  return null;
}

/** RFC 5545 PRIORITY: 1 highest, 5 medium, 9 lowest. */
function priorityOf(text: string): number | null {
  const tag = /\bP([0-4])\b/.exec(text);
  if (tag) return [1, 1, 5, 9, 9][Number(tag[1])]!;
  // The priority signs of a note app's task lines: ⏫ high, 🔼 medium, 🔽 low.
  if (/[🔺⏫]/u.test(text)) return 1;
  if (/🔼/u.test(text)) return 5;
  if (/[🔽⏬]/u.test(text)) return 9;
  if (/\b(?:urgent|critical|asap|high priority|top priority|highest priority)\b/i.test(text))
    return 1;
  if (/\b(?:low priority|nice to have|when possible)\b/i.test(text)) return 9;
  return null;
}
