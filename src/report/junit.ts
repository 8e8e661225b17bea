import { type CheckedFile, countBySeverity, rangeOf } from "./checked-file.js";
import { stripControlCharacters } from "./plain-text.js";

/** JUnit XML: one testcase per note, a failure when it has errors; warnings go to system-out. */
export function formatJunit(files: readonly CheckedFile[]): string {
  const failing = files.filter((file) => countBySeverity(file.messages).errorCount > 0).length;
  let output = `<?xml version="1.0" encoding="UTF-8"?>\n`;
  output += `<testsuites name="md-minutes" tests="${files.length}" failures="${failing}" errors="0">\n`;
  output += `  <testsuite name="md-minutes check" tests="${files.length}" failures="${failing}" errors="0" skipped="0">\n`;
  for (const file of files) {
    const errors = file.messages.filter((message) => message.fatal);
    const warnings = file.messages.filter((message) => !message.fatal);
    output += `    <testcase classname="md-minutes" name="${escapeXml(file.path)}" file="${escapeXml(file.path)}">`;
    if (errors.length === 0 && warnings.length === 0) {
      output += `</testcase>\n`;
      continue;
    }
    output += "\n";
    if (errors.length > 0) {
      const summary = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
      output += `      <failure message="${escapeXml(summary)}" type="md-minutes">${escapeXml(lines(file.path, errors))}</failure>\n`;
    }
    if (warnings.length > 0)
      output += `      <system-out>${escapeXml(lines(file.path, warnings))}</system-out>\n`;
    output += `    </testcase>\n`;
  }
  return `${output}  </testsuite>\n</testsuites>\n`;
}

function lines(path: string, messages: CheckedFile["messages"]): string {
  return messages
    .map((message) => {
      const { line, column } = rangeOf(message);
      return `${path}:${line}:${column}: ${message.reason}${message.ruleId ? ` (${message.ruleId})` : ""}`;
    })
    .join("\n");
}

// XML 1.0 forbids most control characters even escaped, and CI pages show the rest to a person,
// so they are dropped.
export function escapeXml(text: string): string {
  return stripControlCharacters(text)
    .replace(/[\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
