import { describe, expect, it } from "vitest";
import { minutesSchema, parseMinutes } from "../src/index.js";
import { sourceProblems } from "./source-positions.js";

/**
 * Failures the property tests found, each kept as its minimal counterexample. The seed and path
 * replay the original run: FUZZ_SEED=<seed> npx vitest run test/properties.test.ts.
 */
describe("property-test regressions", () => {
  // seed -1143920711, path "6:0:3:1:2:4:4:5:6:6:1:1:1": the heading kind came from Object.prototype.
  it('reads a heading named "constructor" as a plain section, not as Object.prototype.constructor', () => {
    const minutes = parseMinutes("# constructor\n\n## Notes\n\nText");
    expect(minutesSchema.safeParse(minutes).success).toBe(true);
    expect(minutes.diagnostics).toEqual([]);
    expect(minutes.notes.map((note) => note.text)).toEqual(["Text"]);
  });

  it('reads headings named "__proto__", "toString" and "hasOwnProperty" as plain sections', () => {
    const minutes = parseMinutes(
      "# Title\n\n## \\_\\_proto\\_\\_\n\nA\n\n## toString\n\nB\n\n## hasOwnProperty\n\nC",
    );
    expect(minutes.diagnostics).toEqual([]);
    expect(minutes.sections.map((section) => [section.heading, section.kind])).toEqual([
      ["__proto__", "other"],
      ["toString", "other"],
      ["hasOwnProperty", "other"],
    ]);
  });

  // Sampled with seed 42: front matter `start: 1162121486` and a time in a risk never returned,
  // since the invalid start became chrono's reference instant. Minimal form below.
  it("refuses an unreadable start time instead of looping in chrono", () => {
    const minutes = parseMinutes("---\nstart: 99\ndate: 2025-09-27\n---\n## Risks\n\n- 9am PT", {
      referenceDate: "2025-09-27",
    });
    expect(minutes.start).toBeNull();
    expect(minutes.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["unreadable-time"]);
    expect(minutes.risks.map((risk) => risk.text)).toEqual(["9am PT"]);
  });

  it("keeps a readable 24-hour start from front matter", () => {
    const minutes = parseMinutes("---\nstart: '9:30'\ndate: 2025-09-27\n---\n# Sync");
    expect(minutes.start).toBe("09:30");
    expect(minutes.diagnostics).toEqual([]);
  });

  // Found while timing long lines: the trailing-handles regex backtracked exponentially
  // (20 repetitions took 180 ms, each one more doubled it); 40 would not finish in a day.
  it("reads a task of many handles followed by a word, in linear time", () => {
    const text = `${"@a ".repeat(40)}x`;
    const minutes = parseMinutes(`## Risks\n\n- ${text}`);
    expect(minutes.risks).toHaveLength(1);
    expect(minutes.risks[0]!.text).toBe(text.trim());
    // The handles sit inside the text (a word follows them), so they are owners but stay in the text; repeats collapse.
    expect(minutes.risks[0]!.owners.map((owner) => owner.name)).toEqual(["@a"]);
  });

  it("still splits trailing handles from a task, and leaves e-mail addresses alone", () => {
    const minutes = parseMinutes(
      "## Action Items\n\n- Ship the fix - @lisa, @raj\n- Ship it @lisa and @raj.\n- Mail bob@example.com",
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]),
    ).toEqual([
      ["Ship the fix", ["@lisa", "@raj"]],
      ["Ship it", ["@lisa", "@raj"]],
      ["Mail bob@example.com", []],
    ]);
  });

  // seed 871818750, path "8023:9:5:6:6:6:6:6:4" (npm run fuzz): micromark skipped the second BOM
  // and counted positions after it, one short of the input.
  it("keeps positions right after two byte order marks", () => {
    const text = "\ufeff\ufeff *\n# Attendees";
    const minutes = parseMinutes(text);
    expect(sourceProblems(minutes, text)).toEqual([]);
    expect(minutes.sections[0]!.source).toEqual({
      start: { line: 2, column: 1, offset: 5 },
      end: { line: 2, column: 12, offset: 16 },
    });
  });
});
