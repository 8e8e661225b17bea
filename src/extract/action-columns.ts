import type { Statement, Task } from "../model/minutes.js";
import type { Item, RawSection } from "../parse/sections.js";
import { namesNobody } from "../util/names.js";
import { buildTask, namesDue, namesOnlyDue, namesOwner, namesOwnerOrDue } from "./build-task.js";
import type { ExtractContext } from "./context.js";
import { standUpTable } from "./labels.js";
import { opensWithSureVerb } from "./part-of-speech.js";
import {
  clauses,
  type ProseOptions,
  readCommitment,
  taskOfCommitment,
} from "./prose-commitments.js";
import { NO_WORK, opensWithImperative } from "./task-language.js";

/** A column for what is to be done: "Actions", "Action items: owner", "Next steps". */
const ACTION_COLUMN = /\b(?:actions?|action items?|next steps?|to ?dos?|follow[ -]?ups?)\b/;
/** "Type", "A/D/I": a column that marks each row an action, a decision or information. */
const TYPE_COLUMN =
  /^(?:type|kind|item type|entry type|category|a\/d\/i|[a-z]\/[a-z]\/[a-z](?:\/[a-z])?)$/;
const ACTION_TYPE = /^(?:a|t|action(?: item)?|task|todo|to-do)$/i;
const RISK_TYPE = /^(?:r|risks?)$/i;
const DECISION_TYPE = /^(?:d|decisions?|agreed)$/i;
const TYPED_ROW =
  /^(?:[adinqrt]|action(?: item)?|task|todo|to-do|decision|info(?:rmation)?|note|question|risk|issue)$/i;
/** "Notes/Action items": a column that also records the discussion is read as discussion. */
const RECORD_COLUMN = /\b(?:notes?|discussion|minutes|comments?|summary)\b/;

/**
 * "Task", "Deliverable", "Work item", "Open issue": a column that names work, in a table that
 * tracks it (with columns of who and by when, see trackedWork).
 */
const WORK_COLUMN =
  /^(?:tasks?|deliverables?|work items?|to ?dos?|(?:open )?(?:issues?|items?)|aufgaben?|ma(?:ß|ss)nahmen?|aktionen?|tareas?|acci(?:o|ó)n(?:es)?|t[aâ]ches?|actiepunt(?:en)?|acties?)$/i;

/**
 * "| Task | Point person | Target |" under any heading: a table with a column of work, one of
 * who and one of by when tracks work, wherever the note keeps it. Its column of work, or none.
 */
function trackedWork(headers: readonly string[]): string | undefined {
  const work = headers.find((header) => WORK_COLUMN.test(header.trim()));
  if (work) return headers.some(namesOwner) && headers.some(namesDue) ? work : undefined;
  // "| Topic | Status | Responsible | Due |" tracks work too; "| Topic | Lead | Time |" is an
  // agenda, so a column of topics needs a column that can only mean the owner and one that can
  // only mean the deadline.
  const topic = headers.find((header) => TOPIC_COLUMN.test(header.trim()));
  if (!topic || !headers.some((header) => RESPONSIBLE_COLUMN.test(header.trim()))) return undefined;
  if (headers.some(namesOnlyDue)) return topic;
  // "| Who | What | When |": the three questions of a list of work; the rows of an agenda's
  // "| When | What | Who |" give times of day (see ofAgenda).
  return /^what$/i.test(topic.trim()) && headers.some((header) => /^when$/i.test(header.trim()))
    ? topic
    : undefined;
}

/** "10:00", "10:00–10:15", "9.30am": a When cell that times a slot of the meeting itself. */
const CLOCK_CELL =
  /^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?$/i;

function ofAgenda(item: Item): boolean {
  const when = Object.keys(item.cells!).find((header) => /^when$/i.test(header.trim()));
  return when !== undefined && CLOCK_CELL.test((item.cells![when] ?? "").trim());
}

const TOPIC_COLUMN = /^(?:topics?|subjects?|what|description|activit(?:y|ies))$/i;
const RESPONSIBLE_COLUMN =
  /^(?:owners?|assignees?|assigned to|responsible|accountable|dri|who|actionee|verantwortlich(?:e|er)?|wer|zust[aä]ndig|responsables?|qui[eé]n|qui|wie|eigenaar)$/i;

