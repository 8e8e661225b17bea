import type { Task } from "../model/minutes.js";
import { isGroupName, isHandle } from "../util/names.js";
import type { ExtractContext } from "./context.js";
import { actorsAtStart } from "./people-in-text.js";
import { ACTION_PREFIX } from "./task-owners.js";

/**
 * Where a second clause may begin: ", and", ", while", "; ", " and ", " while ", " whereas ".
 * Every match opens on a comma, a semicolon or a joining word and cannot fail after it, so the
 * scan stays linear however many spaces follow.
 */
const CLAUSE_JOIN =
  /(?:[,;][ \t]*(?:(?:and|while|whereas)[ \t])?|[ \t](?:and|while|whereas)[ \t])[ \t]*/g;

/**
 * "Kim to post the draft and Noor will review it", "@kim will set up the board; @noor to invite
 * the testers": one sentence that gives work to two takers, each in a clause of their own. The
 * clauses are cut where a join is followed by someone the note knows and a word that gives work
 * ("to", "will"), and only when the words before the join give work to someone too: "Kim and Noor
 * to review" is one task for both, and "Kim will ask Noor to review" one task for Kim.
 */
export function ownerClauses(text: string, context: ExtractContext): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const join of text.matchAll(CLAUSE_JOIN)) {
    const after = join.index + join[0].length;
    const left = text.slice(start, join.index).trim();
    // "Action: Bram will add a note, and Tove will change the format": the label is no taker.
    const opened = left.replace(ACTION_PREFIX, "");
    // "A mailing list will be created and Ines will write the wiki page": a thing that will be
    // done, by no one said, then someone's work.
    if (
      !givesWork(text.slice(after), context) ||
      !(givesWork(opened, context) || WILL_BE_DONE.test(left))
    )
      continue;
    parts.push(left);
    start = after;
  }
  if (parts.length === 0) return [text];
  parts.push(text.slice(start).trim());
  return parts;
}

const WILL_BE_DONE = /^[^,;]{3,80}?\s(?:will|is to|are to|shall)\s+be\s+\p{L}+ed$/u;

/** A clause that opens with takers the note knows, then "to", "will" or the like. */
function givesWork(clause: string, context: ExtractContext): boolean {
  const takers = actorsAtStart(clause, context.people);
  return (
    !!takers &&
    takers.every(
      (name) =>
        context.people.resolve(name).attendeeId !== null ||
        context.people.isKnownPerson(name) ||
        isHandle(name) ||
        isGroupName(name),
    )
  );
}

/**
 * The task read from an item, or one task per taker when its sentence gives work to two (see
 * ownerClauses). A deadline the whole item got from above it (a lead-in, a heading) holds for
 * each clause that states none of its own; one written inside a clause stays with that clause.
 */
export function tasksPerTaker(
  whole: Task,
  build: (text: string) => Task,
  context: ExtractContext,
): Task[] {
  const clauses = ownerClauses(whole.text, context);
  if (clauses.length < 2) return [whole];
  const tasks = clauses.map(build);
  const stated =
    whole.dueText !== null && clauses.some((clause) => clause.includes(whole.dueText!));
  for (const task of tasks) {
    if (task.due || !whole.due || stated || task.status === "done") continue;
    task.due = whole.due;
    task.dueText = whole.dueText;
  }
  return tasks;
}
