import type { PersonRef, SectionKind, Statement, Task, TaskSectionKind } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { fingerprint, slugify, squash } from "../parse/text.js";
import { isGroupName, isHandle } from "../resolve/names.js";
import { readSchedule } from "../resolve/schedule.js";
import type { ExtractContext } from "./context.js";
import { plainLabel } from "./labels.js";
import { actorsAtStart, namesSomeone, speakerOf, splitNames, toRefs } from "./people-in-text.js";
import { parsePeopleList } from "./attendees.js";
import { DONE_PREFIX, expressesNeed, isOnlyLink, NON_TASK_PREFIX, opensWithImperative, readsAsReport, splitTaskText } from "./task-language.js";

/** "ACTION:", "Action item:", "AI:", "TODO:", "ACTION (STEVE / ELIZABETH):" */
const ACTION_PREFIX = /^(?:action(?: items?| points?)?|ai|todo|to-do|follow[- ]?up)\s*(?:\(([^)]*)\))?\s*[:\-–]\s*/i;
const OWNER_MARKER = /\s*[([]\s*(?:owners?|assignees?|assigned to|who|dri)\s*[:=]\s*([^)\]]+)[)\]]/i;
const TRAILING_HANDLES = /(?:\s*[-–—,]?\s*(?:@[A-Za-z0-9][\w.-]*\s*(?:,|&|and)?\s*)+)$/;
/** "Carol — schedule the follow-up": a name, a dash, then the task. */
const DASHED_OWNER = /^(@?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?)\s+[—–-]\s+(.+)$/u;
const BLOCK_ID = /\s+\^([A-Za-z0-9][A-Za-z0-9-]*)\s*$/;

interface Owners {
  refs: PersonRef[];
  text: string;
}

/** Where statements that turn out not to be tasks go. */
export interface Overflow {
  notes: Statement[];
  decisions: Statement[];
}

/** Tasks from a task section's list items, table rows and owner sentences. */
export function extractTasks(section: RawSection, kind: TaskSectionKind, context: ExtractContext, overflow: Overflow): Task[] {
  const tasks: Task[] = [];
  const leadIns = new Set(section.items.map((item) => item.leadIn).filter((item): item is Item => item !== null));
  const parents = new Set(section.items.map((item) => item.parent).filter((item): item is Item => item !== null));
  const headingDeadline = deadlineOfHeading(section, context);
  for (const item of section.items) {
    if (leadIns.has(item)) continue;
    if (parents.has(item) && isOwnerBullet(item, context)) continue;
    if (attachLink(item, tasks)) continue;
    if (item.type === "line") {
      for (const sentence of sentences(item.text)) {
        const plain = stripActionPrefix(sentence).text;
        const isTask = ACTION_PREFIX.test(sentence) || !!actorsAtStart(plain, context.people) || opensWithImperative(plain) || kind === "risks" || kind === "resolutionPlan";
        if (isTask && !NON_TASK_PREFIX.test(sentence)) tasks.push(buildTask({ item, text: sentence, kind, section, context, extractor: "task-sentence" }));
        else overflow.notes.push({ text: sentence, by: null, extractor: "section-remark", source: item.source });
      }
      continue;
    }
    const nonTask = NON_TASK_PREFIX.exec(item.text);
    const done = DONE_PREFIX.exec(item.text);
    const text = item.text.slice((nonTask ?? done)?.[0].length ?? 0);
    const task = buildTask({ item, text, kind, section, context, extractor: item.type === "table-row" ? "task-table" : "task-list-item" });
    if (done) task.status = "done";
    if (!task.due && headingDeadline) Object.assign(task, headingDeadline);
    // "PLAN: Get budget set in 24-48 hrs" is work with a deadline; "PLAN: Keep the playbook in mind" is a decision.
    if (nonTask && !task.due) {
      overflow.decisions.push({ text, by: null, extractor: "prefixed-decision", source: item.source });
      continue;
    }
    tasks.push(task);
  }
  return tasks;
}

