import { basename, extname, join, resolve } from "node:path";
import type { Config } from "../check/config.js";
import { NOW_EXPECTED, readNow } from "../check/now.js";
import { buildCalendarExport } from "../export/ical/to-icalendar.js";
import { canonicalTimeZone, isWallClock, unknownZoneMessage } from "../model/date-time.js";
import { DEFAULT_MAX_INPUT_SIZE, type ParseOptions } from "../model/options.js";
import { parseCommandArgs } from "./args.js";
import { configFor } from "./config.js";
import { UsageError } from "./errors.js";
import {
  frontMatterId,
  iCalendarFlags,
  iCalendarOptions,
  icsText,
  nowForNote,
  syncVdir,
} from "./ical-output.js";
import {
  assertNotInput,
  assertOutputFolder,
  displayName,
  readNote,
  writeFileAtomic,
} from "./io.js";
import { parseConcurrency, runJobs } from "./pool.js";

export const EXTRACT_HELP = `Usage: md-minutes extract <file...|-> [options]

Reads meeting notes and prints their model as JSON, or their tasks as iCalendar.

Options:
  --format json|ics|vdir  output format (default: json); ics prints one VCALENDAR per note;
                          vdir syncs one .ics file per item into --out-dir (todoman, khal, vdirsyncer)
  --out-dir DIR           write one NAME.json (NAME.ics) per input into DIR instead of printing
  --tasks-as todos|events ics/vdir: tasks as VTODO (default) or, for Google Calendar, VEVENTs at their deadline
  --now ISO               the day the notes are read, which places a meeting dated by weekday without a
                          year ("Friday 3/6"); ics/vdir: DTSTAMP and LAST-MODIFIED; a date or date-time in
                          the note's zone, or an instant with Z or an offset, e.g. 2025-09-27T12:00:00Z
                          (default: now)
  --people FILE           ics/vdir: JSON { "Full Name": { "email": "..." } } for owner emails (ATTENDEE)
  --utc                   ics/vdir: write times in UTC (needs a time zone) instead of TZID local time
  --stdin-filename NAME   the file name standard input (-) stands for: its date, config and outputs
  --timezone IANA         the meeting's time zone, e.g. Europe/Berlin
  --reference-date D      YYYY-MM-DD[THH:MM], used when a note states no date
  --date-order MDY|DMY    how to read 10/11/2025 (default: MDY)
  --max-input-size BYTES  largest note to read (default: 5242880)
  --config FILE           config file (default: nearest .md-minutesrc.json)
  --concurrency N         threads that read notes (default: the number of cores); 1 reads them
                          all in this process, as do runs under 512 KB
  --debug                 print the stack trace of an error
`;

/**
 * What a command may touch of the world outside: tests pass their own. Every field but the two
 * writers defaults to the process's own.
 */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read once when an input is `-`. */
  stdin?: () => Uint8Array;
  /** Environment variables (NO_COLOR, FORCE_COLOR). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal, for colour. */
  isTTY?: boolean;
  /** The folder `check` finds notes and configs from. */
  cwd?: string;
  /** Whether standard error is a terminal, for progress. */
  stderrIsTTY?: boolean;
  /**
   * The file worker threads run: the built CLI (dist/cli.js). Without one, every note is read in
   * this thread, as with `--concurrency 1`.
   */
  workerScript?: string | null;
  /** Characters of notes below which no worker is started (default 512 KB); tests set 0. */
  poolMinCharacters?: number;
}

