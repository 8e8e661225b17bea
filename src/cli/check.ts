import { statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { VFileMessage } from "vfile-message";
import type { Config } from "../check/config.js";
import { NOW_EXPECTED, readNow } from "../check/now.js";
import type { RuleSettings } from "../check/settings.js";
import { DEFAULT_MAX_INPUT_SIZE, type ParseOptions } from "../model/options.js";
import { type CheckedFile, fileErrorMessage } from "../report/checked-file.js";
import { isReporterName, type ReporterName } from "../report/index.js";
import { REPORTERS } from "../reporters.js";
import { parseCommandArgs } from "./args.js";
import {
  type CheckCache,
  cacheFilePath,
  cacheKey,
  DEFAULT_CACHE_LOCATION,
  openCache,
} from "./cache.js";
import { configFor, findConfigFile, loadConfig } from "./config.js";
import { ReadError, UsageError } from "./errors.js";
import type { CommandIo } from "./extract.js";
import { flagOptions, mergeOptions } from "./extract.js";
import { findNotes } from "./find-notes.js";
import { readNote } from "./io.js";
import { type CheckJob, compiledRules, fromMessagesData, type NoteResult } from "./note-result.js";
import { type PoolOptions, parseConcurrency, runJobs, startWorkers } from "./pool.js";
import { createProgress } from "./progress.js";
import { findRepositoryRoot } from "./repository.js";
import { formatCheckSummary, useColor } from "./summary.js";

export const CHECK_HELP = `Usage: md-minutes check [paths, globs or - ...] [options]

Checks meeting notes like a linter. With no paths: the config's "include" globs
(default **/*.md) minus "exclude" (default README, CHANGELOG, CONTRIBUTING,
LICENSE, CODE_OF_CONDUCT), node_modules and what .gitignore ignores.
Only files that look like meeting notes (a date, an attendee list or a task
section) are judged, also when named; --all judges every file. A note whose
front matter says "md-minutes: false" is skipped.

Options:
  --format NAME       stylish (default), json, github, sarif, junit
  --max-warnings N    exit 1 when there are more than N warnings
  --quiet             report errors only
  --all               judge every file, not only those that look like meeting notes
  --now ISO           "now" for the overdue rule: a date or date-time in the note's
                      zone, or an instant with Z or an offset
  --max-input-size BYTES  largest note to read (default: 5242880)
  --config FILE       config file (default: nearest .md-minutesrc.json)
  --stdin-filename F  the path standard input (-) stands for in reports and config
  --concurrency N     threads that read notes (default: the number of cores);
                      1 reads them all in this process, as do runs under 512 KB
  --cache             reuse the results of notes unchanged since the last --cache run
  --cache-location P  the cache file, or a folder for it
                      (default: node_modules/.cache/md-minutes/)
  --progress          show files done on stderr (shown on a terminal after 1 s anyway)

Exit: 0 clean, 1 errors or too many warnings, 2 usage or read errors.
`;

export async function runCheck(argv: readonly string[], io: CommandIo): Promise<number> {
  const started = performance.now();
  const { values, positionals } = parseCommandArgs("check", argv, {
    format: { type: "string", default: "stylish" },
    "max-warnings": { type: "string" },
    quiet: { type: "boolean", default: false },
    all: { type: "boolean", default: false },
    now: { type: "string" },
    "max-input-size": { type: "string" },
    config: { type: "string" },
    "stdin-filename": { type: "string" },
    concurrency: { type: "string" },
    cache: { type: "boolean", default: false },
    "cache-location": { type: "string" },
    progress: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = values.format;
  if (!isReporterName(format))
    throw new UsageError(
      `check: unknown --format "${format}", expected one of: ${Object.keys(REPORTERS).join(", ")}`,
    );
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const concurrency = parseConcurrency(values.concurrency);
  if (values["cache-location"] !== undefined && !values.cache)
    throw new UsageError("--cache-location names the cache, but --cache is not given");
  if (values.now !== undefined && !readNow(values.now))
    throw new UsageError(`--now "${values.now}": ${NOW_EXPECTED}`);
  const now = values.now ?? null;
  const flags = flagOptions({ "max-input-size": values["max-input-size"] });
  const explicitConfig = values.config ?? null;

  const stdinName = values["stdin-filename"];
  if (stdinName !== undefined && !positionals.includes("-"))
    throw new UsageError("--stdin-filename names standard input, but - is not among the paths");
  if (stdinName === "" || stdinName === "-")
    throw new UsageError(
      `--stdin-filename "${stdinName}": expected a file name such as notes/2025-09-27-sync.md`,
    );
  const cwd = io.cwd ?? process.cwd();
  const rootConfigFile = explicitConfig ? resolve(cwd, explicitConfig) : findConfigFile(cwd);
  const rootConfig = rootConfigFile ? loadConfig(rootConfigFile) : null;
  const notes = findNotes(
    positionals,
    { include: rootConfig?.include, exclude: rootConfig?.exclude },
    cwd,
  );
  const root = findRepositoryRoot(cwd) ?? cwd;
  const reportOptions = { srcRoot: root, color: useColor(io.env ?? {}, io.isTTY ?? false) };
  const report = (files: readonly CheckedFile[]) => REPORTERS[format](files, reportOptions);
  if (notes.length === 0) {
    // Still a report a CI step can read: `[]`, an empty SARIF run, an empty JUnit suite.
    io.stdout(report([]));
    if (positionals.length > 0) {
      io.stderr(
        `md-minutes: check: no notes match ${positionals.map((arg) => `"${arg}"`).join(", ")}\n`,
      );
      return 2;
    }
    io.stderr("md-minutes: no notes found\n");
    return 0;
  }

  const cacheFile = values.cache
    ? cacheFilePath(values["cache-location"] ?? DEFAULT_CACHE_LOCATION, cwd)
    : null;
  const cache = cacheFile ? openCache(cacheFile) : null;
  const pool = {
    concurrency,
    workerScript: io.workerScript ?? null,
    minCharacters: io.poolMinCharacters,
  };
  // Without a cache every note is read, so a large run starts its workers while the notes are
  // read; with one, only once the notes to read are known.
  const early = cache ? [] : startWorkers(pool, totalSize(notes, cwd));
  let run: Awaited<ReturnType<typeof checkEach>>;
  try {
    run = await checkEach(notes, {
      settings: createSettingsCache(explicitConfig, cwd),
      pathOf: (note) => displayPath(note, format, cwd, root),
      cwd,
      now,
      flags,
      all: values.all,
      stdinName,
      stdin: io.stdin,
      cache,
      pool: { ...pool, started: early },
      progress: (total) => createProgress(total, io, values.progress),
    });
  } finally {
    // Stopped once their work is done; here too when reading the notes failed before it began.
    for (const worker of early) void worker.terminate();
  }
  const cacheWarning = cache?.save();
  if (cacheWarning) io.stderr(`md-minutes: warning: ${cacheWarning}\n`);
  const { shown, errors, warnings } = tally(run.checked, values.quiet);
  io.stdout(report(shown));
  if (!values.quiet) {
    const { unreadable, skipped, notNotes } = run;
    const counts = {
      checked: run.checked.length - unreadable,
      skipped,
      unreadable,
      errors,
      warnings,
      // Documentation that does not look like a meeting note (point 5), in the same line.
      extra: [
        // Only with --cache, and then always, so a run that found nothing to reuse says so.
        ...(cache
          ? [{ count: run.cached, words: ["cached", "cached"], always: true } as const]
          : []),
        {
          count: notNotes,
          words: [
            "not a meeting note (--all checks every file)",
            "not meeting notes (--all checks every file)",
          ],
        } as const,
      ],
    };
    io.stderr(formatCheckSummary(counts, performance.now() - started));
  }
  // The exit code is the worst that happened: an unreadable file (2) over errors (1).
  if (run.unreadable > 0) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== null && warnings > maxWarnings) {
    io.stderr(`md-minutes: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

interface CheckContext {
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
 * checks the rest on the pool, and reports in the order the notes came.
 */
async function checkEach(notes: readonly string[], context: CheckContext) {
  const files: Array<ReadNote | CheckedFile> = notes.map((note) => readForCheck(note, context));
  const read = files.filter((file): file is ReadNote => "job" in file);
  const fromCache = new Set(read.filter((file) => file.result !== null));
  const pending = read.filter((file) => file.result === null);
  const progress = context.progress(read.length);
  const results = await runJobs(
    "check",
    pending.map((file) => file.job),
    { ...context.pool, onDone: (done) => progress.update(fromCache.size + done) },
  );
  progress.finish();
  for (const [index, file] of pending.entries()) {
    file.result = results[index]!;
    if (file.cachePath !== null && file.cacheKey !== null)
      context.cache?.set(file.cachePath, file.cacheKey, file.result);
  }
  const checked: CheckedFile[] = [];
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
    const result = file.result!;
    if (result.status === "opted-out") {
      skipped++;
      continue;
    }
    // Documentation among the notes (SECURITY.md, docs/, a README a hook names) is not judged.
    if (!file.judgeAll && !result.looksLikeNote) {
      notNotes++;
      continue;
    }
    if (fromCache.has(file)) cached++;
    checked.push({
      path: file.path,
      messages: fromMessagesData(result.messages),
      suppressedMessages: fromMessagesData(result.suppressedMessages),
    });
  }
  return { checked, unreadable, skipped, notNotes, cached };
}

/** Reads one note and settles its job; an unreadable one is already its report. */
function readForCheck(note: string, context: CheckContext): ReadNote | CheckedFile {
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
    keepSeries: context.cache !== null,
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

/** What the report shows (errors only with --quiet) and the counts the exit code is decided on. */
function tally(checked: readonly CheckedFile[], quiet: boolean) {
  const all = checked.flatMap((file) => file.messages);
  const errors = all.filter(isError).length;
  if (!quiet) return { shown: checked, errors, warnings: all.length - errors };
  const shown = checked.map((file) => ({
    ...file,
    messages: file.messages.filter(isError),
    suppressedMessages: file.suppressedMessages?.filter(isError),
  }));
  // Hidden warnings do not count towards --max-warnings.
  return { shown, errors, warnings: 0 };
}

/**
 * ESLint's JSON carries absolute paths. GitHub annotations and SARIF locations are relative to the
 * repository root, which is what GitHub resolves them against (the current folder outside a
 * repository); stylish and JUnit show paths from the current folder, as a person typed them.
 * A path outside that folder stays absolute.
 */
function displayPath(note: string, format: ReporterName, cwd: string, root: string): string {
  if (note === "-") return "<stdin>";
  const full = resolve(cwd, note);
  if (format === "json") return full;
  const base = format === "github" || format === "sarif" ? root : cwd;
  const fromBase = relative(base, full);
  if (fromBase && !fromBase.startsWith("..") && !isAbsolute(fromBase))
    return fromBase.split(sep).join("/");
  return format === "github" || format === "sarif" ? full : note;
}

function isError(message: VFileMessage): boolean {
  return message.fatal === true;
}

function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  const count = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(count))
    throw new UsageError(`--max-warnings "${value}": expected a whole number, 0 or more`);
  return count;
}

/**
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
function totalSize(notes: readonly string[], cwd: string): number {
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
