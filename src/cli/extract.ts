import { basename, extname, join } from "node:path";
import type { Config } from "../model/config.js";
import { DEFAULT_MAX_INPUT_SIZE, type ParseOptions } from "../model/options.js";
import { parseMinutes } from "../parse-minutes.js";
import { parseCommandArgs } from "./args.js";
import { configFor } from "./config.js";
import { UsageError } from "./errors.js";
import { iCalendarFlags, iCalendarOptions, icsText, syncVdir } from "./ical-output.js";
import { assertNotInput, assertOutputFolder, readNote, writeFileAtomic } from "./io.js";

export const EXTRACT_HELP = `Usage: md-minutes extract <file...|-> [options]

Reads meeting notes and prints their model as JSON, or their tasks as iCalendar.

Options:
  --format json|ics|vdir  output format (default: json); ics prints one VCALENDAR per note;
                          vdir syncs one .ics file per item into --out-dir (todoman, khal, vdirsyncer)
  --out-dir DIR           write one NAME.json (NAME.ics) per input into DIR instead of printing
  --tasks-as todos|events ics/vdir: tasks as VTODO (default) or, for Google Calendar, VEVENTs at their deadline
  --now ISO               ics/vdir: DTSTAMP and LAST-MODIFIED instant, e.g. 2025-09-27T12:00:00Z (default: now)
  --people FILE           ics/vdir: JSON { "Full Name": { "email": "..." } } for owner emails (ATTENDEE)
  --utc                   ics/vdir: write times in UTC (needs a time zone) instead of TZID local time
  --stdin-filename NAME   the file name standard input (-) stands for: its date, config and outputs
  --timezone IANA         the meeting's time zone, e.g. Europe/Berlin
  --reference-date D      YYYY-MM-DD[THH:MM], used when a note states no date
  --date-order MDY|DMY    how to read 10/11/2025 (default: MDY)
  --max-input-size BYTES  largest note to read (default: 5242880)
  --config FILE           config file (default: nearest .md-minutesrc.json)
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
}

export function runExtract(argv: readonly string[], io: CommandIo): number {
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
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(EXTRACT_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError("extract: expected at least one file, or - for standard input");
  if (!FORMATS.includes(values.format as never))
    throw new UsageError(
      `extract: unknown --format "${values.format}", expected ${FORMATS.join(", ")}`,
    );
  const inputs = namedInputs(positionals, values["stdin-filename"]);
  const flags = flagOptions(values);
  const cache = new Map<string, Config | null>();
  const outDir = values["out-dir"];
  if (outDir !== undefined) assertOutputFolder(outDir);
  if (values.format !== "json")
    return runICalendar(values.format as "ics" | "vdir", inputs, values, flags, cache, io);
  // Every target is settled (and checked) before the first is read or written, so a refusal
  // leaves no file changed.
  const targets = outDir ? outputTargets(inputs, outDir, ".json") : null;
  const results: Array<{ file: string; json: unknown }> = [];
  for (const input of inputs) {
    const options = mergeOptions(
      configFor(input.name, values.config ?? null, cache),
      flags,
      input.name,
    );
    const minutes = parseMinutes(
      readNote(input.read, options.maxInputSize ?? DEFAULT_MAX_INPUT_SIZE, io.stdin),
      options,
    );
    results.push({ file: input.name, json: minutes });
  }
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

type ICalendarValues = Parameters<typeof iCalendarFlags>[0] & {
  config?: string;
  "out-dir"?: string;
};

/** `--format ics` prints (or writes NAME.ics per note); `--format vdir` syncs every note into one folder. */
function runICalendar(
  format: "ics" | "vdir",
  inputs: readonly Input[],
  values: ICalendarValues,
  flags: ParseOptions,
  cache: Map<string, Config | null>,
  io: CommandIo,
): number {
  const calendarFlags = iCalendarFlags(values);
  const outDir = values["out-dir"];
  if (format === "vdir" && !outDir)
    throw new UsageError("extract: --format vdir needs --out-dir DIR");
  if (format === "ics" && !outDir && inputs.length > 1)
    throw new UsageError(
      "extract: --format ics prints one note; give one file, or --out-dir DIR for several",
    );
  const targets = format === "ics" && outDir ? outputTargets(inputs, outDir, ".ics") : null;
  for (const [index, input] of inputs.entries()) {
    const file = input.name;
    const config = configFor(file, values.config ?? null, cache);
    const minutes = parseMinutes(
      readNote(input.read, undefined, io.stdin),
      mergeOptions(config, flags, file),
    );
    const options = iCalendarOptions(file, calendarFlags, config?.people);
    if (calendarFlags.utc && !minutes.timezone)
      io.stderr(
        `md-minutes: ${file}: --utc needs a time zone (--timezone or the note's); times stay floating\n`,
      );
    if (format === "vdir") {
      const summary = syncVdir(minutes, options, outDir!, calendarFlags.now);
      for (const skipped of summary.skipped)
        io.stderr(`md-minutes: ${outDir}: left alone ${skipped}\n`);
      // A summary for the person running it; stdout stays free for what a pipe would read.
      io.stderr(
        `md-minutes: ${file}: ${summary.written} written, ${summary.unchanged} unchanged, ${summary.deleted} deleted in ${outDir}\n`,
      );
    } else if (targets) {
      writeFileAtomic(targets[index]!, icsText(minutes, options));
    } else {
      io.stdout(icsText(minutes, options));
    }
  }
  return 0;
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
};

function flagOptions(values: FlagValues): ParseOptions {
  const options: ParseOptions = {};
  if (values.timezone) options.timezone = values.timezone;
  if (values["reference-date"]) {
    if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(values["reference-date"])) {
      throw new UsageError(
        `--reference-date "${values["reference-date"]}": expected YYYY-MM-DD or YYYY-MM-DDTHH:MM`,
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
