import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { checkMinutes, formatJson, toSarif } from "../../src/index.js";
import { runMain, workspace } from "../cli/run-main.js";

const root = join(import.meta.dirname, "..", "..");
const suppressedNote = readFileSync(join(root, "fixtures/check/scenarios/suppressed.md"), "utf8");
const fourErrors = readFileSync(join(root, "fixtures/check/scenarios/four-errors.md"), "utf8");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

describe("ESLint JSON fields", () => {
  it("has fatalErrorCount, fixableErrorCount, fixableWarningCount and suppressedMessages", () => {
    const { messages, suppressedMessages } = checkMinutes(suppressedNote, {
      fileName: "suppressed.md",
    });
    const [result] = JSON.parse(
      formatJson([{ path: "/repo/suppressed.md", messages, suppressedMessages }]),
    );
    expect(Object.keys(result)).toEqual([
      "filePath",
      "messages",
      "suppressedMessages",
      "errorCount",
      "fatalErrorCount",
      "warningCount",
      "fixableErrorCount",
      "fixableWarningCount",
    ]);
    expect(result).toMatchObject({
      errorCount: 2,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    expect(
      result.suppressedMessages.map(
        (message: { line: number; ruleId: string; suppressions: unknown }) => [
          message.line,
          message.ruleId,
          message.suppressions,
        ],
      ),
    ).toEqual([
      [16, "action-owner", [{ kind: "directive", justification: "" }]],
      [19, "owner-is-attendee", [{ kind: "directive", justification: "" }]],
      [20, "owner-is-attendee", [{ kind: "directive", justification: "" }]],
    ]);
  });

  it("counts an unreadable file in fatalErrorCount", async () => {
    const cwd = workspace({ "binary.md": new Uint8Array([0x61, 0x00]) });
    const { stdout } = await runMain(["check", "binary.md", "--format", "json"], { cwd });
    expect(JSON.parse(stdout)[0]).toMatchObject({
      errorCount: 1,
      fatalErrorCount: 1,
      warningCount: 0,
      suppressedMessages: [],
    });
  });
});

describe("SARIF driver and locations", () => {
  it("the SARIF driver carries the package version", () => {
    const driver = toSarif([]).runs[0]!.tool.driver;
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver).toMatchObject({ name: "md-minutes", version, semanticVersion: version });
  });

  it("SARIF locations use %SRCROOT% inside the repository and file URIs outside it", async () => {
    const repository = workspace({ "team/notes/a.md": fourErrors });
    mkdirSync(join(repository, ".git"));
    const outside = workspace({ "b.md": fourErrors });
    const { stdout } = await runMain(
      ["check", join(repository, "team/notes/a.md"), join(outside, "b.md"), "--format", "sarif"],
      { cwd: join(repository, "team") },
    );
    const run = (JSON.parse(stdout) as Log).runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: `file://${repository}/` } });
    const locations = new Set(
      run.results!.map((result) =>
        JSON.stringify(result.locations![0]!.physicalLocation!.artifactLocation),
      ),
    );
    expect([...locations].sort().map((location) => JSON.parse(location))).toEqual([
      { uri: `file://${outside}/b.md` },
      { uri: "team/notes/a.md", uriBaseId: "%SRCROOT%" },
    ]);
  });

  it("GitHub annotations name paths from the repository root, also for absolute inputs", async () => {
    const repository = workspace({ "team/notes/a.md": fourErrors });
    mkdirSync(join(repository, ".git"));
    const cwd = join(repository, "team");
    for (const input of ["notes/a.md", join(repository, "team/notes/a.md")]) {
      const { stdout } = await runMain(["check", input, "--format", "github"], { cwd });
      const files = new Set(stdout.match(/file=[^,]+/g));
      expect([...files]).toEqual(["file=team/notes/a.md"]);
    }
  });
});