/**
 * "| Milestone plan | Discussed … | Kim to draft an update |": in a table of topics outside the
 * task sections, a column for actions gives work to whoever its sentences name. Only sentences
 * that name a taker are read: the column is often a mix of outcomes and work.
 */
export function extractActionColumns(
  section: RawSection,
  context: ExtractContext,
  options: ProseOptions,
): Task[] {
  const tasks: Task[] = [];
  for (const item of section.items) {
    if (item.type !== "table-row" || !item.cells || options.taken.has(item.source.start.offset))
      continue;
    const headers = Object.keys(item.cells);
    const standUp = standUpTable(headers);
    if (standUp) {
      if (standUp.planned) tasks.push(...plannedInRow(item, standUp, section, context));
      continue;
    }
    // "| Type | Description | Owner | Date |" with A, D, I in the type column: the rows typed A.
    const typeColumn = headers.find((header) => TYPE_COLUMN.test(header));
    if (typeColumn) {
      const type = (item.cells[typeColumn] ?? "").trim();
      const words = typedWords(item, typeColumn);
      if (ACTION_TYPE.test(type) && words) {
        const text = item.cells[words]!;
        if (!namesNobody(text) && !NO_WORK.test(text.trim()))
          tasks.push(
            buildTask({
              item,
              text,
              kind: "actionItems",
              section,
              context,
              extractor: "action-column",
            }),
          );
      }
      if (TYPED_ROW.test(type)) continue;
    }
    const column =
      headers.find((header) => ACTION_COLUMN.test(header) && !RECORD_COLUMN.test(header)) ??
      trackedWork(headers);
    const cell = column ? item.cells[column] : "";
    if (!column || !cell || ofAgenda(item)) continue;
    // The row's topic is its first column, past one that only numbers the rows ("| # | Issue |")
    // and one that says who ("| Who | What | When |").
    const topicColumn = headers.find(
      (header) => !ID_COLUMN.test(header.trim()) && !namesOwnerOrDue(header),
    );
    const topic = (topicColumn && item.cells[topicColumn]) || "";
    // "| Topic | Notes | Action | Owner | Due |": the table says who and when in columns of their
    // own, so the action cell is the task as it stands.
    if (headers.some((header) => header !== column && namesOwnerOrDue(header))) {
      // "| Training | On-site sessions wanted | – | – | – |": a row with no action.
      if (NO_WORK.test(cell.trim()) || namesNobody(cell)) continue;
      const task = buildTask({
        item,
        text: cell,
        kind: "actionItems",
        section,
        context,
        extractor: "action-column",
      });
      if (!task.title && topic && topic !== cell) task.title = topic;
      tasks.push(task);
      continue;
    }
    const lines = item.cellLines?.[column] ?? [cell];
    for (const clause of lines.flatMap(clauses)) {
      const found = readCommitment(clause, context, options.strict);
      if (!found || found.owners.length === 0) {
        const task = orderInCell(item, clause, section, context);
        if (task && !task.title && topic && topic !== cell) task.title = topic;
        if (task) tasks.push(task);
        continue;
      }
      const line: Item = { ...item, type: "line", text: found.text, body: found.text, cells: null };
      const task = taskOfCommitment(found, {
        item: line,
        kind: "actionItems",
        section,
        context,
        extractor: "action-column",
      });
      if (!task.title && topic && topic !== cell) task.title = topic;
      tasks.push(task);
    }
  }
  return tasks;
}

/**
 * "Greta: chase references", "Chase references (Greta)": work in an action cell, given to an
 * attendee as a task list gives it; an order to no one ("Chase references") is work too. An
 * outcome ("Agreed to wait", "None") is not.
 */
function orderInCell(
  row: Item,
  clause: string,
  section: RawSection,
  context: ExtractContext,
): Task | null {
  if (NO_WORK.test(clause.trim()) || namesNobody(clause)) return null;
  const line: Item = { ...row, type: "line", text: clause, body: clause, cells: null };
  const task = buildTask({
    item: line,
    text: clause,
    kind: "actionItems",
    section,
    context,
    extractor: "action-column",
  });
  const named = task.owners.length > 0 && task.owners.every((owner) => owner.attendeeId !== null);
  return named || (task.owners.length === 0 && opensWithImperative(task.text)) ? task : null;
}

