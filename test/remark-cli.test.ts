import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runMain, workspace } from "./cli/run-main.js";

// The real remark-cli, as a user runs it, reports what `md-minutes check` reports. The
// workspace gets node_modules/md-minutes linked to this package (as an install would give it), so
// remark resolves `--use md-minutes` and `.remarkrc` plugins to the built package (dist/).
const root = join(import.meta.dirname, "..");
const remarkBin = join(root, "node_modules", "remark-cli", "cli.js");
const run = promisify(execFile);

const fixture = (rule: string): string =>
  readFileSync(join(root, "fixtures", "check", "rules", rule, "not-ok.md"), "utf8");

function notesWorkspace(extra: Record<string, string> = {}): string {
  const folder = workspace({
    "notes/2025-10-06-action-owner.md": fixture("action-owner"),
    "notes/due-parseable.md": fixture("due-parseable"),
    "notes/owner-is-attendee.md": fixture("owner-is-attendee"),
    "notes/action-due.md": fixture("action-due"),
    // Not a meeting note: neither tool judges it.
    "notes/about.md": "# About these notes\n\nOne file per meeting.\n",
    // Both read the same config, which lowers one rule to a warning.
    "notes/.md-minutesrc.json": JSON.stringify({ rules: { "owner-is-attendee": "warn" } }),
    ...extra,
  });
  mkdirSync(join(folder, "node_modules"));
  symlinkSync(root, join(folder, "node_modules", "md-minutes"), "dir");
  return folder;
}

/** `file line:col-line:col severity ruleId source reason`, one a message, from remark's report. */
function remarkMessages(report: string): string[] {
  const lines: string[] = [];
  let file = "";
  for (const line of report.split("\n")) {
    const place = /^\s*(\d+:\d+-\d+:\d+)\s+(error|warning)\s+(.*?)\s+([\w-]+)\s+([\w-]+)\s*$/.exec(
      line,
    );
    if (place) lines.push(`${file} ${place[1]} ${place[2]} ${place[4]} ${place[5]} ${place[3]}`);
    else if (/^\S+\.md$/.test(line.trim())) file = line.trim();
  }
  return lines.sort();
}

interface EslintResult {
  filePath: string;
  messages: {
    ruleId: string;
    severity: 1 | 2;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }[];
}

/** The same shape from `md-minutes check --format json`. */
function checkMessages(json: string, folder: string): string[] {
  return (JSON.parse(json) as EslintResult[])
    .flatMap((result) =>
      result.messages.map(
        (m) =>
          `${result.filePath.slice(folder.length + 1)} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity === 2 ? "error" : "warning"} ${m.ruleId} md-minutes ${m.message}`,
      ),
    )
    .sort();
}

async function remark(folder: string, args: string[]) {
  return run(process.execPath, [remarkBin, ...args, "notes/", "--no-stdout", "--no-color"], {
    cwd: folder,
    env: { ...process.env, NO_COLOR: "1" },
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);
}

const SERIES_RULES = ["dropped-item", "slipped-deadline"];

describe.concurrent("remark-cli with the md-minutes plugin", () => {
  it("`remark --use md-minutes notes/` reports what `md-minutes check notes/` reports", async () => {
    const folder = notesWorkspace();
    const [fromRemark, fromCheck] = await Promise.all([
      remark(folder, ["--use", "md-minutes"]),
      runMain(["check", "notes/", "--format", "json"], { cwd: folder }),
    ]);
    // remark hands the plugin one file at a time, so the rules over a series of notes
    // (dropped-item, slipped-deadline) run in `md-minutes check` only.
    const all = checkMessages(fromCheck.stdout, folder);
    const expected = all.filter((line) => !SERIES_RULES.includes(line.split(" ")[3]!));
    expect(all.length).toBeGreaterThan(expected.length);
    expect(expected.map((line) => line.split(" ")[3])).toEqual(
      expect.arrayContaining(["action-owner", "due-parseable", "owner-is-attendee", "action-due"]),
    );
    expect(expected.some((line) => / warning owner-is-attendee /.test(line))).toBe(true);
    expect(remarkMessages(fromRemark.stderr)).toEqual(expected);
  });

  it("loads the plugin and its options from a .remarkrc file", async () => {
    const folder = notesWorkspace({
      ".remarkrc.json": JSON.stringify({
        plugins: [["md-minutes", { rules: { "action-due": "off" } }]],
      }),
    });
    const fromRemark = await remark(folder, []);
    const messages = remarkMessages(fromRemark.stderr);
    expect(messages.some((line) => / action-owner md-minutes /.test(line))).toBe(true);
    expect(messages.some((line) => / action-due /.test(line))).toBe(false);
  });
});
