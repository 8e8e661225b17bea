import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The evaluation corpus is data that the scorer and the bench read: a note without its gold, its
// split or its source line would be scored wrongly or silently left out.
const root = join(import.meta.dirname, "..", "eval", "corpus");
const stems = (folder: string, extension: string) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();

describe("the evaluation corpus", () => {
  const notes = stems("raw", ".md");

  it("has a gold file for every note and a note for every gold file", () => {
    expect(notes.length).toBeGreaterThanOrEqual(40);
    expect(stems("gold", ".json")).toEqual(notes);
  });

  it("gives each gold file the fields the scorer reads", () => {
    for (const note of notes) {
      const gold = JSON.parse(readFileSync(join(root, "gold", `${note}.json`), "utf8"));
      expect(Array.isArray(gold.actionItems), note).toBe(true);
      expect(Array.isArray(gold.attendees), note).toBe(true);
      expect("meetingDate" in gold, note).toBe(true);
    }
  });

  it("lists the meeting date among the dates a gold file accepts", () => {
    // The scorer reads only "meetingDateAnyOf" when it is there: a list without the date itself
    // would mark the right answer wrong.
    const without = notes.filter((note) => {
      const gold = JSON.parse(readFileSync(join(root, "gold", `${note}.json`), "utf8"));
      return gold.meetingDateAnyOf && !gold.meetingDateAnyOf.includes(gold.meetingDate);
    });
    expect(without).toEqual([]);
  });

  it("puts every note in the split its name's hash gives, and lists its source", () => {
    const rows = readFileSync(join(root, "splits.tsv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t") as [string, string]);
    expect(rows.map(([name]) => name).sort()).toEqual(notes);
    for (const [name, split] of rows) {
      const hash = Number.parseInt(createHash("sha1").update(name).digest("hex").slice(0, 8), 16);
      expect(split, name).toBe(hash % 3 === 0 ? "test" : "dev");
    }
    const sources = readFileSync(join(root, "SOURCES.md"), "utf8");
    // The table's header row names its first column "file".
    const listed = [...sources.matchAll(/^\| ([a-z0-9][a-z0-9.-]*) \|/gm)]
      .map((match) => match[1])
      .filter((name) => name !== "file");
    expect([...new Set(listed)].sort()).toEqual(notes);
  });
});
