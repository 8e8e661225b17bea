import { parseMinutes, type Task } from "../../src/index.js";

/** An owner as the tests compare it: the attendee it resolved to, or its kind and name. */
export function ownerKey(owner: Task["owners"][number]): string {
  return owner.attendeeId ?? `${owner.kind}:${owner.name}`;
}

/** Each task as its text and its owners' keys, in the order given. */
export function textAndOwners(tasks: readonly Task[]): Array<[string, string[]]> {
  return tasks.map((task) => [task.text, task.owners.map(ownerKey)]);
}

/** Each task as its text, its owners' keys and its deadline, in the order given. */
export function textOwnersAndDue(tasks: readonly Task[]): Array<[string, string[], string | null]> {
  return tasks.map((task) => [task.text, task.owners.map(ownerKey), task.due]);
}

/** The head of a note the tests write: title, date, attendees and an optional section heading. */
export interface NoteHead {
  title: string;
  date: string;
  attendees: string;
  heading?: string;
}

/** A note of that head with `body` below it. */
export function noteWith(head: NoteHead, body: string): string {
  const heading = head.heading ? [`## ${head.heading}`, ""] : [];
  return [
    `# ${head.title}`,
    "",
    `Date: ${head.date}`,
    "",
    `Attendees: ${head.attendees}`,
    "",
    ...heading,
    body,
  ].join("\n");
}

/** Every task (action items, then commitments) of the note as its text and owners' keys. */
export function tasksIn(markdown: string): Array<[string, string[]]> {
  const minutes = parseMinutes(markdown);
  return textAndOwners([...minutes.actionItems, ...minutes.commitments]);
}

/** Each task as its text, its owners' keys, its deadline and whether it is done. */
export function textOwnersDueAndStatus(
  tasks: readonly Task[],
): Array<[string, string[], string | null, Task["status"]]> {
  return tasks.map((task) => [task.text, task.owners.map(ownerKey), task.due, task.status]);
}
