import type { Task } from "../model/minutes.js";
import { fold, squash, wordsWithoutDeadline } from "../util/strings.js";

type TaskLists = Record<"resolutionPlan" | "actionItems" | "commitments", Task[]>;

/** Where the note's sections start, and the entries of a running log (a heading that is a date). */
export interface NoteLayout {
  sectionStarts: readonly number[];
  entryStarts: readonly number[];
}

const NO_LAYOUT: NoteLayout = { sectionStarts: [], entryStarts: [] };

/** How many of the ascending `starts` lie at or before the task: which section or entry holds it. */
function placeOf(task: Task, starts: readonly number[]): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= task.source.start.offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The task's own words: its text without the deadline's words, case and punctuation. */
const taskWords = (task: Task) => wordsWithoutDeadline(task.text, task.dueText);

// "Chloe" in the discussion and "Chloe Park" in the action list are one attendee.
const ownerKeys = new WeakMap<Task, string>();
function ownerKey(task: Task): string {
  let key = ownerKeys.get(task);
  if (key === undefined) {
    key = task.owners
      .map((owner) => owner.attendeeId ?? fold(owner.name))
      .sort()
      .join("|");
    ownerKeys.set(task, key);
  }
  return key;
}

/**
 * Whether two tasks name the same owners and the same deadline: "Ben is going to send the renewal
 * quote by end of week" in the discussion and "Ben Ode - renewal quote - EOW" in the action list.
 */
function corroborates(earlier: Task, later: Task): Corroboration {
  if (earlier.owners.length === 0 || ownerKey(earlier) !== ownerKey(later)) return "none";
  // "Bertrand to tell QA" in the discussion and "Tell QA about the new date | Bertrand | today"
  // in the list: a deadline one of them leaves out contradicts nothing.
  if (earlier.due === null || later.due === null) return "owners";
  return earlier.due === later.due ? "owners and deadline" : "none";
}

/** What two tasks share besides words: the owners alone, or the owners and the deadline. */
type Corroboration = "none" | "owners" | "owners and deadline";

/** Whether `later` adds nothing to `earlier` that contradicts it: another deadline or other owners. */
function agrees(earlier: Task, later: Task): boolean {
  if (earlier.due && later.due && earlier.due !== later.due) return false;
  if (earlier.owners.length > 0 && later.owners.length > 0 && ownerKey(earlier) !== ownerKey(later))
    return false;
  return earlier.status === later.status;
}

/**
 * A summary list ("Next steps", "To do") often repeats tasks that an earlier list stated with
 * their owners and deadlines. A later task whose words are an earlier task's words, less the
 * deadline, is the same task: it is dropped, and the owners or deadline it adds go to the
 * earlier one, unless the earlier one was only inferred from the discussion. The same words twice
 * in one section are left for `no-duplicate-actions` to report.
 */
export function withoutRestatements(lists: TaskLists, layout: NoteLayout = NO_LAYOUT): TaskLists {
  const entries = (Object.keys(lists) as Array<keyof TaskLists>).flatMap((kind) =>
    lists[kind].map((task) => ({ kind, task, words: taskWords(task) })),
  );
  entries.sort((a, b) => a.task.source.start.offset - b.task.source.start.offset);
  const first = new Map<string, (typeof entries)[number]>();
  const gists = new GistIndex<(typeof entries)[number]>();
  const merged = new Map<Task, Task>();
  const dropped = new Set<Task>();
  // An inferred task that a stated one replaced, and the stated one that now stands for it.
  const replacedBy = new Map<(typeof entries)[number], (typeof entries)[number]>();
  for (const entry of entries) {
    if (entry.words.split(" ").length < 2) continue;
    const place = {
      section: placeOf(entry.task, layout.sectionStarts),
      entry: placeOf(entry.task, layout.entryStarts),
    };
    const gist = gistOf(entry.words, entry.task);
    // Reworded, only across lists of one meeting: a running log repeats a task in each entry on purpose.
    const found =
      first.get(entry.words) ??
      gists.find(
        gist,
        (other) => other.section !== place.section && other.entry === place.entry,
        (other) => corroborates(other.task, entry.task),
      );
    const earlier = found && (replacedBy.get(found) ?? found);
    if (!earlier) {
      first.set(entry.words, entry);
      gists.add(gist, place, entry);
      continue;
    }
    const known = merged.get(earlier.task) ?? earlier.task;
    const sameWords = squash(known.text) === squash(entry.task.text);
    // "**Actions**" at the top restating, word for word, the actions of the discussion below is
    // one task; the same words twice in one section, or in two entries of a log, stay two.
    const restatedElsewhere =
      placeOf(earlier.task, layout.sectionStarts) !== place.section &&
      placeOf(earlier.task, layout.entryStarts) === place.entry;
    if (
      (earlier.kind === entry.kind && sameWords && !restatedElsewhere) ||
      !agrees(known, entry.task)
    )
      continue;
    // A commitment read from the discussion that the action list below states again: the list's
    // words are the task, as the note's writer chose them.
    if (
      READ_FROM_DISCUSSION.has(known.extractor) &&
      !READ_FROM_DISCUSSION.has(entry.task.extractor)
    ) {
      merged.set(entry.task, withGaps(entry.task, known));
      dropped.add(earlier.task);
      replacedBy.set(found!, entry);
      continue;
    }
    merged.set(earlier.task, withGaps(known, entry.task));
    dropped.add(entry.task);
  }
  const settle = (list: Task[]) =>
    list.filter((task) => !dropped.has(task)).map((task) => merged.get(task) ?? task);
  return {
    resolutionPlan: settle(lists.resolutionPlan),
    actionItems: settle(lists.actionItems),
    commitments: settle(lists.commitments),
  };
}