/** "### Due by Friday" above a list: a deadline for every task below that states none of its own. */
function deadlineOfHeading(section: RawSection, context: ExtractContext): { due: string; dueText: string | null } | null {
  if (section.preamble || !section.heading) return null;
  const schedule = readSchedule(section.heading, { reference: context.reference, dateOrder: context.options.dateOrder });
  return schedule.due ? { due: schedule.due, dueText: schedule.dueText } : null;
}

/** A bare link after a task is the task's reference ("Everyone should read this:" then the URL). */
function attachLink(item: Item, tasks: Task[]): boolean {
  if (!isOnlyLink(item.text) || tasks.length === 0) return false;
  const previous = tasks[tasks.length - 1]!;
  if (previous.text.endsWith(":")) previous.text = `${previous.text} ${item.text}`;
  else previous.details = previous.details ? `${previous.details} ${item.text}` : item.text;
  previous.source = { start: previous.source.start, end: item.source.end };
  return true;
}

/** "- Lisa:" or "- @lisa" with the tasks nested below it. */
function isOwnerBullet(item: Item, context: ExtractContext): boolean {
  const text = item.text.replace(/:\s*$/, "").trim();
  return splitNames(text).every((name) => namesSomeone(name, context.people) || isGroupName(name));
}

const STATUS_DONE = /^(?:done|completed?|finished|closed|shipped|resolved)\b/i;
const AGENDA = /\b(?:agenda|announcements?)\b/i;

/**
 * Action items written outside task sections: "ACTION: ...", and in status trees (Done / Work in
 * progress / ToDo) the entries that give someone work or say that work is needed.
 */
export function extractInlineActions(section: RawSection, context: ExtractContext, reach: "status-tree" | "prefixed-only"): Task[] {
  const tasks: Task[] = [];
  const parents = new Set(section.items.map((item) => item.parent).filter((item): item is Item => item !== null));
  const agenda = AGENDA.test(section.heading);
  for (const item of section.items) {
    if (item.type === "table-row") continue;
    if (attachLink(item, tasks)) continue;
    const text = item.text;
    if (ACTION_PREFIX.test(text) && !/^follow[- ]?up/i.test(text)) {
      tasks.push(buildTask({ item, text, kind: "actionItems", section, context, extractor: "inline-action" }));
      continue;
    }
    if (reach === "prefixed-only" || agenda || item.type !== "list-item" || parents.has(item) || underDone(item) || readsAsReport(text)) continue;
    const owned = !!actorsAtStart(text, context.people) || HANDLE.test(text) || speakerAssigns(item, context);
    // Needs and imperatives count only inside a status tree (nested under a topic): at the top of a
    // "What went wrong" list, "we need ..." explains a failure rather than assigning work.
    const nested = item.parent !== null;
    const needed = nested && expressesNeed(text) && !/\b(?:may|might|could) need\b/i.test(text);
    const imperative = nested && opensWithImperative(text);
    if (owned || needed || imperative) tasks.push(buildTask({ item, text, kind: "actionItems", section, context, extractor: "status-tree-action" }));
  }
  return tasks;
}

/** "ZOE: confirm the booth size": someone present, then work in the imperative. */
function speakerAssigns(item: Item, context: ExtractContext): boolean {
  const pair = item.lead !== null ? { label: item.lead, value: item.body } : plainLabel(item.text);
  if (!pair || !opensWithImperative(pair.value)) return false;
  return context.people.resolve(pair.label).attendeeId !== null || isHandle(pair.label);
}

