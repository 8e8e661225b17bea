import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { runMain, workspace } from "./run-main.js";

const UNDATED =
  "# Sync\n\n**Attendees:** Ben Ortiz, Chloe Dubois\n\n## Action Items\n\n- Ben: send the report by Friday\n";
const DATED = "# Sync\n\n**Date:** 2025-09-27\n\n## Action Items\n\n- Lisa to send the report\n";

describe("standard input is read once", () => {
  it("extract - - is refused with exit 2", async () => {
    expect(await runMain(["extract", "-", "-"], { stdin: DATED })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "md-minutes: extract: - (standard input) is named more than once; it can be read only once\n",
    });
  });
});

describe("--out-dir name collisions", () => {
  it("two inputs with the same name are refused naming both, and nothing is written", async () => {
    const cwd = workspace({ "a/n.md": DATED, "b/n.md": DATED, "c/m.md": DATED });
    for (const [format, extension] of [
      ["json", "json"],
      ["ics", "ics"],
    ]) {
      const out = join(cwd, `out-${format}`);
      const result = await runMain([
        "extract",
        join(cwd, "c/m.md"),
        join(cwd, "a/n.md"),
        join(cwd, "b/n.md"),
        "--format",
        format!,
        "--out-dir",
        out,
      ]);
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr: `md-minutes: --out-dir ${out}: ${join(cwd, "a/n.md")} and ${join(cwd, "b/n.md")} would both be written to n.${extension}; rename one, or write them in separate runs\n`,
      });
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    }
  });

  it("standard input and a file named stdin.md collide too", async () => {
    const cwd = workspace({ "stdin.md": DATED });
    const out = join(cwd, "out");
    const result = await runMain(["extract", "-", join(cwd, "stdin.md"), "--out-dir", out], {
      stdin: DATED,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `md-minutes: --out-dir ${out}: <stdin> and ${join(cwd, "stdin.md")} would both be written to stdin.json; rename one, or write them in separate runs\n`,
    );
  });
});

describe("--stdin-filename", () => {
  it("check names standard input after --stdin-filename in SARIF, and uses its date and config", async () => {
    const cwd = workspace({
      "notes/.md-minutesrc.json": JSON.stringify({ rules: { attendees: "off" } }),
    });
    mkdirSync(join(cwd, ".git"));
    const run = (extra: string[]) =>
      runMain(["check", "-", "--format", "sarif", ...extra], { cwd, stdin: UNDATED });
    const unnamed = (JSON.parse((await run([])).stdout) as Log).runs[0]!.results!;
    // "by Friday" in a note without a date is also no-reference-date.
    expect(unnamed.map((result) => result.ruleId)).toEqual(["meeting-date", "no-reference-date"]);
    expect(unnamed[0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: "%3Cstdin%3E",
    });
    const named = await run(["--stdin-filename", "notes/2025-10-06-sync.md"]);
    expect(named.code).toBe(0);
    expect((JSON.parse(named.stdout) as Log).runs[0]!.results).toEqual([]);
    const json = await runMain(
      ["check", "-", "--format", "json", "--stdin-filename", "notes/2025-10-06-sync.md"],
      { cwd, stdin: "# Sync\n" },
    );
    // The date comes from the name, and notes/.md-minutesrc.json turns "attendees" off.
    expect(JSON.parse(json.stdout)[0]).toMatchObject({
      filePath: join(cwd, "notes/2025-10-06-sync.md"),
      messages: [],
    });
    const elsewhere = await runMain(
      ["check", "-", "--format", "json", "--stdin-filename", "2025-10-06-sync.md"],
      { cwd, stdin: "# Sync\n" },
    );
    expect(
      JSON.parse(elsewhere.stdout)[0].messages.map((message: { ruleId: string }) => message.ruleId),
    ).toEqual(["attendees"]);
  });

  it("extract takes the date, the file field and the output name from --stdin-filename", async () => {
    const cwd = workspace({ "b.md": DATED });
    const single = await runMain(["extract", "-", "--stdin-filename", "notes/2026-2-3-sync.md"], {
      stdin: "# Sync\n",
    });
    expect(JSON.parse(single.stdout)).toMatchObject({
      date: "2026-02-03",
      dateSource: "file-name",
    });
    const several = await runMain(
      ["extract", "-", join(cwd, "b.md"), "--stdin-filename", "notes/2026-2-3-sync.md"],
      { stdin: "# Sync\n" },
    );
    expect(JSON.parse(several.stdout).map((model: { file: string }) => model.file)).toEqual([
      "notes/2026-2-3-sync.md",
      join(cwd, "b.md"),
    ]);
    const out = join(cwd, "out");
    await runMain(
      ["extract", "-", "--stdin-filename", "notes/2026-2-3-sync.md", "--out-dir", out],
      {
        stdin: "# Sync\n",
      },
    );
    expect(readdirSync(out)).toEqual(["2026-2-3-sync.json"]);
    expect(JSON.parse(readFileSync(join(out, "2026-2-3-sync.json"), "utf8")).date).toBe(
      "2026-02-03",
    );
  });

  it("--stdin-filename without - among the inputs is refused", async () => {
    const cwd = workspace({ "a.md": DATED });
    for (const command of ["check", "extract"]) {
      const { code, stderr } = await runMain(
        [command, join(cwd, "a.md"), "--stdin-filename", "x.md"],
        { cwd },
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(
        /^md-minutes: --stdin-filename names standard input, but - is not among the (paths|inputs)\n$/,
      );
    }
  });
});
