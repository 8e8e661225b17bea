import { type CheckedFile, countBySeverity, type ReportOptions, rangeOf } from "./checked-file.js";
import { ANSI_COLORS, NO_COLORS } from "./colors.js";
import { printableLine } from "./plain-text.js";

/**
 * ESLint's "stylish" layout: a block per file, then a total; in colour when `options.color` is
 * set. Text from a note goes to a terminal here, so control characters are dropped from it.
 */
export function formatStylish(files: readonly CheckedFile[], options?: ReportOptions): string {
  const colors = options?.color ? ANSI_COLORS : NO_COLORS;
  let output = "";
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    if (file.messages.length === 0) continue;
    const counts = countBySeverity(file.messages);
    errors += counts.errorCount;
    warnings += counts.warningCount;
    const rows = file.messages.map((message) => {
      const { line, column } = rangeOf(message);
      return [
        `${line}:${column}`,
        message.fatal ? "error" : "warning",
        printableLine(message.reason),
        printableLine(message.ruleId ?? ""),
      ] as const;
    });
    // Widths come from the plain text, so that colour codes do not skew the columns.
    const widths = [0, 1, 2].map((index) => Math.max(...rows.map((row) => row[index]!.length)));
    output += `${colors.underline(printableLine(file.path))}\n`;
    for (const [place, severity, reason, ruleId] of rows) {
      const painted = severity === "error" ? colors.red : colors.yellow;
      const line = `  ${colors.dim(place.padEnd(widths[0]!))}  ${painted(severity.padEnd(widths[1]!))}  ${reason.padEnd(widths[2]!)}  ${ruleId ? colors.dim(ruleId) : ""}`;
      output += `${line.trimEnd()}\n`;
    }
    output += "\n";
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `✖ ${total} ${plural(total, "problem")} (${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")})`;
  return `${output}${colors.bold((errors > 0 ? colors.red : colors.yellow)(summary))}\n`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
