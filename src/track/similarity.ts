/**
 * What the similarity of two tasks looks at. `owners` holds one folded first word per owner
 * ("dana" for "Dana Whitfield" and for "@dana"), since notes name the same person differently.
 */
export interface TaskShape {
  words: ReadonlySet<string>;
  /** Short numbers the task names ("node 3"): see taskNumbers. */
  numbers: ReadonlySet<string>;
  owners: ReadonlySet<string>;
  section: string;
}

/**
 * Chosen on fixtures/track/labelled-pairs.json (test/track/similarity.test.ts reports precision
 * and recall there); between the scores of the closest different-task pairs and the loosest
 * rewordings.
 */
export const SIMILARITY_THRESHOLD = 0.8;

// Words carry most of the weight; the same owner and the same section tip a close call.
const WORD_WEIGHT = 0.7;
const OWNER_WEIGHT = 0.2;
const SECTION_WEIGHT = 0.1;

/**
 * A score from 0 to 1: the Dice coefficient of the content words, plus agreement of owners (half
 * when either side names none) and of the section the task is listed in; halved when both name
 * numbers and not the same ones ("edge node 3" and "edge node 4").
 */
export function taskSimilarity(a: TaskShape, b: TaskShape): number {
  let score =
    WORD_WEIGHT * dice(a.words, b.words) +
    OWNER_WEIGHT * ownerAgreement(a.owners, b.owners) +
    SECTION_WEIGHT * (a.section === b.section ? 1 : 0);
  if (a.numbers.size > 0 && b.numbers.size > 0 && !sameSet(a.numbers, b.numbers)) score /= 2;
  return Math.round(score * 1000) / 1000;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function ownerAgreement(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0.5;
  for (const owner of a) if (b.has(owner)) return 1;
  return 0;
}

/**
 * The fewest content words a task of `size` words must share with another for the two to reach
 * the threshold at all, with full owner and section agreement: Dice of `shared` words is at most
 * 2·shared / (size + shared). Linking scores only candidates that share this many, which loses no
 * link and skips most of the tasks that share a common word or two.
 */
export function minSharedWords(size: number): number {
  const dice = (SIMILARITY_THRESHOLD - OWNER_WEIGHT - SECTION_WEIGHT) / WORD_WEIGHT;
  return Math.max(1, Math.ceil((dice * size) / (2 - dice) - 1e-9));
}
