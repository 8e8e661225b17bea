import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runMain } from "./run-main.js";

// The built CLI, run as a user runs it (test/global-setup.ts builds it when missing).
const root = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "md-minutes-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], cwd = work, input?: string) {
  return runMain(args, { cwd, ...(input === undefined ? {} : { stdin: input }) });
}

/** A folder of its own with two notes copied from the fixtures. */
function folder(name: string): string {
  const directory = join(work, name);
  mkdirSync(directory, { recursive: true });
  cpSync(
    join(root, "fixtures", "escalation", "northwind-escalation.md"),
    join(directory, "northwind.md"),
  );
  cpSync(join(root, "fixtures", "meeting", "undated-retro.md"), join(directory, "retro.md"));
  return directory;
}

describe("md-minutes extract", () => {
  it("prints one model for one input", async () => {
    const directory = folder("one");
    const { code, stdout, stderr } = await run(["extract", "northwind.md"], directory);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const model = JSON.parse(stdout);
    expect(model).toMatchObject({
      schemaVersion: 1,
      kind: "customer-escalation",
      date: "2026-03-12",
    });
    expect(model).not.toHaveProperty("file");
  });

  it("prints an array in input order for several inputs, each with its file", async () => {
    const directory = folder("several");
    const { code, stdout } = await run(["extract", "retro.md", "northwind.md"], directory);
    expect(code).toBe(0);
    const models = JSON.parse(stdout);
    expect(models.map((model: { file: string }) => model.file)).toEqual([
      "retro.md",
      "northwind.md",
    ]);
    expect(models.map((model: { title: string }) => model.title)).toEqual([
      "Team Retro",
      "Customer Escalation Meeting: Enterprise Client Northwind Traders",
    ]);
  });

  it("reads standard input for -", async () => {
    const { code, stdout } = await run(["extract", "-"], work, "# Sync\n\n**Date:** 2025-09-27\n");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ title: "Sync", date: "2025-09-27" });
  });

  it("writes NAME.json per input with --out-dir", async () => {
    const directory = folder("out");
    const { code, stdout } = await run(
      ["extract", "northwind.md", "retro.md", "--out-dir", "models"],
      directory,
    );
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(join(directory, "models", "northwind.json"), "utf8")).date).toBe(
      "2026-03-12",
    );
    expect(JSON.parse(readFileSync(join(directory, "models", "retro.json"), "utf8")).title).toBe(
      "Team Retro",
    );
  });

  it("passes each file's name, so a date in it becomes the meeting date", async () => {
    const directory = join(work, "named");
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      join(directory, "2026-2-3-sync.md"),
      "# Sync\n\n- Marco to export the icons by Thursday\n",
    );
    const model = JSON.parse((await run(["extract", "2026-2-3-sync.md"], directory)).stdout);
    expect(model).toMatchObject({ date: "2026-02-03", dateSource: "file-name" });
  });

  it("passes the day of the run, or --now's, to date a note by weekday without a year", async () => {
    const directory = join(work, "weekday");
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, "log.md"), "Saturday, Sept 23\n\n- Kim will send the deck\n");
    const at = async (now: string) =>
      JSON.parse((await run(["extract", "log.md", "--now", now], directory)).stdout);
    expect(await at("2026-12-03")).toMatchObject({ date: "2023-09-23", dateSource: "weekday" });
    expect(await at("2023-01-01T09:00")).toMatchObject({ date: "2017-09-23" });
    const byClock = JSON.parse((await run(["extract", "log.md"], directory)).stdout);
    expect(byClock.dateSource).toBe("weekday");
    expect(byClock.date <= new Date().toISOString().slice(0, 10)).toBe(true);
    const wrong = await run(["extract", "log.md", "--now", "2026-02-30"], directory);
    expect([wrong.code, wrong.stdout]).toEqual([2, ""]);
    expect(wrong.stderr).toContain('--now "2026-02-30"');
  });

  it("applies --reference-date, --timezone and --date-order", async () => {
    const directory = join(work, "flags");
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      join(directory, "note.md"),
      "# Sync\n\n## Action Items\n\n- Fix the build by 10/11\n",
    );
    const model = JSON.parse(
      (
        await run(
          [
            "extract",
            "note.md",
            "--reference-date",
            "2025-09-27T10:00",
            "--timezone",
            "Europe/Berlin",
            "--date-order",
            "DMY",
          ],
          directory,
        )
      ).stdout,
    );
    expect(model).toMatchObject({
      date: "2025-09-27",
      start: "10:00",
      timezone: "Europe/Berlin",
      dateSource: "option",
    });
    expect(model.actionItems[0].due).toBe("2025-11-10");
  });
});

