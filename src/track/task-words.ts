import type { Task } from "../model/minutes.js";
import { fold, wordsWithoutDeadline } from "../util/strings.js";
import type { TaskShape } from "./similarity.js";

// Words that say nothing about what the task is: articles, prepositions, the "will" and "to" of
// "Dana will send" and "Dana to send", and the words that introduce a deadline.
const STOP_WORDS = new Set(
  (
    "a an the to for of with and or by on in at from into onto about as is are be been will shall " +
    "should must can could would our their its this that these those it we they he she them us " +
    "up out due before until till after all any some each per via also then so please next"
  ).split(" "),
);

/**
 * The task's words with case, spacing, punctuation, its block id and the words of its deadline
 * set aside: two notes that write the same task in the same words give the same text, whatever
 * list or table it sits in and whatever date it is due by.
 */
export function normalizedText(task: Pick<Task, "title" | "text" | "dueText">): string {
  const written = `${task.title ?? ""} ${task.text}`.replace(/\s\^[a-z0-9][a-z0-9-]*\s*$/i, " ");
  return wordsWithoutDeadline(written, task.dueText);
}

/**
 * The words that say what the task is, reduced to a rough stem ("shared", "sharing", "share" all
 * read "shar") so that rewordings meet; owner names are left out, since "Beatriz will send" and
 * "Send" are the same task, and so are numbers, which `taskNumbers` keeps apart.
 */
export function contentWords(normalized: string, ownerWords: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  for (const word of normalized.split(" ")) {
    if (word.length < 2 || STOP_WORDS.has(word) || ownerWords.has(word) || /\d/.test(word))
      continue;
    words.add(stem(word));
  }
  return words;
}

/**
 * The short numbers of the text ("node 3", "release 4 3", "site 26"): two tasks that both name
 * numbers and not the same ones are about different things. Four digits and more are years and
 * times left from a deadline, and say nothing about the task.
 */
export function taskNumbers(normalized: string): Set<string> {
  const numbers = new Set<string>();
  for (const word of normalized.split(" ")) if (/^\d{1,3}$/.test(word)) numbers.add(word);
  return numbers;
}

function stem(word: string): string {
  let stemmed = word;
  if (stemmed.length > 5 && stemmed.endsWith("ing")) stemmed = stemmed.slice(0, -3);
  else if (stemmed.length > 4 && stemmed.endsWith("ed")) stemmed = stemmed.slice(0, -2);
  else if (stemmed.length > 3 && stemmed.endsWith("ies")) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.length > 3 && stemmed.endsWith("s") && !stemmed.endsWith("ss"))
    stemmed = stemmed.slice(0, -1);
  if (stemmed.length > 3 && stemmed.endsWith("e")) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/** The folded words of owner names ("@Dana", "Dana Whitfield"), to leave out of content words. */
export function ownerWords(owners: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const owner of owners)
    for (const word of fold(owner).split(/[^a-z0-9]+/)) if (word.length > 1) words.add(word);
  return words;
}

/** What similarity compares: content words, one folded first name per owner, the section. */
export function taskShape(
  normalized: string,
  owners: readonly string[],
  section: string,
): TaskShape {
  return {
    words: contentWords(normalized, ownerWords(owners)),
    numbers: taskNumbers(normalized),
    owners: new Set(owners.map((owner) => fold(owner).split(/[^a-z0-9]+/)[0] ?? "")),
    section,
  };
}

/** The first words that say what the task is, unstemmed, for an id a person can read. */
export function leadingWords(
  normalized: string,
  owners: readonly string[],
  count: number,
): string[] {
  const names = ownerWords(owners);
  return normalized
    .split(" ")
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !names.has(word))
    .slice(0, count);
}
