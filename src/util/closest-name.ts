import { fold } from "./strings.js";

/**
 * The attendee a misspelt or unknown owner most likely means: same first name, or a name (or
 * one of its words) within a small edit distance. Null when nothing is near enough to suggest.
 */
export function closestAttendee<Person extends { name: string; handle?: string | null }>(
  name: string,
  attendees: readonly Person[],
): Person | null {
  const wanted = normalize(name);
  if (!wanted) return null;
  const wantedFirst = wanted.split(" ")[0]!;
  let best: Person | null = null;
  let bestDistance = Infinity;
  for (const attendee of attendees) {
    const full = normalize(attendee.name);
    const words = full.split(" ");
    if (words.length > 1 && words[0] === wantedFirst) return attendee;
    const candidates = [full, ...words, normalize(attendee.handle ?? "")].filter(
      (candidate) => candidate.length > 1,
    );
    for (const candidate of candidates) {
      const distance = editDistance(wanted, candidate, 3);
      if (distance < bestDistance && distance <= allowedDistance(candidate)) {
        best = attendee;
        bestDistance = distance;
      }
    }
  }
  return best;
}

function normalize(text: string): string {
  return fold(text)
    .replace(/^@/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Short names tolerate one typo, longer ones two: "Jon" → "John", "Rachael" → "Rachel". */
function allowedDistance(candidate: string): number {
  return candidate.length <= 4 ? 1 : 2;
}

/** Levenshtein distance, giving up (returning limit + 1) once every path exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate a mistyped name most likely means ("--fomat" → "--format", "owner-is-atendee" →
 * "owner-is-attendee"), ignoring case; null when none is within a third of its length in edits.
 */
export function closestName(name: string, candidates: readonly string[]): string | null {
  const wanted = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const limit = Math.max(1, Math.min(3, Math.floor(candidate.length / 3)));
    const distance = editDistance(wanted, candidate.toLowerCase(), limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
