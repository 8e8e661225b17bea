import { describe, expect, it } from "vitest";
import { parseMinutes } from "../src/index.js";
import { DEFAULT_GUARD_LIMITS, guardMarkdown } from "../src/parse/guards.js";
import { sourceProblems } from "./source-positions.js";

const codes = (text: string, options = {}) =>
  parseMinutes(text, options).diagnostics.map((diagnostic) => diagnostic.code);

describe("guardMarkdown", () => {
  it("passes an ordinary note through untouched", () => {
    const text = "# Sync\n\n> quoted\n\n- a\n  - b\n    - c\n\n| a | b |\n| - | - |\n| 1 | 2 |\n";
    expect(guardMarkdown(text)).toEqual({
      parserText: text,
      shifts: [],
      plainRegions: [],
      diagnostics: [],
    });
  });

  it("flags the first line nested deeper than the limit, and keeps it from the parser", () => {
    const deep = `${"> ".repeat(101)}too deep`;
    const guarded = guardMarkdown(`ok\n\n${deep}\n\nafter`);
    expect(guarded.diagnostics).toEqual([
      {
        code: "nesting-too-deep",
        message:
          "Line is nested about 101 levels deep (blockquotes, lists or indentation), more than the limit of 100; read as plain text without Markdown",
        source: {
          start: { line: 3, column: 1, offset: 4 },
          end: { line: 3, column: deep.length + 1, offset: 4 + deep.length },
        },
      },
    ]);
    expect(guarded.plainRegions.map((region) => region.value)).toEqual([deep]);
    expect(guarded.parserText).toBe("ok\n\n\n\nafter");
    expect(guarded.shifts).toEqual([{ from: 4, delta: deep.length }]);
  });

  it("counts indentation as list levels, so a deep indented list is cut where it passes the limit", () => {
    const lines = Array.from(
      { length: 120 },
      (_, level) => `${"  ".repeat(level)}- level ${level}`,
    );
    const guarded = guardMarkdown(lines.join("\n"));
    // Level 100 (line 101) is the first with more than 100 containers: its marker plus 100 indents.
    expect(
      guarded.diagnostics.map((diagnostic) => [
        diagnostic.code,
        diagnostic.source?.start.line,
        diagnostic.source?.end.line,
      ]),
    ).toEqual([["nesting-too-deep", 101, 120]]);
  });

  it("keeps list items apart, so a long list is no long paragraph", () => {
    const list = Array.from(
      { length: 1_000 },
      (_, index) => `- item ${index} has *some* words to read`,
    ).join("\n");
    expect(list.length).toBeGreaterThan(DEFAULT_GUARD_LIMITS.maxParagraphLength);
    expect(guardMarkdown(list).diagnostics).toEqual([]);
  });

  it("flags a paragraph longer than the limit, and one with too many inline markers", () => {
    expect(
      guardMarkdown("a ".repeat(10_001)).diagnostics.map((diagnostic) => diagnostic.code),
    ).toEqual(["paragraph-too-long"]);
    expect(
      guardMarkdown("*a ".repeat(1_001)).diagnostics.map((diagnostic) => diagnostic.code),
    ).toEqual(["paragraph-too-complex"]);
    expect(guardMarkdown("*a ".repeat(1_000)).diagnostics).toEqual([]);
  });

  it("keeps a fenced code block whole, and skips a long one quietly since code is never read", () => {
    const log = Array.from(
      { length: 800 },
      (_, index) => `- [${index}] *** some_log_line __init__ ~~~`,
    ).join("\n");
    const text = `Before\n\n\`\`\`text\n${log}\n\n\`\`\`\n\nAfter`;
    const guarded = guardMarkdown(text);
    expect(guarded.diagnostics).toEqual([]);
    expect(guarded.plainRegions).toEqual([]);
    expect(guarded.parserText).toBe(
      `Before\n\n${"\n".repeat(log.split("\n").length + 2)}\n\nAfter`,
    );
  });

  it("still catches deep nesting and long paragraphs behind something that only looks like a fence", () => {
    const hidden = `<pre>\n\`\`\`\n</pre>\n\n${"> ".repeat(500)}deep`;
    expect(guardMarkdown(hidden).diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      "nesting-too-deep",
    ]);
  });

  it("honours the limits it is given", () => {
    const limits = { maxNestingDepth: 2, maxParagraphLength: 10, maxInlineMarkers: 2 };
    expect(guardMarkdown("> > ok", limits).diagnostics).toEqual([]);
    expect(
      guardMarkdown("> > > no", limits).diagnostics.map((diagnostic) => diagnostic.code),
    ).toEqual(["nesting-too-deep"]);
    expect(
      guardMarkdown("eleven char", limits).diagnostics.map((diagnostic) => diagnostic.code),
    ).toEqual(["paragraph-too-long"]);
    expect(guardMarkdown("*a* *", limits).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(
      ["paragraph-too-complex"],
    );
  });
});

