import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { applySeriesRules, type JudgedNote } from "../check/apply-series-rules.js";
import type { Config } from "../check/config.js";
import type { ActiveRule, RuleSettings } from "../check/settings.js";
import type { Minutes } from "../model/minutes.js";
import { DEFAULT_MAX_INPUT_SIZE, type ParseOptions } from "../model/options.js";
import { type CheckedFile, fileErrorMessage } from "../report/checked-file.js";
import { noteTasks } from "../track/link-tasks.js";
import { type CheckCache, cacheKey } from "./cache.js";
import { configFor } from "./config.js";
import { ReadError } from "./errors.js";
import type { CommandIo } from "./extract.js";
import { mergeOptions } from "./extract.js";
import { readNote } from "./io.js";
import {
  type CheckJob,
  compiledRules,
  fromMessagesData,
  type NoteResult,
  seriesModelOf,
} from "./note-result.js";
import { type PoolOptions, runJobs } from "./pool.js";
import type { createProgress } from "./progress.js";

// How `check` gets a result for each note: read, looked up in the cache, checked on the pool.

export interface CheckContext {
  settings: ReturnType<typeof createSettingsCache>;
  pathOf: (note: string) => string;
  cwd: string;
  now: string | null;
  /** Options from the command line (`--max-input-size`), over each note's config. */
  flags: ParseOptions;
  /** `--all`: judge every file, not only those that look like meeting notes. */
  all: boolean;
  stdinName: string | undefined;
  stdin: CommandIo["stdin"];
  cache: CheckCache | null;
  pool: PoolOptions;
  progress: (total: number) => ReturnType<typeof createProgress>;
}

/** A note read and settled, before it is checked or found in the cache. */
interface ReadNote {
  path: string;
  /** Whether the note looks like a meeting note matters to this run (no --all, no config all). */
  judgeAll: boolean;
  /** Where its cache entry lives: its absolute path; null for standard input, never cached. */
  cachePath: string | null;
  job: CheckJob;
  cacheKey: string | null;
  result: NoteResult | null;
}

/**
 * Checks each note: reads them all (one that cannot be read, missing, binary, not UTF-8 or over
 * the size limit, is reported as its own error, and the run goes on), takes what the cache holds,
 * checks the rest on the pool, and reports in the order the notes came. What this thread does
 * with a note's result (its messages, the slice the series rules read) is done as the result
 * comes, while the workers are still reading other notes.
 */
export async function checkEach(notes: readonly string[], context: CheckContext) {
  // Rules over a series read a slice of each model; it is kept when several notes are checked.
  const keepSeries = notes.length > 1;
  const files: Array<ReadNote | CheckedFile> = notes.map((note) =>
    readForCheck(note, context, keepSeries),
  );
  const read = files.filter((file): file is ReadNote => "job" in file);
  const pending = read.filter((file) => file.result === null);
  const outcomes = new Map<ReadNote, Outcome>();
  for (const file of read)
    if (file.result !== null)
      outcomes.set(file, outcomeOf(file, file.result, true, context, keepSeries));
  const progress = context.progress(read.length);
  await runJobs(
    "check",
    pending.map((file) => file.job),
    { ...context.pool, onDone: (done) => progress.update(read.length - pending.length + done) },
    (index, result) => {
      const file = pending[index]!;
      if (file.cachePath !== null && file.cacheKey !== null)
        context.cache?.set(file.cachePath, file.cacheKey, result);
      outcomes.set(file, outcomeOf(file, result, false, context, keepSeries));
    },
  );
  progress.finish();
  const checked: CheckedFile[] = [];
  const judged: JudgedNote[] = [];
  const activeByPath = new Map<string, readonly ActiveRule[]>();
  let unreadable = 0;
  let skipped = 0;
  let notNotes = 0;
  // Of the files checked, those whose result came from the cache.
  let cached = 0;
  for (const file of files) {
    if (!("job" in file)) {
      unreadable++;
      checked.push(file);
      continue;
    }
    const outcome = outcomes.get(file)!;
    if (outcome.kind === "opted-out") {
      skipped++;
      continue;
    }
    if (outcome.kind === "not-a-note") {
      notNotes++;
      continue;
    }
    if (outcome.cached) cached++;
    if (outcome.judged) {
      judged.push(outcome.judged);
      activeByPath.set(file.path, compiledRules(file.job.rules));
    }
    checked.push(outcome.checked);
  }
  // Two or more notes of one series: what no single note shows (a task that vanished, a deadline
  // that keeps moving), added to the notes the messages point at.
  if (judged.length > 1) {
    applySeriesRules(judged, (path) => activeByPath.get(path) ?? [], context.now);
    const byPath = new Map(judged.map((note) => [note.file, note]));
    for (const [index, file] of checked.entries()) {
      const note = byPath.get(file.path);
      if (note)
        checked[index] = {
          path: file.path,
          messages: note.messages,
          suppressedMessages: note.suppressedMessages,
        };
    }
  }
  return { checked, unreadable, skipped, notNotes, cached };
}

