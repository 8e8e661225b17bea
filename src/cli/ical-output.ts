import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { z } from "zod";
import { NOW_EXPECTED, type NowValue, nowAsInstant, readNow } from "../check/now.js";
import type { ICalendarOptions } from "../export/ical/options.js";
import { type CalendarExport, calendarText } from "../export/ical/to-icalendar.js";
import { planVdirSync, type VdirFile } from "../export/ical/vdir-sync.js";
import { parseJsonText } from "../model/json-text.js";
import type { Minutes } from "../model/minutes.js";
import { type Person, personSchema } from "../model/options.js";
import { frontMatterString, readFrontMatter } from "../parse/front-matter.js";
import { UsageError } from "./errors.js";
import { describeFileError, writeFileAtomic } from "./io.js";
import { findRepositoryRoot } from "./repository.js";

/** The iCalendar flags of `extract`, as given on the command line. */
export interface ICalendarFlags {
  tasksAs: "todos" | "events";
  /** `--now` as given, read per note in its zone; null for the current time. */
  now: NowValue | null;
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
  const now = values.now === undefined ? null : readNow(values.now);
  if (values.now !== undefined && !now)
    throw new UsageError(`--now "${values.now}": ${NOW_EXPECTED}`);
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

/**
 * "Now" for one note: `--now` read in the note's zone (see src/check/now.ts, shared with check),
 * else the current time.
 */
export function nowForNote(flags: ICalendarFlags, minutes: Minutes, current: Date): Date {
  return flags.now ? nowAsInstant(flags.now, minutes.timezone) : current;
}

/**
 * toICalendar options for one note: its path relative to the repository root, and its
 * front-matter `id:`; together they name the note for UIDs (see noteProducer).
 */
export function iCalendarOptions(
  file: string,
  noteId: string | null,
  flags: ICalendarFlags,
  configPeople: Record<string, Person> | null | undefined,
  now: Date,
): ICalendarOptions {
  return {
    tasksAs: flags.tasksAs,
    now,
    utc: flags.utc,
    people: { ...(configPeople ?? {}), ...flags.people },
    notePath: file === "-" ? null : repositoryPath(file),
    noteId,
  };
}

/**
 * The path from the repository root (the nearest folder with `.git`), the same in every clone.
 * Outside a repository there is no root but `/`, so the absolute path: a relative one would name
 * another note when run from another folder, and a bare file name would be shared by two folders.
 */
export function repositoryPath(file: string): string {
  const absolute = resolve(file);
  const root = repositoryRoot(file);
  return (root === null ? absolute : relative(root, absolute)).split(sep).join("/");
}

/** The nearest folder above the file that holds `.git`, or null outside a repository. */
function repositoryRoot(file: string): string | null {
  return findRepositoryRoot(dirname(resolve(file)));
}

/**
 * Files of the same id written from another path belong to this note renamed, or to another
 * note with the same id (a copy that kept it). If that path still holds a note with the id, the
 * sync would take over and delete the other note's tasks: refuse, before any file is changed.
 */
function assertIdNotTaken(
  paths: readonly string[],
  file: string,
  id: string,
  directory: string,
): void {
  const own = repositoryPath(file);
  const root = repositoryRoot(file);
  for (const path of paths) {
    if (path === own) continue;
    const location = isAbsolute(path) ? path : root === null ? null : join(root, path);
    if (location === null || !existsSync(location) || !statSync(location).isFile()) continue;
    let text: string;
    try {
      text = readFileSync(location, "utf8");
    } catch {
      continue;
    }
    if (frontMatterId(text) === id)
      throw new UsageError(
        `${file}: front-matter id "${id}" is also the id of ${path}, whose tasks are in ${directory}; give each note its own id`,
      );
  }
}

/** The note's front-matter `id:`, read as the parser reads front matter (BOM dropped, any line ending). */
export function frontMatterId(text: string): string | null {
  const frontMatter = readFrontMatter(text.replace(/^\uFEFF+/, "").replace(/\r\n?/g, "\n"));
  return frontMatter && !frontMatter.error ? frontMatterString(frontMatter.data, "id") : null;
}

export function icsText(built: CalendarExport): string {
  return calendarText(built.components, built.timezones);
}

export interface SyncSummary {
  written: number;
  unchanged: number;
  deleted: number;
  /** Files of tasks that left a note known only by title and date; kept, see VdirPlan.orphaned. */
  orphaned: number;
  skipped: string[];
}

/** Syncs one note into a vdir folder; the plan is pure (src/export), only the file work is here. */
export function syncVdir(
  built: CalendarExport,
  directory: string,
  now: Date,
  note: { file: string; id: string | null },
): SyncSummary {
  const plan = planVdirSync(built, readVdir(directory), now);
  if (note.id !== null && note.file !== "-")
    assertIdNotTaken(plan.producerPaths, note.file, note.id, directory);
  for (const write of plan.writes) writeFileAtomic(join(directory, write.name), write.contents);
  for (const removal of plan.deletes) rmSync(join(directory, removal.name), { force: true });
  return {
    written: plan.writes.length,
    unchanged: plan.unchanged.length,
    deleted: plan.deletes.length,
    orphaned: plan.orphaned.length,
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
