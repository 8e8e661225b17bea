import type { PersonRef, SectionKind, Statement, Task, TaskSectionKind } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { fingerprint, slugify, squash } from "../parse/text.js";
import { isGroupName, isHandle } from "../resolve/names.js";
import { readSchedule } from "../resolve/schedule.js";
import type { ExtractContext } from "./context.js";
import { plainLabel } from "./labels.js";
import { actorsAtStart, namesSomeone, speakerOf, splitNames, toRefs } from "./people-in-text.js";
import { parsePeopleList } from "./attendees.js";
import { trailingHandles } from "./trailing-handles.js";

/** "ACTION:", "Action item:", "AI:", "TODO:", "ACTION (STEVE / ELIZABETH):" */
const ACTION_PREFIX = /^(?:action(?: items?| points?)?|ai|todo|to-do|follow[- ]?up)\s*(?:\(([^)]*)\))?\s*[:\-–]\s*/i;
const OWNER_SUFFIX = /\s*[([]\s*(?:owners?|assignee|assigned to|who)\s*[:=]\s*([^)\]]+)[)\]]\s*$/i;
const BLOCK_ID = /\s+\^([A-Za-z0-9][A-Za-z0-9-]*)\s*$/;

interface Owners {
  refs: PersonRef[];
  text: string;
}

/** Tasks from a task section's list items, table rows and owner sentences. */
export function extractTasks(section: RawSection, kind: TaskSectionKind, context: ExtractContext, notes: Statement[]): Task[] {
  const tasks: Task[] = [];
  const leadIns = new Set(section.items.map((item) => item.leadIn).filter((item): item is Item => item !== null));
  const parents = new Set(section.items.map((item) => item.parent).filter((item): item is Item => item !== null));
  for (const item of section.items) {
    if (leadIns.has(item)) continue;
    if (parents.has(item) && isOwnerBullet(item, context)) continue;
    if (item.type === "line") {
      for (const sentence of sentences(item.text)) {
        const actors = actorsAtStart(stripActionPrefix(sentence).text, context.people);
        const prefixed = ACTION_PREFIX.test(sentence);
        if (actors || prefixed || kind === "risks" || kind === "resolutionPlan") {
          tasks.push(buildTask({ item, text: sentence, kind, section, context, extractor: "task-sentence" }));
        } else {
          notes.push({ text: sentence, by: null, extractor: "section-remark", source: item.source });
        }
      }
      continue;
    }
    tasks.push(buildTask({ item, text: item.text, kind, section, context, extractor: item.type === "table-row" ? "task-table" : "task-list-item" }));
  }
  return tasks;
}

/** "- Lisa:" or "- @lisa" with the tasks nested below it. */
function isOwnerBullet(item: Item, context: ExtractContext): boolean {
  const text = item.text.replace(/:\s*$/, "").trim();
  return splitNames(text).every((name) => namesSomeone(name, context.people) || isGroupName(name));
}

/** Action items written anywhere: "ACTION: ...", "Action item: ...", "AI: ...". */
export function extractInlineActions(section: RawSection, context: ExtractContext): Task[] {
  const tasks: Task[] = [];
  for (const item of section.items) {
    if (item.type === "table-row") continue;
    const text = item.type === "line" ? item.text : item.text;
    if (!ACTION_PREFIX.test(text) || /^follow[- ]?up/i.test(text)) continue;
    tasks.push(buildTask({ item, text, kind: "actionItems", section, context, extractor: "inline-action" }));
  }
  return tasks;
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
  const suffix = takeOwnerSuffix(text);
  text = suffix.text;
  if (owners.length === 0 && suffix.owners.length > 0) owners = toRefs(suffix.owners, context.people);
  if (owners.length === 0) {
    const actors = actorsAtStart(text, context.people);
    if (actors) owners = toRefs(actors, context.people);
  }
  if (owners.length === 0) owners = inheritedOwners(item, section, context);

  text = squash(text).replace(/\.$/, "");
  const whole = title ? `${title}: ${text}` : text;
  const schedule = readSchedule(whole, { reference: context.reference, dateOrder: context.options.dateOrder });
  for (const note of schedule.notes) context.diagnostics.push({ code: note.code, message: note.message, source: item.source });

  let due = schedule.due;
  let dueText = schedule.dueText;
  if (cells?.due) {
    const fromCell = readSchedule(cells.due, { reference: context.reference, dateOrder: context.options.dateOrder });
    due = fromCell.due;
    dueText = cells.due;
  }
  return {
    id: taskId(kind, title, text),
    blockId,
    title,
    text,
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

function stripActionPrefix(text: string): { text: string; owners: string[] | null } {
  const match = ACTION_PREFIX.exec(text);
  if (!match) return { text, owners: null };
  return { text: text.slice(match[0].length), owners: match[1] ? splitNames(match[1]) : null };
}

function takeOwnerSuffix(text: string): { text: string; owners: string[] } {
  const explicit = OWNER_SUFFIX.exec(text);
  if (explicit) return { text: text.slice(0, explicit.index), owners: splitNames(explicit[1]!) };
  const handles = trailingHandles(text);
  if (handles && handles.index > 0) {
    return { text: text.slice(0, handles.index), owners: handles.handles.map((handle) => handle.replace(/[.]+$/, "")) };
  }
  const inline = text.match(/(?:^|\s)@[A-Za-z0-9][\w-]*(?:\.[\w-]+)*/g);
  if (inline) return { text, owners: inline.map((handle) => handle.trim()).filter(isHandle) };
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
    const dash = /^(.*?)\s+[-–—:]\s+(.+)$/.exec(section.group);
    if (dash) {
      const people = parsePeopleList(dash[2]!);
      if (people.length > 0) return toRefs(people.map((person) => person.name), context.people);
    }
    const people = parsePeopleList(section.group);
    if (people.length > 0 && people.every((person) => namesSomeone(person.name, context.people))) {
      return toRefs(people.map((person) => person.name), context.people);
    }
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
