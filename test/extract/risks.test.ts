import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textOwnersAndDue } from "../helpers/owners.js";

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

describe("who acts on a risk", () => {
  const owned = (body: string) =>
    parseMinutes(
      `# Escalation call\n\nDate: 2026-03-11\nAttendees: Wanda Okafor, Rui Matos\n\n## Risks\n\n${body}`,
    ).risks.map((risk) => [risk.text, risk.owners.map((owner) => owner.attendeeId)]);

  it("is the attendee whose clause follows the risk, and no one where none does", () => {
    expect(
      owned(
        [
          "- The vendor may slip; Rui to monitor the shipping weekly",
          "- Storage may fill up before the renewal. Wanda will watch the quota.",
          "- The customer may escalate; the account team knows",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["The vendor may slip; Rui to monitor the shipping weekly", ["rui-matos"]],
      ["Storage may fill up before the renewal. Wanda will watch the quota", ["wanda-okafor"]],
      ["The customer may escalate; the account team knows", []],
    ]);
  });

  it("gives the work a risk's mitigation assigns to the action items, and keeps the risk", () => {
    const minutes = parseMinutes(
      [
        "# Escalation call",
        "",
        "Date: 2026-03-11",
        "Attendees: Wanda Okafor, Rui Matos",
        "",
        "## Risks",
        "",
        "- The SSO work may slip past the freeze. Mitigation: Rui to line up a contractor by Friday.",
        "- The vendor may ship late. Mitigation: monitor the release notes weekly.",
        "- Budget may run out. Next step: talk it over at the board.",
        "",
      ].join("\n"),
    );
    expect(minutes.risks).toHaveLength(3);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId, task.due]),
    ).toEqual([["Rui to line up a contractor by Friday", "rui-matos", "2026-03-13"]]);
  });
});

describe("a table of risks with a mitigation someone owns", () => {
  it("keeps each row a risk and makes its owned mitigation that person's action", () => {
    const minutes = parseMinutes(
      [
        "# Escalation call",
        "",
        "Date: 2026-03-11",
        "Attendees: Odile Quast, Tallis Grove",
        "",
        "## Risks & mitigations",
        "",
        "| Risk | Likelihood | Mitigation | Owner |",
        "|---|---|---|---|",
        "| Peak orders double the rejections | High | Ship the hotfix before Friday | Tallis |",
        "| The customer escalates to the CIO | Medium | Daily status mail until fixed | Odile |",
        "| Staff turnover | Low | — | Tallis |",
        "| Vendor delay | Low | Weekly check with the vendor | TBD |",
        "",
      ].join("\n"),
    );
    expect(minutes.risks.map((risk) => risk.text)).toEqual([
      "Peak orders double the rejections",
      "The customer escalates to the CIO",
      "Staff turnover",
      "Vendor delay",
    ]);
    expect(textOwnersAndDue(minutes.actionItems)).toEqual([
      ["Ship the hotfix before Friday", ["tallis-grove"], "2026-03-13"],
      ["Daily status mail until fixed", ["odile-quast"], null],
    ]);
  });
});
