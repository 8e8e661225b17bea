import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMinutes, toICalendar } from "../../src/index.js";
import { parseCalendar } from "../export/ical/helpers.js";
import { runMain } from "./run-main.js";

const CLI = resolve("dist/cli.js");
const FIXTURE = "fixtures/escalation/northwind-escalation.md";
const NOW = "2026-03-12T20:00:00Z";

async function run(args: string[], cwd = process.cwd()) {
  const { code, stdout, stderr } = await runMain(args, { cwd });
  return { status: code, stdout, stderr };
}

describe("md-minutes extract --format ics", () => {
  it("prints the same calendar as toICalendar, with the note's path relative to the repository", async () => {
    const { status, stdout, stderr } = await run([
      "extract",
      FIXTURE,
      "--format",
      "ics",
      "--now",
      NOW,
    ]);
    expect([status, stderr]).toEqual([0, ""]);
    const minutes = parseMinutes(readFileSync(FIXTURE, "utf8"), { fileName: FIXTURE });
    expect(stdout).toBe(toICalendar(minutes, { now: NOW, notePath: FIXTURE }));
  });

  it("is identical on two runs with the same --now", async () => {
    expect((await run(["extract", FIXTURE, "--format", "ics", "--now", NOW])).stdout).toBe(
      (await run(["extract", FIXTURE, "--format", "ics", "--now", NOW])).stdout,
    );
  });

  it("adds ATTENDEE for owners in --people, events with --tasks-as events, UTC with --utc", async () => {
    const dir = mkdtempSync(join(tmpdir(), "md-minutes-people-"));
    const people = join(dir, "people.json");
    writeFileSync(people, JSON.stringify({ "Omar Haddad": { email: "omar@example.com" } }));
    const withPeople = (
      await run(["extract", FIXTURE, "--format", "ics", "--now", NOW, "--people", people])
    ).stdout;
    expect(withPeople.replace(/\r\n /g, "")).toContain(
      "ATTENDEE;CN=Omar Haddad;ROLE=REQ-PARTICIPANT:mailto:omar@example.com\r\n",
    );
    const events = parseCalendar(
      (await run(["extract", FIXTURE, "--format", "ics", "--now", NOW, "--tasks-as", "events"]))
        .stdout,
    );
    expect(events.getAllSubcomponents("vtodo")).toHaveLength(0);
    expect(events.getAllSubcomponents("vevent")).toHaveLength(9);
    const utc = (
      await run([
        "extract",
        FIXTURE,
        "--format",
        "ics",
        "--now",
        NOW,
        "--utc",
        "--timezone",
        "America/New_York",
      ])
    ).stdout;
    expect(utc).toContain("DUE:20260313T000000Z\r\n");
    expect(utc).not.toContain("BEGIN:VTIMEZONE");
    const zoned = (
      await run([
        "extract",
        FIXTURE,
        "--format",
        "ics",
        "--now",
        NOW,
        "--timezone",
        "America/New_York",
      ])
    ).stdout;
    expect(zoned).toContain("DUE;TZID=America/New_York:20260312T200000\r\n");
    expect(zoned).toContain("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n");
  });

  it("warns that --utc needs a time zone", async () => {
    const { status, stderr } = await run([
      "extract",
      FIXTURE,
      "--format",
      "ics",
      "--now",
      NOW,
      "--utc",
    ]);
    expect(status).toBe(0);
    expect(stderr).toContain("--utc needs a time zone");
  });

  it.each([
    [["--format", "vdir"], "--format vdir needs --out-dir"],
    [
      ["--format", "ics", "--now", "tomorrow"],
      '--now "tomorrow": expected a date (2025-10-10), a wall-clock time',
    ],
    [["--format", "ics", "--tasks-as", "tasks"], '--tasks-as "tasks": expected todos or events'],
    [
      ["--format", "ics", "--people", "no-such.json"],
      "--people no-such.json: cannot read: no such file",
    ],
    [["--format", "xml"], 'unknown --format "xml", expected json, ics, vdir'],
  ])("exits 2 on %j with a one-line message", async (flags, message) => {
    const { status, stderr } = await run(["extract", FIXTURE, ...flags]);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("md-minutes extract --format vdir", () => {
  it("syncs: a reworded task keeps its file, a client's completion survives, a removed task's file goes, other files stay", async () => {
    const dir = mkdtempSync(join(tmpdir(), "md-minutes-vdir-"));
    const vdir = join(dir, "tasks");
    const note = join(dir, "note.md");
    const original = readFileSync(FIXTURE, "utf8");
    writeFileSync(note, original);
    expect(
      (await run(["extract", note, "--format", "vdir", "--out-dir", vdir, "--now", NOW])).stderr,
    ).toContain("14 written, 0 unchanged, 0 deleted");
    const unrelated =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VTODO\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Mine\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
    writeFileSync(join(vdir, "mine.ics"), unrelated);
    writeFileSync(join(vdir, "README.txt"), "not a calendar");
    const fileOf = (words: string) =>
      readdirSync(vdir).find(
        (name) =>
          name.endsWith(".ics") &&
          readFileSync(join(vdir, name), "utf8").replace(/\r\n /g, "").includes(`SUMMARY:${words}`),
      )!;
    const report = fileOf("Write the incident report");
    const access = fileOf("Give Northwind read access");
    const loadTest = fileOf("Run a load test");
    writeFileSync(
      join(vdir, access),
      readFileSync(join(vdir, access), "utf8").replace(
        "STATUS:NEEDS-ACTION",
        "STATUS:COMPLETED\r\nCOMPLETED:20260313T091500Z",
      ),
    );
    writeFileSync(
      note,
      original
        .replace("Write the incident report", "Write and publish the incident report")
        .replace(/^- \*\*Priya:\*\*.*\n/m, ""),
    );

    const second = await run([
      "extract",
      note,
      "--format",
      "vdir",
      "--out-dir",
      vdir,
      "--now",
      "2026-03-14T09:00:00Z",
    ]);
    expect([second.status, second.stdout, second.stderr.trim()]).toEqual([
      0,
      "",
      `md-minutes: ${note}: 1 written, 12 unchanged, 1 deleted in ${vdir}`,
    ]);
    const reportText = readFileSync(join(vdir, report), "utf8").replace(/\r\n /g, "");
    expect(reportText).toContain("SUMMARY:Write and publish the incident report\r\n");
    expect(reportText).toContain(`UID:${report.replace(/\.ics$/, "")}\r\n`);
    expect(reportText).toContain("SEQUENCE:1\r\n");
    expect(reportText).toContain("LAST-MODIFIED:20260314T090000Z\r\n");
    expect(readFileSync(join(vdir, access), "utf8")).toContain("STATUS:COMPLETED\r\n");
    expect(readdirSync(vdir)).not.toContain(loadTest);
    expect(readFileSync(join(vdir, "mine.ics"), "utf8")).toBe(unrelated);
    expect(readFileSync(join(vdir, "README.txt"), "utf8")).toBe("not a calendar");
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(vdir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("writes NAME.ics per note with --format ics --out-dir", () => {
    const dir = mkdtempSync(join(tmpdir(), "md-minutes-ics-"));
    execFileSync(process.execPath, [
      CLI,
      "extract",
      FIXTURE,
      "fixtures/ical/tricky-text.md",
      "--format",
      "ics",
      "--out-dir",
      dir,
      "--now",
      NOW,
    ]);
    expect(readdirSync(dir).sort()).toEqual(["northwind-escalation.ics", "tricky-text.ics"]);
    expect(
      parseCalendar(readFileSync(join(dir, "tricky-text.ics"), "utf8")).getAllSubcomponents(
        "vtodo",
      ),
    ).toHaveLength(6);
  });
});
