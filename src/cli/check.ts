import { isAbsolute, relative, resolve, sep } from "node:path";
import type { VFileMessage } from "vfile-message";
import { NOW_EXPECTED, readNow } from "../check/now.js";
import type { CheckedFile } from "../report/checked-file.js";
import { isReporterName, type ReporterName } from "../report/index.js";
import { REPORTERS } from "../reporters.js";
import { parseCommandArgs } from "./args.js";
import { cacheFilePath, DEFAULT_CACHE_LOCATION, openCache } from "./cache.js";
import { checkEach, createSettingsCache, totalSize } from "./check-notes.js";
import { findConfigFile, loadConfig } from "./config.js";
import { UsageError } from "./errors.js";
import type { CommandIo } from "./extract.js";
import { flagOptions } from "./extract.js";
import { findNotes } from "./find-notes.js";
import { parseConcurrency, startWorkers } from "./pool.js";
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
  --now ISO           "now" for the overdue rule, and the day that places a meeting
                      dated by weekday without a year: a date or date-time in the
                      note's zone, or an instant with Z or an offset
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
  const flags = flagOptions({ "max-input-size": values["max-input-size"], now: values.now });
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
