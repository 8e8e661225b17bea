import type { SectionKind, Statement, Task, TaskSectionKind } from "../model/minutes.js";
import { headingKind, headingNames } from "../parse/heading-kinds.js";
import type { Item, RawSection } from "../parse/sections.js";
import { DEADLINE_CUES, DONE_WORDS, VOLUNTEER_WORDS } from "../util/lexicon.js";
import { isGroupName, isHandle, namesNobody } from "../util/names.js";
import { fold } from "../util/strings.js";
import { buildTask, namesOwnerOrDue } from "./build-task.js";
import { type ExtractContext, scheduleOf } from "./context.js";
import { DECISION_SENTENCE } from "./decisions.js";
import { factKey, itemLabel, plainLabel } from "./labels.js";
import { tasksPerTaker } from "./owner-clauses.js";
import { opensWithSureVerb } from "./part-of-speech.js";
import { actorsAtStart, namesSomeone, splitNames, toRefs } from "./people-in-text.js";
import { readCommitment } from "./prose-commitments.js";
import {
  DONE_PREFIX,
  expressesNeed,
  isOnlyLink,
  NO_WORK,
  NON_TASK_PREFIX,
  opensWithImperative,
  promisesNothing,
  reportsFinishedWork,
} from "./task-language.js";
import {
  ACTION_PREFIX,
  bracketedTakers,
  isOwnerBullet,
  knownTaker,
  labelledOwners,
  TAKERS_MARK,
} from "./task-owners.js";
import { wrappedLines } from "./wrapped-lines.js";

/** "Meeting concluded at 11:30 ...", "Next meeting ...": about the meeting, not a task in the list above. */
const CLOSING_REMARK =
  /^(?:the )?(?:meeting|call|session) (?:concluded|ended|adjourned|closed)\b|^(?:next (?:meeting|call|sync)|adjourned)\b/i;

/** Where statements that turn out not to be tasks go. */
export interface Overflow {
  notes: Statement[];
  decisions: Statement[];
}