export async function runExtract(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("extract", argv, {
    format: { type: "string", default: "json" },
    "out-dir": { type: "string" },
    timezone: { type: "string" },
    "reference-date": { type: "string" },
    "date-order": { type: "string" },
    "max-input-size": { type: "string" },
    config: { type: "string" },
    "tasks-as": { type: "string" },
    now: { type: "string" },
    people: { type: "string" },
    utc: { type: "boolean" },
    "stdin-filename": { type: "string" },
    concurrency: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(EXTRACT_HELP);
    return 0;
  }
  const concurrency = parseConcurrency(values.concurrency);
  if (positionals.length === 0)
    throw new UsageError("extract: expected at least one file, or - for standard input");
  if (!FORMATS.includes(values.format as never))
    throw new UsageError(
      `extract: unknown --format "${values.format}", expected ${FORMATS.join(", ")}`,
    );
  if (values.format === "json") warnCalendarOnlyFlags(values, io);
  const inputs = namedInputs(positionals, values["stdin-filename"]);
  const flags = flagOptions(values);
  const cache = new Map<string, Config | null>();
  const outDir = values["out-dir"];
  if (outDir !== undefined) assertOutputFolder(outDir);
  if (values.format !== "json")
    return runICalendar(values.format as "ics" | "vdir", inputs, values, flags, cache, {
      io,
      concurrency,
    });
  // Every target is settled (and checked) before the first is read or written, so a refusal
  // leaves no file changed.
  const targets = outDir ? outputTargets(inputs, outDir, ".json") : null;
  const jobs = inputs.map((input) => {
    const options = mergeOptions(
      configFor(input.name, values.config ?? null, cache),
      flags,
      input.name,
    );
    const text = readNote(input.read, options.maxInputSize ?? DEFAULT_MAX_INPUT_SIZE, io.stdin);
    return { text, options };
  });
  const models = await runJobs("parse", jobs, poolOptions(concurrency, io));
  const results = models.map((json, index) => ({ file: inputs[index]!.name, json }));
  if (targets) {
    for (const [index, { json }] of results.entries())
      writeFileAtomic(targets[index]!, `${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const output =
    results.length === 1
      ? results[0]!.json
      : results.map(({ file, json }) => ({ file, ...(json as object) }));
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

const FORMATS = ["json", "ics", "vdir"] as const;

function poolOptions(concurrency: number, io: CommandIo) {
  return {
    concurrency,
    workerScript: io.workerScript ?? null,
    minCharacters: io.poolMinCharacters,
  };
}

/** Calendar flags mean nothing to the JSON model; a silent no-op would look like a bug in the output. */
function warnCalendarOnlyFlags(
  values: { people?: string; utc?: boolean; "tasks-as"?: string },
  io: CommandIo,
): void {
  const given = [
    values.people !== undefined && "--people",
    values.utc !== undefined && "--utc",
    values["tasks-as"] !== undefined && "--tasks-as",
  ].filter((flag): flag is string => typeof flag === "string");
  for (const flag of given)
    io.stderr(
      `md-minutes: warning: ${flag} applies to --format ics and vdir only; ignored with --format json\n`,
    );
}

type ICalendarValues = Parameters<typeof iCalendarFlags>[0] & {
  config?: string;
  "out-dir"?: string;
};

/** `--format ics` prints (or writes NAME.ics per note); `--format vdir` syncs every note into one folder. */
async function runICalendar(
  format: "ics" | "vdir",
  inputs: readonly Input[],
  values: ICalendarValues,
  flags: ParseOptions,
  cache: Map<string, Config | null>,
  { io, concurrency }: { io: CommandIo; concurrency: number },
): Promise<number> {
  const calendarFlags = iCalendarFlags(values);
  const outDir = values["out-dir"];
  if (format === "vdir" && !outDir)
    throw new UsageError("extract: --format vdir needs --out-dir DIR");
  if (format === "ics" && !outDir && inputs.length > 1)
    throw new UsageError(
      "extract: --format ics prints one note; give one file, or --out-dir DIR for several",
    );
  const targets = format === "ics" && outDir ? outputTargets(inputs, outDir, ".ics") : null;
  const notes = inputs.map((input) => {
    const text = readNote(input.read, undefined, io.stdin);
    return { file: input.name, text, id: frontMatterId(text) };
  });
  assertUniqueIds(notes);
  const configs = notes.map(({ file }) => configFor(file, values.config ?? null, cache));
  const models = await runJobs(
    "parse",
    notes.map(({ file, text }, index) => ({
      text,
      options: mergeOptions(configs[index]!, flags, file),
    })),
    poolOptions(concurrency, io),
  );
  const current = new Date();
  for (const [index, { file, id }] of notes.entries()) {
    const config = configs[index]!;
    const minutes = models[index]!;
    const now = nowForNote(calendarFlags, minutes, current);
    const options = iCalendarOptions(file, id, calendarFlags, config?.people, now);
    if (calendarFlags.utc && !minutes.timezone)
      io.stderr(
        `md-minutes: ${file}: --utc needs a time zone (--timezone or the note's); times stay floating\n`,
      );
    const built = buildCalendarExport(minutes, options);
    for (const left of built.notExported)
      io.stderr(
        `md-minutes: ${displayName(file)}:${left.line}: not exported as an event: "${left.summary}": ${left.reason}\n`,
      );
    // RFC 5545 §3.6: a VCALENDAR holds at least one component, so an empty export writes nothing.
    if (built.components.length === 0)
      io.stderr(
        `md-minutes: ${displayName(file)}: nothing to export (${built.notExported.length > 0 ? "no meeting date, and no task that can be an event" : "no meeting date and no tasks"}), so no ${format === "vdir" ? "file" : "calendar"} is written\n`,
      );
    if (format === "vdir") {
      const summary = syncVdir(built, outDir!, now, { file, id });
      for (const skipped of summary.skipped)
        io.stderr(`md-minutes: ${outDir}: left alone ${skipped}\n`);
      if (summary.orphaned > 0)
        io.stderr(
          `md-minutes: ${displayName(file)}: kept ${summary.orphaned} file(s) of tasks that left the note, since a note with neither a path nor an id: may share its title and date with another; give it an id: in front matter\n`,
        );
      // A summary for the person running it; stdout stays free for what a pipe would read.
      io.stderr(
        `md-minutes: ${file}: ${summary.written} written, ${summary.unchanged} unchanged, ${summary.deleted} deleted in ${outDir}\n`,
      );
    } else if (built.components.length > 0 && targets) {
      writeFileAtomic(targets[index]!, icsText(built));
    } else if (built.components.length > 0) {
      io.stdout(icsText(built));
    }
  }
  return 0;
}

/**
 * A front-matter id names one note for ever; two inputs with the same one would write each other's
 * UIDs and delete each other's files, so the run stops before writing anything.
 */
function assertUniqueIds(notes: ReadonlyArray<{ file: string; id: string | null }>): void {
  const seen = new Map<string, string>();
  for (const { file, id } of notes) {
    if (id === null) continue;
    const first = seen.get(id);
    if (first !== undefined && resolve(first) !== resolve(file))
      throw new UsageError(
        `${displayName(file)}: front-matter id "${id}" is also the id of ${displayName(first)}; give each note its own id`,
      );
    seen.set(id, file);
  }
}

/** An input as read (`-` for standard input) and as named (its path, or `--stdin-filename`). */
interface Input {
  read: string;
  name: string;
}

/** Standard input can be read once; `--stdin-filename` names it, for its date, config and outputs. */
function namedInputs(positionals: readonly string[], stdinName: string | undefined): Input[] {
  const stdinCount = positionals.filter((file) => file === "-").length;
  if (stdinCount > 1)
    throw new UsageError(
      "extract: - (standard input) is named more than once; it can be read only once",
    );
  if (stdinName !== undefined && stdinCount === 0)
    throw new UsageError("--stdin-filename names standard input, but - is not among the inputs");
  if (stdinName === "" || stdinName === "-")
    throw new UsageError(
      `--stdin-filename "${stdinName}": expected a file name such as notes/2025-09-27-sync.md`,
    );
  return positionals.map((file) => ({
    read: file,
    name: file === "-" ? (stdinName ?? "-") : file,
  }));
}

/**
 * The file each input is written to in `--out-dir`, NAME.json (NAME.ics) after its own name.
 * Two inputs with the same name would overwrite each other, so that is refused naming both, as is
 * a target that is one of the inputs.
 */
function outputTargets(inputs: readonly Input[], outDir: string, extension: string): string[] {
  const byName = new Map<string, string>();
  const targets = inputs.map(({ name }) => {
    const stem = name === "-" ? "stdin" : basename(name, extname(name));
    const fileName = `${stem}${extension}`;
    const earlier = byName.get(fileName);
    if (earlier !== undefined)
      throw new UsageError(
        `--out-dir ${outDir}: ${displayInput(earlier)} and ${displayInput(name)} would both be written to ${fileName}; rename one, or write them in separate runs`,
      );
    byName.set(fileName, name);
    return join(outDir, fileName);
  });
  for (const target of targets)
    assertNotInput(
      target,
      inputs.map((input) => input.read),
    );
  return targets;
}

function displayInput(name: string): string {
  return name === "-" ? "<stdin>" : name;
}

type FlagValues = {
  timezone?: string;
  "reference-date"?: string;
  "date-order"?: string;
  "max-input-size"?: string;
  now?: string;
};

export function flagOptions(values: FlagValues): ParseOptions {
  const now = values.now === undefined ? null : readNow(values.now);
  if (values.now !== undefined && !now)
    throw new UsageError(`--now "${values.now}": ${NOW_EXPECTED}`);
  // The day the notes are read, for a meeting dated by weekday without a year: --now's, else the clock's.
  const options: ParseOptions = { today: now?.date ?? localDate(new Date()) };
  if (values.timezone !== undefined) {
    const zone = canonicalTimeZone(values.timezone);
    if (!zone)
      throw new UsageError(
        `--timezone "${values.timezone}": ${unknownZoneMessage(values.timezone)}`,
      );
    options.timezone = zone;
  }
  if (values["reference-date"] !== undefined) {
    if (!isWallClock(values["reference-date"])) {
      throw new UsageError(
        `--reference-date "${values["reference-date"]}": expected a real date YYYY-MM-DD or date and time YYYY-MM-DDTHH:MM`,
      );
    }
    options.referenceDate = values["reference-date"];
  }
  if (values["date-order"]) {
    if (values["date-order"] !== "MDY" && values["date-order"] !== "DMY")
      throw new UsageError(`--date-order "${values["date-order"]}": expected MDY or DMY`);
    options.dateOrder = values["date-order"];
  }
  if (values["max-input-size"]) {
    const size = Number(values["max-input-size"]);
    if (!Number.isInteger(size) || size <= 0)
      throw new UsageError(
        `--max-input-size "${values["max-input-size"]}": expected a positive whole number of bytes`,
      );
    options.maxInputSize = size;
  }
  return options;
}

function localDate(clock: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${clock.getFullYear()}-${pad(clock.getMonth() + 1)}-${pad(clock.getDate())}`;
}

/** Config first, flags over it; the file name always comes from the command line. */
export function mergeOptions(
  config: Config | null,
  flags: ParseOptions,
  file: string,
): ParseOptions {
  const fromConfig: ParseOptions = {};
  if (config) {
    for (const key of [
      "referenceDate",
      "timezone",
      "dateOrder",
      "kind",
      "people",
      "sectionAliases",
      "maxInputSize",
      "maxNestingDepth",
      "maxParagraphLength",
    ] as const) {
      if (config[key] != null) (fromConfig as Record<string, unknown>)[key] = config[key];
    }
  }
  return { ...fromConfig, ...flags, fileName: file === "-" ? null : file };
}
