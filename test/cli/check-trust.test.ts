import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain, workspace } from "./run-main.js";

const NOTE =
  "# Weekly sync\n\n**Date:** 2025-10-06  \n**Attendees:** Ben Ortiz, Chloe Dubois\n\n## Action Items\n\n- Ben to send the report by 2025-10-10\n";

const ruleIds = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((file) =>
    file.messages.map((message) => message.ruleId),
  );

describe("check refuses what extract refuses", () => {
  it("refuses an over-size note with exit 2 and extract's message, as extract does", async () => {
    const folder = workspace({
      ".md-minutesrc.json": JSON.stringify({ maxInputSize: 100 }),
      "big.md": `${NOTE}\n${"Filler text for a long note.\n".repeat(10)}`,
    });
    const file = join(folder, "big.md");
    const check = await runMain(["check", file, "--format", "json"]);
    const extract = await runMain(["extract", file]);
    expect(extract.code).toBe(2);
    const refusal = `${file}: 425 bytes, more than the limit of 100; raise --max-input-size (or maxInputSize in the config) to read it`;
    expect(extract.stderr).toBe(`md-minutes: ${refusal}\n`);
    // An unreadable file is an error of its own in the report and the run goes on:
    // the note is refused with extract's message, not judged as an empty note.
    expect(check.code).toBe(2);
    const [result] = JSON.parse(check.stdout) as Array<{
      messages: Array<{ ruleId: string | null; fatal?: boolean; message: string }>;
    }>;
    expect(result!.messages).toEqual([
      expect.objectContaining({
        ruleId: null,
        fatal: true,
        message: refusal.slice(file.length + 2),
      }),
    ]);
    expect(check.stderr).toMatch(/^md-minutes: 0 files checked, 0 skipped, 1 unreadable, /);
    const flag = await runMain([
      "check",
      file,
      "--max-input-size",
      "50",
      "--config",
      join(folder, "none.json"),
    ]);
    expect(flag.code).toBe(2);
    const raised = await runMain(["check", file, "--max-input-size", "1000", "--format", "json"]);
    expect(raised.code).toBe(0);
    expect(ruleIds(raised.stdout)).toEqual([]);
  });
});

describe("check --now", () => {
  it("refuses --now 2025-13-45 with exit 2", async () => {
    const folder = workspace({ "sync.md": NOTE });
    const result = await runMain(["check", join(folder, "sync.md"), "--now", "2025-13-45"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'md-minutes: --now "2025-13-45": expected a date (2025-10-10), a wall-clock time (2025-10-10T09:00) or an instant (2025-10-10T09:00:00Z, 2025-10-10T09:00+02:00)\n',
    });
  });

  it("--now means what it means in extract: an instant is converted to the note's zone", async () => {
    const folder = workspace({
      "berlin.md": `---\ntimezone: Europe/Berlin\n---\n${NOTE}`,
      "floating.md": NOTE,
    });
    const overdue = async (name: string, now: string) =>
      ruleIds(
        (await runMain(["check", join(folder, name), "--format", "json", "--now", now])).stdout,
      ).filter((id) => id === "overdue").length;
    expect(await overdue("berlin.md", "2025-10-10T22:30:00Z")).toBe(1);
    expect(await overdue("floating.md", "2025-10-10T22:30:00Z")).toBe(0);
    expect(await overdue("berlin.md", "2025-10-11")).toBe(1);
    expect(await overdue("berlin.md", "2025-10-10T23:59")).toBe(0);
  });
});

describe("extraction diagnostics in check", () => {
  const messages = (stdout: string) =>
    (
      JSON.parse(stdout) as Array<{
        messages: Array<{ ruleId: string; severity: number; line: number; message: string }>;
      }>
    ).flatMap((file) =>
      file.messages.map((message) => `${message.line} ${message.ruleId} ${message.severity}`),
    );

  it("every extraction diagnostic is a check message under its own rule id", async () => {
    const folder = workspace({
      "broken.md": `---\ntitle: [unclosed\ndate: 2025-10-06\n---\n${NOTE.replace("**Date:** 2025-10-06  \n", "")}`,
      "zone.md": NOTE.replace("**Attendees:**", "**Time zone:** Mars/Olympus  \n**Attendees:**"),
      "ambiguous.md": NOTE.replace("by 2025-10-10", "by next Tuesday"),
      "unresolved.md": NOTE.replace("by 2025-10-10", "by the 45th of Octember"),
      "deep.md": `${NOTE}\n${"> ".repeat(120)}quoted\n`,
    });
    const run = async (name: string) => {
      const result = await runMain(["check", join(folder, name), "--format", "json"]);
      return { code: result.code, messages: messages(result.stdout) };
    };
    const broken = await runMain(["check", join(folder, "broken.md"), "--format", "json"]);
    expect(broken.code).toBe(1);
    expect(messages(broken.stdout)).toEqual(["1 meeting-date 2", "1 front-matter 2"]);
    // The date is in the front matter that cannot be read: no "expected a `date:` in front matter".
    expect(broken.stdout).not.toContain("a `date:` in front matter");
    expect(broken.stdout).toContain("its front matter cannot be read");
    expect(await run("zone.md")).toEqual({ code: 1, messages: ["4 unknown-timezone 2"] });
    // Ambiguity is a warning: shown, exit 0.
    expect(await run("ambiguous.md")).toEqual({ code: 0, messages: ["8 ambiguous-date 1"] });
    expect(await run("unresolved.md")).toEqual({ code: 1, messages: ["8 due-parseable 2"] });
    expect(await run("deep.md")).toEqual({ code: 1, messages: ["10 nesting-too-deep 2"] });
  });

  it("the new rules are configured like any rule", async () => {
    const folder = workspace({
      ".md-minutesrc.json": JSON.stringify({
        rules: { "front-matter": "warn", "ambiguous-date": "error", "meeting-date": "off" },
      }),
      "broken.md": `---\ntitle: [unclosed\n---\n${NOTE}`,
      "ambiguous.md": NOTE.replace("by 2025-10-10", "by next Tuesday"),
    });
    const broken = await runMain(["check", join(folder, "broken.md"), "--format", "json"]);
    expect({ code: broken.code, messages: messages(broken.stdout) }).toEqual({
      code: 0,
      messages: ["1 front-matter 1"],
    });
    const ambiguous = await runMain(["check", join(folder, "ambiguous.md"), "--format", "json"]);
    expect({ code: ambiguous.code, messages: messages(ambiguous.stdout) }).toEqual({
      code: 1,
      messages: ["8 ambiguous-date 2"],
    });
    const suppressed = workspace({
      "note.md": `<!-- md-minutes-disable-next-line ambiguous-date -->\n${NOTE.replace("- Ben to send the report by 2025-10-10", "<!-- md-minutes-disable-next-line ambiguous-date -->\n- Ben to send the report by next Tuesday")}`,
    });
    const quiet = await runMain(["check", join(suppressed, "note.md"), "--format", "json"]);
    expect(messages(quiet.stdout)).toEqual([]);
  });
});

