import type { Minutes, Task } from "../model/minutes.js";
import type { LinkKind } from "../model/tracking.js";
import { fingerprint, slugify } from "../util/strings.js";
import {
  minSharedWords,
  SIMILARITY_THRESHOLD,
  type TaskShape,
  taskSimilarity,
} from "./similarity.js";
import { leadingWords, normalizedText, taskShape } from "./task-words.js";

/** A task of one note, read for linking. */
export interface NoteTask {
  task: Task;
  /** Owners by full name when the note knows the attendee, else as written, without "@". */
  owners: string[];
  normalized: string;
  shape: TaskShape;
}

/** One task followed through the notes of a series: each version, with how it was linked. */
export interface Thread {
  /**
   * The block id of its first version, else one made from its first words: the tracked task's
   * id, and a block id the next note can link back by (see formatOpenItems).
   */
  id: string;
  /** Each wording's shape once, by normalized text: most notes repeat a task as it was. */
  shapes: Map<string, TaskShape>;
  versions: Array<{ note: number; item: NoteTask; link: LinkKind; score: number | null }>;
}

/**
 * Where a series' threads can be found by what a new task has: its block id, its normalized
 * text, its content words. Looking up by word is the blocking that keeps linking from comparing
 * every task with every other: only threads sharing a content word are scored.
 */
export interface ThreadIndex {
  /** The series' name, part of the ids made for tasks without a block id. */
  series: string;
  threads: Thread[];
  byBlockId: Map<string, Thread>;
  byText: Map<string, Set<Thread>>;
  byWord: Map<string, Set<Thread>>;
}

export function createThreadIndex(series: string): ThreadIndex {
  return { series, threads: [], byBlockId: new Map(), byText: new Map(), byWord: new Map() };
}

const tasksByNote = new WeakMap<Minutes, readonly NoteTask[]>();

/**
 * The tasks a series follows: every list's items, risks only when something is scheduled about
 * them. Read once per model, however many times it is tracked: `check` reads each note's as the
 * note comes back from its worker, while the others are still being read.
 */
export function noteTasks(minutes: Minutes): readonly NoteTask[] {
  let tasks = tasksByNote.get(minutes);
  if (!tasks) {
    tasks = readNoteTasks(minutes);
    tasksByNote.set(minutes, tasks);
  }
  return tasks;
}

function readNoteTasks(minutes: Minutes): NoteTask[] {
  const tasks = [
    ...minutes.resolutionPlan,
    ...minutes.actionItems,
    ...minutes.commitments,
    ...minutes.risks.filter((risk) => risk.due || risk.recurrence || risk.duration),
  ];
  return tasks.map((task) => {
    const owners = task.owners.map(
      (ref) =>
        minutes.attendees.find((attendee) => attendee.id === ref.attendeeId)?.name ??
        ref.name.replace(/^@/, ""),
    );
    const normalized = normalizedText(task);
    return {
      task,
      owners,
      normalized,
      shape: taskShape(normalized, owners, task.section),
    };
  });
}

/**
 * Adds one note's tasks to the threads: by block id, then by normalized text, then by similarity
 * above the threshold, best pairs first. A thread takes at most one task of a note, so two tasks
 * of one note are never made one.
 */
export function linkNote(index: ThreadIndex, note: number, tasks: readonly NoteTask[]): void {
  const claimed = new Set<Thread>();
  const found = new Map<NoteTask, { thread: Thread; link: LinkKind; score: number | null }>();
  const claim = (item: NoteTask, thread: Thread, link: LinkKind, score: number | null) => {
    claimed.add(thread);
    found.set(item, { thread, link, score });
  };
  for (const item of tasks) {
    const thread = item.task.blockId ? index.byBlockId.get(item.task.blockId) : undefined;
    if (thread && !claimed.has(thread)) claim(item, thread, "block-id", null);
  }
  for (const item of tasks) {
    if (found.has(item)) continue;
    const thread = [...(index.byText.get(item.normalized) ?? [])].find(
      (each) => !claimed.has(each),
    );
    if (thread) claim(item, thread, "text", null);
  }
  const pairs: Array<{ item: NoteTask; thread: Thread; score: number }> = [];
  for (const item of tasks) {
    if (found.has(item)) continue;
    const needed = minSharedWords(item.shape.words.size);
    for (const [thread, shared] of sharedWords(index, item, claimed)) {
      if (shared < needed) continue;
      const score = bestScore(thread, item);
      if (score >= SIMILARITY_THRESHOLD) pairs.push({ item, thread, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const { item, thread, score } of pairs)
    if (!found.has(item) && !claimed.has(thread)) claim(item, thread, "similar", score);
  for (const item of tasks) {
    const match = found.get(item);
    const thread = match?.thread ?? newThread(index, item);
    thread.versions.push({
      note,
      item,
      link: match?.link ?? "first",
      score: match?.score ?? null,
    });
    remember(index, thread, item);
  }
}

function newThread(index: ThreadIndex, item: NoteTask): Thread {
  const wanted = item.task.blockId ?? generatedId(item, index.series);
  let id = wanted;
  for (let n = 2; index.byBlockId.has(id); n++) id = `${wanted}-${n}`;
  const thread: Thread = { id, shapes: new Map(), versions: [] };
  index.threads.push(thread);
  index.byBlockId.set(id, thread);
  return thread;
}

/** A block id the author could have written: the first words, and a fingerprint for uniqueness. */
function generatedId(item: NoteTask, series: string): string {
  const words = slugify(leadingWords(item.normalized, item.owners, 4).join(" "));
  return `${words || "task"}-${fingerprint(`${series}\u0001${item.task.id}`).slice(0, 4)}`;
}

/** Unclaimed threads that share content words with the task, and how many (any wording's). */
function sharedWords(
  index: ThreadIndex,
  item: NoteTask,
  claimed: ReadonlySet<Thread>,
): Map<Thread, number> {
  const shared = new Map<Thread, number>();
  for (const word of item.shape.words)
    for (const thread of index.byWord.get(word) ?? [])
      if (!claimed.has(thread)) shared.set(thread, (shared.get(thread) ?? 0) + 1);
  return shared;
}

/** A task may be reworded back, so each earlier wording of the thread counts. */
function bestScore(thread: Thread, item: NoteTask): number {
  let best = 0;
  for (const shape of thread.shapes.values())
    best = Math.max(best, taskSimilarity(shape, item.shape));
  return best;
}

function remember(index: ThreadIndex, thread: Thread, item: NoteTask): void {
  thread.shapes.set(item.normalized, item.shape);
  if (item.task.blockId) index.byBlockId.set(item.task.blockId, thread);
  addTo(index.byText, item.normalized, thread);
  for (const word of item.shape.words) addTo(index.byWord, word, thread);
}

function addTo(map: Map<string, Set<Thread>>, key: string, thread: Thread): void {
  const set = map.get(key);
  if (set) set.add(thread);
  else map.set(key, new Set([thread]));
}
