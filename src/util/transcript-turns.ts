import { looksLikeName } from "./names.js";

/**
 * A speaker's name and the time they began, alone on a line: "Kim Lee  10:02", "Ana Ruiz 0:14:05",
 * "Kim Lee 10:02 AM".
 */
export const TRANSCRIPT_TURN =
  /^(?:\*\*|__)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\*\*|__)?\s+(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$/u;

const TURN_LINES = new RegExp(TRANSCRIPT_TURN.source, "gmu");

/**
 * The names of a transcript's turns: two speakers at least, one of whom speaks again, each with a
 * full name. An agenda's times ("Welcome Remarks 10:00", "Lunch Break 12:30") name no one twice.
 */
export function transcriptSpeakers(text: string): ReadonlySet<string> {
  if (!/\d:\d\d/.test(text)) return new Set();
  const turns = new Map<string, number>();
  for (const match of text.matchAll(TURN_LINES)) {
    const name = match[1]!;
    turns.set(name, (turns.get(name) ?? 0) + 1);
  }
  const names = [...turns.keys()];
  const people =
    names.length >= 2 &&
    [...turns.values()].some((count) => count >= 2) &&
    names.every((name) => /\s/.test(name) && looksLikeName(name, true));
  return people ? new Set(names) : new Set();
}
