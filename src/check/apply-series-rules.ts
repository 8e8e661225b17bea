import type { VFileMessage } from "vfile-message";
import type { Minutes } from "../model/minutes.js";
import { trackMinutes } from "../track/track-minutes.js";
import { byPlace, toMessage, validNow } from "./apply-rules.js";
import { createNoteText, type NoteText } from "./note-text.js";
import { nowAsWallClock } from "./now.js";
import type { Rule, SeriesRuleContext, SeriesRuleReport } from "./rule.js";
import type { ActiveRule } from "./settings.js";
import { readSuppressions, readSwitches } from "./suppression.js";

/** A note `check` has judged: its path as reported, model, text and messages so far. */
export interface JudgedNote {
  file: string;
  minutes: Minutes;
  markdown: string;
  messages: VFileMessage[];
  suppressedMessages: VFileMessage[];
}

/**
 * Runs the series rules (those with `checkSeries`) over each series of two or more notes, and adds
 * their messages to the notes they point at. Over such a series `overdue` is the series' own: a
 * task carried through four notes is overdue once, where it was last seen, and not at all when a
 * later note marks it done, so the per-note `overdue` messages of its notes give way. The rules
 * and options are those of the series' last note.
 */
export function applySeriesRules(
  notes: readonly JudgedNote[],
  activeFor: (file: string) => readonly ActiveRule[],
  now: string | null,
): void {
  const value = validNow(now);
  const tracking = trackMinutes(
    notes.map(({ file, minutes }) => ({ file, minutes })),
    { now: value ? nowAsWallClock(value, null) : null },
  );
  const byFile = new Map(notes.map((note) => [note.file, note]));
  for (const series of tracking.series) {
    if (series.notes.length < 2) continue;
    const members = series.notes.map((note) => byFile.get(note.file!)!);
    for (const note of members) {
      note.messages = note.messages.filter((message) => message.ruleId !== "overdue");
      note.suppressedMessages = note.suppressedMessages.filter(
        (message) => message.ruleId !== "overdue",
      );
    }
    const texts = new Map<string, NoteText>();
    const textOf = (file: string | null) => {
      const note = file === null ? undefined : byFile.get(file);
      if (!note) return null;
      let text = texts.get(note.file);
      if (!text) {
        text = createNoteText(note.markdown);
        texts.set(note.file, text);
      }
      return text;
    };
    const active = activeFor(members.at(-1)!.file);
    active.forEach(({ rule, severity, options }, order) => {
      const seriesRule = rule as Rule<unknown>;
      if (!seriesRule.checkSeries) return;
      const context: SeriesRuleContext<unknown> = {
        options,
        textOf,
        report: (report) => place(report, seriesRule, severity, order, byFile, textOf),
      };
      seriesRule.checkSeries(series, context);
    });
    for (const note of members) {
      note.messages.sort(byPlace);
      note.suppressedMessages.sort(byPlace);
    }
  }
}

function place(
  report: SeriesRuleReport,
  rule: Rule<unknown>,
  severity: ActiveRule["severity"],
  order: number,
  byFile: ReadonlyMap<string, JudgedNote>,
  textOf: (file: string | null) => NoteText | null,
): void {
  const note = report.file === null ? undefined : byFile.get(report.file);
  const text = textOf(report.file);
  if (!note || !text) return;
  const source = report.source ?? { start: text.pointAt(0), end: text.pointAt(0) };
  const message = toMessage(report, source, rule.id, rule.url, severity, note.file, order);
  const suppressed = suppressionsOf(text);
  (suppressed?.(rule.id, source.start.line) ? note.suppressedMessages : note.messages).push(
    message,
  );
}

const suppressions = new WeakMap<NoteText, ReturnType<typeof readSuppressions>>();

/** A note's disable comments, read once however many messages land in it. */
function suppressionsOf(text: NoteText): ReturnType<typeof readSuppressions> {
  if (!suppressions.has(text))
    suppressions.set(text, readSuppressions(text.value, readSwitches(text.value)));
  return suppressions.get(text)!;
}
