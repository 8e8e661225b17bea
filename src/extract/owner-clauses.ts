import type { Task } from "../model/minutes.js";
import { ARROWS } from "../util/lexicon.js";
import { isGroupName, isHandle } from "../util/names.js";
import { unclosedBracket } from "../util/strings.js";
import type { ExtractContext } from "./context.js";
import { plainLabel } from "./labels.js";
import { actorsAtStart, namesSomeone, presentTenseDoers } from "./people-in-text.js";
import { opensWithImperative } from "./task-language.js";
import { ACTION_PREFIX } from "./task-owners.js";

/**
 * Where a second clause may begin: ", and", ", while", ", then", "; ", " and ", " while ",
 * " whereas ", " and then ", and " and that " in what a meeting agreed ("agreed that Kim will
 * ... and that Noor will ..."). Every match opens on a comma, a semicolon or a joining word and
 * cannot fail after it, so the scan stays linear however many spaces follow.
 */
const CLAUSE_JOIN =
  /(?:[,;][ \t]*(?:(?:and(?:[ \t](?:then|that))?|then|while|whereas)[ \t])?|[ \t](?:and(?:[ \t](?:then|that))?|while|whereas|[—–-])[ \t])[ \t]*/g;

/** "On our side, Kim will ...", "From their end, ...", "Meanwhile, ...": a lead before the taker. */
const SIDE_LEAD =
  /^(?:(?:on|from|for)\s+(?:our|their|my|the\s+[\p{L}-]+(?:['’]s)?|[\p{Lu}][\p{L}-]*['’]s)\s+(?:side|end|part)|meanwhile|in turn|in addition|additionally|separately|also)\s*,\s*/iu;

/**
 * "The board resolved that", "It was agreed that": what the meeting agreed opens the sentence,
 * and in reported minutes each taker's clause says "would" or "should" for "will".
 */
export const AGREED_LEAD =
  /^(?:(?:it was|we|all|everyone|the\s+[\p{L}-]+)\s+)?(?:(?:have|has|had)\s+)?(?:agreed|decided|resolved)[,:]?\s+(?:that\s+)?/iu;
/**
 * "It was agreed that Tom would circulate ...", "We agreed that Kim should draft ...": minutes
 * report the decision in the past; its "would" or "should" is a "will".
 */
export const REPORTED_TAKER =
  /^([^,;]{1,60}?)\s+(?:would|should)\s+(?!(?:not|like|love|prefer|be|have)\b)/i;

/**
 * "Kim to post the draft and Noor will review it", "@kim will set up the board; @noor to invite
 * the testers": one sentence that gives work to two takers, each in a clause of their own. The
 * clauses are cut where a join is followed by someone the note knows and a word that gives work
 * ("to", "will"), and only when the words before the join give work to someone too: "Kim and Noor
 * to review" is one task for both, and "Kim will ask Noor to review" one task for Kim.
 */
export function ownerClauses(written: string, context: ExtractContext): string[] {
  const parts: string[] = [];
  let start = 0;
  // "It was agreed that Kim would send it and Noor would book the room": read as "will", which
  // keeps every offset, since the cuts are made in the written words.
  const text = AGREED_LEAD.test(written) ? reportedAsWill(written) : written;
  for (const join of text.matchAll(CLAUSE_JOIN)) {
    const after = join.index + join[0].length;
    const left = text.slice(start, join.index).trim();
    // "Ana to host (cups and plates, Ben to bring), Kim to sweep": no cut inside a bracket.
    if (unclosedBracket(left)) continue;
    // "Action: Bram will add a note, and Tove will change the format": the label is no taker, nor
    // the topic before an arrow ("Search export -> Bram will fix the query and Tove will ...").
    const unlabelled = left
      .replace(ACTION_PREFIX, "")
      .replace(TOPIC_BEFORE_ARROW, "")
      .replace(AGREED_LEAD, "")
      .replace(SIDE_LEAD, "");
    // "Party: Ana to host, Ben to bring the cups": a topic's label before the first taker.
    const topic = plainLabel(unlabelled);
    const opened =
      topic && context.people.resolve(topic.label).attendeeId === null ? topic.value : unlabelled;
    // "A shared inbox will be opened and Ines will write the wiki page": a thing that will be
    // done, by no one said, then someone's work.
    // "I'll write the summary and Odile will book the call": the writer's promise first.
    const right = text.slice(after);
    const writerFirst =
      WRITERS_CLAUSE.test(opened) && (WILL_CLAUSE.test(right) || OUR_CLAUSE.test(right));
    const leftGives = givesWork(opened, context) || writerFirst;
    // "Noor will write to the vendor and Marek will draft a script": after a clause that gives
    // work to someone the note knows, a name-shaped taker the note does not list takes the rest
    // with "will"; with "to" the name may be one more person to work with ("Noor to work with
    // Ilse and Marek to settle it").
    const takers = leftGives && WILL_CLAUSE.test(right) ? "name-shaped" : "known";
    // "John will write the intro, and Wayne will lead the survey": with "will" on both sides,
    // name-shaped takers on both, whether or not the note lists them.
    const willBoth = WILL_CLAUSE.test(opened) && WILL_CLAUSE.test(right);
    // "I'll write it up, and we'll set up a call": the writers' clause after the writer's.
    const writers = WRITERS_CLAUSE.test(right) || (writerFirst && OUR_CLAUSE.test(right));
    const rightGives = givesWork(right, context, willBoth ? "name-shaped" : takers) || writers;
    const leftByName =
      rightGives && (willBoth || writers) && givesWork(opened, context, "name-shaped");
    // "Kim: send the deck; Noor: book the room": attendees' labels over orders, between semicolons.
    // In an item whose label was read already, the first clause is its order alone.
    // "Kim: send the deck; @lee to review it": a label's order, then someone else's clause.
    const labelsBoth =
      join[0].startsWith(";") &&
      (ordersTaker(right, context) || rightGives) &&
      (ordersTaker(opened, context) || (start === 0 && opensWithImperative(opened)));
    // "Greta to ping HR; Tamsin to review the plan": between semicolons, each clause its own
    // taker's work, whether or not the note lists them (a one-to-one keeps no roster).
    const semicolonBoth =
      join[0].startsWith(";") &&
      givesWork(opened, context, "name-shaped") &&
      givesWork(right, context, "name-shaped");
    // "Odile drafts the plan, then Pim reviews it": two attendees' work, each in the present.
    const presentBoth =
      presentTenseDoers(opened, context.people) !== null &&
      presentTenseDoers(right, context.people) !== null;
    // "I'll fix it and then I'll tell them": one voice goes on, and the sentence is one task.
    const oneVoice = WRITERS_CLAUSE.test(opened) && WRITERS_CLAUSE.test(right);
    // "Read up on the intake form - Kim to send the link": an order no one takes, then a dash
    // and someone else's work. A short lead ("Search export - Bram to fix it") is its topic, and
    // "Fix the export - Kim will take a look" or "- Kim to do this" gives the one piece of work.
    const dashed = /[—–-]/.test(join[0]);
    const orderThenTaker =
      dashed &&
      start === 0 &&
      opensWithImperative(opened) &&
      opened.split(/\s+/).length >= 3 &&
      TAKER_TO.test(right) &&
      !REFERS_BACK.test(right);
    if (
      oneVoice ||
      (dashed && !orderThenTaker) ||
      (!labelsBoth &&
        !semicolonBoth &&
        !presentBoth &&
        (!rightGives || !(leftGives || leftByName || orderThenTaker || WILL_BE_DONE.test(left))))
    )
      continue;
    parts.push(written.slice(start, join.index).trim());
    start = after;
  }
  parts.push(written.slice(start).trim());
  return parts.flatMap((part) => asideOfItsOwn(part, context));
}

/** Each clause's "would"/"should" after its taker as "will ", padded to keep the offsets. */
export function reportedAsWill(written: string): string {
  return written
    .split(/(?<=[,;]|\band\b)/)
    .map((part) =>
      part.replace(REPORTED_TAKER, (whole, taker: string) =>
        `${taker} will `.padEnd(whole.length, " "),
      ),
    )
    .join("");
}

/** "Noor: book the room": an attendee's name as the label of an order. */
function ordersTaker(clause: string, context: ExtractContext): boolean {
  const labelled = plainLabel(clause);
  return (
    !!labelled &&
    context.people.resolve(labelled.label).attendeeId !== null &&
    opensWithImperative(labelled.value)
  );
}

const CLOSING_ASIDE = /^(.{8,}?)\s*\((@?\p{Lu}[^()]{4,160})\)\s*\.?$/u;

/**
 * "Kim will fix the export (Noor to tell the users)": a clause that gives work to someone, closed
 * by a bracket that gives other work to someone else, holds two tasks. A bracket after work no
 * one takes names its taker ("Fix the export (Noor to do it)") and stays with it.
 */
function asideOfItsOwn(clause: string, context: ExtractContext): string[] {
  const aside = CLOSING_ASIDE.exec(clause);
  if (!aside) return [clause];
  const [, outer, inner] = aside as unknown as [string, string, string];
  const outerGives =
    givesWork(outer, context) ||
    (WILL_CLAUSE.test(outer) && givesWork(outer, context, "name-shaped"));
  if (!outerGives || !givesWork(inner, context)) return [clause];
  const outerTakers = actorsAtStart(outer, context.people) ?? [];
  const innerTakers = actorsAtStart(inner, context.people) ?? [];
  const same = innerTakers.every((name) => outerTakers.includes(name));
  return same ? [clause] : [outer.trim(), inner.trim()];
}

/**
 * "Kim to send the link", "Ana and Ben to review the deck": takers, then "to", a verb and what it
 * acts on. "Kim to do", "Ana to lead" only say who does the work before the dash.
 */
const TAKER_TO = /^[^;,.]{1,40}?\sto\s+\p{Ll}+\s+\S/u;
/** "... to do this", "... to take care of it": the work named before, not work of its own. */
const REFERS_BACK = /\s(?:this|that|it|them)\s*[.!]?\s*$/i;

// "Tove, Ines and Kim will ...": the names before "will" may be a list.
const WILL_CLAUSE = /^[^;]{1,40}?\s(?:will|shall)\s/;
const TOPIC_BEFORE_ARROW = new RegExp(String.raw`^[^,;]{2,80}?\s(?:${ARROWS}|--|[–—])\s+(?=\S)`);
const WILL_BE_DONE = /^[^,;]{3,80}?\s(?:will|is to|are to|shall)\s+be\s+\p{L}+ed$/u;

/**
 * "... and I'll check the contract dates", "... and we'll set up a call": the writers' own clause
 * after someone else's work, or before it, as a recap written in the first person says it.
 * Whether it promises work is for the readers of the clause to say.
 */
const WRITERS_CLAUSE = /^I(?:\s+will|\s+shall|['’]ll|['’]m going to|\s+am going to)\s/u;
const OUR_CLAUSE = /^[Ww]e(?:\s+will|\s+shall|['’]ll|['’]re going to|\s+are going to)\s/u;

/**
 * A clause that opens with takers, then "to", "will" or the like: takers the note knows, or with
 * `"name-shaped"` also anyone written as a name.
 */
function givesWork(
  clause: string,
  context: ExtractContext,
  takers: "known" | "name-shaped" = "known",
): boolean {
  const names = actorsAtStart(clause, context.people);
  return (
    !!names &&
    names.every(
      (name) =>
        context.people.resolve(name).attendeeId !== null ||
        context.people.isKnownPerson(name) ||
        isHandle(name) ||
        isGroupName(name) ||
        (takers === "name-shaped" && namesSomeone(name, context.people)),
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
  // "Kim: send the deck; Noor: book the room": the item's label was the first clause's taker,
  // where no later clause names the same.
  const key = (owner: Task["owners"][number]) => owner.attendeeId ?? owner.name.toLowerCase();
  const later = new Set(tasks.slice(1).flatMap((task) => task.owners.map(key)));
  if (tasks[0]!.owners.length === 0 && !whole.owners.some((owner) => later.has(key(owner))))
    tasks[0]!.owners = [...whole.owners];
  const stated =
    whole.dueText !== null && clauses.some((clause) => clause.includes(whole.dueText!));
  for (const task of tasks) {
    if (task.due || !whole.due || stated || task.status === "done") continue;
    task.due = whole.due;
    task.dueText = whole.dueText;
  }
  return tasks;
}
