import type { NextMeeting, Task } from "../model/minutes.js";

/** "bring the numbers to the next meeting", "before our next call", "for the next client sync". */
const BY_NEXT_MEETING =
  /\b(?:by|before|for|to|at|until|till|ahead of|in time for)\s+(?:the\s+|our\s+)?next\s+(?:[a-z]+\s+)?(?:meeting|call|sync|session|check-?in)\b/i;

/**
 * Tasks set for the next meeting are due when it starts, once the note says when that is. A
 * task with a deadline of its own, or with deadline words that could not be read, keeps them.
 */
export function dueByNextMeeting(
  tasks: readonly Task[],
  next: NextMeeting | null,
  meetingDate: string | null,
): Task[] {
  const date = next?.date;
  if (!date || (meetingDate && date <= meetingDate)) return [...tasks];
  const due = next.time ? `${date}T${next.time}` : date;
  return tasks.map((task) => {
    if (task.due || task.dueText || task.status === "done") return task;
    const stated = BY_NEXT_MEETING.exec(`${task.title ?? ""} ${task.text}`);
    return stated ? { ...task, due, dueText: stated[0] } : task;
  });
}
