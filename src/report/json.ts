import { type CheckedFile, countBySeverity, isFatal, rangeOf, severityOf } from "./checked-file.js";

/** ESLint's JSON shape, so tools that read ESLint results read ours. */
export function formatJson(files: readonly CheckedFile[]): string {
  const results = files.map((file) => ({
    filePath: file.path,
    messages: file.messages.map((message) => ({
      ruleId: message.ruleId ?? null,
      // ESLint marks a file it could not parse at all with `fatal: true`; we do so for one we could not read.
      ...(isFatal(message) ? { fatal: true } : {}),
      severity: severityOf(message),
      message: message.reason,
      ...rangeOf(message),
    })),
    ...countBySeverity(file.messages),
  }));
  return `${JSON.stringify(results)}\n`;
}