/** Tasks from a task section's list items, table rows and owner sentences. */
export function extractTasks(
  section: RawSection,
  kind: TaskSectionKind,
  context: ExtractContext,
  overflow: Overflow,
): Task[] {
  const headed = headingTask(section, kind, context);
  if (headed) return [headed];
  const tasks: Task[] = [];
  const leadIns = new Set(
    section.items.map((item) => item.leadIn).filter((item): item is Item => item !== null),
  );
  const childrenOf = new Map<Item, Item[]>();
  for (const item of section.items) {
    if (!item.parent) continue;
    const siblings = childrenOf.get(item.parent);
    if (siblings) siblings.push(item);
    else childrenOf.set(item.parent, [item]);
  }
  const parents = new Set(childrenOf.keys());
  const headingDeadline = deadlineOfHeading(section, context);
  // "## Decisions and action items": an item with no sign of work in it is one of the decisions.
  const alsoDecisions = kind === "actionItems" && headingNames(section.heading, "decisions");
  const wrapped = wrappedLines(section.items);
  const legend = legendTerms(section.items);
  const marksItsActions = marksActions(section.items);
  for (const item of section.items) {
    if (leadIns.has(item) || wrapped.continuations.has(item)) continue;
    if (item.type === "list-item" && definesLegendTerm(item.text, legend)) {
      overflow.notes.push(sectionRemark(item.text, item));
      continue;
    }
    const children = childrenOf.get(item);
    const overLabels = !!children && onlyLabels(children, context);
    if (
      parents.has(item) &&
      (isOwnerBullet(item, context) ||
        (isCategory(item) && !overLabels) ||
        deadlineBullet(item, context) ||
        topicOverTakenWork(item, children!, context))
    )
      continue;
    // "- Discussions:" / "- Notes:" in a combined summary section: what stands under such a label
    // is that kind of thing, not work.
    if (underRemarksLabel(item)) {
      overflow.notes.push(sectionRemark(item.text, item));
      continue;
    }
    if (attachLink(item, tasks)) continue;
    if (attachLabel(item, tasks, context)) continue;
    if (attachTaker(item, tasks, context)) continue;
    if (attachDetail(item, tasks, context)) continue;
    if (item.type === "line") {
      for (const sentence of sentences(wrapped.joined.get(item) ?? item.text)) {
        const plain = sentence.replace(ACTION_PREFIX, "");
        if (DECISION_SENTENCE.test(sentence)) {
          // "Agreed to reconvene Thursday." closing a list is the meeting's decision, not one more task.
          overflow.decisions.push({
            text: sentence,
            by: null,
            extractor: "decision-sentence",
            source: item.source,
          });
          continue;
        }
        const isTask =
          // "☐ Kim: update the page": a line with a checkbox is a to-do, as a task list item is.
          item.checked !== null ||
          ACTION_PREFIX.test(sentence) ||
          (!!actorsAtStart(plain, context.people) && !promisesNothing(plain)) ||
          opensWithImperative(plain) ||
          dashedTaker(plain, context) ||
          labelledTaker(plain, context) ||
          bracketedTakers(plain, context) !== null ||
          kind === "risks" ||
          kind === "resolutionPlan";
        if (isTask && !NON_TASK_PREFIX.test(sentence) && !CLOSING_REMARK.test(sentence)) {
          const build = (text: string) =>
            buildTask({ item, text, kind, section, context, extractor: "task-sentence" });
          tasks.push(...tasksPerTaker(build(sentence), build, context));
        } else {
          const promised = readCommitment(sentence, context, false);
          if (promised) {
            const task = buildTask({
              item,
              text: promised.text,
              kind,
              section,
              context,
              extractor: "task-sentence",
            });
            if (task.owners.length === 0 && promised.owners.length > 0)
              task.owners = promised.owners.map((name) => context.people.resolve(name));
            tasks.push(task);
          } else overflow.notes.push(sectionRemark(sentence, item));
        }
      }
      continue;
    }
    if (
      item.type === "list-item" &&
      (isRemarkInList(item, context) ||
        (marksItsActions && !ACTION_PREFIX.test(item.text) && !namesItsTaker(item, context)))
    ) {
      overflow.notes.push(sectionRemark(item.text, item));
      continue;
    }
    const nonTask = NON_TASK_PREFIX.exec(item.text);
    const done = DONE_PREFIX.exec(item.text);
    const doneAfter = DONE_SUFFIX.exec(item.text);
    const text = item.text.slice((nonTask ?? done)?.[0].length ?? 0, doneAfter?.index);
    const finished =
      !!done || !!doneAfter || (item.type === "list-item" && reportsFinishedWork(text));
    const task = buildTask({
      item,
      text,
      kind,
      section,
      context,
      extractor: item.type === "table-row" ? "task-table" : "task-list-item",
      done: finished,
    });
    // "| – | – | – |", "| n/a | | |": a row kept for the table's shape, with no work in it.
    if (item.type === "table-row" && (namesNobody(task.text) || NO_WORK.test(task.text.trim())))
      continue;
    // "Best Practices", "Kim - Introduction": a topic label in the list, with no work in it.
    if (item.type === "list-item" && isTopicLabel(task.text) && !task.due && !overLabels) {
      overflow.notes.push(sectionRemark(item.text, item));
      continue;
    }
    // A deadline stated once for the list ("To be done until Friday:") or its heading holds for
    // every item that states none of its own; a finished item's date is when it happened.
    const overItem = parentDeadline(item, context);
    // "- By Friday" over the tasks dates them; it is not their topic.
    if (overItem && task.title === item.parent?.text) task.title = null;
    const listDeadline = overItem ?? leadInDeadline(item, context) ?? headingDeadline;
    if (!task.due && listDeadline && task.status !== "done") Object.assign(task, listDeadline);
    // "PLAN: Get budget set in 24-48 hrs" is work with a deadline; "PLAN: Keep the playbook in mind" is a decision.
    if ((nonTask || (alsoDecisions && !showsWork(task, item, context))) && !task.due) {
      overflow.decisions.push({
        text,
        by: null,
        extractor: nonTask ? "prefixed-decision" : "decisions-section",
        source: item.source,
      });
      continue;
    }
    // "- Owner: Kim" with nothing to own: no work is named.
    if (!task.text.trim()) {
      overflow.notes.push(sectionRemark(item.text, item));
      continue;
    }
    // "Kim (QA) - regression pass" over "- Verify the exports": work under an owned task is theirs.
    const parentTask = item.parent ? taskAt(tasks, item.parent) : null;
    if (task.owners.length === 0 && parentTask) task.owners = [...parentTask.owners];
    tasks.push(
      ...tasksPerTaker(
        task,
        (clause) =>
          buildTask({ item, text: clause, kind, section, context, extractor: task.extractor }),
        context,
      ),
    );
  }
  return tasks;
}

