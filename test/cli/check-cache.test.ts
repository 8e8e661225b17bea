import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheKey, openCache } from "../../src/cli/cache.js";
import { seriesModelOf } from "../../src/cli/note-result.js";
import { runMain, workspace } from "./run-main.js";

const root = join(import.meta.dirname, "..", "..");
const FORMATS = ["stylish", "json", "github", "sarif", "junit"] as const;
const CACHE_FILE = "node_modules/.cache/md-minutes/check-cache.json";

/** The project's fixtures in a fresh folder, with a clock-free config (no --now in the runs). */
function fixturesFolder(): string {
  const cwd = workspace({});
  cpSync(join(root, "fixtures"), join(cwd, "fixtures"), { recursive: true });
  return cwd;
}

const summaryOf = (stderr: string) => stderr.replace(/ in \d+ ms\n$/, "");

describe("check --cache", () => {
  it("prints byte for byte what an uncached run prints, in every format, cold and warm", async () => {
    const cwd = fixturesFolder();
    const args = ["check", "fixtures", "--all", "--now", "2026-01-15"];
    const cold = await runMain([...args, "--cache"], { cwd });
    expect(cold.stdout).toBe((await runMain([...args, "--concurrency", "1"], { cwd })).stdout);
    for (const format of FORMATS) {
      const plain = await runMain([...args, "--format", format, "--concurrency", "1"], { cwd });
      const warm = await runMain([...args, "--format", format, "--cache"], { cwd });
      expect(plain.stdout.length).toBeGreaterThan(100);
      expect(warm.stdout).toBe(plain.stdout);
      expect(warm.code).toBe(plain.code);
      expect(summaryOf(warm.stderr)).not.toMatch(/ 0 cached, /);
    }
  });

  it("says in the closing line how many of the files checked came from the cache", async () => {
    const cwd = fixturesFolder();
    const first = await runMain(["check", "fixtures/escalation", "--cache"], { cwd });
    expect(summaryOf(first.stderr)).toMatch(/^md-minutes: 2 files checked, 0 skipped, 0 cached, /);
    writeFileSync(
      join(cwd, "fixtures/escalation/bluewave-escalation.md"),
      "# Changed\n\n**Date:** 2025-10-06\n",
    );
    const second = await runMain(["check", "fixtures/escalation", "--cache"], { cwd });
    expect(summaryOf(second.stderr)).toMatch(/^md-minutes: 2 files checked, 0 skipped, 1 cached, /);
    const plain = await runMain(["check", "fixtures/escalation"], { cwd });
    expect(plain.stderr).not.toContain("cached");
  });

  it("ignores a corrupt cache file and writes a good one in its place", async () => {
    const cwd = fixturesFolder();
    const expected = await runMain(["check", "fixtures/meeting"], { cwd });
    mkdirSync(join(cwd, "node_modules/.cache/md-minutes"), { recursive: true });
    for (const damage of ["{ not json", '{"format":"eslint-cache","entries":{}}', "null", ""]) {
      writeFileSync(join(cwd, CACHE_FILE), damage);
      const run = await runMain(["check", "fixtures/meeting", "--cache"], { cwd });
      expect(run.stdout).toBe(expected.stdout);
      expect(run.code).toBe(expected.code);
      expect(summaryOf(run.stderr)).toMatch(/ 0 cached, /);
      expect(JSON.parse(readFileSync(join(cwd, CACHE_FILE), "utf8")).format).toBe(
        "md-minutes-check-cache",
      );
      const again = await runMain(["check", "fixtures/meeting", "--cache"], { cwd });
      expect(again.stdout).toBe(expected.stdout);
      expect(summaryOf(again.stderr)).not.toMatch(/ 0 cached, /);
    }
  });

  it("keeps what cross-note rules read of each note beside the cache, read only on demand", async () => {
    const cwd = fixturesFolder();
    await runMain(["check", "fixtures/escalation", "--cache"], { cwd });
    const main = JSON.parse(readFileSync(join(cwd, CACHE_FILE), "utf8"));
    const path = join(cwd, "fixtures/escalation/northwind-escalation.md");
    const { key } = main.entries[path];
    expect(main.entries[path].result.series).toBeNull();
    const cache = openCache(join(cwd, CACHE_FILE));
    expect(cache.series(path, "another key")).toBeNull();
    const series = seriesModelOf(cache.series(path, key)!);
    expect(series.title).toContain("Northwind");
    expect(series.actionItems.length).toBeGreaterThan(0);
    expect(Object.keys(series).sort()).toEqual([
      "actionItems",
      "attendees",
      "commitments",
      "customer",
      "date",
      "resolutionPlan",
      "risks",
      "start",
      "timezone",
      "title",
    ]);
  });

  it("does not trust an entry that is damaged: that note is checked again", async () => {
    const cwd = fixturesFolder();
    const expected = await runMain(["check", "fixtures/check/scenarios"], { cwd });
    await runMain(["check", "fixtures/check/scenarios", "--cache"], { cwd });
    const file = JSON.parse(readFileSync(join(cwd, CACHE_FILE), "utf8"));
    const [first] = Object.keys(file.entries);
    file.entries[first!].result.messages = [{ reason: 42 }];
    writeFileSync(join(cwd, CACHE_FILE), JSON.stringify(file));
    const run = await runMain(["check", "fixtures/check/scenarios", "--cache"], { cwd });
    expect(run.stdout).toBe(expected.stdout);
  });

  it("is invalidated by a changed config, --now, or another md-minutes version", async () => {
    const cwd = fixturesFolder();
    const args = ["check", "fixtures/check/rules/overdue", "--all", "--format", "json"];
    await runMain([...args, "--cache", "--now", "2025-01-01"], { cwd });
    const warm = await runMain([...args, "--cache", "--now", "2025-01-01"], { cwd });
    expect(summaryOf(warm.stderr)).toMatch(/ 2 cached, /);

    const laterNow = await runMain([...args, "--cache", "--now", "2030-01-01"], { cwd });
    expect(summaryOf(laterNow.stderr)).toMatch(/ 0 cached, /);
    expect(laterNow.stdout).toBe((await runMain([...args, "--now", "2030-01-01"], { cwd })).stdout);

    writeFileSync(
      join(cwd, ".md-minutesrc.json"),
      JSON.stringify({ rules: { overdue: "off", "action-owner": "off" } }),
    );
    const newConfig = await runMain([...args, "--cache", "--now", "2030-01-01"], { cwd });
    expect(summaryOf(newConfig.stderr)).toMatch(/ 0 cached, /);
    expect(newConfig.stdout).toBe(
      (await runMain([...args, "--now", "2030-01-01"], { cwd })).stdout,
    );

    // A cache written by another version is not ours to read.
    const file = JSON.parse(readFileSync(join(cwd, CACHE_FILE), "utf8"));
    writeFileSync(join(cwd, CACHE_FILE), JSON.stringify({ ...file, version: "0.0.1" }));
    const otherVersion = await runMain([...args, "--cache", "--now", "2030-01-01"], { cwd });
    expect(summaryOf(otherVersion.stderr)).toMatch(/ 0 cached, /);
  });

  it("keys a note by its text, path, options, rules, now and the version", () => {
    const job = {
      text: "# Sync\n",
      options: { fileName: "a.md" },
      rules: null,
      now: null,
      keepSeries: true,
    };
    const key = cacheKey(job);
    expect(cacheKey({ ...job })).toBe(key);
    expect(
      new Set([
        key,
        cacheKey({ ...job, text: "# Sync!\n" }),
        cacheKey({ ...job, options: { fileName: "b.md" } }),
        cacheKey({ ...job, options: { fileName: "a.md", dateOrder: "DMY" } }),
        cacheKey({ ...job, rules: { extends: "strict" } }),
        cacheKey({ ...job, now: "2025-01-01" }),
        cacheKey(job, "0.0.1"),
      ]).size,
    ).toBe(7);
  });

  it("keys a note by the day of the run only where a weekday without a year may date it", () => {
    const job = (text: string, today: string) => ({
      text,
      options: { fileName: "a.md", today },
      rules: null,
      now: null,
      keepSeries: true,
    });
    const plain = "# Sync 2026-03-04\n\nKim will call on Friday.\n";
    expect(cacheKey(job(plain, "2026-12-03"))).toBe(cacheKey(job(plain, "2026-12-04")));
    const log = "Friday 2/4\n\n- Kim will call\n";
    expect(cacheKey(job(log, "2026-12-03"))).not.toBe(cacheKey(job(log, "2026-12-04")));
  });

  it("takes --cache-location as a file or a folder; it needs --cache", async () => {
    const cwd = fixturesFolder();
    await runMain(["check", "fixtures/status", "--cache", "--cache-location", "out/cache.json"], {
      cwd,
    });
    expect(existsSync(join(cwd, "out/cache.json"))).toBe(true);
    await runMain(["check", "fixtures/status", "--cache", "--cache-location", "dir/"], { cwd });
    expect(existsSync(join(cwd, "dir/check-cache.json"))).toBe(true);
    const alone = await runMain(["check", "fixtures/status", "--cache-location", "x.json"], {
      cwd,
    });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--cache-location names the cache, but --cache is not given");
  });

  it("warns and goes on when the cache cannot be written", async () => {
    const cwd = fixturesFolder();
    writeFileSync(join(cwd, "blocker"), "a file where the cache folder would go");
    const expected = await runMain(["check", "fixtures/status"], { cwd });
    const run = await runMain(
      ["check", "fixtures/status", "--cache", "--cache-location", "blocker/sub/"],
      { cwd },
    );
    expect(run.code).toBe(expected.code);
    expect(run.stdout).toBe(expected.stdout);
    expect(run.stderr).toContain("md-minutes: warning: cannot write the cache: ");
  });
});
