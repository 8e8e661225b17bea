import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VFileMessage } from "vfile-message";
import { describe, expect, it } from "vitest";
import { formatCheckSummary, useColor } from "../../src/cli/summary.js";
import { formatGithub, formatJunit, formatStylish } from "../../src/index.js";
import { runMain, workspace } from "./run-main.js";

const root = join(import.meta.dirname, "..", "..");
const fourErrors = readFileSync(join(root, "fixtures/check/scenarios/four-errors.md"), "utf8");
const clean = "# Weekly sync\n\n**Date:** 2025-10-06  \n**Attendees:** Ben Ortiz, Chloe Dubois\n";
// ESC, a C1 CSI, BEL, DEL and a right-to-left override: none may reach a terminal.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileMessage(): VFileMessage {
  const message = new VFileMessage("Unexpected owner \u001b[2J\u009b31m`Os\u0007car`\u202e\u007f", {
    ruleId: "owner-is-attendee",
    place: { line: 3, column: 5 },
  });
  message.fatal = true;
  return message;
}

describe("control characters", () => {
  it("stylish, github and junit drop control characters from notes and paths", () => {
    const files = [{ path: "notes/\u001b[31mred.md", messages: [hostileMessage()] }];
    const stylish = formatStylish(files);
    expect(stylish).not.toMatch(CONTROL);
    expect(stylish).toContain("notes/[31mred.md\n  3:5  error  Unexpected owner [2J31m`Oscar`");
    const github = formatGithub(files);
    expect(github).not.toMatch(CONTROL);
    expect(github).toBe(
      "::error file=notes/[31mred.md,line=3,col=5,endLine=3,endColumn=5,title=owner-is-attendee::Unexpected owner [2J31m`Oscar`\n",
    );
    expect(formatJunit(files)).not.toMatch(CONTROL);
  });

  it("a file name with escape characters reaches neither stdout nor stderr raw", async () => {
    const cwd = workspace({});
    const name = "gone\u001b[2J.md";
    const { code, stdout, stderr } = await runMain(["check", name], { cwd });
    expect(code).toBe(2);
    expect(stdout).toContain("gone[2J.md\n  1:1  error  cannot read: no such file\n");
    expect(stdout + stderr).not.toMatch(CONTROL);
    const extract = await runMain(["extract", join(cwd, name)]);
    expect(extract.stderr).toBe(
      `md-minutes: ${join(cwd, "gone[2J.md")}: cannot read: no such file\n`,
    );
  });
});

describe("colour", () => {
  const run = (isTTY: boolean, env: Record<string, string>) =>
    runMain(["check", "note.md"], { cwd: workspace({ "note.md": fourErrors }), isTTY, env });

  it("stylish is in colour on a terminal, plain when piped", async () => {
    const tty = await run(true, {});
    expect(tty.stdout).toContain("\u001b[4mnote.md\u001b[24m\n");
    expect(tty.stdout).toContain("\u001b[31merror\u001b[39m");
    expect(tty.stdout).toContain("\u001b[2maction-owner\u001b[22m");
    expect((await run(false, {})).stdout).not.toContain("\u001b[");
  });

  it("NO_COLOR turns colour off and FORCE_COLOR forces it, as Node does", async () => {
    expect((await run(true, { NO_COLOR: "1" })).stdout).not.toContain("\u001b[");
    expect((await run(false, { FORCE_COLOR: "1" })).stdout).toContain("\u001b[31merror");
    expect((await run(true, { FORCE_COLOR: "0" })).stdout).not.toContain("\u001b[");
    expect(useColor({ NO_COLOR: "", FORCE_COLOR: undefined }, true)).toBe(true);
    expect(useColor({ NO_COLOR: "1", FORCE_COLOR: "1" }, false)).toBe(true);
    expect(useColor({ FORCE_COLOR: "false" }, true)).toBe(false);
  });

  it("machine formats never get colour", async () => {
    const cwd = workspace({ "note.md": fourErrors });
    for (const format of ["json", "github", "sarif", "junit"]) {
      const { stdout } = await runMain(["check", "note.md", "--format", format], {
        cwd,
        isTTY: true,
        env: { FORCE_COLOR: "1" },
      });
      expect(stdout).not.toContain("\u001b[");
    }
  });
});

describe("the summary line", () => {
  it("a clean run says on stderr what it checked, skipped and found", async () => {
    const cwd = workspace({
      "notes/a.md": clean,
      "notes/b.md": clean,
      "notes/off.md": "---\nmd-minutes: false\n---\n# Not minutes\n",
    });
    const { code, stdout, stderr } = await runMain(["check", "notes"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^md-minutes: 2 files checked, 1 skipped, 0 problems \(0 errors, 0 warnings\) in \d+ ms\n$/,
    );
  });

  it("the summary counts problems and unreadable files", async () => {
    const cwd = workspace({ "a.md": fourErrors, "b.md": new Uint8Array([0x61, 0x00]) });
    const { stderr } = await runMain(["check", "a.md", "b.md", "--format", "json"], { cwd });
    expect(stderr).toMatch(
      /^md-minutes: 1 file checked, 0 skipped, 1 unreadable, 5 problems \(5 errors, 0 warnings\) in \d+ ms\n$/,
    );
  });

  it("the summary is one function that takes more counts", () => {
    expect(
      formatCheckSummary(
        {
          checked: 12,
          skipped: 1,
          errors: 1,
          warnings: 2,
          unreadable: 0,
          extra: [
            { count: 3, words: ["not a note", "not notes"] },
            { count: 0, words: ["cached", "cached"] },
          ],
        },
        84.4,
      ),
    ).toBe(
      "md-minutes: 12 files checked, 1 skipped, 3 not notes, 3 problems (1 error, 2 warnings) in 84 ms\n",
    );
  });

  it("--quiet keeps the summary off stderr", async () => {
    const cwd = workspace({ "a.md": clean });
    expect(await runMain(["check", "a.md", "--quiet"], { cwd })).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });
  });
});

describe("the vdir summary", () => {
  it("goes to stderr, leaving stdout empty", async () => {
    const cwd = workspace({
      "note.md": readFileSync(join(root, "fixtures/escalation/northwind-escalation.md"), "utf8"),
    });
    const { code, stdout, stderr } = await runMain([
      "extract",
      join(cwd, "note.md"),
      "--format",
      "vdir",
      "--out-dir",
      join(cwd, "cal"),
      "--now",
      "2026-03-12T12:00:00Z",
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      new RegExp(
        `^md-minutes: ${join(cwd, "note.md")}: \\d+ written, 0 unchanged, 0 deleted in ${join(cwd, "cal")}\\n$`,
      ),
    );
  });
});
