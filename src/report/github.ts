import { type CheckedFile, rangeOf } from "./checked-file.js";
import { stripControlCharacters } from "./plain-text.js";

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns
 * into annotations on the pull request. Data escapes `%`, CR and LF; property values also escape
 * `:` and `,`, which would otherwise end the value. The log is read on a terminal-like page, so
 * control characters from a note are dropped first.
 */
export function formatGithub(files: readonly CheckedFile[]): string {
  let output = "";
  for (const file of files) {
    for (const message of file.messages) {
      const { line, column, endLine, endColumn } = rangeOf(message);
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${line}`,
        `col=${column}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(message.ruleId ?? "md-minutes")}`,
      ].join(",");
      output += `::${message.fatal ? "error" : "warning"} ${properties}::${escapeData(message.reason)}\n`;
    }
  }
  return output;
}

export function escapeData(text: string): string {
  return stripControlCharacters(text)
    .replace(/%/g, "%25")
    .replace(/\r/g, "%0D")
    .replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
