import { resolve } from "node:path";
import type { Config } from "../check/config.js";
import { NOW_EXPECTED, nowAsInstant, nowAsWallClock, readNow } from "../check/now.js";
import { buildTrackingExport } from "../export/ical/tracking-export.js";
import type { Minutes } from "../model/minutes.js";
import { DEFAULT_MAX_INPUT_SIZE } from "../model/options.js";
import type { Tracking } from "../model/tracking.js";
import { parseMinutes } from "../parse-minutes.js";
import { formatOpenItems } from "../track/open-items.js";
import { formatTrackingStylish } from "../track/stylish.js";
import { trackMinutes } from "../track/track-minutes.js";
import { parseCommandArgs } from "./args.js";
import { configFor } from "./config.js";
import { UsageError } from "./errors.js";
import type { CommandIo } from "./extract.js";
import { flagOptions, mergeOptions } from "./extract.js";
import { findNotes } from "./find-notes.js";
import { icsText, repositoryPath, syncVdir } from "./ical-output.js";
import { assertOutputFolder, readNote } from "./io.js";

export const TRACK_HELP = `Usage: md-minutes track <file|dir|glob...> [options]

Follows tasks across the meetings of a series: what was promised, what got done,
what slipped, what quietly disappeared. Notes belong to one series when they share
"series:" in front matter, else the customer.

Options:
  --format NAME     stylish (default), json, markdown (an "Open items" section to
                    paste into the next note), ics (one VCALENDAR per series), vdir (one
                    .ics per tracked task into --out-dir: todoman, khal, vdirsyncer)
  --series NAME     one series, named NAME, for every input
  --now ISO         judge "overdue" at this date or date-time (default: not judged);
                    the day that places a meeting dated by weekday without a year
                    (default: today); ics/vdir: also DTSTAMP and LAST-MODIFIED
  --out-dir DIR     vdir: the folder to sync
  --timezone IANA   the meetings' time zone, e.g. Europe/Berlin
  --date-order MDY|DMY    how to read 10/11/2025 (default: MDY)
  --config FILE     config file (default: nearest .md-minutesrc.json)
`;

const FORMATS = ["stylish", "json", "markdown", "ics", "vdir"] as const;
type Format = (typeof FORMATS)[number];

export function runTrack(argv: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseCommandArgs("track", argv, {
    format: { type: "string", default: "stylish" },
    series: { type: "string" },
    now: { type: "string" },
    "out-dir": { type: "string" },
    timezone: { type: "string" },
    "date-order": { type: "string" },
    config: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(TRACK_HELP);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(
      `track: unknown --format "${values.format}", expected ${FORMATS.join(", ")}`,
    );
  if (positionals.length === 0)
    throw new UsageError("track: expected notes: files, folders or globs");
  if (positionals.includes("-"))
    throw new UsageError("track: reads notes from files; - (standard input) is not one of them");
  const now = values.now === undefined ? null : readNow(values.now);
  if (values.now !== undefined && !now)
    throw new UsageError(`--now "${values.now}": ${NOW_EXPECTED}`);
  if (values.series !== undefined && values.series.trim() === "")
    throw new UsageError('--series "": expected a series name');
  const outDir = values["out-dir"];
  if (format === "vdir" && !outDir)
    throw new UsageError("track: --format vdir needs --out-dir DIR");
  if (outDir !== undefined) assertOutputFolder(outDir);

  const cwd = io.cwd ?? process.cwd();
  const files = findNotes(positionals, {}, cwd);
  if (files.length === 0) {
    io.stderr(
      `md-minutes: track: no notes match ${positionals.map((arg) => `"${arg}"`).join(", ")}\n`,
    );
    return 2;
  }
  const flags = flagOptions({
    timezone: values.timezone,
    "date-order": values["date-order"],
    now: values.now,
  });
  const cache = new Map<string, Config | null>();
  const notes = files.map((file) => {
    const options = mergeOptions(configFor(file, values.config ?? null, cache, cwd), flags, file);
    const text = readNote(resolve(cwd, file), options.maxInputSize ?? DEFAULT_MAX_INPUT_SIZE);
    return { file, minutes: parseMinutes(text, options) };
  });
  // Deadlines are wall-clock; an instant is read as the clock time it states (see src/check/now.ts).
  const tracking = trackMinutes(notes, {
    series: values.series ?? null,
    now: now ? nowAsWallClock(now, null) : null,
  });
  for (const diagnostic of tracking.diagnostics) io.stderr(`md-minutes: ${diagnostic.message}\n`);
  if (format === "json") io.stdout(`${JSON.stringify(tracking, null, 2)}\n`);
  else if (format === "markdown") io.stdout(formatOpenItems(tracking));
  else if (format === "stylish") io.stdout(formatTrackingStylish(tracking));
  else {
    const byFile = new Map<string, Minutes>(notes.map(({ file, minutes }) => [file, minutes]));
    const instant = now ? nowAsInstant(now, null) : new Date();
    writeCalendars(format, tracking, byFile, instant, outDir ?? null, cwd, io);
  }
  return 0;
}

/** ics prints one VCALENDAR per series; vdir syncs each series into the folder, as its own producer. */
function writeCalendars(
  format: "ics" | "vdir",
  tracking: Tracking,
  notes: ReadonlyMap<string, Minutes>,
  now: Date,
  outDir: string | null,
  cwd: string,
  io: CommandIo,
): void {
  const notePaths = new Map(
    [...notes.keys()].map((file) => [file, repositoryPath(resolve(cwd, file))]),
  );
  for (const series of tracking.series) {
    const built = buildTrackingExport(series, notes, { now, notePaths });
    if (built.components.length === 0) continue;
    if (format === "ics") {
      io.stdout(icsText(built));
      continue;
    }
    const summary = syncVdir(built, resolve(cwd, outDir!), now, { file: series.name, id: null });
    for (const skipped of summary.skipped)
      io.stderr(`md-minutes: ${outDir}: left alone ${skipped}\n`);
    io.stderr(
      `md-minutes: series ${series.name}: ${summary.written} written, ${summary.unchanged} unchanged, ${summary.deleted} deleted in ${outDir}\n`,
    );
  }
}
