import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../cli/run-main.js";
import { SERIES_FILES, SERIES_FOLDER } from "./series-notes.js";

// A fifth note of the series: the timeline sent (done), the retry review moved a week (a third
// slip for nothing, a first for it), the business review as it was.
const FIFTH = `---
title: "Follow-up: Kestrel Maritime sync outage"
date: 2026-04-22
start: "09:00"
customer: Kestrel Maritime
series: kestrel-sync-outage
---

# Follow-up: Kestrel Maritime sync outage

## Open items

- [x] **Beatriz Costa:** Send the incident timeline to Ingrid (due 2026-04-14) ^send-incident-timeline-ingrid-4810
- [ ] **Oskar Lind:** Review the sync retry settings with Kestrel's operations team (due 2026-04-20) ^review-sync-retry-settings-a64c
- [ ] **Tariq Mansour:** Book the renewal review with Ingrid (due 2026-04-30) ^book-renewal-review-ingrid-772a
`;

const env = { ...process.env, TZ: "UTC", HOME: mkdtempSync(join(tmpdir(), "md-minutes-home-")) };

function todoman(config: string, args: string[]) {
  const result = spawnSync("todoman", ["--config", config, ...args], { encoding: "utf8", env });
  if (result.error)
    throw new Error(`todoman is not installed (apt-get install todoman): ${result.error.message}`);
  return result;
}

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), "md-minutes-track-vdir-"));
  for (const file of SERIES_FILES) copyFileSync(join(SERIES_FOLDER, file), join(dir, file));
  const vdir = join(dir, "calendars", "kestrel");
  const config = join(dir, "config.py");
  writeFileSync(
    config,
    `path = "${join(dir, "calendars", "*")}"\ncache_path = "${join(dir, "cache.sqlite3")}"\ndate_format = "%Y-%m-%d"\ntime_format = "%H:%M"\n`,
  );
  const track = (now: string) =>
    runMain(["track", "2026-*.md", "--format", "vdir", "--out-dir", vdir, "--now", now], {
      cwd: dir,
    });
  const files = () =>
    Object.fromEntries(
      readdirSync(vdir)
        .sort()
        .map((name) => [name, readFileSync(join(vdir, name), "utf8")]),
    );
  return { dir, vdir, config, track, files };
}

const field = (text: string, name: string) =>
  new RegExp(`^${name}:(.*)$`, "m").exec(text.replace(/\r?\n[ \t]/g, ""))?.[1]?.trim() ?? null;

/** The items by tracked id, which ends their UID (a client rewriting a file may drop our X- properties). */
function byTask(files: Record<string, string>) {
  return Object.fromEntries(
    Object.values(files).map((text) => [
      field(text, "UID")!.replace(/^md-minutes-[0-9a-f]{16}-/, ""),
      {
        uid: field(text, "UID"),
        sequence: field(text, "SEQUENCE"),
        status: field(text, "STATUS"),
        due: field(text, "DUE;VALUE=DATE"),
      },
    ]),
  );
}

describe("track --format vdir", () => {
  const { dir, config, track, files } = setUp();

  it("writes one file per tracked task across the four notes, the series as producer", async () => {
    const { code, stdout, stderr } = await track("2026-04-16T12:00:00Z");
    expect([code, stdout]).toEqual([0, ""]);
    expect(stderr).toMatch(/series kestrel-sync-outage: 7 written, 0 unchanged, 0 deleted/);
    const written = files();
    expect(Object.keys(written)).toHaveLength(7);
    for (const text of Object.values(written)) {
      expect(field(text, "X-MD-MINUTES-PRODUCER")).toBe("series:kestrel-sync-outage");
      expect(field(text, "SEQUENCE")).toBe("0");
    }
    expect(byTask(written)["ship-fix"]!.status).toBe("COMPLETED");
    expect(byTask(written)["draft-service-credit-proposal-11a1"]!.status).toBe("NEEDS-ACTION");
  });

  it("is listed by todoman without error", () => {
    const { status, stdout, stderr } = todoman(config, ["--porcelain", "list", "--status", "ANY"]);
    expect([status, stderr]).toEqual([0, ""]);
    const todos = JSON.parse(stdout) as Array<{ summary: string; completed: boolean }>;
    expect(todos).toHaveLength(7);
    expect(
      todos
        .filter((todo) => todo.completed)
        .map((todo) => todo.summary)
        .sort(),
    ).toEqual([
      "Review the sync error logs from last week",
      "Roll out the replication patch",
      "Share the sync latency dashboard with the customer",
    ]);
  });

  it("after a fifth note: updates what changed (SEQUENCE + 1, UID kept), keeps a client's COMPLETED, never duplicates", async () => {
    const before = byTask(files());
    const listed = JSON.parse(todoman(config, ["--porcelain", "list"]).stdout) as Array<{
      id: number;
      summary: string;
    }>;
    const review = listed.find((todo) => todo.summary.startsWith("Book the renewal review"))!;
    expect(todoman(config, ["done", String(review.id)]).status).toBe(0);

    writeFileSync(join(dir, "2026-04-22-follow-up.md"), FIFTH);
    const { code, stderr } = await track("2026-04-22T12:00:00Z");
    expect(code).toBe(0);
    expect(stderr).toMatch(/: 3 written, 4 unchanged, 0 deleted/);
    const after = byTask(files());
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, item] of Object.entries(after)) expect(item.uid, id).toBe(before[id]!.uid);

    const timeline = after["send-incident-timeline-ingrid-4810"]!;
    expect([timeline.sequence, timeline.status]).toEqual(["1", "COMPLETED"]);
    const retry = after["review-sync-retry-settings-a64c"]!;
    expect([retry.sequence, retry.status, retry.due]).toEqual(["1", "NEEDS-ACTION", "20260420"]);
    // Completed in todoman; the note still lists it open, so the client's word stands.
    expect(after["book-renewal-review-ingrid-772a"]!.status).toBe("COMPLETED");
    expect(after["ship-fix"]!.sequence).toBe("0");
    expect(after["draft-service-credit-proposal-11a1"]!.sequence).toBe("0");

    const {
      status,
      stdout,
      stderr: todoErr,
    } = todoman(config, ["--porcelain", "list", "--status", "ANY"]);
    expect([status, todoErr]).toEqual([0, ""]);
    expect(JSON.parse(stdout)).toHaveLength(7);
  });

  it("shares a folder with extract: neither deletes the other's files", async () => {
    const { vdir } = { vdir: join(dir, "calendars", "kestrel") };
    const extracted = await runMain(
      [
        "extract",
        "2026-04-06-escalation-call.md",
        "--format",
        "vdir",
        "--out-dir",
        vdir,
        "--now",
        "2026-04-22T12:00:00Z",
      ],
      { cwd: dir },
    );
    // The meeting, its five tasks and the next meeting, under the note's own producer.
    expect(extracted.stderr).toMatch(/7 written, 0 unchanged, 0 deleted/);
    const withBoth = Object.keys(files());
    expect(withBoth).toHaveLength(14);
    const again = await track("2026-04-22T12:00:00Z");
    expect(again.stderr).toMatch(/0 written, 7 unchanged, 0 deleted/);
    expect(Object.keys(files())).toEqual(withBoth);
  });
});
