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
  const flags = flagOptions(values);
  const cache = new Map<string, Config | null>();
  const outDir = values["out-dir"];
  if (outDir !== undefined) assertOutputFolder(outDir);
  if (values.format !== "json")
    return runICalendar(values.format as "ics" | "vdir", positionals, values, flags, cache, io);
  const results: Array<{ file: string; json: unknown }> = [];
  for (const file of positionals) {
    const options = mergeOptions(configFor(file, values.config ?? null, cache), flags, file);
    const minutes = parseMinutes(
      readNote(file, options.maxInputSize ?? DEFAULT_MAX_INPUT_SIZE),
      options,
    );
    results.push({ file, json: minutes });
  }
  if (outDir) {
    const used = new Set<string>();
    const outputs = results.map(({ file, json }) => ({
      target: join(outDir, outputName(file, used)),
      json,
    }));
    // Every target is checked before the first is written, so a refusal leaves no file changed.
    for (const { target } of outputs) assertNotInput(target, positionals);
    for (const { target, json } of outputs)
      writeFileAtomic(target, `${JSON.stringify(json, null, 2)}\n`);
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
  files: readonly string[],
  values: ICalendarValues,
  flags: ParseOptions,
  cache: Map<string, Config | null>,
  io: CommandIo,
): number {
  const calendarFlags = iCalendarFlags(values);
  const outDir = values["out-dir"];
  if (format === "vdir" && !outDir)
    throw new UsageError("extract: --format vdir needs --out-dir DIR");
  if (format === "ics" && !outDir && files.length > 1)
    throw new UsageError(
      "extract: --format ics prints one note; give one file, or --out-dir DIR for several",
    );
  const used = new Set<string>();
  for (const file of files) {
    const config = configFor(file, values.config ?? null, cache);
    const minutes = parseMinutes(readNote(file), mergeOptions(config, flags, file));
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
    } else if (outDir) {
      const target = join(outDir, outputName(file, used, ".ics"));
      assertNotInput(target, files);
      writeFileAtomic(target, icsText(minutes, options));
    } else {
      io.stdout(icsText(minutes, options));
    }
  }
  return 0;
}

function outputName(file: string, used: Set<string>, extension = ".json"): string {
  const stem = file === "-" ? "stdin" : basename(file, extname(file));
  let name = `${stem}${extension}`;
  for (let n = 2; used.has(name); n++) name = `${stem}-${n}${extension}`;
  used.add(name);
  return name;
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
