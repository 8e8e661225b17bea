import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMinutes } from "../../src/index.js";
import type { TrackInput } from "../../src/track/track-minutes.js";

/** The four notes of the Kestrel Maritime escalation, written for these tests. */
export const SERIES_FOLDER = join(import.meta.dirname, "../../fixtures/track");

export const SERIES_FILES = readdirSync(SERIES_FOLDER)
  .filter((name) => /^\d{4}-\d{2}-\d{2}-.*\.md$/.test(name))
  .sort();

export function readSeries(files: readonly string[] = SERIES_FILES): TrackInput[] {
  return files.map((file) => ({
    file,
    minutes: parseMinutes(readFileSync(join(SERIES_FOLDER, file), "utf8"), { fileName: file }),
  }));
}
