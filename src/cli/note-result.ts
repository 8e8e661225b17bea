import { VFileMessage } from "vfile-message";
import { looksLikeMeetingNote } from "../check/looks-like-note.js";
import { type ActiveRule, compileRuleSettings, type RuleSettings } from "../check/settings.js";
import { runRules } from "../check-minutes.js";
import type { Minutes } from "../model/minutes.js";
import type { ParseOptions } from "../model/options.js";
import { isOptedOut } from "../parse/opt-out.js";
import { canJoinSeries } from "../track/series.js";

/**
 * One note's work for `check`, as plain data: what a worker thread is sent. Everything the result
 * depends on is here (with the note's path, which is `options.fileName`), which is also what the
 * cache key is made of.
 */
export interface CheckJob {
  text: string;
  /** Parse options: the note's config with the command-line flags over it, and its file name. */
  options: ParseOptions;
  /** The config's `extends` and `rules`; null for the defaults. */
  rules: RuleSettings | null;
  now: string | null;
  /** Whether to keep the series slice of the model (for the cache); without it `series` is null. */
  keepSeries: boolean;
}

/** A rule message as plain data: the fields reporters read, enough to rebuild it exactly. */
export interface MessageData {
  reason: string;
  ruleId: string | null;
  source: string | null;
  fatal: boolean | null | undefined;
  url: string | null;
  file: string;
  place: VFileMessage["place"] | null;
  actual: string | null;
  expected: string[] | null;
}

/**
 * The whole per-note result, as plain data that crosses to the main thread and into the cache.
 * `series` is the slice of the model that rules over several notes read (the series, its dates
 * and its tasks), as JSON text that a cross-note rule parses with `seriesModelOf` only when it
 * runs. A result from the cache has it null: the cache keeps it apart, and `CheckCache.series`
 * reads it on demand (a run without cross-note rules never does).
 */
export type NoteResult =
  | { status: "opted-out" }
  | {
      status: "checked";
      /** Whether the note looks like a meeting note (`check` leaves others alone without --all). */
      looksLikeNote: boolean;
      messages: MessageData[];
      suppressedMessages: MessageData[];
      series: string | null;
    };

/** The fields of the model that rules over several notes of a series read. */
export type SeriesModel = Pick<
  Minutes,
  | "title"
  | "date"
  | "start"
  | "timezone"
  | "customer"
  | "attendees"
  | "resolutionPlan"
  | "actionItems"
  | "commitments"
  | "risks"
> &
  Partial<Record<"series", string>>;

const compiled = new Map<string, readonly ActiveRule[]>();

/**
 * The rules a config turns on, compiled once per thread and config (keyed by its JSON, since a
 * worker receives the config as data). Throws on settings the config schema let through.
 */
export function compiledRules(rules: RuleSettings | null): readonly ActiveRule[] {
  const key = JSON.stringify(rules);
  let active = compiled.get(key);
  if (!active) {
    active = compileRuleSettings(rules);
    compiled.set(key, active);
  }
  return active;
}

/** Checks one note. */
export function checkNote(job: CheckJob): NoteResult {
  if (isOptedOut(job.text)) return { status: "opted-out" };
  const { minutes, messages, suppressedMessages } = runRules(
    job.text,
    job.options,
    compiledRules(job.rules),
    job.now,
  );
  return {
    status: "checked",
    looksLikeNote: looksLikeMeetingNote(minutes),
    messages: messages.map(toMessageData),
    suppressedMessages: suppressedMessages.map(toMessageData),
    // A note that cannot join a series is one of its own, where no rule over a series runs: its
    // slice would only be carried to the main thread, parsed and written to the cache for nothing
    // (about nine notes in ten of a repository's worth, BENCHMARKS.md).
    series: job.keepSeries && canJoinSeries(minutes) ? JSON.stringify(seriesModel(minutes)) : null,
  };
}

function seriesModel(minutes: Minutes): SeriesModel {
  const { title, date, start, timezone, customer, attendees } = minutes;
  const { resolutionPlan, actionItems, commitments, risks } = minutes;
  const series = (minutes as { series?: string }).series;
  return {
    title,
    date,
    start,
    timezone,
    customer,
    ...(series ? { series } : {}),
    attendees,
    resolutionPlan,
    actionItems,
    commitments,
    risks,
  };
}

/** The series slice of a note's model, for rules over several notes. */
export function seriesModelOf(series: string): SeriesModel {
  return JSON.parse(series) as SeriesModel;
}

export function toMessageData(message: VFileMessage): MessageData {
  return {
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    fatal: message.fatal,
    url: message.url ?? null,
    file: message.file ?? "",
    place: message.place ?? null,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
  };
}

/**
 * The messages again, built as the rule runner builds them (src/check/apply-rules.ts). A
 * VFileMessage is an Error, whose constructor captures a stack trace that VFileMessage then
 * replaces with ""; without the capture, rebuilding a large run's messages from the cache takes
 * a fifth of the time.
 */
export function fromMessagesData(data: readonly MessageData[]): VFileMessage[] {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return data.map(fromMessageData);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function fromMessageData(data: MessageData): VFileMessage {
  const message = new VFileMessage(data.reason, {
    ...(data.place ? { place: data.place } : {}),
    ...(data.ruleId !== null ? { ruleId: data.ruleId } : {}),
    ...(data.source !== null ? { source: data.source } : {}),
  });
  message.fatal = data.fatal;
  if (data.url !== null) message.url = data.url;
  message.file = data.file;
  if (data.actual !== null) message.actual = data.actual;
  if (data.expected !== null) message.expected = data.expected;
  return message;
}
