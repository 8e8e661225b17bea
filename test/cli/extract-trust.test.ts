import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain, workspace } from "./run-main.js";

const NOTE =
  "# Weekly sync\n\n**Date:** 2025-10-06  \n**Time:** 10:00  \n**Attendees:** Ben Ortiz, Chloe Dubois\n\n## Action Items\n\n- Ben to send the report by 2025-10-10\n";

describe("extract flags that do not apply", () => {
  it("warns on stderr that --people, --utc and --tasks-as are ignored with --format json", async () => {
    const folder = workspace({ "sync.md": NOTE, "people.json": "{}" });
    const file = join(folder, "sync.md");
    const plain = await runMain(["extract", file]);
    const result = await runMain([
      "extract",
      file,
      "--people",
      join(folder, "people.json"),
      "--utc",
      "--tasks-as",
      "events",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(plain.stdout);
    expect(result.stderr).toBe(
      [
        "md-minutes: warning: --people applies to --format ics and vdir only; ignored with --format json",
        "md-minutes: warning: --utc applies to --format ics and vdir only; ignored with --format json",
        "md-minutes: warning: --tasks-as applies to --format ics and vdir only; ignored with --format json",
        "",
      ].join("\n"),
    );
    const calendar = await runMain([
      "extract",
      file,
      "--format",
      "ics",
      "--tasks-as",
      "events",
      "--timezone",
      "Europe/Berlin",
      "--utc",
      "--now",
      "2025-10-06T12:00:00Z",
    ]);
    expect(calendar).toMatchObject({ code: 0, stderr: "" });
  });
});

describe("extract refuses what names no real zone, day or time", () => {
  it("refuses an unknown --timezone with exit 2 and canonicalizes a known one", async () => {
    const folder = workspace({ "sync.md": NOTE });
    const file = join(folder, "sync.md");
    expect(await runMain(["extract", file, "--timezone", "Mars/Olympus"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'md-minutes: --timezone "Mars/Olympus": unknown time zone "Mars/Olympus", expected an IANA name such as "Europe/Berlin"\n',
    });
    const json = await runMain(["extract", file, "--timezone", "europe/berlin"]);
    expect(JSON.parse(json.stdout).timezone).toBe("Europe/Berlin");
    const ics = await runMain([
      "extract",
      file,
      "--format",
      "ics",
      "--timezone",
      "europe/berlin",
      "--now",
      "2025-10-06T12:00:00Z",
    ]);
    expect(ics.stdout).toContain("DTSTART;TZID=Europe/Berlin:20251006T100000");
    expect(ics.stdout).not.toContain("europe/berlin");
  });

  it("a config with an unknown timezone exits 2 naming the key", async () => {
    const folder = workspace({
      ".md-minutesrc.json": JSON.stringify({ timezone: "Mars/Olympus" }),
      "sync.md": NOTE,
    });
    const result = await runMain(["extract", join(folder, "sync.md")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'config key "timezone": unknown time zone "Mars/Olympus", expected an IANA name such as "Europe/Berlin"',
    );
  });

  it("refuses --reference-date 2025-13-45 and --now 2025-02-30 with exit 2", async () => {
    const folder = workspace({
      "undated.md": "# Sync\n\n## Action Items\n\n- Ben to send the report tomorrow\n",
    });
    const file = join(folder, "undated.md");
    expect(await runMain(["extract", file, "--reference-date", "2025-13-45"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'md-minutes: --reference-date "2025-13-45": expected a real date YYYY-MM-DD or date and time YYYY-MM-DDTHH:MM\n',
    });
    const ics = await runMain([
      "extract",
      file,
      "--format",
      "ics",
      "--now",
      "2025-02-30T10:00:00Z",
    ]);
    expect(ics.code).toBe(2);
    expect(ics.stderr).toContain('--now "2025-02-30T10:00:00Z": expected a date');
    const ok = await runMain(["extract", file, "--reference-date", "2025-09-27"]);
    expect(JSON.parse(ok.stdout).actionItems[0].due).toBe("2025-09-28");
  });

  it("extract --now takes a date or date-time in the note's zone, or an instant", async () => {
    const folder = workspace({
      "floating.md": NOTE,
      "berlin.md": `---\ntimezone: Europe/Berlin\n---\n${NOTE}`,
    });
    const stamp = async (name: string, now: string) => {
      const result = await runMain([
        "extract",
        join(folder, name),
        "--format",
        "ics",
        "--now",
        now,
      ]);
      expect(result.code).toBe(0);
      return /\nDTSTAMP:(\S+)/.exec(result.stdout)?.[1];
    };
    expect(await stamp("berlin.md", "2025-09-27")).toBe("20250926T220000Z");
    expect(await stamp("berlin.md", "2025-09-27T12:00")).toBe("20250927T100000Z");
    expect(await stamp("berlin.md", "2025-09-27T12:00:00Z")).toBe("20250927T120000Z");
    expect(await stamp("berlin.md", "2025-09-27T12:00+05:00")).toBe("20250927T070000Z");
    // Floating notes read a wall-clock "now" as UTC, so the output never depends on the machine.
    expect(await stamp("floating.md", "2025-09-27")).toBe("20250927T000000Z");
    expect(await stamp("floating.md", "2025-09-27T12:00")).toBe("20250927T120000Z");
  });
});