/**
 * "- Talked with the vendor ..." beside "- ACTION: Kim to send the contract": where a list marks
 * its actions, and more than one, the writer marked each of them; its other items are the
 * discussion around them, unless one gives its work to someone by name, has a checkbox or a label
 * of its own.
 */
function marksActions(items: readonly Item[]): boolean {
  let marked = 0;
  for (const item of items)
    if (item.type === "list-item" && ACTION_PREFIX.test(item.text) && ++marked > 1) return true;
  return false;
}

function namesItsTaker(item: Item, context: ExtractContext): boolean {
  return (
    item.checked !== null ||
    // "PLAN: Get the budget set in 24 hours" is labelled too, with a label of its own.
    NON_TASK_PREFIX.test(item.text) ||
    DONE_PREFIX.test(item.text) ||
    !!actorsAtStart(item.text, context.people) ||
    labelledOwners(item.text, context) !== null
  );
}

/** "Priya - share the updated plan - 16/03": a plain line that opens with a taker and a dash. */
const DASHED_LEAD = /^(@?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s*[—–-]\s+\S/u;

/** "Rosa: share the draft plan by Monday": a plain line that opens with a taker as its label. */
function labelledTaker(text: string, context: ExtractContext): boolean {
  const pair = plainLabel(text);
  const names = pair ? splitNames(pair.label) : [];
  return names.length > 0 && names.every((name) => knownTaker(name, context));
}

function dashedTaker(text: string, context: ExtractContext): boolean {
  const lead = DASHED_LEAD.exec(text);
  return !!lead && knownTaker(lead[1]!, context);
}

const LOG_ENTRY_HEADING =
  /^\[?(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\b|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}\b)/i;

/** "1) ", "2. ", "TODO ": the numbering and to-do mark of a heading that names a piece of work. */
const HEADING_TASK_MARKS = /^\s*(?:\d{1,2}[.)]\s+)?(?:todo:?\s+)?/i;

/**
 * "## Follow-up actions" over "### 2) TODO Alert routing" and a paragraph ("We need to identify a
 * routing pattern ..."): a sub-heading of a task section, with only prose under it, names one
 * piece of work, and its paragraph says what it is. A sub-heading that names people ("### Kim")
 * groups their tasks instead.
 */
function headingTask(
  section: RawSection,
  kind: TaskSectionKind,
  context: ExtractContext,
): Task | null {
  const lines = section.items;
  if (
    (kind !== "actionItems" && kind !== "resolutionPlan") ||
    !section.explicit ||
    lines.length === 0 ||
    lines.some((item) => item.type !== "line" || item.checked !== null)
  )
    return null;
  const title = section.heading.replace(HEADING_TASK_MARKS, "").trim();
  if (
    headingKind(title) !== null ||
    // "### 8:16 PM", "### 2026-03-02": an entry of a log, not a piece of work.
    LOG_ENTRY_HEADING.test(title) ||
    !title ||
    title.split(/\s+/).length > 8 ||
    splitNames(title).every((name) => namesSomeone(name, context.people))
  )
    return null;
  const all = sentences(lines.map((item) => item.text).join(" "));
  // "### Platform" over "Noor to fix the build. Tomas to rotate the keys.": the team's tasks.
  const readsAsTask = (sentence: string) =>
    ACTION_PREFIX.test(sentence) ||
    !!actorsAtStart(sentence, context.people) ||
    opensWithImperative(sentence);
  if (isGroupName(title) || all.filter(readsAsTask).length > 1) return null;
  const [first = "", ...rest] = all;
  const task = buildTask({
    item: lines[0]!,
    text: first,
    kind,
    section,
    context,
    extractor: "task-heading",
  });
  task.title = title;
  task.details = rest.join(" ") || null;
  return task;
}

/**
 * The short values of a task table's columns other than the task ("P0", "Prevent", "Blocked"):
 * a list beside the table that defines them ("P0 - critical for the release") is its legend.
 */
function legendTerms(items: readonly Item[]): Set<string> {
  const terms = new Set<string>();
  for (const item of items) {
    if (item.type !== "table-row" || !item.cells) continue;
    // Owners and dates are the table's values too, but "Kim: send the deck" beside it is a task.
    for (const [header, value] of Object.entries(item.cells)) {
      if (namesOwnerOrDue(header)) continue;
      const term = fold(value.trim());
      if (term && term !== fold(item.text.trim()) && term.split(/\s+/).length <= 3) terms.add(term);
    }
  }
  return terms;
}

