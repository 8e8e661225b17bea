import { type Minutes, TASK_SECTIONS, type Task } from "../../model/minutes.js";
import type { Source } from "../../model/source.js";
import type { NoteText } from "../note-text.js";

/** Every task of the note, section by section in the order of TASK_SECTIONS. */
export function allTasks(minutes: Minutes): Task[] {
  return TASK_SECTIONS.flatMap((kind) => minutes[kind]);
}

/** The task's own words on its first line: the list marker and checkbox are not the problem. */
export function taskSpan(task: Task, text: NoteText): Source {
  return text.firstLine(task.source);
}

/** The deadline phrase inside the task, else the task's first line. */
export function dueSpan(task: Task, text: NoteText): Source {
  const line = taskSpan(task, text);
  const narrowed = text.narrow(task.source, task.dueText);
  return narrowed === task.source ? line : narrowed;
}

/** A short quote of the task for messages. */
export function quote(task: Task): string {
  const words = task.title ? `${task.title}: ${task.text}` : task.text;
  return words.length > 60 ? `${words.slice(0, 57)}…` : words;
}