/** The extractors that read work from the discussion rather than from a list of it. */
const READ_FROM_DISCUSSION: ReadonlySet<string> = new Set([
  "prose-commitment",
  "status-tree-action",
]);

/** `kept`, with the owners or deadline it lacks taken from `other`, the same task written again. */
function withGaps(kept: Task, other: Task): Task {
  return {
    ...kept,
    owners: kept.owners.length > 0 ? kept.owners : other.owners,
    ...(kept.due || kept.dueText
      ? {}
      : { due: other.due, dueText: other.dueText, duration: other.duration }),
  };
}

interface Place {
  section: number;
  entry: number;
}

/**
 * The gists seen so far, by word, so that a task is compared only with those sharing a word with
 * it: comparing every pair was quadratic in a note of thousands of tasks.
 */
class GistIndex<T> {
  private readonly byWord = new Map<string, Array<{ gist: Set<string>; place: Place; value: T }>>();

  add(gist: Set<string>, place: Place, value: T): void {
    const held = { gist, place, value };
    for (const word of gist) {
      const list = this.byWord.get(word);
      if (list) list.push(held);
      else this.byWord.set(word, [held]);
    }
  }

  /** `corroborated` says whether a held value agrees in more than words, so fewer words need match. */
  find(
    gist: ReadonlySet<string>,
    allowed: (place: Place) => boolean,
    corroborated: (value: T) => Corroboration,
  ): T | undefined {
    const tried = new Set<Set<string>>();
    for (const word of gist)
      for (const held of this.byWord.get(word) ?? []) {
        if (tried.has(held.gist)) continue;
        tried.add(held.gist);
        if (!allowed(held.place) || !sameGist(held.gist, gist, "owners and deadline")) continue;
        // The owners and deadline are compared only for gists that are close already.
        if (sameGist(held.gist, gist, "none")) return held.value;
        const corroboration = corroborated(held.value);
        if (corroboration !== "none" && sameGist(held.gist, gist, corroboration)) return held.value;
      }
    return undefined;
  }
}

/**
 * Words that carry no part of what the task is: articles, modals, "need to", and pronouns ("he
 * would check with billing and get back to her" is the list's "Ilse will check with billing
 * and get back to Noor").
 */
const FILLER_WORDS = new Set(
  `a an the to of for and or in on at by with from into our their its is are be will shall should
  would can could may might this that these those it as per any all some via then up out need needs
  i me my we us you your he him his she her they them`.split(/\s+/),
);

/**
 * A task's content words, each cut to its first five letters so that "implementing" is
 * "implementation"; its owners' names are who does it, not what ("Ingrid will return them").
 */
function gistOf(words: string, task: Task): Set<string> {
  const named = new Set(task.owners.flatMap((owner) => fold(owner.name).split(/[^a-z0-9]+/)));
  return new Set(
    words
      .split(" ")
      .filter((word) => word && !FILLER_WORDS.has(word) && !named.has(word))
      .map((word) => (/^\d/.test(word) ? word : word.slice(0, 5))),
  );
}

/**
 * "Begin implementing the modules in parallel" and, in a later summary, "Begin implementation
 * in parallel": the shorter one's words are nearly all the longer one's, and half of the longer's.
 * Numbers must agree where both give some: "Fix #12" is not "Fix #13".
 */
function sameGist(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  corroborated: Corroboration,
): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  // "Ingrid will return them by Dec 4" and "Ingrid - return the redlines - Dec 4": one word left
  // once the pronoun goes, which the same owner and deadline make enough.
  if (small.size < (corroborated === "owners and deadline" ? 1 : 2)) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  const numbers = (set: ReadonlySet<string>) => [...set].filter((word) => /^\d/.test(word));
  const [smallNumbers, largeNumbers] = [numbers(small), numbers(large)];
  if (
    smallNumbers.length > 0 &&
    largeNumbers.length > 0 &&
    smallNumbers.some((number) => !large.has(number))
  )
    return false;
  // A short list item may restate a long sentence of the discussion ("Send the email with the
  // proposed times" for the sentence that also gives the reasons): five or more words, all but a
  // fifth of them the sentence's, are that sentence however long it is.
  // Tasks with the same owners and deadline need only the short one's words in the long one.
  if (corroborated !== "none") return shared >= Math.ceil(small.size * 0.8);
  return shared >= Math.ceil(small.size * 0.8) && (small.size >= 5 || shared * 2 >= large.size);
}
