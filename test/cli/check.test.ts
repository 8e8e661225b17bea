import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { runMain } from "./run-main.js";

const root = new URL("../..", import.meta.url).pathname;
const northwind = join(root, "fixtures/escalation/northwind-escalation.md");
const fourErrors = join(root, "fixtures/check/scenarios/four-errors.md");
const noDate = join(root, "fixtures/check/scenarios/no-date.md");

function check(args: string[], cwd = root, input?: string) {
  return runMain(["check", ...args], { cwd, ...(input === undefined ? {} : { stdin: input }) });
}

function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "md-minutes-check-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, ".."), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

const eslintIds = (stdout: string) =>
  (
    JSON.parse(stdout) as Array<{
      messages: Array<{ ruleId: string; severity: number; line: number; column: number }>;
    }>
  ).flatMap((file) =>
    file.messages
      .filter((message) => message.severity === 2)
      .map((message) => `${message.line}:${message.column} ${message.ruleId}`),
  );

describe("md-minutes check", () => {
  it("passes our escalation note with the recommended preset (exit 0, warnings shown)", async () => {
    const { code, stdout } = await check([northwind]);
    expect(code).toBe(0);
    expect(stdout).toContain("40:3  warning  Unexpected action item without deadline");
    expect(stdout).toContain("✖ 3 problems (0 errors, 3 warnings)");
  });

  it("exits 1 with exactly the four errors of the dated note", async () => {
    const { code, stdout } = await check([fourErrors, "--format", "json"]);
    expect(code).toBe(1);
    expect(eslintIds(stdout)).toEqual([
      "22:3 action-owner",
      "23:5 owner-is-attendee",
      "24:43 due-parseable",
      "25:47 due-after-meeting",
    ]);
  });

  it("reports a note without a date", async () => {
    const { code, stdout } = await check([noDate, "--format", "json"]);
    expect(code).toBe(1);
    expect(eslintIds(stdout)).toEqual(["1:1 meeting-date"]);
  });

  it("prints ESLint JSON with absolute file paths", async () => {
    const results = JSON.parse((await check([fourErrors, northwind, "--format", "json"])).stdout);
    expect(results.map((result: { filePath: string }) => result.filePath)).toEqual(
      [fourErrors, northwind].sort(),
    );
    expect(
      results.map((result: { errorCount: number; warningCount: number }) => [
        result.errorCount,
        result.warningCount,
      ]),
    ).toEqual([
      [4, 0],
      [0, 3],
    ]);
  });

  it("prints GitHub workflow commands", async () => {
    const { code, stdout } = await check([fourErrors, "--format", "github"]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    for (const line of lines)
      expect(line).toMatch(
        /^::error file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/,
      );
    expect(lines[0]).toMatch(
      /^::error file=fixtures\/check\/scenarios\/four-errors\.md,line=22,col=3,endLine=22,endColumn=62,title=action-owner::Unexpected action item without owner/,
    );
  });

  it("prints SARIF 2.1.0", async () => {
    const log = JSON.parse((await check([fourErrors, "--format", "sarif"])).stdout) as Log;
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(26);
    expect(
      log.runs[0]!.results?.map((result) => [
        result.ruleId,
        result.level,
        result.locations?.[0]?.physicalLocation?.region?.startLine,
      ]),
    ).toEqual([
      ["action-owner", "error", 22],
      ["owner-is-attendee", "error", 23],
      ["due-parseable", "error", 24],
      ["due-after-meeting", "error", 25],
    ]);
  });

  it("prints JUnit XML", async () => {
    const { stdout } = await check([fourErrors, northwind, "--format", "junit"]);
    const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      stdout,
    );
    expect(document.testsuites.tests).toBe("2");
    expect(document.testsuites.failures).toBe("1");
    expect(
      document.testsuites.testsuite.testcase.map(
        (testcase: { failure?: unknown }) => testcase.failure !== undefined,
      ),
    ).toEqual([true, false]);
  });

  it("fails on more warnings than --max-warnings allows, and --quiet hides them", async () => {
    const strict = await check([northwind, "--max-warnings", "2"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/\nmd-minutes: 3 warnings, more than --max-warnings 2\n$/);
    expect((await check([northwind, "--max-warnings", "3"])).code).toBe(0);
    const quiet = await check([northwind, "--quiet", "--max-warnings", "0"]);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("reports overdue items only with --now", async () => {
    const ids = async (args: string[]) =>
      JSON.parse((await check([northwind, "--format", "json", ...args])).stdout)[0].messages.map(
        (message: { ruleId: string }) => message.ruleId,
      );
    expect(await ids([])).not.toContain("overdue");
    expect(
      (await ids(["--now", "2026-04-01"])).filter((id: string) => id === "overdue"),
    ).toHaveLength(3);
  });

  it("reads standard input for -, and names a file once however it is written", async () => {
    const { code, stdout } = await check(
      ["-", "--format", "github"],
      root,
      readFileSync(fourErrors, "utf8"),
    );
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toMatch(/^::error file=<stdin>,line=22,col=3,/);
    const relative = "fixtures/escalation/northwind-escalation.md";
    expect(
      JSON.parse((await check([relative, `./${relative}`, "--format", "json"])).stdout),
    ).toHaveLength(1);
  });

  it("exits 2 on usage and read errors", async () => {
    // A file that cannot be read is reported as that file's error, still exit 2.
    expect(await check(["missing.md"])).toMatchObject({
      code: 2,
      stdout: expect.stringContaining("missing.md\n  1:1  error  cannot read: no such file\n"),
    });
    expect(await check([northwind, "--format", "xml"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown --format "xml"'),
    });
    expect((await check([northwind, "--now", "soon"])).code).toBe(2);
    expect((await check([northwind, "--max-warnings", "-1"])).code).toBe(2);
  });
});

describe("md-minutes check config", () => {
  it("drops a rule turned off", async () => {
    const folder = workspace({
      ".md-minutesrc.json": JSON.stringify({
        rules: { "owner-is-attendee": "off", "action-owner": ["warn"] },
      }),
    });
    copyFileSync(fourErrors, join(folder, "note.md"));
    const { code, stdout } = await check(["note.md", "--format", "json"], folder);
    expect(code).toBe(1);
    const messages = JSON.parse(stdout)[0].messages.map(
      (message: { ruleId: string; severity: number }) => `${message.ruleId}:${message.severity}`,
    );
    expect(messages).toEqual(["action-owner:1", "due-parseable:2", "due-after-meeting:2"]);
  });

  it("exits 2 naming a bad key, an unknown rule or a bad rule option", async () => {
    const cases: Array<[unknown, string]> = [
      [{ rulez: {} }, 'unknown config key "rulez"'],
      [{ rules: { "action-owners": "error" } }, 'unknown config key "action-owners" in "rules"'],
      [
        { rules: { "required-sections": ["error", { "customer-escalation": ["agenda"] }] } },
        'config key "rules.required-sections.1.customer-escalation.0": Invalid option',
      ],
      [
        { rules: { "owner-is-attendee": ["error", { allw: [] }] } },
        'unknown config key "allw" in "rules.owner-is-attendee.1"',
      ],
      [
        { rules: { "action-owner": "errror" } },
        'config key "rules.action-owner": expected "off", "warn" or "error" (or 0, 1, 2 as in ESLint)',
      ],
      [{ extends: "lenient" }, 'config key "extends"'],
    ];
    for (const [config, expected] of cases) {
      const folder = workspace({
        ".md-minutesrc.json": JSON.stringify(config),
        "note.md": "# Note\n",
      });
      const { code, stderr } = await check(["note.md"], folder);
      expect(code).toBe(2);
      expect(stderr).toContain(expected);
    }
  });

  it("finds notes by include and exclude, skipping node_modules, .gitignore and opted-out notes", async () => {
    const note =
      "# Weekly sync\n\n**Date:** 2025-10-06  \n**Attendees:** Ben Ortiz, Chloe Dubois\n";
    const folder = workspace({
      "notes/a.md": note,
      "notes/deep/b.md": note,
      "notes/README.md": "# Notes\n",
      "CHANGELOG.md": "# Changes\n",
      "node_modules/pkg/c.md": note,
      "drafts/d.md": note,
      "notes/skip.md": "---\nmd-minutes: false\n---\n# Not minutes\n",
      ".gitignore": "drafts/\n",
    });
    const paths = async (args: string[], cwd = folder) =>
      JSON.parse((await check([...args, "--format", "json"], cwd)).stdout).map(
        (result: { filePath: string }) => result.filePath.slice(folder.length + 1),
      );
    expect(await paths([])).toEqual(["notes/a.md", "notes/deep/b.md"]);
    expect(await paths(["notes"])).toEqual(["notes/a.md", "notes/deep/b.md"]);
    expect(await paths(["notes/*.md"])).toEqual(["notes/a.md"]);
    writeFileSync(
      join(folder, ".md-minutesrc.json"),
      JSON.stringify({ include: ["**/*.md"], exclude: ["deep/**", "notes/deep/**"] }),
    );
    expect(await paths(["--all"])).toEqual(["CHANGELOG.md", "notes/README.md", "notes/a.md"]);
  });
});
