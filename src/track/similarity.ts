/**
 * What the similarity of two tasks looks at. `owners` holds one folded first word per owner
 * ("dana" for "Dana Whitfield" and for "@dana"), since notes name the same person differently.
 */
export interface TaskShape {
  words: ReadonlySet<string>;
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
 * when either side names none) and of the section the task is listed in.
 */
export function taskSimilarity(a: TaskShape, b: TaskShape): number {
  const score =
    WORD_WEIGHT * dice(a.words, b.words) +
    OWNER_WEIGHT * ownerAgreement(a.owners, b.owners) +
    SECTION_WEIGHT * (a.section === b.section ? 1 : 0);
  return Math.round(score * 1000) / 1000;
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
