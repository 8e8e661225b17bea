import type { VFileMessage } from "vfile-message";
import { type CheckedFile, countBySeverity, isFatal, rangeOf, severityOf } from "./checked-file.js";

/** ESLint's JSON shape (its `LintResult`), so tools that read ESLint results read ours. */
export function formatJson(files: readonly CheckedFile[]): string {
  const results = files.map((file) => {
    const { errorCount, warningCount } = countBySeverity(file.messages);
    return {
      filePath: file.path,
      messages: file.messages.map(toEslintMessage),
      // Switched off by a disable comment in the note, as ESLint lists its directive suppressions.
      suppressedMessages: (file.suppressedMessages ?? []).map((message) => ({
        ...toEslintMessage(message),
        suppressions: [{ kind: "directive", justification: "" }],
      })),
      errorCount,
      fatalErrorCount: file.messages.filter(isFatal).length,
      warningCount,
      // No rule offers a fix (yet); the counts are there because ESLint readers sum them.
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  });
  return `${JSON.stringify(results)}\n`;
}

function toEslintMessage(message: VFileMessage) {
  return {
    ruleId: message.ruleId ?? null,
    // ESLint marks a file it could not parse at all with `fatal: true`; we do so for one we could not read.
    ...(isFatal(message) ? { fatal: true } : {}),
    severity: severityOf(message),
    message: message.reason,
    ...rangeOf(message),
  };
}
