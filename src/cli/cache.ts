import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { z } from "zod";
import { mayBeDatedByWeekday } from "../resolve/weekday-year.js";
import { VERSION } from "../version.js";
import { writeFileAtomic } from "./io.js";
import type { CheckJob, NoteResult } from "./note-result.js";

/** `--cache-location`'s default, from the current folder, where ESLint and others keep theirs. */
export const DEFAULT_CACHE_LOCATION = "node_modules/.cache/md-minutes/";
const CACHE_FILE_NAME = "check-cache.json";
const FORMAT = "md-minutes-check-cache";

/**
 * Results of `check` by note, from earlier runs. An entry is used only when its key matches: a
 * hash of the note's text, its path, the effective config, `--now` and the md-minutes version,
 * which is everything a result depends on. A file that is not ours, of another version, or not
 * readable as one is ignored and rewritten; a failed write only costs the next run its speed.
 *
 * The series slice of each note's model (what rules over several notes read) is kept in a folder
 * beside the cache (NAME.series/KEY.json), one file per key, read only when asked for: it is as
 * large as the notes themselves, a run without cross-note rules need not parse it, and a run
 * that changed a few notes writes a few small files.
 */
export interface CheckCache {
  /** The stored result of a note, when its key matches; its `series` is null. */
  get(path: string, key: string): NoteResult | null;
  /** The stored series slice of a note's model, when its key matches. */
  series(path: string, key: string): string | null;
  set(path: string, key: string, result: NoteResult): void;
  /** Writes the cache when this run changed it; returns a warning when it could not. */
  save(): string | null;
}

/** The key of one note's result: every input of `checkNote`, and our version. */
export function cacheKey(job: CheckJob, version: string = VERSION): string {
  return (
    createHash("sha256")
      .update(JSON.stringify([version, keyedOptions(job), job.rules, job.now]))
      // keepSeries is left out: it changes what is kept, not the result.
      .update("\0")
      .update(job.text)
      .digest("base64url")
  );
}

/**
 * The day of the run changes a result only where the note may be dated by weekday without a
 * year; elsewhere it is left out of the key, so that a cache lasts from one day to the next.
 */
function keyedOptions(job: CheckJob): CheckJob["options"] {
  if (!job.options.today || mayBeDatedByWeekday(job.text)) return job.options;
  const { today: _, ...rest } = job.options;
  return rest;
}

/** The cache file a `--cache-location` names: a folder (ending in / or existing) or a file. */
export function cacheFilePath(location: string, cwd: string): string {
  const full = resolve(cwd, location);
  const isFolder =
    location.endsWith("/") ||
    location.endsWith(sep) ||
    (existsSync(full) && statSync(full).isDirectory());
  return isFolder ? join(full, CACHE_FILE_NAME) : full;
}

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  entries: z.record(z.string(), z.unknown()),
});

interface Entry {
  key: string;
  result: unknown;
}

export function openCache(file: string): CheckCache {
  const main = readEntries(file);
  const seriesFolder = `${file.replace(/\.json$/, "")}.series`;
  const seriesFile = (key: string) => join(seriesFolder, `${key}.json`);
  let changed = main.stale;
  const pendingSeries = new Map<string, string>();
  return {
    get(path, key) {
      const entry = main.entries.get(path) as Partial<Entry> | undefined;
      if (!isObject(entry) || entry.key !== key) return null;
      // Checked on use rather than all at once: one damaged entry costs only its own note.
      return isNoteResult(entry.result) ? entry.result : null;
    },
    series(_path, key) {
      const pending = pendingSeries.get(key);
      if (pending !== undefined) return pending;
      try {
        const text = readFileSync(seriesFile(key), "utf8");
        JSON.parse(text);
        return text;
      } catch {
        return null;
      }
    },
    set(path, key, result) {
      if (result.status === "checked") {
        main.entries.set(path, { key, result: { ...result, series: null } });
        if (result.series !== null) pendingSeries.set(key, result.series);
      } else main.entries.set(path, { key, result });
      changed = true;
    },
    save() {
      if (!changed) return null;
      // Notes that are gone (deleted, renamed) leave the cache when it is written anyway.
      for (const path of main.entries.keys()) if (!existsSync(path)) main.entries.delete(path);
      try {
        writeFileAtomic(file, cacheText(main.entries));
        // One file per key, so that a run that changed a few notes writes a few small files.
        for (const [key, series] of pendingSeries) writeFileAtomic(seriesFile(key), series);
        pruneSeries(seriesFolder, main.entries);
        return null;
      } catch (error) {
        return `cannot write the cache: ${(error as Error).message}`;
      }
    },
  };
}

/** Removes the series files of keys the cache no longer holds. */
function pruneSeries(folder: string, entries: Map<string, unknown>): void {
  const kept = new Set<string>();
  for (const entry of entries.values()) if (isObject(entry)) kept.add(`${String(entry.key)}.json`);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  // Names starting with a dot are writes in progress (writeFileAtomic), perhaps of another run.
  for (const name of names)
    if (!name.startsWith(".") && !kept.has(name)) rmSync(join(folder, name), { force: true });
}

function cacheText(entries: Map<string, unknown>): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, entries: Object.fromEntries(entries) });
}

/** The entries of the cache file; a missing, foreign, corrupt or older one holds none. */
function readEntries(file: string): { entries: Map<string, Entry | unknown>; stale: boolean } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    // Missing, or not readable: the run goes on without it, and tries to write a new one.
    return { entries: new Map(), stale: true };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { entries: new Map(), stale: true };
  }
  const checked = fileSchema.safeParse(parsed);
  if (!checked.success) return { entries: new Map(), stale: true };
  return { entries: new Map(Object.entries(checked.data.entries)), stale: false };
}

// A hand-written check rather than a zod schema: it runs on every note of a cached run, and zod
// building a copy of each entry took longer than the rest of the lookup.
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isNoteResult(value: unknown): value is NoteResult {
  if (!isObject(value)) return false;
  if (value.status === "opted-out") return true;
  return (
    value.status === "checked" &&
    typeof value.looksLikeNote === "boolean" &&
    value.series === null &&
    isMessageList(value.messages) &&
    isMessageList(value.suppressedMessages)
  );
}

function isMessageList(value: unknown): boolean {
  return Array.isArray(value) && value.every(isMessageData);
}

const isNullableString = (value: unknown) => value === null || typeof value === "string";

function isMessageData(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { reason, ruleId, source, fatal, url, file, place, actual, expected } = value;
  return (
    typeof reason === "string" &&
    isNullableString(ruleId) &&
    isNullableString(source) &&
    (fatal === null || fatal === undefined || typeof fatal === "boolean") &&
    isNullableString(url) &&
    typeof file === "string" &&
    (place === null ||
      isPoint(place) ||
      (isObject(place) && isPoint(place.start) && isPoint(place.end))) &&
    isNullableString(actual) &&
    (expected === null ||
      (Array.isArray(expected) && expected.every((item) => typeof item === "string")))
  );
}

function isPoint(value: unknown): boolean {
  return (
    isObject(value) &&
    Number.isInteger(value.line) &&
    Number.isInteger(value.column) &&
    (value.offset === undefined || Number.isInteger(value.offset))
  );
}
