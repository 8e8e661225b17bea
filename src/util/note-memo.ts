/**
 * Answers of pure checks that a note asks again and again with the same words (the group-name
 * check, a heading's kind: half or more of their calls within a note repeat one), remembered
 * while one note is read and forgotten when it is done. Outside a read (a rule, a test) nothing
 * is kept, so no table outlives the note it was filled from.
 */

const tables: Array<Map<string, unknown>> = [];
let reading = 0;

/** A table for one check, empty whenever no note is being read. */
export function noteMemo<V>(): Map<string, V> {
  const table = new Map<string, V>();
  tables.push(table as Map<string, unknown>);
  return table;
}

/** Runs the read of one note with the tables in use, and empties them when it ends. */
export function whileReadingNote<T>(run: () => T): T {
  reading++;
  try {
    return run();
  } finally {
    reading--;
    if (reading === 0) for (const table of tables) table.clear();
  }
}

/** Whether a note is being read, so that answers may be remembered. */
export function remembering(): boolean {
  return reading > 0;
}
