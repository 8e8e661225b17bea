import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain, workspace } from "./run-main.js";

const NOTE =
  "# Weekly sync\n\n**Date:** 2025-10-06  \n**Time:** 10:00  \n**Attendees:** Ben Ortiz, Chloe Dubois\n\n## Action Items\n\n- Ben to send the report by 2025-10-10\n";

describe("extract flags that do not apply", () => {
  it("point 10: warns on stderr that --people, --utc and --tasks-as are ignored with --format json", async () => {
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
