import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMinutes, toICalendar } from "../../src/index.js";
import { runMain } from "./run-main.js";

const NOW = "2026-03-12T20:00:00Z";

function notes(): { dir: string; empty: string; undated: string } {
  const dir = mkdtempSync(join(tmpdir(), "md-minutes-empty-"));
  const empty = join(dir, "empty.md");
  const undated = join(dir, "thoughts.md");
  writeFileSync(empty, "");
  writeFileSync(undated, "# Thoughts\n\nNothing was decided.\n");
  return { dir, empty, undated };
}

describe("a note with nothing to export exports nothing", () => {
  it("toICalendar gives an empty string rather than a VCALENDAR without components", () => {
    expect(toICalendar(parseMinutes(""), { now: NOW })).toBe("");
    expect(toICalendar(parseMinutes("# Thoughts\n\nNothing was decided.\n"), { now: NOW })).toBe(
      "",
    );
  });

  it("--format ics prints nothing, says why on stderr and exits 0", async () => {
    const { empty, undated } = notes();
    for (const file of [empty, undated]) {
      const run = await runMain(["extract", file, "--format", "ics", "--now", NOW]);
      expect(run).toEqual({
        code: 0,
        stdout: "",
        stderr: `md-minutes: ${file}: nothing to export (no meeting date and no tasks), so no calendar is written\n`,
      });
    }
  });

  it("--format ics --out-dir writes no file for it and still writes the others", async () => {
    const { dir, empty } = notes();
    const dated = join(dir, "sync.md");
    writeFileSync(dated, "# Sync\n\n**Date:** 2026-03-12\n");
    const out = join(dir, "out");
    const run = await runMain([
      "extract",
      empty,
      dated,
      "--format",
      "ics",
      "--out-dir",
      out,
      "--now",
      NOW,
    ]);
    expect([run.code, run.stdout]).toEqual([0, ""]);
    expect(run.stderr).toBe(
      `md-minutes: ${empty}: nothing to export (no meeting date and no tasks), so no calendar is written\n`,
    );
    expect(readdirSync(out)).toEqual(["sync.ics"]);
    expect(existsSync(join(out, "empty.ics"))).toBe(false);
  });

  it("--format vdir writes no file for it, says so and exits 0", async () => {
    const { dir, empty } = notes();
    const vdir = join(dir, "cal");
    const run = await runMain([
      "extract",
      empty,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      NOW,
    ]);
    expect(run.code).toBe(0);
    // Then the sync's own summary, on stderr.
    expect(run.stderr).toBe(
      `md-minutes: ${empty}: nothing to export (no meeting date and no tasks), so no file is written\n` +
        `md-minutes: ${empty}: 0 written, 0 unchanged, 0 deleted in ${vdir}\n`,
    );
    expect(existsSync(vdir) ? readdirSync(vdir) : []).toEqual([]);
  });

  it("--tasks-as events of an undated note with only undated tasks exports nothing", async () => {
    const { dir } = notes();
    const file = join(dir, "todo.md");
    writeFileSync(file, "# Todo\n\n## Action Items\n\n- Write the report\n");
    const run = await runMain([
      "extract",
      file,
      "--format",
      "ics",
      "--tasks-as",
      "events",
      "--now",
      NOW,
    ]);
    expect([run.code, run.stdout]).toEqual([0, ""]);
    expect(run.stderr).toBe(
      [
        `md-minutes: ${file}:5: not exported as an event: "Write the report": it has no deadline, recurrence or duration`,
        `md-minutes: ${file}: nothing to export (no meeting date, and no task that can be an event), so no calendar is written`,
        "",
      ].join("\n"),
    );
  });
});
