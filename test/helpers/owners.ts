import type { Task } from "../../src/index.js";

/** An owner as the tests compare it: the attendee it resolved to, or its kind and name. */
export function ownerKey(owner: Task["owners"][number]): string {
  return owner.attendeeId ?? `${owner.kind}:${owner.name}`;
}

/** Each task as its text and its owners' keys, in the order given. */
export function textAndOwners(tasks: readonly Task[]): Array<[string, string[]]> {
  return tasks.map((task) => [task.text, task.owners.map(ownerKey)]);
}
