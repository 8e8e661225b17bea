import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import type { Log } from "sarif";
import { VFileMessage } from "vfile-message";
import { describe, expect, it } from "vitest";
import {
  type CheckedFile,
  checkMinutes,
  formatGithub,
  formatJson,
  formatJunit,
  formatSarif,
  formatStylish,
  REPORTERS,
  RULES,
} from "../../src/index.js";

const value = readFileSync(
  new URL("../../fixtures/check/scenarios/four-errors.md", import.meta.url),
  "utf8",
);
const withWarning = value.replace("open tickets today", "open tickets");
const files: CheckedFile[] = [
  { path: "notes/lakeside.md", messages: checkMinutes(withWarning).messages },
  { path: "notes/clean.md", messages: [] },
];

describe("REPORTERS", () => {
  it("are selected by name", () => {
    expect(Object.keys(REPORTERS)).toEqual(["stylish", "json", "github", "sarif", "junit"]);
  });
});

describe("stylish", () => {
  it("lists each problem under its file, then a total", () => {
    const lines = formatStylish(files).split("\n");
    expect(lines[0]).toBe("notes/lakeside.md");
    expect(lines[1]).toMatch(
      /^ {2}21:3 {3}warning {2}Unexpected action item without deadline .* {2}action-due$/,
    );
    expect(lines[2]).toMatch(
      /^ {2}22:3 {3}error {4}Unexpected action item without owner .* {2}action-owner$/,
    );
    expect(lines.at(-2)).toBe("✖ 5 problems (4 errors, 1 warning)");
  });

  it("prints nothing for clean files", () => {
    expect(formatStylish([{ path: "a.md", messages: [] }])).toBe("");
  });
});

describe("json", () => {
  it("has ESLint's shape", () => {
    const results = JSON.parse(formatJson(files));
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      filePath: "notes/lakeside.md",
      errorCount: 4,
      warningCount: 1,
    });
    expect(results[0].messages[2]).toEqual({
      ruleId: "owner-is-attendee",
      severity: 2,
      message:
        "Unexpected owner `Oscar` who is not an attendee, expected an attendee or a person in config `people`",
      line: 23,
      column: 5,
      endLine: 23,
      endColumn: 10,
    });
    expect(results[0].messages[0].severity).toBe(1);
    expect(results[1]).toEqual({
      filePath: "notes/clean.md",
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
  });
});

describe("github", () => {
  const COMMAND =
    /^::(error|warning) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::([^\r\n]*)$/;

  it("prints one workflow command per message", () => {
    const lines = formatGithub(files).trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(COMMAND);
    expect(lines[2]).toBe(
      "::error file=notes/lakeside.md,line=23,col=5,endLine=23,endColumn=10,title=owner-is-attendee::Unexpected owner `Oscar` who is not an attendee, expected an attendee or a person in config `people`",
    );
  });

  it("escapes data and property values", () => {
    const message = new VFileMessage("100% sure\r\nnext: line, really", {
      ruleId: "schema",
      place: { line: 1, column: 2 },
    });
    message.fatal = false;
    const output = formatGithub([{ path: "a,b:c%.md", messages: [message] }]);
    expect(output).toBe(
      "::warning file=a%2Cb%3Ac%25.md,line=1,col=2,endLine=1,endColumn=2,title=schema::100%25 sure%0D%0Anext: line, really\n",
    );
    expect(output.trimEnd()).toMatch(COMMAND);
  });
});

describe("sarif", () => {
  const log = JSON.parse(formatSarif(files)) as Log;

  it("has the fields SARIF 2.1.0 requires", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe("md-minutes");
    expect(run.tool.driver.rules?.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(run.tool.driver.rules?.[0]).toEqual({
      id: "meeting-date",
      shortDescription: { text: "The note states when the meeting took place." },
      helpUri: "https://github.com/md-minutes/md-minutes#rule-meeting-date",
      defaultConfiguration: { level: "error" },
    });
    expect(run.results).toHaveLength(5);
    for (const result of run.results ?? []) {
      expect(result.ruleId).toEqual(expect.any(String));
      expect(["error", "warning"]).toContain(result.level);
      expect(result.message.text).toEqual(expect.any(String));
      expect(run.tool.driver.rules?.[result.ruleIndex!]?.id).toBe(result.ruleId);
    }
    expect(run.results?.[2]).toMatchObject({
      ruleId: "owner-is-attendee",
      level: "error",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "notes/lakeside.md", uriBaseId: "%SRCROOT%" },
            region: { startLine: 23, startColumn: 5, endLine: 23, endColumn: 10 },
          },
        },
      ],
    });
  });
});

describe("junit", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

  it("parses as XML with one testcase per file and a failure for errors", () => {
    const document = parser.parse(formatJunit(files));
    expect(document.testsuites).toMatchObject({ name: "md-minutes", tests: "2", failures: "1" });
    const cases = document.testsuites.testsuite.testcase;
    expect(cases).toHaveLength(2);
    expect(cases[0].name).toBe("notes/lakeside.md");
    expect(cases[0].failure.message).toBe("4 errors");
    expect(cases[0].failure["#text"]).toContain(
      "notes/lakeside.md:23:5: Unexpected owner `Oscar` who is not an attendee",
    );
    expect(cases[0]["system-out"]).toContain(
      "notes/lakeside.md:21:3: Unexpected action item without deadline",
    );
    expect(cases[1].name).toBe("notes/clean.md");
    expect(cases[1].failure).toBeUndefined();
  });

  it("escapes markup in names and messages", () => {
    const message = new VFileMessage('Unexpected <b> & "quotes"\u0007', {
      ruleId: "schema",
      place: { line: 1, column: 1 },
    });
    message.fatal = true;
    const document = parser.parse(formatJunit([{ path: "a&<b>.md", messages: [message] }]));
    expect(document.testsuites.testsuite.testcase.name).toBe(
      "a&amp;&lt;b&gt;.md".replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"),
    );
    expect(document.testsuites.testsuite.testcase.failure["#text"]).toBe(
      'a&<b>.md:1:1: Unexpected <b> & "quotes" (schema)',
    );
  });
});
