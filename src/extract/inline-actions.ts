import type { Task } from "../model/minutes.js";
import { headingKind, labelsTaskList } from "../parse/heading-kinds.js";
import type { Item, RawSection } from "../parse/sections.js";
import { ACTION_LABELS, ARROWS, DONE_WORDS, DUE_FIELD_LABELS } from "../util/lexicon.js";
import { isHandle, isNotNameWord, looksLikeName, namesNobody } from "../util/names.js";
import { squash } from "../util/strings.js";
import { buildTask } from "./build-task.js";
import { closingDeadline } from "./closing-deadline.js";
import { type ExtractContext, scheduleOf } from "./context.js";
import { itemLabel, plainLabel, TAGGED_NAME } from "./labels.js";
import { tasksPerTaker } from "./owner-clauses.js";
import { isLikelyVerb, opensWithSureVerb } from "./part-of-speech.js";
import { actorsAtStart, namesSomeone, splitNames } from "./people-in-text.js";
import {
  ACTION_TYPES,
  ARROW_LEAD,
  declinesWork,
  expressesNeed,
  isImperativeVerb,
  isOnlyLink,
  LABEL_OVER_LINES,
  meetsAgain,
  NO_WORK,
  NOT_A_PROMISE,
  NUMBER_LEAD,
  opensWithImperative,
  PROMISE_WORDS,
  pointsElsewhere,
  promisesNothing,
  readsAsAppointment,
  readsAsReport,
  speaksInSlot,
  TAKES_IT_ON_WITHOUT_OBJECT,
  TAKES_THE_REQUEST,
  TIMESTAMP_LEAD,
  typedItems,
  withoutStampBeforeAction,
} from "./task-language.js";
import {
  ACTION_ITEM_ASIDE,
  ACTION_PREFIX,
  handedByArrow,
  knownTaker,
  labelsATaker,
  marksItsOwnTaker,
  namedAction,
  OWNER_LABEL_WORDS,
  TAKERS_MARK,
} from "./task-owners.js";
import { attachLink, sentences } from "./tasks.js";
import { trailingHandles } from "./trailing-handles.js";
import { type WrappedLines, wrappedLines } from "./wrapped-lines.js";

/** "Due:", "Deadline:", "By when:": the field of an action record that says by when. */
const DUE_LABEL = new RegExp(`^${DUE_FIELD_LABELS}$`, "i");

/** Which field of an action record a line is: who takes it, or by when; null for anything else. */
function fieldOf(item: Item): { field: "owner" | "due"; value: string } | null {
  const label = itemLabel(item);
  if (!label) return null;
  const name = label.label.trim();
  if (DUE_LABEL.test(name)) return { field: "due", value: label.value.trim() };
  if (OWNER_LABEL_WORDS.test(name)) return { field: "owner", value: label.value.trim() };
  return null;
}

/**
 * "**Action:** Book the hall." with "**Owner:** Kim" and "**Due:** April" after it, as
 * paragraphs, as lines of its paragraph or as bullets under it: the fields of one action record.
 * They fill in what the action does not say itself.
 */
function attachField(item: Item, target: number, tasks: Task[], context: ExtractContext): boolean {
  const field = fieldOf(item);
  if (!field) return false;
  const record = tasks.filter((task) => task.source.start.line === target);
  if (field.field === "owner") {
    // "**Owner:** TBD" says no one has it yet: the field is read, and names no one.
    if (namesNobody(field.value)) return true;
    const names = splitNames(field.value).filter((name) => namesSomeone(name, context.people));
    if (names.length === 0) return false;
    for (const task of record)
      if (task.owners.length === 0) task.owners = names.map((name) => context.people.resolve(name));
  } else {
    const schedule = scheduleOf(
      /^(?:by|before|on|until)\b/i.test(field.value) ? field.value : `by ${field.value}`,
      context,
    );
    if (!schedule.due) return false;
    for (const task of record)
      if (!task.due) {
        task.due = schedule.due;
        task.dueText = field.value;
      }
  }
  for (const task of record) task.source = { start: task.source.start, end: item.source.end };
  return true;
}

const BRACKETED_NAME_LEAD = /^\(([^()]{2,40})\)\s+(\S.*)$/;