describe("md-minutes extract errors", () => {
  it.each([
    [["extract", "missing.md"], /^md-minutes: missing\.md: cannot read: no such file\n$/],
    [["extract"], /^md-minutes: extract: expected at least one file/],
    [["extract", "x.md", "--format", "xml"], /^md-minutes: extract: unknown --format "xml"/],
    [["extract", "x.md", "--date-order", "YMD"], /^md-minutes: --date-order "YMD"/],
    [
      ["extract", "x.md", "--reference-date", "27/09/2025"],
      /^md-minutes: --reference-date "27\/09\/2025"/,
    ],
    [["extract", "x.md", "--no-such-flag"], /^md-minutes: .*no-such-flag/],
    [["no-such-command"], /^md-minutes: unknown command "no-such-command"/],
  ])("%j exits 2 with one line", async (args, message) => {
    const { code, stdout, stderr } = await run(args as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("the config file", () => {
  it("is found in the note's folder or above it", async () => {
    const directory = join(work, "config-up");
    mkdirSync(join(directory, "notes", "2025"), { recursive: true });
    writeFileSync(
      join(directory, ".md-minutesrc.json"),
      JSON.stringify({ timezone: "Asia/Tokyo", dateOrder: "DMY" }),
    );
    writeFileSync(
      join(directory, "notes", "2025", "note.md"),
      "# Sync\n\n**Date:** 2025-09-27\n\n## Action Items\n\n- Fix the build by 10/11\n",
    );
    const model = JSON.parse(
      (await run(["extract", join("notes", "2025", "note.md")], directory)).stdout,
    );
    expect(model.timezone).toBe("Asia/Tokyo");
    expect(model.actionItems[0].due).toBe("2025-11-10");
  });

  it("is taken from --config when given, over the one nearby", async () => {
    const directory = join(work, "config-flag");
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      join(directory, ".md-minutesrc.json"),
      JSON.stringify({ timezone: "Asia/Tokyo" }),
    );
    writeFileSync(join(directory, "team.json"), JSON.stringify({ timezone: "America/Chicago" }));
    writeFileSync(join(directory, "note.md"), "# Sync\n");
    expect(
      JSON.parse((await run(["extract", "note.md", "--config", "team.json"], directory)).stdout)
        .timezone,
    ).toBe("America/Chicago");
  });

  it("gives way to command-line flags", async () => {
    const directory = join(work, "config-flags");
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      join(directory, ".md-minutesrc.json"),
      JSON.stringify({ timezone: "Asia/Tokyo" }),
    );
    writeFileSync(join(directory, "note.md"), "# Sync\n");
    expect(
      JSON.parse((await run(["extract", "note.md", "--timezone", "Europe/Oslo"], directory)).stdout)
        .timezone,
    ).toBe("Europe/Oslo");
  });

  it.each([
    [{ timezon: "Europe/Berlin" }, /unknown config key "timezon"/],
    [{ dateOrder: 12 }, /config key "dateOrder"/],
    [{ people: { "Lisa Wong": { aliases: "LW" } } }, /config key "people\.Lisa Wong\.aliases"/],
  ])("%j exits 2 naming the key", async (config, message) => {
    const directory = mkdtempSync(join(work, "bad-config-"));
    writeFileSync(join(directory, ".md-minutesrc.json"), JSON.stringify(config));
    writeFileSync(join(directory, "note.md"), "# Sync\n");
    const { code, stdout, stderr } = await run(["extract", "note.md"], directory);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 on a config that is not JSON", async () => {
    const directory = mkdtempSync(join(work, "broken-config-"));
    writeFileSync(join(directory, ".md-minutesrc.json"), "{ timezone: ");
    writeFileSync(join(directory, "note.md"), "# Sync\n");
    const { code, stderr } = await run(["extract", "note.md"], directory);
    expect(code).toBe(2);
    expect(stderr).toMatch(/config is not valid JSON/);
  });
});
