import { type CheckedFile, countBySeverity, rangeOf, severityOf } from "./checked-file.js";

/** ESLint's JSON shape, so tools that read ESLint results read ours. */
export function formatJson(files: readonly CheckedFile[]): string {
  const results = files.map((file) => ({
    filePath: file.path,
    messages: file.messages.map((message) => ({
      ruleId: message.ruleId ?? null,
      severity: severityOf(message),
      message: message.reason,
      ...rangeOf(message),
    })),
    ...countBySeverity(file.messages),
  }));
  return `${JSON.stringify(results)}\n`;
}
