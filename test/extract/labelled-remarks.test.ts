import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const read = (lines: string) => {
  const minutes = parseMinutes(
    `# Escalation call 2026-06-09\n\nAttendees: Ada Lind, Bertrand Okoye\n\n## Discussion\n\n- Exports fail for large orders\n${lines}`,
  );
  return {
    risks: minutes.risks.map((risk) => [risk.text, risk.extractor]),
    concerns: minutes.concerns.map((concern) => concern.text),
    findings: minutes.findings.map((finding) => finding.text),
    notes: minutes.notes.map((remark) => remark.text),
  };
};

describe("a remark that names what it is", () => {
  it("is a risk, a concern or a finding after 'Risk:', 'Concern:' or 'Root cause:', bold or plain", () => {
    expect(
      read(
        "- Risk: the timeout change may not hold\n- **Concern:** the buyer re-keys orders by hand\n- Root cause: a 30 second timeout on the export\n",
      ),
    ).toEqual({
      risks: [["the timeout change may not hold", "risk-prefix"]],
      concerns: ["the buyer re-keys orders by hand"],
      findings: ["a 30 second timeout on the export"],
      notes: ["Exports fail for large orders"],
    });
  });

  it("keeps a risk's owner and date, as a line under a risk heading would", () => {
    const minutes = parseMinutes(
      "# Escalation call 2026-06-09\n\nAttendees: Ada Lind, Bertrand Okoye\n\n## Discussion\n\nRisks: the rollback may lose orders; Ada to watch it until Friday.\n",
    );
    expect(
      minutes.risks.map((risk) => [
        risk.text,
        risk.owners.map((owner) => owner.attendeeId),
        risk.due,
        risk.extractor,
      ]),
    ).toEqual([
      [
        "the rollback may lose orders; Ada to watch it until Friday",
        ["ada-lind"],
        "2026-06-12",
        "risk-prefix",
      ],
    ]);
  });

  it("stays a remark when the word only starts it, or the label stands alone over a list", () => {
    expect(
      read(
        "- Risky changes wait for Monday\n- Concerned parties were told\n- Risks:\n  - none raised\n",
      ),
    ).toEqual({
      risks: [],
      concerns: [],
      findings: [],
      notes: [
        "Exports fail for large orders",
        "Risky changes wait for Monday",
        "Concerned parties were told",
        "Risks:",
        "none raised",
      ],
    });
  });
});