const HANDLE = /(?:^|[\s(])@[A-Za-z0-9][\w-]*/;

function underDone(item: Item): boolean {
  for (let parent = item.parent; parent; parent = parent.parent) if (STATUS_DONE.test(parent.text)) return true;
  return false;
}

interface TaskInput {
  item: Item;
  text: string;
  kind: TaskSectionKind;
  section: RawSection;
  context: ExtractContext;
  extractor: string;
}

function buildTask(input: TaskInput): Task {
  const { item, kind, section, context } = input;
  let title: string | null = null;
  let owners: PersonRef[] = [];
  let text = input.text;
  let blockId: string | null = null;
  const block = BLOCK_ID.exec(text);
  if (block) {
    blockId = block[1]!;
    text = text.slice(0, block.index);
  }

  const cells = item.type === "table-row" ? fromCells(item) : null;
  if (cells) {
    text = cells.text;
    owners = toRefs(cells.owners, context.people);
  } else if (item.lead !== null && text === item.text) {
    const leadNames = splitNames(item.lead);
    const leadIsOwner = leadNames.every((name) => context.people.resolve(name).attendeeId !== null) ||
      (kind !== "resolutionPlan" && leadNames.every((name) => namesSomeone(name, context.people) || isGroupName(name)));
    if (leadIsOwner) owners = toRefs(leadNames, context.people);
    else title = item.lead;
    text = item.body;
  }

  const prefix = stripActionPrefix(text);
  text = prefix.text;
  if (owners.length === 0 && prefix.owners) owners = toRefs(prefix.owners, context.people);

  if (owners.length === 0 && !cells) {
    const label = plainLabel(text);
    if (label && label.label.split(/\s+/).length <= 3) {
      const names = splitNames(label.label);
      if (names.every((name) => namesSomeone(name, context.people) || isGroupName(name))) {
        owners = toRefs(names, context.people);
        text = label.value;
      }
    }
  }
  if (owners.length === 0 && !cells) {
    const dashed = DASHED_OWNER.exec(text);
    if (dashed && (context.people.resolve(dashed[1]!).attendeeId || (namesSomeone(dashed[1]!, context.people) && opensWithImperative(dashed[2]!)))) {
      owners = toRefs(splitNames(dashed[1]!), context.people);
      text = dashed[2]!;
    }
  }
  const suffix = takeOwnerSuffix(text);
  text = suffix.text;
  if (owners.length === 0 && suffix.owners.length > 0) owners = toRefs(suffix.owners, context.people);
  if (owners.length === 0) {
    const actors = actorsAtStart(text, context.people);
    if (actors) owners = toRefs(actors, context.people);
  }
  if (owners.length === 0) owners = inheritedOwners(item, section, context);

  text = squash(text).replace(/\s+[-–—]\s*$/, "").replace(/\.$/, "");
  const split = splitTaskText(text);
  text = split.text.replace(/\.$/, "");
  title ??= topicOf(item, context);
  const whole = text;
  const schedule = readSchedule(whole, { reference: context.reference, dateOrder: context.options.dateOrder });
  let due = schedule.due;
  let dueText = schedule.dueText;
  let notes = schedule.notes;
  if (cells?.due) {
    // A due column settles the deadline, and what could not be settled about it is reported too.
    const fromCell = readSchedule(cells.due, { reference: context.reference, dateOrder: context.options.dateOrder });
    due = fromCell.due;
    dueText = cells.due;
    notes = fromCell.notes.length > 0 || fromCell.due ? fromCell.notes : [{ code: "unresolved-date", message: `Cannot read a date in "${cells.due}"` }];
  }
  for (const note of notes) context.diagnostics.push({ code: note.code, message: note.message, source: item.source });
  return {
    id: taskId(kind, title, text),
    blockId,
    title,
    text,
    details: split.details,
    owners,
    due,
    dueText,
    duration: schedule.duration,
    recurrence: schedule.recurrence,
    condition: schedule.condition,
    status: item.checked === true || cells?.done ? "done" : "open",
    priority: priorityOf(whole),
    section: kind,
    extractor: input.extractor,
    source: item.source,
  };
}

/** The topic bullet a task is nested under ("Unresponsive ci.jenkins.io" above "Need to publish notes"). */
function topicOf(item: Item, context: ExtractContext): string | null {
  const parent = item.parent;
  if (!parent || isOwnerBullet(parent, context) || parent.text.endsWith(":")) return null;
  return parent.text.replace(/\s*\(?https?:\/\/\S+\)?/g, "").trim() || null;
}

function stripActionPrefix(text: string): { text: string; owners: string[] | null } {
  const match = ACTION_PREFIX.exec(text);
  if (!match) return { text, owners: null };
  return { text: text.slice(match[0].length), owners: match[1] ? splitNames(match[1]) : null };
}

function takeOwnerSuffix(written: string): { text: string; owners: string[] } {
  // "Publish the recording - @mark - https://..." : a trailing link is a reference, not the task.
  const text = written
    .replace(/\s*\((?:see|cf\.?|via)?\s*<?https?:\/\/[^\s)]+>?\)\.?\s*$/i, "")
    .replace(/(?:\s+[-–—]\s*)?<?https?:\/\/\S+>?\s*$/, "")
    .replace(/\s+[-–—]\s*$/, "");
  const explicit = OWNER_MARKER.exec(text);
  if (explicit) return { text: squash(text.slice(0, explicit.index) + text.slice(explicit.index + explicit[0].length)), owners: splitNames(explicit[1]!) };
  const handles = TRAILING_HANDLES.exec(text);
  if (handles && handles.index > 0) {
    const owners = handles[0].match(/@[A-Za-z0-9][\w.-]*/g) ?? [];
    return { text: text.slice(0, handles.index), owners: owners.map((handle) => handle.replace(/[.]+$/, "")) };
  }
  const inline = text.match(/(?:^|[\s(])@[A-Za-z0-9][\w-]*(?:\.[\w-]+)*/g);
  if (inline) return { text, owners: inline.map((handle) => handle.replace(/^[\s(]+/, "")).filter(isHandle) };
  return { text, owners: [] };
}

/** Owners given above the task: a lead-in ("Sarah committed to:"), an owner bullet, or a team sub-heading. */
function inheritedOwners(item: Item, section: RawSection, context: ExtractContext): PersonRef[] {
  if (item.leadIn) {
    const speaker = speakerOf(item.leadIn.text, context.people);
    if (speaker) return toRefs(speaker, context.people);
  }
  if (item.parent && isOwnerBullet(item.parent, context)) {
    return toRefs(splitNames(item.parent.text.replace(/:\s*$/, "")), context.people);
  }
  if (section.group) {
    // "Technical - Owen, Adam": a team sub-heading that names its members owns the tasks below it.
    const dash = /^(.*?)\s+[-–—:]\s+(.+)$/.exec(section.group);
    const named = parsePeopleList(dash ? dash[2]! : section.group).map((person) => person.name);
    const accepted = dash
      ? named.every((name) => namesSomeone(name, context.people))
      : named.every((name) => context.people.resolve(name).attendeeId !== null);
    if (named.length > 0 && accepted) return toRefs(named, context.people);
  }
  return [];
}

interface CellTask {
  text: string;
  owners: string[];
  due: string | null;
  done: boolean;
}

const TASK_COLUMNS = /^(?:task|action|action item|item|description|what|to ?do|todo|activity|deliverable|next step)s?$/;
const OWNER_COLUMNS = /^(?:owners?|assignees?|assigned to|who|responsible|dri|person|name)$/;
const DUE_COLUMNS = /^(?:due|due date|deadline|when|date|by|target date|eta|by when)$/;
const STATUS_COLUMNS = /^(?:status|state|done)$/;

function fromCells(item: Item): CellTask | null {
  const cells = item.cells ?? {};
  const pick = (pattern: RegExp) => {
    for (const [header, value] of Object.entries(cells)) if (pattern.test(header)) return value;
    return null;
  };
  const text = pick(TASK_COLUMNS) ?? Object.values(cells)[0] ?? "";
  const owner = pick(OWNER_COLUMNS);
  const status = pick(STATUS_COLUMNS);
  return {
    text,
    owners: owner ? splitNames(owner) : [],
    due: pick(DUE_COLUMNS) || null,
    done: !!status && /^(?:done|complete[d]?|closed|finished|resolved|yes|x|✓|✅)$/i.test(status.trim()),
  };
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z@])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

export function taskId(kind: SectionKind, title: string | null, text: string): string {
  const normalized = squash(`${title ?? ""} ${text}`).toLowerCase();
  const words = slugify(normalized).split("-").filter(Boolean).slice(0, 5).join("-");
  return `${kind}-${words || "task"}-${fingerprint(normalized).slice(0, 4)}`;
}

function priorityOf(text: string): number | null {
  const tag = /\bP([0-4])\b/.exec(text);
  if (tag) return [1, 1, 5, 9, 9][Number(tag[1])]!;
  if (/\b(?:urgent|critical|asap|high priority|top priority|highest priority)\b/i.test(text)) return 1;
  if (/\b(?:low priority|nice to have|when possible)\b/i.test(text)) return 9;
  return null;
}