/**
 * "| Greta | finished the export | start the import | none |": what a stand-up table's row plans,
 * clause by clause, as work of the one who reports; "on call", "-", "same as yesterday" are none.
 */
function plannedInRow(
  row: Item,
  columns: { reporter: string; planned: string | null },
  section: RawSection,
  context: ExtractContext,
): Task[] {
  const reporter = row.cells![columns.reporter]?.trim() ?? "";
  const planned = row.cells![columns.planned!] ?? "";
  if (!reporter || namesNobody(reporter) || context.people.resolve(reporter).attendeeId === null)
    return [];
  const lines = row.cellLines?.[columns.planned!] ?? [planned];
  return lines
    .flatMap(clauses)
    .map((clause) => clause.trim())
    .filter(
      (clause) => !NO_WORK.test(clause) && opensWithSureVerb(clause, context.options.partOfSpeech),
    )
    .map((clause) =>
      buildTask({
        item: { ...row, cells: { owner: reporter, [columns.planned!]: clause } },
        text: clause,
        kind: "actionItems",
        section,
        context,
        extractor: "stand-up-table",
      }),
    );
}

/** The column of a typed row that says what the row is about: the first other than its type, owner or date. */
function typedWords(item: Item, typeColumn: string): string | undefined {
  return Object.keys(item.cells!).find(
    (header) =>
      header !== typeColumn &&
      !namesOwnerOrDue(header) &&
      !ID_COLUMN.test(header.trim()) &&
      item.cells![header],
  );
}

/** "ID", "#", "Ref": a column that numbers the rows ("A-014", "7"). */
const ID_COLUMN = /^(?:id|#|no\.?|nr\.?|ref(?:erence)?|key|number)$/i;

/**
 * "| R-007 | Risk | Go-live slips if ... | Tomas |" and "| D-002 | Decision | Launch with two
 * languages | Lars |" in a log of actions, risks, issues and decisions: the rows its type column
 * marks as a risk or a decision, where each belongs. Rows typed as actions are extractActionColumns'.
 */
export function extractTypedRows(
  section: RawSection,
  context: ExtractContext,
): { risks: Task[]; decisions: Statement[] } {
  const risks: Task[] = [];
  const decisions: Statement[] = [];
  for (const item of section.items) {
    const row = readTypedRow(item, section, context);
    if (row?.risk) risks.push(row.risk);
    if (row?.decision) decisions.push(row.decision);
  }
  return { risks, decisions };
}

/** What a row of a typed log records, other than an action: a risk, a decision or a remark. */
export interface TypedRow {
  risk?: Task;
  decision?: Statement;
  remark?: string;
}

/**
 * A row whose type column says it is no action: its risk, its decision, or (typed as
 * information, a note or a question) its words as a remark. Null for an action or an untyped row.
 */
export function readTypedRow(
  item: Item,
  section: RawSection,
  context: ExtractContext,
): TypedRow | null {
  if (item.type !== "table-row" || !item.cells) return null;
  const typeColumn = Object.keys(item.cells).find((header) => TYPE_COLUMN.test(header));
  if (!typeColumn) return null;
  const type = (item.cells[typeColumn] ?? "").trim();
  if (ACTION_TYPE.test(type)) return null;
  const words = typedWords(item, typeColumn);
  const text = words ? item.cells[words]!.trim() : "";
  if (!text || namesNobody(text) || NO_WORK.test(text)) return null;
  if (RISK_TYPE.test(type))
    return {
      risk: buildTask({ item, text, kind: "risks", section, context, extractor: "typed-row" }),
    };
  if (DECISION_TYPE.test(type)) {
    const by = Object.keys(item.cells).find((header) => namesOwner(header));
    const who = by ? item.cells[by]!.trim() : "";
    return {
      decision: {
        text,
        by: who && !namesNobody(who) ? context.people.resolve(who) : null,
        extractor: "typed-row",
        source: item.source,
      },
    };
  }
  return TYPED_ROW.test(type) ? { remark: text } : null;
}
