/** One count in the summary line: "3 files checked", "1 skipped". */
export interface SummaryCount {
  count: number;
  /** The words after the number, for one and for several: ["file checked", "files checked"]. */
  words: readonly [one: string, several: string];
  /** Shown even when the count is 0 (the core counts are; extra ones only when they happened). */
  always?: boolean;
}

/** What a `check` run counted; later work adds its own counts with `extra`. */
export interface CheckCounts {
  checked: number;
  skipped: number;
  errors: number;
  warnings: number;
  unreadable: number;
  extra?: readonly SummaryCount[];
}

/**
 * The one line `check` writes on stderr when it is done, so that a clean run says what it did:
 * `md-minutes: 12 files checked, 1 skipped, 3 problems (1 error, 2 warnings) in 84 ms`.
 */
export function formatCheckSummary(counts: CheckCounts, milliseconds: number): string {
  const problems = counts.errors + counts.warnings;
  const parts: SummaryCount[] = [
    { count: counts.checked, words: ["file checked", "files checked"], always: true },
    { count: counts.skipped, words: ["skipped", "skipped"], always: true },
    { count: counts.unreadable, words: ["unreadable", "unreadable"] },
    ...(counts.extra ?? []),
  ];
  const text = parts
    .filter((part) => part.always || part.count > 0)
    .map((part) => `${part.count} ${part.words[part.count === 1 ? 0 : 1]}`);
  const detail = `${counts.errors} ${plural(counts.errors, "error")}, ${counts.warnings} ${plural(counts.warnings, "warning")}`;
  text.push(`${problems} ${plural(problems, "problem")} (${detail})`);
  return `md-minutes: ${text.join(", ")} in ${Math.round(milliseconds)} ms\n`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/**
 * Colour on a terminal, by the common conventions: FORCE_COLOR (other than "0" or "false")
 * forces it, even over NO_COLOR, as Node itself does; NO_COLOR (non-empty) turns it off.
 */
export function useColor(
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR) return false;
  return isTTY;
}
