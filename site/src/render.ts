import { type Minutes, TASK_SECTIONS, type Task } from "../../src/index.js";
import type { PlainMessage } from "./analyze.js";

// Everything from the note reaches the page as text nodes (textContent), never as HTML: a note,
// and so a link someone sends, cannot inject markup or script.

type Child = Node | string | null | undefined | false;

/** A tiny element builder: attributes, then children (text or nodes). */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

const SECTION_LABELS: Record<(typeof TASK_SECTIONS)[number], string> = {
  resolutionPlan: "Resolution plan",
  actionItems: "Action items",
  commitments: "Commitments",
  risks: "Risks",
};

/** "2026-03-12T20:00" as a person reads it: "2026-03-12 20:00". */
export function formatDue(due: string | null): string {
  return due ? due.replace("T", " ") : "";
}

export function renderFacts(minutes: Minutes): HTMLElement {
  const when = [minutes.date, [minutes.start, minutes.end].filter(Boolean).join("–")]
    .filter(Boolean)
    .join(" ");
  const facts: [string, string | null][] = [
    ["Title", minutes.title],
    ["Kind", minutes.kind],
    ["When", when || null],
    ["Time zone", minutes.timezone],
    ["Location", minutes.location],
    ["Customer", minutes.customer],
  ];
  const list = h("dl", { class: "facts" });
  for (const [label, value] of facts)
    list.append(h("dt", {}, label), h("dd", value ? {} : { class: "none" }, value ?? "—"));
  const attendees = h("ul", { class: "attendees" });
  for (const attendee of minutes.attendees) {
    const detail = [attendee.role, attendee.organization, attendee.side].filter(Boolean).join(", ");
    attendees.append(h("li", {}, h("strong", {}, attendee.name), detail && ` (${detail})`));
  }
  return h(
    "div",
    {},
    list,
    h("h3", {}, `Attendees (${minutes.attendees.length})`),
    minutes.attendees.length > 0 ? attendees : h("p", { class: "none" }, "none found"),
  );
}

function ownersCell(task: Task, minutes: Minutes): HTMLElement {
  const cell = h("td", { class: "owners" });
  task.owners.forEach((owner, index) => {
    const attendee = minutes.attendees.find((entry) => entry.id === owner.attendeeId);
    if (index > 0) cell.append(", ");
    cell.append(
      attendee
        ? h("span", { title: `written "${owner.name}"` }, attendee.name)
        : h("span", { class: "unresolved", title: `${owner.kind}, not an attendee` }, owner.name),
    );
  });
  return cell;
}

/** Rows drawn at first: a table of thousands of rows takes the browser a second to lay out. */
export const FIRST_ROWS = 300;

/**
 * One row a task, in model order by section; clicking a row shows its line in the editor. The
 * first `FIRST_ROWS`, and a button for the rest, so that a 100 KB note keeps the page quick.
 */
export function renderTasks(
  minutes: Minutes,
  goTo: (line: number) => void,
  limit = FIRST_ROWS,
): HTMLElement {
  // The list a task is in names its column (a prose commitment's own `section` is where it was written).
  const tasks = TASK_SECTIONS.flatMap((list) => minutes[list].map((task) => ({ list, task })));
  if (tasks.length === 0)
    return h(
      "p",
      { class: "none" },
      "No tasks found: no resolution plan, action items, commitments or risks.",
    );
  const columns = [
    "Section",
    "Task",
    "Owners",
    "Due",
    "Duration",
    "Recurrence",
    "Condition",
    "Status",
    "Line",
  ];
  const head = h("tr", {}, ...columns.map((column) => h("th", { scope: "col" }, column)));
  const body = h("tbody");
  for (const { list, task } of tasks.slice(0, limit))
    body.append(taskRow(list, task, minutes, goTo));
  const table = h("table", { class: "tasks" }, h("thead", {}, head), body);
  if (tasks.length <= limit) return table;
  const more = h("button", { type: "button", class: "more" }, `Show all ${tasks.length} tasks`);
  const container = h("div", {}, table, more);
  more.addEventListener("click", () =>
    container.replaceChildren(renderTasks(minutes, goTo, Number.POSITIVE_INFINITY)),
  );
  return container;
}

function taskRow(
  list: (typeof TASK_SECTIONS)[number],
  task: Task,
  minutes: Minutes,
  goTo: (line: number) => void,
): HTMLElement {
  const line = task.source.start.line;
  const row = h(
    "tr",
    { "data-line": String(line), "data-section": list },
    h("td", {}, SECTION_LABELS[list]),
    h("td", { class: "task" }, task.title && h("strong", {}, `${task.title}: `), task.text),
    ownersCell(task, minutes),
    h("td", { class: "due", title: task.dueText ?? "" }, formatDue(task.due)),
    h("td", { class: "value" }, task.duration ?? ""),
    // A break opportunity after each ";" of the RRULE value, so a long rule wraps between parts.
    h(
      "td",
      { class: "value" },
      ...(task.recurrence ?? "")
        .split(";")
        .flatMap((part, index) => (index ? [";", h("wbr"), part] : [part])),
    ),
    h("td", {}, task.condition ?? ""),
    h("td", {}, task.status),
    h("td", {}, h("button", { type: "button", class: "line-link" }, `L${line}`)),
  );
  row.addEventListener("click", () => goTo(line));
  return row;
}

/** The `check` messages in note order; each links to its place in the editor. */
export function renderMessages(
  messages: readonly PlainMessage[],
  goTo: (line: number, column: number) => void,
  limit = FIRST_ROWS,
): HTMLElement {
  if (messages.length === 0)
    return h("p", { class: "clean" }, "No problems: the note passes check.");
  const list = h("ol", { class: "messages" });
  for (const message of messages.slice(0, limit)) {
    const place = h(
      "button",
      { type: "button", class: "line-link" },
      `${message.line}:${message.column}`,
    );
    place.addEventListener("click", () => goTo(message.line, message.column));
    list.append(
      h(
        "li",
        {
          class: message.severity,
          "data-line": String(message.line),
          "data-rule": message.ruleId ?? "",
        },
        place,
        h("span", { class: "severity" }, message.severity),
        h("code", { class: "rule" }, message.ruleId ?? "(fatal)"),
        h("span", { class: "reason" }, message.reason),
      ),
    );
  }
  if (messages.length <= limit) return list;
  const more = h(
    "button",
    { type: "button", class: "more" },
    `Show all ${messages.length} messages`,
  );
  const container = h("div", {}, list, more);
  more.addEventListener("click", () =>
    container.replaceChildren(renderMessages(messages, goTo, Number.POSITIVE_INFINITY)),
  );
  return container;
}