const STATUS_DONE = new RegExp(`^${DONE_WORDS}\\b`, "i");
const AGENDA = /\b(?:agenda|announcements?)\b/i;
/** A handle that owns the item: at its start, or closing it ("... (@kim)", "... - @kim"). */
// "@greta.lund": chat apps allow dots inside a handle; one closing a sentence ends it.
const OWNING_HANDLE =
  /^@[A-Za-z0-9][\w-]*(?:\.[\w-]+)*|(?:\(|\s[-–—]\s*)@[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\)?\s*$/;
/** What may follow a handle that opens an item and gives it work: "@kim fix", "@kim to fix", "@kim: fix". */
const AFTER_OWNING_HANDLE =
  /^\s*(?::\s*)?(?:(?:to|will|shall|must|should|needs? to|has to|is going to)\s+)?(\S.*)$/i;
/**
 * "Work in progress", "ToDo", "Next", "Open": a status label over the items of a status tree,
 * not a name that opens with one ("Open Data Day planning" is a topic).
 * "Open PRs" or "New merge requests" list work already written, waiting for review, by its titles.
 */
const STATUS_OPEN =
  /^(?:work in progress|in progress|wip|to ?dos?|to do|next(?: steps?)?|new|open|ongoing|pending|planned|backlog|upcoming|not started|blocked)\b(?!\s+(?:pull|merge) requests?\b|\s+(?:PR|MR)s?\b)/i;
/** What follows a status word in a name: "Open Data Day planning". Case matters, so apart. */
const NAME_GOES_ON = /^\s+\p{Lu}\p{Ll}/u;
/** "Backups will be created", "Deployments should be monitored": what will happen, not who does it. */
const PASSIVE_FUTURE =
  /\b(?:will|should|must|shall|would|can|could) (?:(?:not|always|also|still|never) )?be \w+ed\b/i;

/** "TK: ACTION for the section leads by May 27": who spoke, before the action they record. */
const SPEAKER_BEFORE_ACTION =
  /^(?:\p{Lu}{2,4}|@?\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s*:\s+(?=(?:ACTION|Action|AI|TODO)\b)/u;
/**
 * "[kim] todo: open an issue", "(Ana) Action: book it": a transcript's speaker tag before a to-do
 * label. The speaker notes their own work, so the tag is read as the label's taker.
 */
const TAGGED_SPEAKER_ACTION = new RegExp(
  String.raw`^[[(](@?${TAGGED_NAME})[\])]\s*:?\s+(${ACTION_LABELS})\s*:\s*(?=\S)`,
  "iu",
);
const FOR_WHOM = /^(?:for|by)\s+(?:the\s+)?[\p{L}\s&,/-]{2,40}$/u;

/**
 * "- Ana and Ben to take it on" under a paragraph or a bullet that says what: the work is the
 * words above, which the taker's words leave out.
 */
function takenOn(words: string, item: Item, items: readonly Item[]): string {
  // "#12 needs a repro, can you look?" over "- Kim: yes, will do tomorrow": the answer takes the
  // question's work on.
  const answers =
    item.parent !== null && /\?\s*$/.test(item.parent.text) && TAKES_THE_REQUEST.test(words);
  if (!answers && !TAKES_IT_ON_WITHOUT_OBJECT.test(words)) return words;
  // "Lisa will draft the FAQ, Marcus will review it": the work is in the item's own clause before.
  if (!answers && /^[^,;]*\S\s+\S+\s+\S+[^,;]*[,;]\s/.test(item.text)) return words;
  const above = item.parent ?? items[items.indexOf(item) - 1];
  return above && above.type !== "table-row" ? `${above.text} - ${words}` : words;
}

/**
 * "Action Item: Kim and Lee to\nreview the grant submissions.": an action label's sentence wrapped
 * onto the next lines of its paragraph is read whole, and the lines it goes on in are not read again.
 */
function wrappedActionLines(items: readonly Item[]): WrappedLines {
  const all = wrappedLines(items);
  const joined = new Map<Item, string>();
  const continuations = new Set<Item>();
  let action: Item | null = null;
  let parts: string[] = [];
  const close = () => {
    // "... in January. Reese": the label's sentence, not the next one that starts on its last line.
    if (action) joined.set(action, sentences(parts.join(" "))[0] ?? parts.join(" "));
  };
  for (const item of items) {
    if (all.continuations.has(item)) {
      // "**Owner:** Kim" on the line under the action is a field of the record, not its words.
      if (action && fieldOf(item) === null) {
        continuations.add(item);
        parts.push(item.text);
      } else {
        close();
        action = null;
      }
      continue;
    }
    close();
    action = all.joined.has(item) && ACTION_PREFIX.test(item.text) ? item : null;
    parts = [item.text];
  }
  close();
  return { joined, continuations };
}

/**
 * Action items written outside task sections: "ACTION: ...", and in status trees (Done / Work in
 * progress / ToDo) the entries that give someone work or say that work is needed.
 */
export function extractInlineActions(
  section: RawSection,
  context: ExtractContext,
  reach: "status-tree" | "prefixed-only",
): Task[] {
  const tasks: Task[] = [];
  const parents = new Set(
    section.items.map((item) => item.parent).filter((item): item is Item => item !== null),
  );
  // "- Kim - email the venue" over its link alone: the link is the work's reference, so the
  // bullet that says the work is the task, not the topic of a list.
  const overWork = new Set(
    section.items.filter((item) => !isOnlyLink(item.text)).map((item) => item.parent),
  );
  for (const parent of parents)
    if (
      !overWork.has(parent) &&
      (opensWithImperative(parent.text) ||
        actorsTakeWork(parent.text, context) ||
        takerBeforeDash(parent.text, context))
    )
      parents.delete(parent);
  const agenda = AGENDA.test(section.heading);
  const labelled = afterTaskLabel(section.items, parents);
  const typed = typedItems(section.items);
  const wrappedActions = wrappedActionLines(section.items);
  // "- [ ] Kim Ilse - Working Group Representative": boxes that mostly name people are a roll call.
  const boxes = section.items.filter((item) => item.type === "list-item" && item.checked !== null);
  const rollCall =
    boxes.length > 0 &&
    boxes.filter((item) => namesSomeoneFirst(item.text)).length * 2 >= boxes.length;
  // An incident review with no list of work writes its follow-ups as bare imperatives wherever
  // the lessons are ("- rebuild the indexes"); in a meeting's notes they are topics.
  const unlisted =
    context.facts.kind === "incident-review" &&
    !context.sections.some(
      (other) => other.kind === "actionItems" || other.kind === "resolutionPlan",
    );
  let previous: Item | null = null;
  // A record's field lines, to the line of the action they belong to.
  const fields = new Map<Item, number>();
  for (const item of section.items) {
    const before = previous;
    previous = item;
    if (item.type === "table-row" || wrappedActions.continuations.has(item)) continue;
    // A bare link is a reference, never work of its own.
    if (attachLink(item, tasks) || isOnlyLink(item.text)) continue;
    const actionLine = tasks.length > 0 ? tasks[tasks.length - 1]!.source.start.line : null;
    const inRecord =
      actionLine !== null &&
      ((before !== null &&
        (before.source.start.line === actionLine || fields.get(before) === actionLine)) ||
        item.parent?.source.start.line === actionLine);
    if (inRecord && attachField(item, actionLine!, tasks, context)) {
      fields.set(item, actionLine!);
      continue;
    }
    const mark = typed.get(item);
    const typedAction =
      mark && ACTION_TYPES.test(mark.letter)
        ? `${mark.taker ? `${mark.taker}: ` : ""}${mark.rest}`
        : undefined;
    // "**Action** PK to open a thread": a bold action label without its colon is a label all the same.
    const boldLabel =
      item.lead !== null &&
      // "**Action Items** (Ana/Ben)" over a list labels it, with who takes it.
      !(parents.has(item) && /^\s*(?:[([][^()[\]]*[)\]])?\s*:?\s*$/.test(item.body)) &&
      ACTION_PREFIX.test(`${item.lead}:`) &&
      !ACTION_PREFIX.test(item.text) &&
      // "**Actions** are tracked on the board": the bold word is what the sentence is about.
      !/^(?:are|is|were|was|have|has|will|should|can|must)\b/i.test(item.body)
        ? `${item.lead}: ${item.body}`
        : null;
    const text =
      typedAction ??
      boldLabel ??
      withoutStampBeforeAction(wrappedActions.joined.get(item) ?? item.text)
        .replace(ARROW_LEAD, "")
        .replace(NUMBER_LEAD, "")
        .replace(SPEAKER_BEFORE_ACTION, "")
        .replace(TAGGED_SPEAKER_ACTION, (whole, tag: string, label: string) =>
          // "[DONE] Todo:", "[WIP] TODO:": a status in brackets, not a speaker.
          labelsATaker(tag, context) && !isNotNameWord(tag) ? `${label} (${tag}): ` : whole,
        );
    // "- Action items" / "- Next actions:" as a bullet: its children are a task list.
    const action = (extractor: string) => {
      const build = (words: string) => {
        const task = buildTask({
          item,
          text: words,
          // "Acme committed to deliver the patch": a promise, wherever it is written.
          kind: PROMISE_WORDS.test(words) ? "commitments" : "actionItems",
          section,
          context,
          extractor,
        });
        task.text = takenOn(task.text, item, section.items);
        return task;
      };
      return tasksPerTaker(build(text), build, context);
    };
    if (typedAction !== undefined) {
      tasks.push(...action("inline-action"));
      continue;
    }
    // "- [ ] Deploy a second relay" under a topic: an open box is a to-do wherever it stands;
    // on an agenda it is a topic to get through, and a box before a name is a roll call.
    const openBox =
      item.type === "list-item" &&
      item.checked === false &&
      !agenda &&
      !rollCall &&
      !namesSomeoneFirst(text);
    if (
      openBox &&
      (opensWithSureVerb(text, context.options.partOfSpeech) ||
        actorsTakeWork(text, context) ||
        // "- [ ] [TK] Book the hall", "- [ ] Containerise the linter (@kim)": a box with its taker.
        marksItsOwnTaker(text, { item, kind: "actionItems", section, context }))
    ) {
      tasks.push(...action("task-list-item"));
      continue;
    }
    // "Team TODO: update the diagram": a taker's own mark over the work, anywhere in the notes.
    const marked = plainLabel(text)?.label;
    if (
      marked &&
      TAKERS_MARK.test(marked) &&
      splitNames(marked.replace(TAKERS_MARK, "")).every((name) => knownTaker(name, context))
    ) {
      tasks.push(...action("inline-action"));
      continue;
    }
    if (
      item.type === "list-item" &&
      (underTaskBullet(item) || labelled.has(item)) &&
      !parents.has(item)
    ) {
      tasks.push(...action("task-list-item"));
      continue;
    }
    // "Action items:" over a list (a box's title, as MkDocs writes one): the label's list alone,
    // without a part of the note under it; a bullet with bullets below it is their topic.
    if (
      item.type === "list-item" &&
      item.parent === null &&
      item.leadIn !== null &&
      !parents.has(item) &&
      isTaskListLabel(item.leadIn.text)
    ) {
      tasks.push(...action("task-list-item"));
      continue;
    }
    // The list's own items; what is nested under one tells more about it.
    if (
      item.type === "list-item" &&
      item.parent === null &&
      announcesPlannedWork(item.leadIn) &&
      opensWithSureVerb(text, context.options.partOfSpeech)
    ) {
      tasks.push(...action("planned-work-list"));
      continue;
    }
    // "Suggested: Add a second reviewer" beside "Implemented: Alerts on the queue", as post-mortems
    // list their mitigations: the tag says the work is still to do, and the order says what.
    const proposed = PROPOSED_WORK.exec(text);
    if (proposed && !parents.has(item) && opensWithImperative(text.slice(proposed[0].length))) {
      tasks.push(...action("inline-action"));
      continue;
    }
    // "we will meet weekly (time pending, action item @kim)": an aside gives the item to someone.
    if (ACTION_ITEM_ASIDE.test(text) && !parents.has(item)) {
      tasks.push(...action("inline-action"));
      continue;
    }
    // "(Valentine) Finalise the mission statement by July 2": someone in brackets before an order
    // with a deadline; "(Valentine) Updates." is who speaks to a topic.
    const bracketed = BRACKETED_NAME_LEAD.exec(text);
    if (
      bracketed &&
      !parents.has(item) &&
      splitNames(bracketed[1]!).every((name) => looksLikeName(name) || knownTaker(name, context)) &&
      opensWithImperative(bracketed[2]!) &&
      scheduleOf(bracketed[2]!, context).due !== null
    ) {
      tasks.push(...action("inline-action"));
      continue;
    }
    // "- **Action items**:" over a list is a label; its items are the tasks.
    // "Action PR/SB: book the hall": the label with who takes it.
    if (namedAction(text, context)) {
      tasks.push(...action("inline-action"));
      continue;
    }
    const actionLabel = ACTION_PREFIX.exec(text);
    const afterLabel = actionLabel ? text.slice(actionLabel[0].length).trim() : null;
    if (
      afterLabel &&
      // "Follow-up:" alone heads talk as often as work; "Follow-up (Rina):" gives it to someone,
      // and "Follow-ups: repeat the restore test", "Follow-up: Pim to check it" set work.
      (!/^follow[- ]?up/i.test(text) ||
        bracketNamesTaker(actionLabel![1], context) ||
        opensWithImperative(afterLabel) ||
        opensWithTaker(afterLabel, context)) &&
      // "Action items: None", "AI: n/a": the label says there is no work.
      !NO_WORK.test(afterLabel) &&
      // "ACTION: Kim:" heads the lines below it.
      !LABEL_OVER_LINES.test(afterLabel) &&
      // "Actions: for the treasurer" over a list: the label says whose the items below are.
      !FOR_WHOM.test(afterLabel) &&
      !pointsElsewhere(afterLabel)
    ) {
      const label = actionLabel![0];
      const rest = text.slice(label.length);
      const series = enumeratedSeries(rest) ?? imperativeSeries(rest) ?? takerSeries(rest, context);
      if (series)
        for (const part of series)
          tasks.push(
            buildTask({
              item,
              text: `${label}${part}`,
              kind: "actionItems",
              section,
              context,
              extractor: "inline-action",
            }),
          );
      else tasks.push(...action("inline-action"));
      continue;
    }
    if (
      reach === "prefixed-only" ||
      // An agenda's own items are its topics and who speaks to them; the points written under a
      // topic are the discussion, read as elsewhere.
      (agenda && (item.parent === null || speaksInSlot(text))) ||
      // "- Kim Ilse (@kilse)" under a role heading ("MC", "Chair"): who someone is, not work.
      looksLikeName(squash(text.replace(/\([^()]*\)/g, " ")), true) ||
      item.type !== "list-item" ||
      // "- **Follow-up review**:" over a paragraph, "- Emailing the venue:": a label for what follows.
      /:\s*$/.test(text) ||
      (item.lead !== null && item.body.trim() === "") ||
      (parents.has(item) && !(unlisted && opensWithImperative(text))) ||
      underDone(item) ||
      readsAsReport(text) ||
      readsAsAppointment(text) ||
      // "Kim will not join the offsite", "Ilse would like fewer meetings": no one takes work.
      declinesWork(text) ||
      // "Ilse will depend on the vendor", "Kim will be around": a verb that sets no work.
      promisesNothing(text) ||
      // "+1 Kim, -1 Ilse": votes record a choice, not work.
      /(?:^|\s)[+-][01]\b/.test(text) ||
      // A question asks whether there is work; the answer, if any, is the task.
      /\?\s*\)?\s*$/.test(text) ||
      TIMESTAMP_LEAD.test(text) ||
      PASSIVE_FUTURE.test(text)
    )
      continue;
    const owned =
      actorsTakeWork(text, context) ||
      ownedByHandle(text, context) ||
      speakerAssigns(item, text, context) ||
      takerAfterTopic(item, text, context) ||
      handedByArrow(text, context);
    // Needs and imperatives count only inside a status tree (under "Work in progress", "ToDo"):
    // elsewhere "we need ..." explains a failure and "Make is missing" reports one.
    const nested = underOpenStatus(item);
    const needed = nested && expressesNeed(text) && !/\b(?:may|might|could) need\b/i.test(text);
    const imperative = (nested || (unlisted && !decidedAbove(item))) && opensWithImperative(text);
    if (owned || needed || imperative) tasks.push(...action("status-tree-action"));
    // "- [ ] a spare key for the office": an open box names work in a noun too, as task
    // lists are written, once no reading above has found it a report, a question or a name.
    else if (openBox) tasks.push(...action("task-list-item"));
  }
  return tasks;
}

/**
 * "Action items: finish the plan and send it to the sponsor, book the next meeting; confirm the
 * budget. Ask for the data.": a run-in list of work, one task per part, when every part (split at
 * sentence ends, semicolons and commas) opens with a verb in the imperative and says more than
 * the verb, or when one sentence is such a list (then each other sentence is a task of its own).
 * Null when the words are one task.
 */
function imperativeSeries(words: string): string[] | null {
  const parts: string[] = [];
  let listsWork = false;
  // Once the words are a run-in list, each sentence is a task or a series of its own: "Finish the
  // plan, book the room. Recieve the data" is two imperatives and a sentence of a verb we do not know.
  for (const sentence of words.split(/(?<=[.!])\s+(?=\p{Lu})/u)) {
    const series = sentence
      .split(/;\s+|,\s+/)
      .map((part) => part.trim().replace(/[.;,]+$/, ""))
      .filter(Boolean);
    const each =
      series.length > 1 && series.every((part) => /\s/.test(part) && opensWithImperative(part));
    listsWork ||= each;
    parts.push(...(each ? series : [sentence.trim().replace(/[.;,]+$/, "")]));
  }
  if (parts.length < 2) return null;
  return listsWork || parts.every((part) => /\s/.test(part) && opensWithImperative(part))
    ? parts
    : null;
}

/**
 * "Kim Ilse", "Kim Ilse - OpenFX Representative", "Kim Ilse (Acme)": a person, then what they
 * are. "Ada - chase the vendor" gives Ada work: an order in lower case follows the dash.
 */
function namesSomeoneFirst(text: string): boolean {
  const [first = "", ...rest] = text.split(/\s+[-–—]\s+|,\s+|\s*\(/);
  const after = rest.join(" ");
  if (/^\p{Ll}/u.test(after) && opensWithImperative(after)) return false;
  return looksLikeName(squash(first), true);
}

/**
 * "Next steps: (1) Kim sends the contract; (2) Ana books the venue; (3) we meet on Friday": a
 * run-in list numbered in the sentence, one task per number; a meeting is no task.
 */
function enumeratedSeries(words: string): string[] | null {
  if (!/^\s*\(?1\)\s/.test(words)) return null;
  const parts = words
    .split(/(?:^|[;,.]?\s+)\(?\d{1,2}\)\s+/)
    .map((part) => part.trim().replace(/[.;,]+$/, ""))
    .filter(Boolean);
  return parts.length >= 2 ? parts.filter((part) => !meetsAgain(part)) : null;
}

/** A tag that offers work not yet done: "Suggested:", "Proposed fix:", "Planned mitigation:". */
const PROPOSED_WORK =
  /^(?:suggested|proposed|planned)(?:\s+(?:actions?|fix(?:es)?|changes?|mitigations?|improvements?|next steps?))?\s*:\s+/i;

/**
 * "Action items: Ravi - start the mockup. Ines - look into the framework. Everyone complete their
 * part.", "Mona and Oskar work on the UI, Bram research the templates.": a run-in list whose
 * sentences (or comma-joined clauses) each give work to someone, or say it in the imperative.
 * Null unless there are two parts at least and every one reads so.
 */
function takerSeries(words: string, context: ExtractContext): string[] | null {
  const parts = sentences(words)
    .map((sentence) => sentence.replace(/[.;]+$/, ""))
    .flatMap((sentence) => {
      const clauses = sentence.split(/[,;]\s+/);
      return clauses.length > 1 &&
        clauses.slice(1).every((clause) => opensWithTaker(clause, context))
        ? clauses
        : [sentence];
    });
  if (parts.length < 2) return null;
  return parts.every((part) => opensWithImperative(part) || opensWithTaker(part, context))
    ? parts
    : null;
}

/** "Ana - draft it", "Ana: draft it", "Ana and Ben work on it", "Everyone complete ...": a taker, then the work. */
function opensWithTaker(text: string, context: ExtractContext): boolean {
  if (actorsAtStart(text, context.people)) return true;
  const words = text.split(/\s+/);
  // The taker may be one word or several ("Mona and Oskar", "Ana Ruiz"): each length is tried.
  for (let length = 1; length < Math.min(7, words.length); length++) {
    let next = length;
    if (/^[-–—:]$/.test(words[next]!)) next++;
    if (/^(?:also|then)$/i.test(words[next] ?? "")) next++;
    const verb = words[next]?.replace(/[^\p{L}-]/gu, "");
    const names = splitNames(words.slice(0, length).join(" ").replace(/[:]$/, ""));
    if (
      verb &&
      names.length > 0 &&
      names.every((name) => knownTaker(name, context)) &&
      isImperativeVerb(verb)
    )
      return true;
  }
  return false;
}

/**
 * "Colours should follow the brand guide", "Exports must be signed", "Readings have to go up to
 * 10,000": a rule for a thing.
 */
const OBLIGATION_LEAD = /^\S+(?:\s+\S+){0,2}?\s+(?:should|must|needs? to|ha(?:ve|s) to)\s/i;

/** "(Rina)", "(Rina, Pim)": a label's bracket that holds only takers the note knows. */
function bracketNamesTaker(inside: string | undefined, context: ExtractContext): boolean {
  const names = inside ? splitNames(inside) : [];
  return names.length > 0 && names.every((name) => knownTaker(name, context));
}

/** "Kim - email the venue", "Ana / Ben — book the room": takers the note knows, a dash, then the work. */
function takerBeforeDash(text: string, context: ExtractContext): boolean {
  const named = /^(@?[^\s–—-][^–—]{0,38}?)\s+[-–—]\s+\p{L}/u.exec(text);
  return !!named && splitNames(named[1]!).every((name) => knownTaker(name, context));
}

/**
 * "Kim to send the deck" gives Kim work. A capitalised word the note does not know as anyone
 * gives none before "should" or "must" ("Colours should follow the brand guide" states a rule
 * for a thing), and before "to" only when a verb follows ("Spoke to the supervisor",
 * "Introduction to the tooling" give none).
 */
function actorsTakeWork(text: string, context: ExtractContext): boolean {
  const actors = actorsAtStart(text, context.people);
  if (!actors) return false;
  const known = (name: string) => knownTaker(name, context);
  if (actors.every(known)) return true;
  if (OBLIGATION_LEAD.test(text)) return actors.some(known);
  const to = /^(.*?)\s+to\s+([\p{L}'’-]+)/u.exec(text);
  if (!to || splitNames(to[1]!).join() !== actors.join()) return true;
  return isLikelyVerb(to[2]!, text, context.options.partOfSpeech);
}

/**
 * "@kim fix the search", "Fix the search (@kim)": a handle that owns the item. One that opens it
 * owns it only when work follows: "@kim asked whether we should switch" reports a question.
 */
function ownedByHandle(text: string, context: ExtractContext): boolean {
  if (handleOwns(text)) return true;
  // "Renew the cert @nell due:Friday": the handle, then by when.
  const closing = closingDeadline(text, context);
  return closing !== null && handleOwns(closing.before);
}

function handleOwns(text: string): boolean {
  const handle = OWNING_HANDLE.exec(text);
  if (!handle) {
    // "Renew the cert @nell": handles closing an order, with no dash before them; "Lead: @kim"
    // is a field and its value.
    const closing = trailingHandles(text);
    const order = closing ? text.slice(0, closing.index) : "";
    return order !== "" && !/[:*]\s*$/.test(order) && opensWithImperative(order);
  }
  if (handle.index > 0 || !handle[0].startsWith("@")) return true;
  const after = text.slice(LEADING_HANDLES.exec(text)![0].length);
  // "@kim: roll out the patch": a label that hands the item to them; "@kim: tickets down 20%",
  // a stand-up's line, is what they report.
  const labelled = /^\s*:\s*/.exec(after);
  if (labelled) {
    const said = after.slice(labelled[0].length);
    return opensWithImperative(said) || LABELLED_PROMISE.test(said);
  }
  const rest = AFTER_OWNING_HANDLE.exec(after)?.[1] ?? "";
  // "@pim deploy to prod went fine": a noun that looks like an order, then what it did.
  if (REPORTED_OUTCOME.test(rest)) return false;
  // "@kim preparing the post": at the work, as a status list says it.
  const doing = /^(\p{L}+?)ing\b/u.exec(rest)?.[1];
  return (
    opensWithImperative(rest) ||
    /^['’]ll\s/.test(after) ||
    (!!doing && (isImperativeVerb(doing) || isImperativeVerb(`${doing}e`)))
  );
}
const REPORTED_OUTCOME =
  /^\p{L}+(?:\s+(?!that\b|which\b|who\b)[\p{L}\d-]+){0,3}\s+(?:went|was|were|looks|looked|seems|seemed|worked|failed|broke|passed|is (?:done|fine|green|live|broken|blocked)|are (?:done|fine|green|live|broken|blocked))\b/iu;
// "@kim: will look at it", "@kim: yes, I'll write it up", "@kim: to file the issue".
const LABELLED_PROMISE =
  /^(?:(?:yes|ok|okay|sure)[,.!]?\s+)?(?:(?:I|we)\s*(?:['’]ll|will)|will|to)\s+(?!not\b|be\b)\p{L}/iu;
const LEADING_HANDLES =
  /^@[A-Za-z0-9][\w-]*(?:\.[\w-]+)*(?:\s*(?:,|&|\band\b|\/)\s*@[A-Za-z0-9][\w-]*(?:\.[\w-]+)*)*/;

/**
 * "ZOE: confirm the booth size", "Ada — update the dashboard", "Pim → book the room": someone
 * present, then work in the imperative.
 */
function speakerAssigns(item: Item, text: string, context: ExtractContext): boolean {
  const pair = itemLabel(item, text) ?? nameThenArrow(text, context);
  if (!pair || !opensWithImperative(pair.value)) return false;
  return context.people.resolve(pair.label).attendeeId !== null || isHandle(pair.label);
}

const NAME_THEN_ARROW = new RegExp(
  String.raw`^(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+([-–—]|${ARROWS})\s+(\S.*)$`,
  "u",
);

/**
 * An arrow hands the work over. A dash does only before work with a deadline, in lower case:
 * "Ada Lind - Records Office", "Kim - Sounds fine to me" and "Pim - make sure the plan allows
 * it" say who someone is or what they said, as lists of people and remarks are written.
 */
function nameThenArrow(
  text: string,
  context: ExtractContext,
): { label: string; value: string } | null {
  const named = NAME_THEN_ARROW.exec(text);
  if (!named) return null;
  const work = named[3]!;
  const dashed = /^[-–—]$/.test(named[2]!);
  if (dashed && (/^\p{Lu}/u.test(work) || scheduleOf(work, context).due === null)) return null;
  return { label: named[1]!, value: work };
}

/**
 * "Banner: Jon will draft it": a topic's label, then someone present who takes the work. Only
 * attendees count here, since "Budget: Finance will decide" names a department that may not be
 * at the table.
 */
function takerAfterTopic(item: Item, text: string, context: ExtractContext): boolean {
  const pair = itemLabel(item, text);
  // "Shed. The lock is broken. Next step: ..." is sentences before a label, not a topic.
  if (!pair || /[.!?]/.test(pair.label) || pair.label.split(/\s+/).length > 4) return false;
  const actors = actorsAtStart(pair.value, context.people);
  return (
    !!actors?.every((name) => context.people.resolve(name).attendeeId !== null) &&
    !declinesWork(pair.value) &&
    !promisesNothing(pair.value) &&
    !readsAsReport(pair.value) &&
    actorsTakeWork(pair.value, context)
  );
}

/** "After a long debate, the group chose to:" over a list: its items are what was decided. */
const DECISION_LEAD_IN = /\b(?:decided|agreed|resolved|chose|opted)\b[^.!?]*:\s*$/i;

function decidedAbove(item: Item): boolean {
  for (let at: Item | null = item; at; at = at.parent)
    if (at.leadIn && DECISION_LEAD_IN.test(at.leadIn.text)) return true;
  return false;
}

/** "Tasks:", "Next steps:" as a bullet of its own: a label over the bullets after it. */
const LIST_LABEL = /^([^:]{1,40}):\s*$/;

/**
 * "- tasks:" followed, at the same level, by "- Kim: fix the search": a bullet that names a task
 * list heads the bullets after it, up to the next such label or the end of the list.
 */
function afterTaskLabel(items: readonly Item[], parents: ReadonlySet<Item>): Set<Item> {
  const under = new Set<Item>();
  const active = new Map<Item | null, boolean>();
  for (const item of items) {
    if (item.type !== "list-item") {
      active.clear();
      continue;
    }
    const label = LIST_LABEL.exec(item.text)?.[1];
    if (label !== undefined) {
      // A label with items nested under it holds its tasks; the bullets after it are its peers.
      active.set(
        item.parent,
        !parents.has(item) &&
          label.split(/\s+/).length <= 4 &&
          headingKind(label) === "actionItems",
      );
      continue;
    }
    if (active.get(item.parent)) under.add(item);
  }
  return under;
}

/** "(TODO @kim)", "[todo: Ana]": a to-do mark written beside the work it marks. */
const TODO_ASIDE = /\s*(?:\[(?:todo|to-do)\b[^\][]*\]|\((?:todo|to-do)\b[^()]*\))/gi;

/** "(Ana/Ben)", "[@kim, @ana]": a closing bracket of names, not "(10 min)". */
const NAMES_BRACKET_CLOSING =
  /\s*[([](?:@?\p{Lu}[\p{L}.'’-]*|@[\w-]+)(?:\s*(?:[/,&+]|\band\b)\s*(?:@?\p{Lu}[\p{L}.'’-]*|@[\w-]+))*[)\]]\s*:?\s*$/u;

function underTaskBullet(item: Item): boolean {
  for (let parent = item.parent; parent; parent = parent.parent) {
    // "Next steps are: (action item @kim and @ana)": the label, with who takes the list aside.
    // "Print the programme (TODO @kim)" over its pages: the bullet is the work, its list the details.
    const label = parent.text
      .replace(ACTION_ITEM_ASIDE, "")
      .replace(TODO_ASIDE, "")
      // "**Action Items** (Ana/Ben)": who takes the list, beside its label.
      .replace(NAMES_BRACKET_CLOSING, "")
      .replace(/\s+(?:are|is)\s*:?\s*$/i, "")
      .replace(/[:\s]+$/, "");
    if (label.split(/\s+/).length <= 4 && headingKind(label) === "actionItems") return true;
  }
  return false;
}

/**
 * "Changes we plan to make as soon as possible:", "The support team will:", "Operators should do
 * the following:": a lead-in that says the list below is work someone is to do. Its items count
 * when they say the work in the imperative ("Fix the upload bug"). A lead-in about talking ("we
 * will discuss:", "please note:") announces topics, and a wish ("what we'd like to improve:") or
 * a maybe ("we could:") no work.
 */
const PLANNED_WORK =
  /\b(?:will|shall|plans?|planning|intends?|(?:is|are) going|needs?|ha(?:ve|s) to|must|should|agreed|committed)\b(?:[^:]*):\s*$|['’]ll\b[^:]*:\s*$/i;
const TALK_OR_NOTICE =
  /\b(?:discuss\w*|talk\w*|cover\w*|present\w*|go(?:ing)? over|review\w*|look(?:ing)? at|share\w*|show\w*|demo\w*|hear\w*|note|know|be aware|expect|see|read|mention\w*|explain\w*|consider\w*)\b/i;

/** "Action items:", "Next steps:": a few words that name a list of work, and nothing else. */
/** "We settled on the following next steps:", "... and agreed on these action items:". */
const ANNOUNCES_TASK_LIST =
  /\b(?:the following|these|our|some)\s+(?:(?:concrete|immediate|agreed|main)\s+)?(?:next steps|action items|action points|actions|follow[- ]?ups|to-?dos|tasks)\s*:\s*$/i;

function isTaskListLabel(text: string): boolean {
  const label = text.replace(/:\s*$/, "");
  if (label === text) return false;
  return (
    (label.split(/\s+/).length <= 3 && labelsTaskList(label)) || ANNOUNCES_TASK_LIST.test(text)
  );
}

function announcesPlannedWork(leadIn: Item | null): boolean {
  if (!leadIn) return false;
  const text = leadIn.text;
  return PLANNED_WORK.test(text) && !TALK_OR_NOTICE.test(text) && !NOT_A_PROMISE.test(text);
}

function isOpenStatus(text: string): boolean {
  const status = STATUS_OPEN.exec(text);
  return status !== null && !NAME_GOES_ON.test(text.slice(status[0].length));
}

function underOpenStatus(item: Item): boolean {
  for (let parent = item.parent; parent; parent = parent.parent)
    if (isOpenStatus(parent.text)) return true;
  return false;
}

/** Under a "Done" / "Completed" status: work the note reports as over. */
export function underDone(item: Item): boolean {
  for (let parent = item.parent; parent; parent = parent.parent)
    if (STATUS_DONE.test(parent.text)) return true;
  return false;
}
