import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../src/index.js";

// Each fixtures/**/NAME.md is compared with NAME.expected.json (written by `npm run fixtures:update`
// and reviewed by hand), parsed with its file name and the options in NAME.options.json when present.
const root = join(import.meta.dirname, "..", "fixtures");

function notesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    // NAME.expected.md is an expected output (fixtures/track/), not a note. fixtures/check/ notes state their expected check messages inside them (test/check/rules.test.ts).
    if (path === join(root, "check")) return [];
    if (statSync(path).isDirectory()) return notesUnder(path);
    return name.endsWith(".md") && name !== "README.md" && !name.endsWith(".expected.md")
      ? [path]
      : [];
  });
}

const notes = notesUnder(root).sort();

describe("fixtures", () => {
  it("has at least ten notes, each with its expected JSON", () => {
    expect(notes.length).toBeGreaterThanOrEqual(10);
    for (const note of notes)
      expect(existsSync(note.replace(/\.md$/, ".expected.json")), relative(root, note)).toBe(true);
  });

  it.each(notes.map((note) => [relative(root, note), note]))("%s", (_name, note) => {
    const optionsFile = note.replace(/\.md$/, ".options.json");
    const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {};
    const minutes = parseMinutes(readFileSync(note, "utf8"), {
      ...options,
      fileName: basename(note),
    });
    const expected = JSON.parse(readFileSync(note.replace(/\.md$/, ".expected.json"), "utf8"));
    expect(minutes).toEqual(expected);
  });
});
