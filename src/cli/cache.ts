import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { z } from "zod";
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
 */
export interface CheckCache {
  /** The stored result of a note, when its key matches. */
  get(path: string, key: string): NoteResult | null;
  set(path: string, key: string, result: NoteResult): void;
  /** Writes the cache when this run changed it; returns a warning when it could not. */
  save(): string | null;
}

/** The key of one note's result: every input of `checkNote`, and our version. */
export function cacheKey(job: CheckJob, version: string = VERSION): string {
  return createHash("sha256")
    .update(JSON.stringify([version, job.options, job.rules, job.now]))
    .update("\0")
    .update(job.text)
    .digest("base64url");
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

const pointSchema = z.object({
  line: z.number(),
  column: z.number(),
  offset: z.number().optional(),
});
const messageSchema = z.object({
  reason: z.string(),
  ruleId: z.string().nullable(),
  source: z.string().nullable(),
  fatal: z.boolean().nullable().optional(),
  url: z.string().nullable(),
  file: z.string(),
  place: z.union([pointSchema, z.object({ start: pointSchema, end: pointSchema })]).nullable(),
  actual: z.string().nullable(),
  expected: z.array(z.string()).nullable(),
});
const resultSchema = z.union([
  z.object({ status: z.literal("opted-out") }),
  z.object({
    status: z.literal("checked"),
    looksLikeNote: z.boolean(),
    messages: z.array(messageSchema),
    suppressedMessages: z.array(messageSchema),
    series: z.string(),
  }),
]);
const entrySchema = z.object({ key: z.string(), result: z.unknown() });
const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  entries: z.record(z.string(), z.unknown()),
});

type Entry = z.infer<typeof entrySchema>;

export function openCache(file: string): CheckCache {
  const { entries, stale } = readEntries(file);
  let changed = stale;
  return {
    get(path, key) {
      const entry = entrySchema.safeParse(entries.get(path));
      if (!entry.success || entry.data.key !== key) return null;
      // Checked on use rather than all at once: one damaged entry costs only its own note.
      const result = resultSchema.safeParse(entry.data.result);
      return result.success ? (result.data as NoteResult) : null;
    },
    set(path, key, result) {
      entries.set(path, { key, result });
      changed = true;
    },
    save() {
      if (!changed) return null;
      // Notes that are gone (deleted, renamed) leave the cache when it is written anyway.
      for (const path of entries.keys()) if (!existsSync(path)) entries.delete(path);
      const contents = JSON.stringify({
        format: FORMAT,
        version: VERSION,
        entries: Object.fromEntries(entries),
      });
      try {
        writeFileAtomic(file, contents);
        return null;
      } catch (error) {
        return `cannot write the cache: ${(error as Error).message}`;
      }
    },
  };
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
