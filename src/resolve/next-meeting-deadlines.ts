import type { NextMeeting, Task } from "../model/minutes.js";
import { MEETING_NOUNS, MONTH_WORD, monthNumber } from "../util/lexicon.js";

/** "next Tuesday's all-hands" names its own day: the meeting after the next one may be meant. */
const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";

/** Words that make the next meeting what is done or talked about, not when. */
const MEETING_ITSELF =
  "schedule|plan|arrange|book|organi[sz]e|set up|cancel|announce|reschedule|move|call|about|of|on|in|the|our|a|this|that|is|was";

/**
 * "bring the numbers to the next meeting", "before our next call", "for the next client sync",
 * "by the next plenum", "by next time", "before we meet again", the next meeting alone in a
 * closing bracket or after a dash ("(next meeting)", "— next call"), and closing what someone
 * will do ("Kim will report back next meeting"), where it is not what is done ("schedule next
 * meeting") or talked about ("notes of next meeting").
 */
const BY_NEXT_MEETING = new RegExp(
  `\\b(?:by|before|for|to|at|until|till|ahead of|in time for)\\s+(?:(?:the\\s+|our\\s+)?next\\s+(?:(?!${WEEKDAY})[a-z]+['’]?s?\\s+)?${MEETING_NOUNS}\\b|next time\\b|we (?:next )?meet(?: again| next)?\\b)|[([]\\s*(?:the\\s+)?next\\s+${MEETING_NOUNS}\\s*[)\\]]|\\s[–—-]\\s+(?:the\\s+)?next\\s+${MEETING_NOUNS}\\s*$|(?<=\\p{L}\\s)(?<!\\b(?:${MEETING_ITSELF})\\s)next\\s+${MEETING_NOUNS}\\s*[.!]?\\s*$`,
  "iu",
);

/** "Next call", "before the next sync" as all a due column says. */
const NEXT_MEETING_ALONE = new RegExp(
  `^(?:(?:by|before|for|at|until|till|ahead of)\\s+)?(?:the\\s+|our\\s+)?next\\s+(?:(?!${WEEKDAY})[a-z]+['’]?s?\\s+)?${MEETING_NOUNS}\\.?$|^next time$`,
  "i",
);

/** Whether a due column's words name the next meeting and nothing else. */
export function namesNextMeetingAlone(words: string): boolean {
  return NEXT_MEETING_ALONE.test(words.trim());
}

/** Whether the words set the work for the next meeting, whether or not the note says when it is. */
export function setForNextMeeting(words: string): boolean {
  return BY_NEXT_MEETING.test(words);
}

/** "for the April meeting", "before the May board meeting": a meeting named by its month. */
const BY_MONTHS_MEETING = new RegExp(
  `\\b(?:by|before|for|to|at|until|till|ahead of|in time for)\\s+(?:the\\s+|our\\s+)?(${MONTH_WORD})\\s+(?:[a-z]+\\s+)?${MEETING_NOUNS}\\b`,
  "i",
);

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
    // A due column's "Next call" is kept as its words until the next meeting's day is known.
    const column = task.dueText && namesNextMeetingAlone(task.dueText) ? task.dueText : null;
    if (task.due || (task.dueText && !column) || task.status === "done") return task;
    if (column) return { ...task, due, dueText: column };
    const words = `${task.title ?? ""} ${task.text}`;
    // The month's meeting is the next one when the next one falls in that month.
    const byMonth = BY_MONTHS_MEETING.exec(words);
    const stated =
      BY_NEXT_MEETING.exec(words) ??
      (byMonth && monthNumber(byMonth[1]!) === Number(date.slice(5, 7)) ? byMonth : null);
    return stated
      ? { ...task, due, dueText: stated[0].replace(/^[\s–—([-]+|[\s)\]]+$/g, "") }
      : task;
  });
}
