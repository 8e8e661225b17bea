import { spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runJobs } from "../../src/cli/pool.js";
import { runMain, workspace } from "./run-main.js";

// Worker threads run the built CLI (npm test builds it first): they cannot load the TypeScript
// sources. The runs below stay in this process and send every note to the pool (no cut-off).
const root = join(import.meta.dirname, "..", "..");
const CLI = join(root, "dist", "cli.js");
const FORMATS = ["stylish", "json", "github", "sarif", "junit"] as const;
const pool = { workerScript: CLI, poolMinCharacters: 0 };

function fixturesFolder(): string {
  const cwd = workspace({});
  cpSync(join(root, "fixtures"), join(cwd, "fixtures"), { recursive: true });
  return cwd;
}

describe("check and extract on worker threads", () => {
  // One test per format, so that each stays far from the timeout on a loaded machine.
  const cwd = fixturesFolder();
  const args = ["check", "fixtures", "--all", "--now", "2026-01-15"];

  it.each(FORMATS)(
    "check prints byte for byte what --concurrency 1 prints, as %s",
    async (format) => {
      const single = await runMain([...args, "--format", format, "--concurrency", "1"], { cwd });
      const parallel = await runMain([...args, "--format", format, "--concurrency", "3"], {
        cwd,
        ...pool,
      });
      expect(single.stdout.length).toBeGreaterThan(100);
      expect(parallel.stdout).toBe(single.stdout);
      expect(parallel.code).toBe(single.code);
    },
  );

  it("a cache filled by the pool and read back in this thread gives the same report", async () => {
    const folder = fixturesFolder();
    const cold = await runMain([...args, "--cache", "--concurrency", "2"], {
      cwd: folder,
      ...pool,
    });
    const warm = await runMain([...args, "--cache", "--concurrency", "2"], {
      cwd: folder,
      ...pool,
    });
    const single = await runMain([...args, "--concurrency", "1"], { cwd: folder });
    expect(single.stdout.length).toBeGreaterThan(100);
    expect(cold.stdout).toBe(single.stdout);
    expect(warm.stdout).toBe(single.stdout);
  });

  it("extract prints the same models, as JSON and as iCalendar", async () => {
    const cwd = fixturesFolder();
    const notes = [
      "fixtures/escalation/northwind-escalation.md",
      "fixtures/meeting/ops-handover.md",
    ];
    const json = ["extract", ...notes, "--now", "2026-01-15T00:00:00Z"];
    const single = await runMain([...json, "--concurrency", "1"], { cwd });
    const parallel = await runMain([...json, "--concurrency", "2"], { cwd, ...pool });
    expect(parallel.stdout).toBe(single.stdout);
    const ics = ["extract", notes[0]!, "--format", "ics", "--now", "2026-01-15T00:00:00Z"];
    expect((await runMain([...ics, "--concurrency", "2"], { cwd, ...pool })).stdout).toBe(
      (await runMain([...ics, "--concurrency", "1"], { cwd })).stdout,
    );
  });

  it("hands each result over once, as it comes, and returns them in the order of the jobs", async () => {
    const jobs = Array.from({ length: 9 }, (_, index) => ({
      text: `# Sync ${index}\n\n## Action items\n\n- Kim to send report ${index} by Friday\n`,
      options: { fileName: `sync-${index}.md` },
    }));
    for (const options of [
      { concurrency: 1, workerScript: null },
      { concurrency: 2, workerScript: CLI, minCharacters: 0 },
    ]) {
      const handed = new Map<number, unknown>();
      const results = await runJobs("parse", jobs, options, (index, result) => {
        expect(handed.has(index)).toBe(false);
        handed.set(index, result);
      });
      expect([...handed.keys()].sort((a, b) => a - b)).toEqual(jobs.map((_, index) => index));
      expect(results.map((model) => model.actionItems[0]?.text)).toEqual(
        jobs.map((_, index) => `Kim to send report ${index} by Friday`),
      );
      for (const [index, result] of handed) expect(result).toEqual(results[index]);
    }
  });

  it("refuses a --concurrency that is not a whole number from 1", async () => {
    for (const value of ["0", "-1", "two", "1.5"]) {
      const run = await runMain(["check", "x.md", "--concurrency", value]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--concurrency "${value}": expected a whole number`);
    }
  });

  it("as installed: --progress writes lines on stderr, and stdout is unchanged", () => {
    const cwd = fixturesFolder();
    const run = (extra: string[]) =>
      spawnSync(process.execPath, [CLI, "check", "fixtures/escalation", ...extra], {
        cwd,
        encoding: "utf8",
      });
    const plain = run([]);
    const shown = run(["--progress"]);
    expect(shown.stdout).toBe(plain.stdout);
    expect(plain.stderr).not.toContain("files\n");
    expect(shown.stderr).toContain("md-minutes: 2/2 files\n");
  });
});