const DEFINED_TERM = /^\s*([^:–—-]{1,40}?)\s*(?:[:–—]|\s-)\s+\S/;

function definesLegendTerm(text: string, legend: ReadonlySet<string>): boolean {
  if (legend.size === 0) return false;
  const term = DEFINED_TERM.exec(text)?.[1];
  return term !== undefined && legend.has(fold(term));
}

/** Words of a task section that set no work, kept as a note of the section. */
function sectionRemark(text: string, item: Item): Statement {
  return { text, by: null, extractor: "section-remark", source: item.source };
}

/** "... — done", "... (completed)": a status closing the item says the work is over. */
const DONE_SUFFIX = new RegExp(
  `\\s*(?:[–—-]\\s*${DONE_WORDS}|\\(${DONE_WORDS}(?:\\s+(?!by\\b)(?:on\\s+)?[^()]{1,30})?\\))\\.?\\s*$`,
  "i",
);
/** A question opens with a question word or an auxiliary verb. */
const ASKS =
  /^\s*(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|has|have|had)\b/i;

/**
 * Items of a task list that are not work: "None this week", a question with no one to answer it
 * ("Who owns the export?"), a fact ("Next meeting: March 12"), a status ("Kim: done",
 * "Status: on track"). A label over words that show work ("Docs: update the README") stays a task.
 */
function isRemarkInList(item: Item, context: ExtractContext): boolean {
  const text = item.text.trim();
  if (NO_WORK.test(text)) return true;
  const pair = itemLabel(item, text);
  const names = pair ? splitNames(pair.label) : [];
  const taker =
    names.length > 0 &&
    names.every(
      (name) => namesSomeone(name, context.people) || isGroupName(name) || isHandle(name),
    );
  // "Kim: can you check the invoices?" asks someone for work; "Who owns the export?" asks no one.
  // "Implement a quota?", "Something about retries?" are items put tentatively, not questions.
  if (
    /\?\s*$/.test(text) &&
    ASKS.test(pair?.value ?? text) &&
    !taker &&
    !actorsAtStart(text, context.people)
  )
    return true;
  if (!pair) return false;
  if (factKey(pair.label)) return true;
  if (new RegExp(`^${DONE_WORDS}\\.?$`, "i").test(pair.value.trim())) return true;
  // "Done: ...", "Plan: ...", "Owner: Kim — ...": labels that other rules read.
  // "Docs TODO: ...": the label marks the work as to be done.
  if (
    DONE_PREFIX.test(text) ||
    NON_TASK_PREFIX.test(text) ||
    TAKERS_MARK.test(pair.label) ||
    labelledOwners(text, context)
  )
    return false;
  // "Friday: freeze the release branch": the label is when the work is due.
  if (scheduleOf(pair.label, context).due) return false;
  const value = pair.value;
  return (
    !taker &&
    pair.label.split(/\s+/).length <= 2 &&
    !opensWithImperative(value) &&
    !actorsAtStart(value, context.people) &&
    !expressesNeed(value) &&
    !ACTION_PREFIX.test(text) &&
    !statesTiming(value, context)
  );
}

/**
 * "Monitoring: 72-hour period with dashboards", "Updates: daily to the customer": a value that
 * says when, for how long or how often is planned work, not a fact.
 */
function statesTiming(value: string, context: ExtractContext): boolean {
  const schedule = scheduleOf(value, context);
  return !!(schedule.due || schedule.duration || schedule.recurrence);
}

