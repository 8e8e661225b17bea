import { type CheckedFile, countBySeverity, rangeOf } from "./checked-file.js";

/** ESLint's "stylish" layout, without colours: a block per file, then a total. */
export function formatStylish(files: readonly CheckedFile[]): string {
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
        message.reason,
        message.ruleId ?? "",
      ];
    });
    const widths = [0, 1, 2].map((index) => Math.max(...rows.map((row) => row[index]!.length)));
    output += `${file.path}\n`;
    for (const row of rows)
      output +=
        `  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]!.padEnd(widths[2]!)}  ${row[3]}\n`.replace(
          / +\n$/,
          "\n",
        );
    output += "\n";
  }
  const total = errors + warnings;
  if (total === 0) return "";
  return `${output}✖ ${total} ${plural(total, "problem")} (${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")})\n`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
