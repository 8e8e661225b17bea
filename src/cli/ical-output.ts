import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { z } from "zod";
import type { ICalendarOptions } from "../export/ical/options.js";
import { type CalendarExport, calendarText } from "../export/ical/to-icalendar.js";
import { planVdirSync, type VdirFile } from "../export/ical/vdir-sync.js";
import { type Person, personSchema } from "../model/options.js";
import { frontMatterString, readFrontMatter } from "../parse/front-matter.js";
import { UsageError } from "./errors.js";
import { writeFileAtomic } from "./io.js";

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
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new UsageError(`--people ${path}: cannot read JSON: ${(cause as Error).message}`);
  }
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
 * toICalendar options for one note: its path relative to the repository root, and its
 * front-matter `id:`; together they name the note for UIDs (see noteProducer).
 */
export function iCalendarOptions(
  file: string,
  noteId: string | null,
  flags: ICalendarFlags,
  configPeople: Record<string, Person> | null | undefined,
): ICalendarOptions {
  return {
    tasksAs: flags.tasksAs,
    now: flags.now,
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
function repositoryPath(file: string): string {
  const absolute = resolve(file);
  let directory = dirname(absolute);
  for (;;) {
    if (existsSync(join(directory, ".git")))
      return relative(directory, absolute).split(sep).join("/");
    const parent = dirname(directory);
    if (parent === directory) return absolute.split(sep).join("/");
    directory = parent;
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
export function syncVdir(built: CalendarExport, directory: string, now: Date): SyncSummary {
  const plan = planVdirSync(built, readVdir(directory), now);
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