/** What a note's result gives the report: nothing (opted out, not a note), or its messages. */
type Outcome =
  | { kind: "opted-out" }
  | { kind: "not-a-note" }
  | { kind: "checked"; cached: boolean; checked: CheckedFile; judged: JudgedNote | null };

function outcomeOf(
  file: ReadNote,
  result: NoteResult,
  cached: boolean,
  context: CheckContext,
  keepSeries: boolean,
): Outcome {
  if (result.status === "opted-out") return { kind: "opted-out" };
  // Documentation among the notes (SECURITY.md, docs/, a README a hook names) is not judged.
  if (!file.judgeAll && !result.looksLikeNote) return { kind: "not-a-note" };
  const messages = fromMessagesData(result.messages);
  const suppressedMessages = fromMessagesData(result.suppressedMessages);
  const series =
    result.series ??
    (file.cachePath !== null && file.cacheKey !== null
      ? (context.cache?.series(file.cachePath, file.cacheKey) ?? null)
      : null);
  const judged: JudgedNote | null =
    keepSeries && series !== null
      ? {
          file: file.path,
          // The slice holds every field of the model that tracking and the series rules read.
          minutes: seriesModelOf(series) as Minutes,
          markdown: file.job.text,
          messages,
          suppressedMessages,
        }
      : null;
  // Read now, while the workers are busy: tracking the series after the last note takes them from
  // noteTasks' memo instead of reading every note's tasks then.
  if (judged) noteTasks(judged.minutes);
  return {
    kind: "checked",
    cached,
    checked: { path: file.path, messages, suppressedMessages },
    judged,
  };
}

/** Reads one note and settles its job; an unreadable one is already its report. */
function readForCheck(
  note: string,
  context: CheckContext,
  keepSeries: boolean,
): ReadNote | CheckedFile {
  // Standard input is shown, configured and dated as the file --stdin-filename names.
  const named = note === "-" && context.stdinName !== undefined ? context.stdinName : note;
  const path = context.pathOf(named);
  const { config } = context.settings.forNote(named);
  const options = mergeOptions(config, context.flags, named);
  const full = note === "-" ? note : resolve(context.cwd, note);
  let text: string;
  try {
    // Refused before reading when over the size limit, rather than judged as an empty note.
    text = readNote(full, options.maxInputSize ?? DEFAULT_MAX_INPUT_SIZE, context.stdin);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    return { path, messages: [fileErrorMessage(error.reason, path)] };
  }
  const job: CheckJob = {
    text,
    options,
    rules: ruleSettingsOf(config),
    now: context.now,
    keepSeries: keepSeries || context.cache !== null,
  };
  const cachePath = note === "-" || !context.cache ? null : full;
  const key = cachePath === null ? null : cacheKey(job);
  return {
    path,
    judgeAll: context.all || config?.all === true,
    cachePath,
    job,
    cacheKey: key,
    result: cachePath !== null && key !== null ? context.cache!.get(cachePath, key) : null,
  };
}

export /**
 * Config per folder: notes in one folder share it, so the config lookup happens once per folder
 * and once per config file, not once per note.
 */
function createSettingsCache(explicitConfig: string | null, cwd: string) {
  const configs = new Map<string, Config | null>();
  const byFolder = new Map<string, { config: Config | null }>();
  return {
    forNote(note: string) {
      const folder = note === "-" ? cwd : dirname(resolve(cwd, note));
      let entry = byFolder.get(folder);
      if (!entry) {
        const config = configFor(
          note === "-" ? note : resolve(cwd, note),
          explicitConfig && resolve(cwd, explicitConfig),
          configs,
          cwd,
        );
        // Compiled here, in this thread, so that a bad setting fails before any note is read.
        compiledRules(ruleSettingsOf(config));
        entry = { config };
        byFolder.set(folder, entry);
      }
      return entry;
    },
  };
}

/** The bytes of the notes, as the file system gives them (standard input counts nothing). */
export function totalSize(notes: readonly string[], cwd: string): number {
  let size = 0;
  for (const note of notes) {
    if (note === "-") continue;
    try {
      size += statSync(resolve(cwd, note)).size;
    } catch {
      // Reported when the note is read.
    }
  }
  return size;
}

function ruleSettingsOf(config: Config | null): RuleSettings | null {
  return config ? { extends: config.extends, rules: config.rules } : null;
}
