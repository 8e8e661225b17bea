import { type Options as MessageOptions, VFileMessage } from "vfile-message";
import type { Minutes } from "../model/minutes.js";
import type { ParseOptions } from "../model/options.js";
import type { PeopleIndex } from "../model/people.js";
import type { Source } from "../model/source.js";
import { closestName } from "../util/closest-name.js";
import { createNoteText } from "./note-text.js";
import { NOW_EXPECTED, type NowValue, nowAsWallClock, readNow } from "./now.js";
import type { Rule, RuleContext, RuleReport } from "./rule.js";
import { RULES } from "./rules/index.js";
import type { ActiveRule, RuleSettings } from "./settings.js";
import { readSuppressions, readSwitches, type Switch } from "./suppression.js";

export interface CheckOptions extends ParseOptions, RuleSettings {
  /**
   * "Now" for the `overdue` rule: "2025-10-10" (00:00) or "2025-10-10T09:00", wall-clock in the
   * note's zone, or an instant with `Z` or an offset ("2025-10-10T07:00:00Z"), converted to the
   * note's zone when it has one. Default: none (overdue does not run).
   */
  now?: string | null;
}

export interface CheckResult {
  minutes: Minutes;
  /** Sorted by position; `fatal: true` for errors, `false` for warnings. */
  messages: VFileMessage[];
  /** What a disable comment in the note switched off, sorted the same way. */
  suppressedMessages: VFileMessage[];
}

export interface RuleInput {
  /** The note as given (BOM and CRLF included): the model's positions and the rules' refer to it. */
  markdown: string;
  /** Who names in the note mean, as the model was resolved with. */
  people: PeopleIndex;
  active: readonly ActiveRule[];
  now: string | null;
  file: string;
}

/** Runs the active rules over a note's model; the model is only read. */
export function applyRules(
  minutes: Minutes,
  { markdown, people, active, now, file }: RuleInput,
): Omit<CheckResult, "minutes"> {
  const nowValue = validNow(now);
  const text = createNoteText(typeof markdown === "string" ? markdown : "");
  const switches = readSwitches(text.value);
  const suppressed = readSuppressions(text.value, switches);
  const wallClockNow = nowValue ? nowAsWallClock(nowValue, minutes.timezone) : null;
  const messages: VFileMessage[] = [];
  const suppressedMessages: VFileMessage[] = [];
  active.forEach(({ rule, severity, options }, order) => {
    const context: RuleContext<unknown> = {
      options,
      text,
      people,
      now: wallClockNow,
      report(report: RuleReport) {
        const source = report.source ?? { start: text.pointAt(0), end: text.pointAt(0) };
        const message = toMessage(report, source, rule.id, rule.url, severity, file, order);
        (suppressed?.(rule.id, source.start.line) ? suppressedMessages : messages).push(message);
      },
    };
    rule.check(minutes, context);
  });
  messages.push(...unknownRuleMessages(switches, text, file));
  messages.sort(byPlace);
  suppressedMessages.sort(byPlace);
  return { messages, suppressedMessages };
}

/**
 * A switch comment naming a rule that does not exist would silently switch nothing off (a typo
 * leaves the rule on, a removed rule leaves a stale comment): an error at the comment, as ESLint
 * and remark-message-control report it, with the closest rule id.
 */
function unknownRuleMessages(
  switches: readonly Switch[],
  text: ReturnType<typeof createNoteText>,
  file: string,
): VFileMessage[] {
  const known = (RULES as readonly Rule<unknown>[]).map((rule) => rule.id);
  const messages: VFileMessage[] = [];
  for (const entry of switches) {
    for (const ruleId of entry.ruleIds) {
      if (known.includes(ruleId)) continue;
      const suggestion = closestName(ruleId, known);
      const expected = suggestion ? `a rule id (did you mean \`${suggestion}\`?)` : "a rule id";
      const place = { start: text.pointAt(entry.offset), end: text.pointAt(entry.offset) };
      const message = newMessage(
        `Unexpected unknown rule \`${ruleId}\` in \`md-minutes-${entry.action}\`, expected ${expected}`,
        { place, source: "md-minutes" },
      );
      message.fatal = true;
      message.file = file;
      if (suggestion) message.expected = [suggestion];
      message.actual = ruleId;
      messages.push(message);
    }
  }
  return messages;
}

export function toMessage(
  report: RuleReport,
  source: Source,
  ruleId: string,
  url: string,
  severity: "warn" | "error",
  file: string,
  order: number,
): VFileMessage {
  const message = newMessage(report.message, { place: source, ruleId, source: "md-minutes" });
  message.fatal = severity === "error";
  message.url = url;
  message.file = file;
  if (report.actual !== undefined) message.actual = report.actual;
  if (report.expected !== undefined) message.expected = report.expected;
  ruleOrder.set(message, order);
  return message;
}

/**
 * A VFileMessage, built without the stack trace its Error constructor would capture: VFileMessage
 * replaces the stack with "" at once, and the capture was about 1% of checking a note.
 */
function newMessage(reason: string, options: MessageOptions): VFileMessage {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new VFileMessage(reason, options);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const ruleOrder = new WeakMap<VFileMessage, number>();

export function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (ruleOrder.get(a) ?? 0) - (ruleOrder.get(b) ?? 0)
  );
}

/** The `now` option read, or a TypeError naming it: a wrong "now" is a programming error. */
export function validNow(now: string | null | undefined): NowValue | null {
  if (now == null || now === "") return null;
  const value = typeof now === "string" ? readNow(now) : null;
  if (!value)
    throw new TypeError(`Invalid md-minutes check option "now": "${String(now)}", ${NOW_EXPECTED}`);
  return value;
}
