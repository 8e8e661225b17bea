import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain, workspace } from "./run-main.js";

const NOTE =
  "# Weekly sync\n\n**Date:** 2025-10-06  \n**Attendees:** Ben Ortiz, Chloe Dubois\n\n## Action Items\n\n- Ben to send the report by 2025-10-10\n";

const ruleIds = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((file) =>
    file.messages.map((message) => message.ruleId),
  );

describe("check refuses what extract refuses", () => {
  it("point 2: refuses an over-size note with exit 2 and extract's message, as extract does", async () => {
    const folder = workspace({
      ".md-minutesrc.json": JSON.stringify({ maxInputSize: 100 }),
      "big.md": `${NOTE}\n${"Filler text for a long note.\n".repeat(10)}`,
    });
    const file = join(folder, "big.md");
    const check = await runMain(["check", file, "--format", "json"]);
    const extract = await runMain(["extract", file]);
    expect(extract.code).toBe(2);
    expect(check).toEqual({ code: 2, stdout: "", stderr: extract.stderr });
    expect(check.stderr).toBe(
      `md-minutes: ${file}: 425 bytes, more than the limit of 100; raise --max-input-size (or maxInputSize in the config) to read it\n`,
    );
    const flag = await runMain([
      "check",
      file,
      "--max-input-size",
      "50",
      "--config",
      join(folder, "none.json"),
    ]);
    expect(flag.code).toBe(2);
    const raised = await runMain(["check", file, "--max-input-size", "1000", "--format", "json"]);
    expect(raised.code).toBe(0);
    expect(ruleIds(raised.stdout)).toEqual([]);
  });
});

describe("check --now", () => {
  it("point 8: refuses --now 2025-13-45 with exit 2", async () => {
    const folder = workspace({ "sync.md": NOTE });
    const result = await runMain(["check", join(folder, "sync.md"), "--now", "2025-13-45"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'md-minutes: --now "2025-13-45": expected a date (2025-10-10), a wall-clock time (2025-10-10T09:00) or an instant (2025-10-10T09:00:00Z, 2025-10-10T09:00+02:00)\n',
    });
  });

  it("point 9: --now means what it means in extract: an instant is converted to the note's zone", async () => {
    const folder = workspace({
      "berlin.md": `---\ntimezone: Europe/Berlin\n---\n${NOTE}`,
      "floating.md": NOTE,
    });
    const overdue = async (name: string, now: string) =>
      ruleIds(
        (await runMain(["check", join(folder, name), "--format", "json", "--now", now])).stdout,
      ).filter((id) => id === "overdue").length;
    expect(await overdue("berlin.md", "2025-10-10T22:30:00Z")).toBe(1);
    expect(await overdue("floating.md", "2025-10-10T22:30:00Z")).toBe(0);
    expect(await overdue("berlin.md", "2025-10-11")).toBe(1);
    expect(await overdue("berlin.md", "2025-10-10T23:59")).toBe(0);
  });
});
