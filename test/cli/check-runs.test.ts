import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { runMain, workspace } from "./run-main.js";

const root = join(import.meta.dirname, "..", "..");
const fourErrors = readFileSync(join(root, "fixtures/check/scenarios/four-errors.md"), "utf8");
const clean = "# Weekly sync\n\n**Date:** 2025-10-06  \n**Attendees:** Ben Ortiz, Chloe Dubois\n";
const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]);

/** A folder with a clean note, a note with four errors, and a binary `.md` file. */
function mixedFolder(): string {
  return workspace({ "notes/a.md": clean, "notes/b.md": fourErrors, "notes/binary.md": binary });
}

describe("check over many files", () => {
  it("one binary file does not abort check; SARIF still lists every file's results", async () => {
    const cwd = mixedFolder();
    const { code, stdout } = await runMain(["check", "notes", "--format", "sarif"], { cwd });
    expect(code).toBe(2);
    const log = JSON.parse(stdout) as Log;
    const results = log.runs[0]!.results!.map((result) => [
      result.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
      result.level,
      result.message.text,
    ]);
    expect(results).toEqual([
      ["notes/b.md", "error", expect.stringContaining("without owner")],
      ["notes/b.md", "error", expect.any(String)],
      ["notes/b.md", "error", expect.any(String)],
      ["notes/b.md", "error", expect.any(String)],
      [
        "notes/binary.md",
        "error",
        "binary file (contains NUL bytes), expected a UTF-8 Markdown note",
      ],
    ]);
  });

  it("the unreadable file is a fatal message of its own in the ESLint JSON", async () => {
    const cwd = mixedFolder();
    const { code, stdout } = await runMain(["check", "notes", "--format", "json"], { cwd });
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as Array<{
      filePath: string;
      errorCount: number;
      messages: Array<Record<string, unknown>>;
    }>;
    expect(results.map((result) => [result.filePath, result.errorCount])).toEqual([
      [join(cwd, "notes/a.md"), 0],
      [join(cwd, "notes/b.md"), 4],
      [join(cwd, "notes/binary.md"), 1],
    ]);
    expect(results[2]!.messages).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: "binary file (contains NUL bytes), expected a UTF-8 Markdown note",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ]);
  });

  it("stylish, github and junit carry the file's error too", async () => {
    const cwd = mixedFolder();
    const stylish = await runMain(["check", "notes/binary.md", "notes/a.md"], { cwd });
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).toContain(
      "notes/binary.md\n  1:1  error  binary file (contains NUL bytes), expected a UTF-8 Markdown note\n",
    );
    const github = await runMain(["check", "notes/binary.md", "--format", "github"], { cwd });
    expect(github.stdout).toBe(
      "::error file=notes/binary.md,line=1,col=1,endLine=1,endColumn=1,title=md-minutes::binary file (contains NUL bytes), expected a UTF-8 Markdown note\n",
    );
    const junit = await runMain(["check", "notes", "--format", "junit"], { cwd });
    const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      junit.stdout,
    );
    expect(
      document.testsuites.testsuite.testcase.map(
        (testcase: { name: string; failure?: unknown }) => [
          testcase.name,
          testcase.failure !== undefined,
        ],
      ),
    ).toEqual([
      ["notes/a.md", false],
      ["notes/b.md", true],
      ["notes/binary.md", true],
    ]);
    expect(document.testsuites.testsuite.testcase[2].failure["#text"]).toBe(
      "notes/binary.md:1:1: binary file (contains NUL bytes), expected a UTF-8 Markdown note",
    );
  });

  it("a missing named file is reported and the other files are still checked", async () => {
    const cwd = workspace({ "a.md": clean, "b.md": fourErrors });
    const { code, stdout } = await runMain(
      ["check", "a.md", "gone.md", "b.md", "--format", "json"],
      {
        cwd,
      },
    );
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as Array<{
      filePath: string;
      errorCount: number;
      messages: Array<{ message: string }>;
    }>;
    expect(results.map((result) => [result.filePath, result.errorCount])).toEqual([
      [join(cwd, "a.md"), 0],
      [join(cwd, "b.md"), 4],
      [join(cwd, "gone.md"), 1],
    ]);
    expect(results[2]!.messages[0]!.message).toBe("cannot read: no such file");
  });

  it("the exit code is the worst that happened", async () => {
    const cwd = mixedFolder();
    expect((await runMain(["check", "notes/a.md"], { cwd })).code).toBe(0);
    expect((await runMain(["check", "notes/a.md", "notes/b.md"], { cwd })).code).toBe(1);
    expect((await runMain(["check", "notes/a.md", "notes/binary.md"], { cwd })).code).toBe(2);
    expect((await runMain(["check", "notes/b.md", "notes/binary.md"], { cwd })).code).toBe(2);
  });

  it("standard input that is binary is reported like a file", async () => {
    const { code, stdout } = await runMain(["check", "-", "--format", "json"], {
      stdin: binary,
    });
    expect(code).toBe(2);
    expect(JSON.parse(stdout)[0]).toMatchObject({
      filePath: "<stdin>",
      errorCount: 1,
      messages: [{ fatal: true, message: expect.stringContaining("binary file") }],
    });
  });
});

describe("check with no notes", () => {
  const empty = () => workspace({ "docs/readme.txt": "not markdown\n" });

  it("writes a valid empty report in every format, exit 0 without paths", async () => {
    const cwd = empty();
    const outputs: Record<string, string> = {};
    for (const format of ["stylish", "json", "github", "sarif", "junit"]) {
      const { code, stdout, stderr } = await runMain(["check", "--format", format], { cwd });
      expect(code).toBe(0);
      expect(stderr).toContain("md-minutes: no notes found\n");
      outputs[format] = stdout;
    }
    expect(outputs.stylish).toBe("");
    expect(outputs.github).toBe("");
    expect(JSON.parse(outputs.json!)).toEqual([]);
    const log = JSON.parse(outputs.sarif!) as Log;
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toEqual([]);
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      outputs.junit!,
    );
    expect(junit.testsuites).toMatchObject({ tests: "0", failures: "0" });
    expect(junit.testsuites.testsuite).toMatchObject({ name: "md-minutes check", tests: "0" });
  });

  it("named globs that match nothing still write the empty report, exit 2", async () => {
    const cwd = empty();
    const { code, stdout, stderr } = await runMain(
      ["check", "notes/**/*.md", "--format", "sarif"],
      { cwd },
    );
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as Log).runs[0]!.results).toEqual([]);
    expect(stderr).toContain('md-minutes: check: no notes match "notes/**/*.md"\n');
    const json = await runMain(["check", "docs", "--format", "json"], { cwd });
    expect(json).toMatchObject({ code: 2, stdout: "[]\n" });
  });
});
