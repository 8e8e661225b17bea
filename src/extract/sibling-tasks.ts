import type { Task } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { namesNobody } from "../util/names.js";
import { buildTask } from "./build-task.js";
import type { ExtractContext } from "./context.js";
import { underDone } from "./inline-actions.js";
import { itemLabel } from "./labels.js";
import { namesSomeone, splitNames } from "./people-in-text.js";
import { NON_TASK_PREFIX, opensWithImperative, readsAsReport } from "./task-language.js";
import { OWNER_LABEL_WORDS } from "./task-owners.js";
import { DUE_PROPERTY, extractTasks } from "./tasks.js";

const DECIDED =
  /\((?:agreed|decided|approved|accepted|confirmed)\)\s*\.?$|^(?:decision|decided|agreed)\b/i;

/** The section's lists: items with the same parent, up to a line or table between them. */
export function listsOf(items: readonly Item[]): Item[][] {
  const lists: Item[][] = [];
  const open = new Map<Item | null, Item[]>();
  for (const item of items) {
    if (item.type !== "list-item") {
      open.clear();
      continue;
    }
    let list = open.get(item.parent);
    if (!list) {
      list = [];
      open.set(item.parent, list);
      lists.push(list);
    }
    list.push(item);
  }
  return lists;
}

/**
 * "- Assigned: Check the web site / - Update the licence header / - Assigned: Add the nav entry":
 * a list most of whose items were read as tasks is a list of work, and an item of it that opens
 * in the imperative is one more, though it names no one.
 */
export function extractSiblingTasks(
  section: RawSection,
  context: ExtractContext,
  taken: ReadonlySet<number>,
): Task[] {
  const tasks: Task[] = [];
  for (const list of listsOf(section.items)) {
    const read = list.filter((item) => taken.has(item.source.start.offset)).length;
    if (read < 2 || read * 2 < list.length) continue;
    for (const item of list) {
      if (taken.has(item.source.start.offset) || !ordersWork(item)) continue;
      tasks.push(
        buildTask({
          item,
          text: item.text,
          kind: "actionItems",
          section,
          context,
          extractor: "sibling-task",
        }),
      );
    }
  }
  return tasks;
}

/**
 * An item of work a list holds beside its other items: an order, not a report, nor what was
 * decided ("Launch moves to April (agreed)"), nor a question (the answer, if any, is the task).
 */
function ordersWork(item: Item): boolean {
  return (
    opensWithImperative(item.text) &&
    // "Plan: cut over the billing consumers first", "Note: ...": a label, not the verb "plan".
    !NON_TASK_PREFIX.test(item.text) &&
    !readsAsReport(item.text) &&
    !underDone(item) &&
    !DECIDED.test(item.text) &&
    !/\?\s*\)?\s*$/.test(item.text)
  );
}

/**
 * "1. Billing" over "- Owner: Ingrid", "- Send the credit note by 3/20", "- Check the invoices":
 * a list with one owner field gives whoever it names the orders beside it. A field that names
 * no one ("Owner: TBD") gives no work.
 */
export function extractOwnedLists(
  section: RawSection,
  context: ExtractContext,
  taken: ReadonlySet<number>,
): Task[] {
  const tasks: Task[] = [];
  for (const list of listsOf(section.items)) {
    const fields = list.filter((item) => {
      const label = itemLabel(item)?.label.trim();
      return label !== undefined && OWNER_LABEL_WORDS.test(label);
    });
    if (fields.length !== 1) continue;
    const names = ownersInField(itemLabel(fields[0]!)!.value, context);
    if (!names) continue;
    for (const item of list) {
      if (item === fields[0] || taken.has(item.source.start.offset) || itemLabel(item)) continue;
      if (!ordersWork(item)) continue;
      const task = buildTask({
        item,
        text: item.text,
        kind: "actionItems",
        section,
        context,
        extractor: "owned-list",
      });
      // The field says whose the work is; the topic over the list ("Billing") may only name a team.
      task.owners = names.map((name) => context.people.resolve(name));
      tasks.push(task);
    }
  }
  return tasks;
}

/** The people an owner field names; null for "TBD" or words that name no one. */
function ownersInField(value: string, context: ExtractContext): string[] | null {
  const names = splitNames(value.trim()).filter((name) => namesSomeone(name, context.people));
  return namesNobody(value.trim()) || names.length === 0 ? null : names;
}

/**
 * "- Label printers drop jobs" over "- Owner: Tallis" and "- ETA: Thursday" under "## Issues":
 * an item whose own fields say who has it and by when is tracked work wherever it stands. It is
 * read as an item of an action list is, fields and all. One field alone is a remark's detail.
 */
export function extractFieldedItems(
  section: RawSection,
  context: ExtractContext,
  taken: ReadonlySet<number>,
): Task[] {
  const tasks: Task[] = [];
  // Each item's fields, gathered once: a long section is walked once, not once per item.
  const fieldsOf = new Map<Item, Array<{ label: string; value: string }>>();
  for (const child of section.items) {
    const field = child.parent ? itemLabel(child) : null;
    if (!field) continue;
    const fields = fieldsOf.get(child.parent!);
    if (fields) fields.push(field);
    else fieldsOf.set(child.parent!, [field]);
  }
  for (const [item, fields] of fieldsOf) {
    if (item.type !== "list-item" || taken.has(item.source.start.offset) || itemLabel(item))
      continue;
    const owner = fields.find((field) => OWNER_LABEL_WORDS.test(field.label.trim()));
    const due = fields.find((field) => DUE_PROPERTY.test(field.label.trim()));
    if (!owner || !due || !ownersInField(owner.value, context)) continue;
    const below = (child: Item): boolean =>
      child.parent === item || (child.parent !== null && below(child.parent));
    const record: RawSection = {
      ...section,
      kind: "actionItems",
      items: [item, ...section.items.filter(below)],
    };
    const scratch = { notes: [], decisions: [], risks: [] };
    for (const task of extractTasks(record, "actionItems", context, scratch))
      if (task.source.start.offset === item.source.start.offset)
        tasks.push({ ...task, extractor: "fielded-item" });
  }
  return tasks.sort((one, other) => one.source.start.offset - other.source.start.offset);
}
