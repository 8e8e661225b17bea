import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const risks = (body: string) =>
  parseMinutes(
    `# Escalation call\n\nDate: 2026-03-11\nAttendees: Wanda Okafor, Rui Matos\n\n## Risks\n\n${body}`,
  ).risks.map((risk) => risk.text);

describe("a section of risks", () => {
  it("reads each risk, a labelled one too", () => {
    expect(
      risks(
        [
          "- Risk: the migration may slip past the renewal date.",
          "- Schedule risk: the vendor may ship late",
          "- If the patch fails, the customer may escalate",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      "Risk: the migration may slip past the renewal date",
      "Schedule risk: the vendor may ship late",
      "If the patch fails, the customer may escalate",
    ]);
  });

  it("reads no risk from a line that says there is none", () => {
    expect(risks("- None\n")).toEqual([]);
  });
});
