import type { Task, TaskSectionKind } from "../../model/minutes.js";
import { type Component, type Property, textListValue, textValue } from "./content-line.js";
import {
  type ExportContext,
  mailto,
  type Owner,
  ownersOf,
  producerProperties,
} from "./export-context.js";
import { describeMeeting, sourceLine } from "./meeting-events.js";
import { scheduleEvent, scheduleTask } from "./task-schedule.js";

export const SECTION_LABELS: Record<TaskSectionKind, string> = {
  resolutionPlan: "Resolution plan",
  actionItems: "Action items",
  commitments: "Commitments",
  risks: "Risks",
};

/** A risk is a task only when something is scheduled about it; every item of the other lists is one. */
export function isExportedTask(task: Task): boolean {
  return (
    task.section !== "risks" ||
    task.due !== null ||
    task.recurrence !== null ||
    task.duration !== null
  );
}

/** The SUMMARY: a resolution step's bold title leads, as the note reads ("Deploy Hotfix: Within 24 hours ..."). */
export function taskSummary(task: Task): string {
  return task.title ? `${task.title}: ${task.text}` : task.text;
}

/** One VTODO (RFC 5545 §3.6.2) for a task. */
export function taskTodo(task: Task, uid: string, context: ExportContext): Component {
  const schedule = scheduleTask(task, context);
  const owners = ownersOf(task.owners, context);
  const properties: Property[] = [
    ...identityProperties(uid, context),
    { name: "SUMMARY", value: textValue(taskSummary(task)) },
    {
      name: "DESCRIPTION",
      value: textValue(taskDescription(task, owners, schedule.unscheduled, context)),
    },
    ...schedule.properties,
    // §3.8.1.11: a VTODO is NEEDS-ACTION or COMPLETED; the note gives no completion time, so no COMPLETED.
    { name: "STATUS", value: task.status === "done" ? "COMPLETED" : "NEEDS-ACTION" },
  ];
  if (task.status === "done") properties.push({ name: "PERCENT-COMPLETE", value: "100" });
  if (task.priority !== null) properties.push({ name: "PRIORITY", value: String(task.priority) });
  properties.push(...taskCommonProperties(task, owners, context));
  if (schedule.condition)
    properties.push({ name: "X-MD-MINUTES-CONDITION", value: textValue(schedule.condition) });
  if (schedule.condition && task.duration)
    properties.push({ name: "X-MD-MINUTES-DURATION", value: textValue(task.duration) });
  return { name: "VTODO", properties };
}

/**
 * For calendars that ignore VTODO: a VEVENT (§3.6.1) at the deadline, recurring from the meeting,
 * or spanning a period from it (see scheduleEvent). TRANSP:TRANSPARENT since a task does not make
 * anyone busy. A task with none of these is returned as the reason it cannot be an event.
 */
export function taskEvent(
  task: Task,
  uid: string,
  context: ExportContext,
): Component | { reason: string } {
  const schedule = scheduleEvent(task, context);
  if ("reason" in schedule) return schedule;
  const owners = ownersOf(task.owners, context);
  const properties: Property[] = [
    ...identityProperties(uid, context),
    { name: "SUMMARY", value: textValue(taskSummary(task)) },
    { name: "DESCRIPTION", value: textValue(taskDescription(task, owners, [], context)) },
    ...schedule.properties,
  ];
  properties.push({ name: "TRANSP", value: "TRANSPARENT" });
  if (task.priority !== null) properties.push({ name: "PRIORITY", value: String(task.priority) });
  properties.push(...taskCommonProperties(task, owners, context));
  return { name: "VEVENT", properties };
}

export function identityProperties(uid: string, context: ExportContext): Property[] {
  return [
    { name: "UID", value: uid },
    { name: "DTSTAMP", value: context.stamp },
    // §3.8.7.4: starts at 0; a vdir sync raises it when the note changes the task.
    { name: "SEQUENCE", value: "0" },
  ];
}

function taskCommonProperties(
  task: Task,
  owners: readonly Owner[],
  context: ExportContext,
): Property[] {
  const properties: Property[] = [{ name: "CATEGORIES", value: textListValue([task.section]) }];
  // §3.8.4.5: RELTYPE defaults to PARENT, which is what the meeting is to its tasks.
  if (context.meetingUid) properties.push({ name: "RELATED-TO", value: context.meetingUid });
  for (const owner of owners) {
    if (owner.email) {
      properties.push({
        name: "ATTENDEE",
        params: [
          ["CN", owner.name],
          ["ROLE", "REQ-PARTICIPANT"],
        ],
        value: mailto(owner.email),
      });
    } else {
      properties.push({ name: "X-MD-MINUTES-OWNER", value: textValue(owner.name) });
    }
  }
  properties.push(...producerProperties(context));
  properties.push({ name: "X-MD-MINUTES-TASK", value: textValue(task.id) });
  // CATEGORIES may be dropped by a client that rewrites the file (todoman 4.1 does); the sync needs the section.
  properties.push({ name: "X-MD-MINUTES-SECTION", value: task.section });
  return properties;
}

/** Everything a reader needs without the note: the full text, who, where it came from. */
export function taskDescription(
  task: Task,
  owners: readonly Owner[],
  unscheduled: readonly string[],
  context: ExportContext,
): string {
  const lines = [taskSummary(task), ""];
  if (owners.length > 0)
    lines.push(
      `Owners: ${owners.map((owner) => (owner.email ? `${owner.name} <${owner.email}>` : owner.name)).join(", ")}`,
    );
  lines.push(`Section: ${SECTION_LABELS[task.section as TaskSectionKind] ?? task.section}`);
  if (task.dueText) lines.push(`As written: ${task.dueText}`);
  lines.push(...unscheduled);
  if (task.status === "done") lines.push("Status: done");
  lines.push(`Meeting: ${describeMeeting(context.minutes)}`);
  const where = sourceLine(context.notePath, task.source.start.line);
  if (where) lines.push(where);
  return lines.join("\n");
}