/** An owner, a checkbox, an imperative or a need: what makes an item work rather than a record. */
/** "We will send the summary", "We'll hold a review": the writers' team takes the work on. */
const WE_TAKE_IT_ON =
  /^we(?:\s+will|['’]ll|\s+are going to)\s+(?!(?:not|see|be|have|also be)\b)\p{L}/iu;

function showsWork(task: Task, item: Item, context: ExtractContext): boolean {
  return (
    task.owners.length > 0 ||
    WE_TAKE_IT_ON.test(task.text) ||
    item.checked !== null ||
    opensWithSureVerb(task.text, context.options.partOfSpeech) ||
    expressesNeed(task.text) ||
    ACTION_PREFIX.test(item.text)
  );
}

/** The task read from `item`, if any. */
function taskAt(tasks: readonly Task[], item: Item): Task | null {
  for (let index = tasks.length - 1; index >= 0; index--)
    if (tasks[index]!.source.start.offset === item.source.start.offset) return tasks[index]!;
  return null;
}

/** "Due: March 12", "Deadline - Friday", "ETA: next week": a sub-bullet that dates its parent. */
const DUE_LABEL =
  /^(?:due(?: date| by)?|deadline|by when|eta|target(?: date)?|when)\s*[:=–—-]\s*(\S.*)$/i;

/**
 * "- Draft the scorecard" over "- Owner: Kim" and "- Due: March 12": a sub-bullet that only says who
 * or when belongs to the task above it.
 */
function attachLabel(item: Item, tasks: Task[], context: ExtractContext): boolean {
  if (!item.parent || item.type !== "list-item") return false;
  const parent = taskAt(tasks, item.parent);
  if (!parent) return false;
  const owned = labelledOwners(item.text, context);
  if (owned && owned.text === "") {
    if (parent.owners.length === 0) parent.owners = toRefs(owned.names, context.people);
    return true;
  }
  const dated = DUE_LABEL.exec(item.text);
  if (!dated) return false;
  const schedule = scheduleOf(dated[1]!, context);
  if (!schedule.due) return false;
  if (!parent.due && parent.status !== "done") {
    parent.due = schedule.due;
    parent.dueText = schedule.dueText;
  }
  return true;
}

/**
 * "Kim will do it.", "Lee to take this", "Ana volunteered": a sub-bullet that only says who takes
 * the work of an item above it (its parent, or the parent of a detail in between).
 */
const TAKES_THE_ITEM = new RegExp(`^(.{2,60}?)\\s+${VOLUNTEER_WORDS}\\s*[.!]?$`, "iu");

function attachTaker(item: Item, tasks: Task[], context: ExtractContext): boolean {
  if (item.type !== "list-item" || !item.parent || item.checked !== null) return false;
  const taker = TAKES_THE_ITEM.exec(item.text.trim());
  const names = taker ? splitNames(taker[1]!) : [];
  if (names.length === 0 || !names.every((name) => namesSomeone(name, context.people)))
    return false;
  const task =
    taskAt(tasks, item.parent) ?? (item.parent.parent && taskAt(tasks, item.parent.parent));
  const owners = toRefs(names, context.people);
  if (!task || task.owners.length > 0 || owners.length === 0) return false;
  task.owners = owners;
  task.details = task.details ? `${task.details} ${item.text}` : item.text;
  return true;
}

/** "### Due by Friday" above a list: a deadline for every task below that states none of its own. */
function deadlineOfHeading(
  section: RawSection,
  context: ExtractContext,
): { due: string; dueText: string | null } | null {
  if (section.preamble || !section.heading) return null;
  const schedule = scheduleOf(section.heading, context);
  return schedule.due ? { due: schedule.due, dueText: schedule.dueText } : null;
}

/** One to three capitalised words and nothing else: the name of a topic, not a piece of work. */
function isTopicLabel(text: string): boolean {
  const words = text.replace(/[.:]\s*$/, "").split(/\s+/);
  return (
    words.length <= 3 &&
    words.every((word) => /^[\p{Lu}\d]/u.test(word)) &&
    !opensWithImperative(text)
  );
}

/**
 * "**Load Handling**" over the tasks of that topic: a short label with no verb, whose children
 * are the work. It becomes their title (see buildTask) rather than a task of its own.
 */
/** Kinds of section whose items are said, not done. */
const REMARK_KINDS: ReadonlySet<SectionKind> = new Set([
  "notes",
  "context",
  "attendees",
  "findings",
]);

function underRemarksLabel(item: Item): boolean {
  const label = item.parent?.text.replace(/:\s*$/, "").trim();
  if (!label || label.split(/\s+/).length > 4) return false;
  const kind = headingKind(label);
  return kind !== null && REMARK_KINDS.has(kind);
}

/** "- Badges" over "- Owner: Kim" and "- Due: Friday" only: the bullet is the work they are about. */
function onlyLabels(below: readonly Item[], context: ExtractContext): boolean {
  return below.every(
    (child) => labelledOwners(child.text, context)?.text === "" || DUE_LABEL.test(child.text),
  );
}

/**
 * "- Crash on empty uploads #4412" over "- Kim to write a comment": an item that neither says work
 * nor names a taker, over one that gives the work to someone, is the topic of that work (its
 * title), not a second task.
 */
function topicOverTakenWork(
  item: Item,
  children: readonly Item[],
  context: ExtractContext,
): boolean {
  if (item.type !== "list-item" || item.checked !== null) return false;
  if (opensWithImperative(item.text) || ACTION_PREFIX.test(item.text)) return false;
  if (actorsAtStart(item.text, context.people) || labelledOwners(item.text, context)) return false;
  return children.some(
    (child) => child.type === "list-item" && !!actorsAtStart(child.text, context.people),
  );
}

function isCategory(item: Item): boolean {
  const words = item.text.replace(/[:.]\s*$/, "").split(/\s+/);
  return (
    item.type === "list-item" &&
    // "- [ ] Print the badges" over its owner and deadline: a checkbox marks a to-do.
    item.checked === null &&
    words.length <= 5 &&
    !opensWithImperative(item.text) &&
    !/\b(?:will|to|should|must|need|needs)\b/i.test(item.text) &&
    /^[\p{Lu}\d]/u.test(item.text)
  );
}

const DEADLINE_LEAD = new RegExp(`^(?:to be (?:done|finished) )?${DEADLINE_CUES}\\b`, "i");

/**
 * "- Due March 12:", "- By Friday" with tasks nested below it: a bullet that only states a deadline
 * for the list under it.
 */
function deadlineBullet(
  item: Item,
  context: ExtractContext,
): { due: string; dueText: string | null } | null {
  const text = item.text.replace(/:\s*$/, "").trim();
  if (item.type !== "list-item" || text.split(/\s+/).length > 8 || !DEADLINE_LEAD.test(text))
    return null;
  const schedule = scheduleOf(text, context);
  if (!schedule.due) return null;
  // "By Friday Kim sends the deck" is a task with a deadline: beside the cue and the date, only a
  // few words ("the launch on") may stand.
  const rest = text
    .replace(schedule.dueText ?? "", " ")
    .replace(DEADLINE_LEAD, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return rest.length <= 3 ? { due: schedule.due, dueText: schedule.dueText } : null;
}

/** The deadline of the nearest bullet above the item that states only a deadline. */
function parentDeadline(
  item: Item,
  context: ExtractContext,
): { due: string; dueText: string | null } | null {
  for (let at = item.parent; at; at = at.parent) {
    const deadline = deadlineBullet(at, context);
    if (deadline) return deadline;
  }
  return null;
}

/** The deadline of the line that introduces the item's list, or of its parent's list. */
function leadInDeadline(
  item: Item,
  context: ExtractContext,
): { due: string; dueText: string | null } | null {
  for (let at: Item | null = item; at; at = at.parent) {
    if (!at.leadIn) continue;
    const schedule = scheduleOf(at.leadIn.text, context);
    if (schedule.due) return { due: schedule.due, dueText: schedule.dueText };
  }
  return null;
}

/**
 * "- Migrate the exports\n  - the nightly job first" : a sub-bullet that reads as a note on its
 * parent task (no verb of its own to start with, no owner, no checkbox) is part of that task.
 */
function attachDetail(item: Item, tasks: Task[], context: ExtractContext): boolean {
  const parent = item.parent;
  if (!parent || item.type !== "list-item" || item.checked !== null || item.lead !== null)
    return false;
  const owner = [...tasks]
    .reverse()
    .find((task) => task.source.start.offset === parent.source.start.offset);
  if (!owner) return false;
  if (opensWithImperative(item.text) || ACTION_PREFIX.test(item.text)) return false;
  if (actorsAtStart(item.text, context.people) || /@[A-Za-z0-9]/.test(item.text)) return false;
  owner.details = owner.details ? `${owner.details} ${item.text}` : item.text;
  return true;
}

/** A bare link after a task is the task's reference ("Please everyone read this:" then the URL). */
export function attachLink(item: Item, tasks: Task[]): boolean {
  if (!isOnlyLink(item.text) || tasks.length === 0) return false;
  const previous = tasks[tasks.length - 1]!;
  if (previous.text.endsWith(":")) previous.text = `${previous.text} ${item.text}`;
  else previous.details = previous.details ? `${previous.details} ${item.text}` : item.text;
  previous.source = { start: previous.source.start, end: item.source.end };
  return true;
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!(?:^|\s)[A-Z]\.)\s+(?=[A-Z@])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
