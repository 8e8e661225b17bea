import { VFileMessage } from "vfile-message";

/** One checked note as reporters see it: its path as shown to the user, and its messages. */
export interface CheckedFile {
  path: string;
  messages: readonly VFileMessage[];
  /** Messages that a disable comment in the note switched off (ESLint's `suppressedMessages`). */
  suppressedMessages?: readonly VFileMessage[] | undefined;
}

/** What a reporter may be told besides the files; each ignores what it has no use for. */
export interface ReportOptions {
  /**
   * The folder relative paths are relative to (the repository root), as an absolute path: SARIF
   * names it as the `%SRCROOT%` base of its relative artifact URIs.
   */
  srcRoot?: string | null | undefined;
  /** Colour for a terminal (stylish). Default: off. */
  color?: boolean | undefined;
  /** The rules that ran, for reports that describe them (SARIF's `tool.driver.rules`). Default: none. */
  rules?: readonly RuleMetadata[] | undefined;
}

/** What a report says of a rule, besides its messages. */
export interface RuleMetadata {
  id: string;
  description: string;
  url: string;
  defaultSeverity: "off" | "warn" | "error";
}

export type Reporter = (files: readonly CheckedFile[], options?: ReportOptions) => string;

/** ESLint's numbers: 2 error, 1 warning. */
export function severityOf(message: VFileMessage): 1 | 2 {
  return message.fatal ? 2 : 1;
}

export interface MessageRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function rangeOf(message: VFileMessage): MessageRange {
  const place = message.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "end" in place ? place.end : start;
  const line = start?.line ?? 1;
  const column = start?.column ?? 1;
  return { line, column, endLine: end?.line ?? line, endColumn: end?.column ?? column };
}

export function countBySeverity(messages: readonly VFileMessage[]): {
  errorCount: number;
  warningCount: number;
} {
  let errorCount = 0;
  for (const message of messages) if (message.fatal) errorCount++;
  return { errorCount, warningCount: messages.length - errorCount };
}

/**
 * A message about a whole file that no rule could look at (it could not be read): an error
 * without rule id or place, ESLint's `fatal: true`.
 */
export function fileErrorMessage(reason: string, path: string): VFileMessage {
  const message = new VFileMessage(reason, { source: "md-minutes" });
  message.fatal = true;
  message.file = path;
  return message;
}

/** Whether a message is a file error of `fileErrorMessage` rather than a rule's finding. */
export function isFatal(message: VFileMessage): boolean {
  return message.fatal === true && message.ruleId == null && message.place == null;
}