describe("parseMinutes behind the guards", () => {
  it("refuses nothing of the adversarial inputs, and reports each guard that fired", () => {
    const run = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length));
    for (const unit of [" ", "*", "_", "[", "@", "7", ":"]) {
      const expected = unit === " " ? [] : ["paragraph-too-long"];
      expect(codes(run(unit)), `a 100 KB run of ${JSON.stringify(unit)}`).toEqual(expected);
    }
    expect(codes(`${"> ".repeat(10_000)}a`)).toEqual(["nesting-too-deep"]);
    expect(codes(`${">".repeat(10_000)}a`)).toEqual(["nesting-too-deep"]);
    expect(codes(">".repeat(10_000))).toEqual(["nesting-too-deep"]);
    expect(codes("- ".repeat(10_000))).toEqual(["nesting-too-deep"]);
    expect(codes(`${"- ".repeat(10_000)}a`)).toEqual(["nesting-too-deep"]);
    expect(codes(`${"1. ".repeat(10_000)}a`)).toEqual(["nesting-too-deep"]);
    expect(codes("a*".repeat(50_000))).toEqual(["paragraph-too-long"]);
  });

  it("keeps the text of a neutralised region, as plain text in its section", () => {
    const long = `${"a*".repeat(15_000)} end`;
    const text = `# Sync\n\n## Notes\n\n${long}\n\n- after`;
    const minutes = parseMinutes(text);
    expect(minutes.notes.map((note) => note.text)).toEqual([long, "after"]);
    expect(minutes.diagnostics[0]!.source).toEqual({
      start: { line: 5, column: 1, offset: 18 },
      end: { line: 5, column: long.length + 1, offset: 18 + long.length },
    });
    expect(text.slice(18, 18 + long.length)).toBe(long);
  });

  it("reads findings around a long pasted log as before", () => {
    const log = Array.from(
      { length: 800 },
      (_, index) => `ERROR [${index}] *retry* failed_at __main__`,
    ).join("\n");
    const text = `## Findings\n\n- Cache was cold\n\n\`\`\`\n${log}\n\`\`\`\n\n- Retries piled up\n`;
    const minutes = parseMinutes(text);
    expect(minutes.diagnostics).toEqual([]);
    expect(minutes.findings.map((finding) => finding.text)).toEqual([
      "Cache was cold",
      "Retries piled up",
    ]);
    expect(sourceProblems(minutes, text)).toEqual([]);
    expect(minutes.findings[1]!.source.start.offset).toBe(text.indexOf("- Retries"));
  });

  it("keeps every later position right after a region it took from the parser", () => {
    const deep = `${"> ".repeat(200)}deep`;
    const text = `# Sync\n\n${deep}\n${deep}\n\n## Action Items\n\n- Lisa to send the report by Friday\n`;
    const minutes = parseMinutes(text, { referenceDate: "2025-09-27" });
    expect(sourceProblems(minutes, text)).toEqual([]);
    const task = minutes.actionItems[0]!;
    expect(task.source.start).toEqual({ line: 8, column: 1, offset: text.indexOf("- Lisa") });
    expect(minutes.sections.map((section) => [section.heading, section.source.start.line])).toEqual(
      [["Action Items", 6]],
    );
  });

  it("reads maxNestingDepth and maxParagraphLength from the options, and rejects bad values", () => {
    expect(codes("> > > a", { maxNestingDepth: 2 })).toEqual(["nesting-too-deep"]);
    expect(codes("a long line", { maxParagraphLength: 5 })).toEqual(["paragraph-too-long"]);
    expect(() => parseMinutes("a", { maxNestingDepth: 0 })).toThrow(
      'Invalid md-minutes option "maxNestingDepth"',
    );
    expect(() => parseMinutes("a", { maxParagraphLength: 1.5 })).toThrow(
      'Invalid md-minutes option "maxParagraphLength"',
    );
  });

  it("gives one input-too-large diagnostic above maxInputSize", () => {
    const minutes = parseMinutes("# Sync\n\nhello", { maxInputSize: 5 });
    expect(minutes.diagnostics).toEqual([
      {
        code: "input-too-large",
        message: "Input is 13 characters, more than the limit of 5; raise maxInputSize to read it",
        source: null,
      },
    ]);
    expect(minutes.sections).toEqual([]);
  });
});
