import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A real client reads our vdir: Debian's todoman (apt-get install todoman), which parses with the
 * Python icalendar library. todoman skips a file it cannot read and still exits 0, so an empty
 * stderr is part of the check. .ci/run installs it.
 */
const CLI = resolve("dist/cli.js");
const FIXTURE = resolve("fixtures/escalation/northwind-escalation.md");
const env = { ...process.env, TZ: "UTC", HOME: mkdtempSync(join(tmpdir(), "md-minutes-home-")) };

interface PorcelainTodo {
  id: number;
  summary: string;
  due: number | null;
  completed: boolean;
  description: string;
}

function configFor(dir: string): string {
  const config = join(dir, "config.py");
  // A fresh cache each run, so todoman reads every file rather than remembering an earlier run.
  writeFileSync(
    config,
    `path = "${join(dir, "calendars", "*")}"\ncache_path = "${join(dir, "cache.sqlite3")}"\ndate_format = "%Y-%m-%d"\ntime_format = "%H:%M"\n`,
  );
  return config;
}

function todoman(
  config: string,
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("todoman", ["--config", config, ...args], { encoding: "utf8", env });
  if (result.error)
    throw new Error(`todoman is not installed (apt-get install todoman): ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function exportTo(vdir: string, now: string, ...flags: string[]): string {
  const result = spawnSync(
    process.execPath,
    [CLI, "extract", FIXTURE, "--format", "vdir", "--out-dir", vdir, "--now", now, ...flags],
    { encoding: "utf8", env },
  );
  // The sync summary is all it says, on stderr; stdout stays empty.
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(
    /^md-minutes: .*: \d+ written, \d+ unchanged, \d+ deleted in .*\n$/,
  );
  return result.stderr;
}

describe("todoman reads the vdir", () => {
  const dir = mkdtempSync(join(tmpdir(), "md-minutes-todoman-"));
  const vdir = join(dir, "calendars", "escalation");
  const config = configFor(dir);
  exportTo(vdir, "2026-03-12T20:00:00Z");

  it("lists every task, with its deadline, and says nothing on stderr", () => {
    const { status, stdout, stderr } = todoman(config, ["--porcelain", "list"]);
    expect([status, stderr]).toEqual([0, ""]);
    const todos = JSON.parse(stdout) as PorcelainTodo[];
    expect(todos).toHaveLength(12);
    const book = todos.find(
      (todo) => todo.summary === "Book the production deployment for 8 PM today",
    )!;
    // A floating time is read in the reader's zone; here TZ=UTC.
    expect(book.due).toBe(Date.UTC(2026, 2, 12, 20, 0) / 1000);
    expect(book.description).toContain("Owners: Omar Haddad");
    expect(todos.map((todo) => todo.summary)).toContain(
      "Fallback: Available within 2 hours if failures continue",
    );
  });

  it("shows when the 48-hour monitoring period ends (DTSTART and DUE, not DURATION)", () => {
    const { stdout, stderr } = todoman(config, ["--porcelain", "list"]);
    expect(stderr).toBe("");
    const watch = (JSON.parse(stdout) as PorcelainTodo[]).find(
      (todo) => todo.summary === "Watch Metrics: 48-hour monitoring period with alerts",
    )!;
    // The meeting starts 2026-03-12 14:00 (floating, read in TZ=UTC); 48 hours later.
    expect(watch.due).toBe(Date.UTC(2026, 2, 14, 14, 0) / 1000);
  });

  it("filters by the section category", () => {
    const { stdout, stderr } = todoman(config, [
      "--porcelain",
      "list",
      "--category",
      "actionItems",
    ]);
    expect(stderr).toBe("");
    expect((JSON.parse(stdout) as PorcelainTodo[]).map((todo) => todo.summary).sort()).toEqual([
      "Book the production deployment for 8 PM today",
      "Give Northwind read access to the support queue",
      "Run a load test after the fix",
      "Write the incident report",
    ]);
  });

  it("keeps a task todoman completed when the note is exported again", () => {
    const todos = JSON.parse(todoman(config, ["--porcelain", "list"]).stdout) as PorcelainTodo[];
    const target = todos.find((todo) => todo.summary === "Write the incident report")!;
    expect(todoman(config, ["done", String(target.id)]).status).toBe(0);
    expect(exportTo(vdir, "2026-03-14T09:00:00Z")).toContain("0 written, 14 unchanged, 0 deleted");
    const { stdout, stderr } = todoman(config, ["--porcelain", "list", "--status", "ANY"]);
    expect(stderr).toBe("");
    const after = JSON.parse(stdout) as PorcelainTodo[];
    expect(after).toHaveLength(12);
    expect(after.find((todo) => todo.summary === "Write the incident report")!.completed).toBe(
      true,
    );
  });
});

describe("todoman and time zones", () => {
  it("reads TZID times through our VTIMEZONE", () => {
    const dir = mkdtempSync(join(tmpdir(), "md-minutes-todoman-tz-"));
    exportTo(
      join(dir, "calendars", "berlin"),
      "2026-03-12T20:00:00Z",
      "--timezone",
      "Europe/Berlin",
    );
    const { stdout, stderr } = todoman(configFor(dir), ["--porcelain", "list"]);
    expect(stderr).toBe("");
    const book = (JSON.parse(stdout) as PorcelainTodo[]).find(
      (todo) => todo.summary === "Book the production deployment for 8 PM today",
    )!;
    // 20:00 in Berlin on 2026-03-12 is CET, +01:00.
    expect(book.due).toBe(Date.UTC(2026, 2, 12, 19, 0) / 1000);
  });

  it("reports a broken file on stderr (so an empty stderr means every file was read)", () => {
    const dir = mkdtempSync(join(tmpdir(), "md-minutes-todoman-broken-"));
    const vdir = join(dir, "calendars", "broken");
    exportTo(vdir, "2026-03-12T20:00:00Z");
    writeFileSync(
      join(vdir, "broken.ics"),
      "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nDUE:someday\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
    );
    const { status, stderr } = todoman(configFor(dir), ["--porcelain", "list"]);
    expect(status).toBe(0);
    expect(stderr).toContain("Failed to read entry");
  });
});
