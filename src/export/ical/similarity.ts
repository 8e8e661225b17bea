import { fold } from "../../util/strings.js";

/**
 * Dice coefficient of the word sets of two texts (0..1): "Schedule hotfix deployment for 6 PM"
 * and "Schedule the hotfix deployment for 6 PM today" share most words, unrelated tasks few.
 */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

function words(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}
