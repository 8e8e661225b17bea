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
