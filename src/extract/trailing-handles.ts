/** Handles that close a task, "Ship the fix - @lisa, @raj": where they start and what they are. */
export interface TrailingHandles {
  /** Where the handles (with a dash or comma before them) begin. */
  index: number;
  handles: string[];
}

/**
 * Reads handles backwards from the end of the text, without a regular expression: the pattern
 * "handles separated by optional commas, `&` or `and`" backtracks exponentially as a regex
 * (20 repetitions of "@a " and a final "x" took 180 ms, each more doubling it).
 */
export function trailingHandles(text: string): TrailingHandles | null {
  const handles: string[] = [];
  let position = text.length;
  for (;;) {
    let cursor = skipSpacesBack(text, position);
    const separator = separatorBefore(text, cursor);
    if (separator !== cursor) cursor = skipSpacesBack(text, separator);
    const start = handleStartBefore(text, cursor);
    if (start === -1) break;
    handles.unshift(text.slice(start, cursor));
    position = start;
  }
  if (handles.length === 0) return null;
  let index = skipSpacesBack(text, position);
  if (index > 0 && "-–—,".includes(text[index - 1]!)) index = skipSpacesBack(text, index - 1);
  return { index, handles };
}

function skipSpacesBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/** Where a `,`, `&` or a whole-word `and` ending at `end` starts; `end` when there is none. */
function separatorBefore(text: string, end: number): number {
  const last = text[end - 1];
  if (last === "," || last === "&") return end - 1;
  if (text.slice(end - 3, end) === "and" && end - 3 > 0 && /\s/.test(text[end - 4]!))
    return end - 3;
  return end;
}

/** Where a handle (`@` then a letter or digit, then word characters, dots or dashes) ending at `end` starts, or -1. */
function handleStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && /[\w.-]/.test(text[i - 1]!)) i--;
  if (i === end || i === 0 || text[i - 1] !== "@" || !/[A-Za-z0-9]/.test(text[i]!)) return -1;
  // "bob@example.com" is an address, not a handle.
  if (i - 1 > 0 && /\w/.test(text[i - 2]!)) return -1;
  return i - 1;
}
