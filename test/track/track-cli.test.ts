import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMinutes, trackMinutes } from "../../src/index.js";
import { runMain } from "../cli/run-main.js";
import { readSeries, SERIES_FOLDER } from "./series-notes.js";

const expected = (name: string) => readFileSync(join(SERIES_FOLDER, name), "utf8");
const track = (...args: string[]) =>
  runMain(["track", "2026-*.md", ...args], { cwd: SERIES_FOLDER });

describe("md-minutes track over the Kestrel Maritime series", () => {
  it("prints the checked-in JSON, which fits the tracking schema", async () => {
    const { code, stdout, stderr } = await track("--format", "json", "--now", "2026-04-16");
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toBe(expected("kestrel.expected.json"));
  });

  it("prints the checked-in open items, ready to paste into the next note", async () => {
    const { code, stdout } = await track("--format", "markdown");
    expect(code).toBe(0);
    expect(stdout).toBe(expected("kestrel.expected.md"));
  });

  it("reads the open items back with parseMinutes: the same ids, and the next note links by block id", async () => {
    const { stdout } = await track("--format", "markdown");
    const next = `---\ndate: 2026-04-22\nseries: kestrel-sync-outage\n---\n# Follow-up\n\n${stdout}`;
    const minutes = parseMinutes(next, { fileName: "2026-04-22-follow-up.md" });
    const before = trackMinutes(readSeries()).series[0]!;
    const open = before.tasks.filter((task) => task.state === "open");
    expect(minutes.actionItems.map((task) => task.blockId)).toEqual(open.map((task) => task.id));
    expect(minutes.actionItems.map((task) => task.due)).toEqual(open.map((task) => task.due));
    expect(minutes.actionItems.map((task) => task.owners.map((owner) => owner.name))).toEqual(
      open.map((task) => task.owners),
    );
    const after = trackMinutes([...readSeries(), { file: "2026-04-22-follow-up.md", minutes }])
      .series[0]!;
    expect(after.tasks.map((task) => task.id)).toEqual(before.tasks.map((task) => task.id));
    for (const task of open) {
      const again = after.tasks.find((each) => each.id === task.id)!;
      expect(again.history.at(-1)).toMatchObject({
        file: "2026-04-22-follow-up.md",
        link: "block-id",
      });
    }
  });

  it("prints per series and per owner, with a counts line at the end", async () => {
    const { code, stdout } = await track("--now", "2026-04-16");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("kestrel-sync-outage (4 notes, 2026-04-06 to 2026-04-15)");
    expect(lines.filter((line) => /^ {2}\S/.test(line))).toEqual([
      "  Beatriz Costa",
      "  Oskar Lind",
      "  Tariq Mansour",
      "  Wen Li",
    ]);
    expect(lines).toContain(
      "    open    Send the incident timeline to Ingrid  due 2026-04-14  (overdue, slipped 2x, reworded)  2026-04-15-closure-review.md:17",
    );
    expect(lines.at(-1)).toBe(
      "7 tasks in 1 series: 3 open (2 overdue), 3 done, 1 dropped; 2 slipped",
    );
  });

  it("groups every input under --series, and refuses what it cannot do", async () => {
    const { stdout } = await track("--series", "kestrel", "--format", "json");
    expect(
      JSON.parse(stdout).series.map((series: { name: string; by: string }) => [
        series.name,
        series.by,
      ]),
    ).toEqual([["kestrel", "option"]]);
    expect((await track("--format", "xml")).stderr).toMatch(
      /unknown --format "xml", expected stylish, json, markdown, ics, vdir/,
    );
    expect((await track("--now", "Friday")).code).toBe(2);
    expect((await track("--format", "vdir")).stderr).toMatch(/--format vdir needs --out-dir/);
    const none = await runMain(["track", "nothing-*.md"], { cwd: SERIES_FOLDER });
    expect([none.code, none.stderr]).toEqual([
      2,
      'md-minutes: track: no notes match "nothing-*.md"\n',
    ]);
  });
});
