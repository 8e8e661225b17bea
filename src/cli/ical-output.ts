import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { z } from "zod";
import type { ICalendarOptions } from "../export/ical/options.js";
import { buildCalendarExport, calendarText } from "../export/ical/to-icalendar.js";
import { planVdirSync, type VdirFile } from "../export/ical/vdir-sync.js";
import type { Minutes } from "../model/minutes.js";
import { type Person, personSchema } from "../model/options.js";
import { UsageError } from "./errors.js";
import { describeFileError, writeFileAtomic } from "./io.js";
import { parseJsonText } from "./json-text.js";

/** The iCalendar flags of `extract`, as given on the command line. */
export interface ICalendarFlags {
  tasksAs: "todos" | "events";
  now: Date;
  utc: boolean;
  people: Record<string, Person>;
}

export function iCalendarFlags(values: {
  "tasks-as"?: string;
  now?: string;
  utc?: boolean;
  people?: string;
}): ICalendarFlags {
  const tasksAs = values["tasks-as"] ?? "todos";
  if (tasksAs !== "todos" && tasksAs !== "events")
    throw new UsageError(`--tasks-as "${tasksAs}": expected todos or events`);
  let now = new Date();
  if (values.now) {
    // An instant needs its offset; a bare local time would make DTSTAMP depend on the machine.
    if (
      !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(
        values.now,
      ) ||
      Number.isNaN(Date.parse(values.now))
    ) {
      throw new UsageError(
        `--now "${values.now}": expected an ISO 8601 instant with offset, e.g. 2025-09-27T12:00:00Z`,
      );
    }
    now = new Date(values.now);
  }
  return {
    tasksAs,
    now,
    utc: values.utc ?? false,
    people: values.people ? readPeople(values.people) : {},
  };
}

const peopleFileSchema = z.record(z.string(), personSchema);

function readPeople(path: string): Record<string, Person> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new UsageError(`--people ${path}: cannot read: ${describeFileError(cause)}`);
  }
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) throw new UsageError(`--people ${path}: not valid JSON: ${parsed.reason}`);
  const value = parsed.value;
  const result = peopleFileSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(
      `--people ${path}: "${issue.path.join(".") || "(root)"}": ${issue.message}, expected { "Full Name": { "email": "..." } }`,
    );
  }
  return result.data;
}

/** toICalendar options for one note: its path relative to its repository, never an absolute one. */
export function iCalendarOptions(
  file: string,
  flags: ICalendarFlags,
  configPeople: Record<string, Person> | null | undefined,
): ICalendarOptions {
  return {
    tasksAs: flags.tasksAs,
    now: flags.now,
    utc: flags.utc,
    people: { ...(configPeople ?? {}), ...flags.people },
    notePath: file === "-" ? null : repositoryPath(file),
  };
}

function repositoryPath(file: string): string {
  const absolute = resolve(file);
  let directory = dirname(absolute);
  for (;;) {
    if (existsSync(join(directory, ".git")))
      return relative(directory, absolute).split(sep).join("/");
    const parent = dirname(directory);
    // Outside a repository: the path as the user gave it, unless absolute (checkouts move).
    if (parent === directory) return isAbsolute(file) ? basename(file) : file.split(sep).join("/");
    directory = parent;
  }
}

export function icsText(minutes: Minutes, options: ICalendarOptions): string {
  const built = buildCalendarExport(minutes, options);
  return calendarText(built.components, built.timezones);
}

export interface SyncSummary {
  written: number;
  unchanged: number;
  deleted: number;
  skipped: string[];
}

/** Syncs one note into a vdir folder; the plan is pure (src/export), only the file work is here. */
export function syncVdir(
  minutes: Minutes,
  options: ICalendarOptions,
  directory: string,
  now: Date,
): SyncSummary {
  const built = buildCalendarExport(minutes, options);
  const plan = planVdirSync(built, readVdir(directory), now);
  for (const write of plan.writes) writeFileAtomic(join(directory, write.name), write.contents);
  for (const removal of plan.deletes) rmSync(join(directory, removal.name), { force: true });
  return {
    written: plan.writes.length,
    unchanged: plan.unchanged.length,
    deleted: plan.deletes.length,
    skipped: plan.skipped.map((skip) => `${skip.name}: ${skip.reason}`),
  };
}

/** The `.ics` files directly in the folder; anything else there is not ours to read. */
function readVdir(directory: string): VdirFile[] {
  if (!existsSync(directory)) return [];
  if (!statSync(directory).isDirectory())
    throw new UsageError(`--out-dir ${directory}: not a directory`);
  const files: VdirFile[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith(".ics")) continue;
    files.push({ name: entry.name, contents: readFileSync(join(directory, entry.name), "utf8") });
  }
  return files;
}