describe("only meeting notes are judged by default", () => {
  const files = {
    "notes/2025-10-06-sync.md": NOTE,
    "SECURITY.md": "# Security\n\n## Reporting a vulnerability\n\nMail security@example.com.\n",
    "docs/guide.md": "# Guide\n\n## Install\n\nRun `npm install`.\n",
    "readme.md": "# project\n\nA lowercase readme.\n",
    "README.md": "# Project\n\nThe readme.\n",
    "CHANGELOG.md": "# Changelog\n\n## [1.0.0]\n\n- First release\n",
  };
  const judged = (stdout: string) =>
    (JSON.parse(stdout) as Array<{ filePath: string }>).map((file) =>
      file.filePath.replace(/^.*\/md-minutes-main-[^/]+\//, ""),
    );

  it("skips files that do not look like meeting notes, with the count on stderr and exit 0", async () => {
    const folder = workspace(files);
    const result = await runMain(["check", "--format", "json"], { cwd: folder });
    expect(result.code).toBe(0);
    expect(judged(result.stdout)).toEqual(["notes/2025-10-06-sync.md"]);
    // One summary line carries the count.
    expect(result.stderr).toMatch(
      /^md-minutes: 1 file checked, 0 skipped, 3 not meeting notes \(--all checks every file\), 0 problems \(0 errors, 0 warnings\) in \d+ ms\n$/,
    );
  });

  it("skips them also when named explicitly, as a pre-commit hook names every staged file", async () => {
    const folder = workspace(files);
    const named = ["README.md", "CHANGELOG.md", "SECURITY.md", "notes/2025-10-06-sync.md"];
    const result = await runMain(["check", ...named, "--format", "json"], { cwd: folder });
    expect(result.code).toBe(0);
    expect(judged(result.stdout)).toEqual(["notes/2025-10-06-sync.md"]);
    expect(result.stderr).toContain("1 file checked, 0 skipped, 3 not meeting notes");
    const none = await runMain(["check", "README.md"], { cwd: folder });
    expect(none).toEqual({
      code: 0,
      stdout: "",
      stderr: expect.stringMatching(
        /^md-minutes: 0 files checked, 0 skipped, 1 not a meeting note \(--all checks every file\), 0 problems/,
      ),
    });
  });

  it("a date, an attendee list or a task section is enough to be judged", async () => {
    const folder = workspace({
      "dated.md": "# Sync\n\n**Date:** 2025-10-06\n",
      "attended.md": "# Sync\n\n**Attendees:** Ben Ortiz, Chloe Dubois\n",
      "tasks.md": "# Sync\n\n## Action Items\n\n- Ship it\n",
      "plain.md": "# Sync\n\nWe talked.\n",
    });
    const result = await runMain(["check", ".", "--format", "json"], { cwd: folder });
    expect(judged(result.stdout).sort()).toEqual(["attended.md", "dated.md", "tasks.md"]);
    expect(result.code).toBe(1);
  });

  it("--all and the config key all judge every file", async () => {
    const folder = workspace(files);
    const all = await runMain(["check", "--all", "--format", "json"], { cwd: folder });
    expect(all.code).toBe(1);
    expect(judged(all.stdout)).toEqual([
      "SECURITY.md",
      "docs/guide.md",
      "notes/2025-10-06-sync.md",
      "readme.md",
    ]);
    expect(all.stderr).toMatch(/^md-minutes: 4 files checked, 0 skipped, \d+ problems/);
    const configured = workspace({ ...files, ".md-minutesrc.json": JSON.stringify({ all: true }) });
    const fromConfig = await runMain(["check", "--format", "json"], { cwd: configured });
    expect(judged(fromConfig.stdout)).toEqual(judged(all.stdout));
  });
});
