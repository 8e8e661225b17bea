import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { headingKind } from "../../src/parse/heading-kinds.js";

describe("section synonyms", () => {
  it.each([
    ["Concerns", "concerns"],
    ["Issues Raised", "concerns"],
    ["Customer Concerns", "concerns"],
    ["Technical Assessment", "findings"],
    ["Findings", "findings"],
    ["Root Cause", "findings"],
    ["Resolution Plan", "resolutionPlan"],
    ["Remediation", "resolutionPlan"],
    ["Follow-up Actions", "actionItems"],
    ["Action Items", "actionItems"],
    ["Next Steps", "actionItems"],
    ["To-dos", "actionItems"],
    ["Open items", "actionItems"],
    ["Outstanding actions", "actionItems"],
    ["Carried over", "actionItems"],
    ["Open questions", "other"],
    ["Account Management", "commitments"],
    ["Commitments", "commitments"],
    ["Customer Commitment", "commitments"],
    ["Risk Mitigation", "risks"],
    ["Risks", "risks"],
    ["Decisions", "decisions"],
    ["Attendees", "attendees"],
    ["Participants", "attendees"],
    ["Context", "context"],
    ["Background", "context"],
    ["Parking Lot", "notes"],
    ["Not present", "other"],
    ["2. Action Items:", "actionItems"],
    ["✅ Decisions", "decisions"],
  ])("%s -> %s", (heading, kind) => {
    expect(headingKind(heading)).toBe(kind);
  });

  it.each(["Overnight Events", "Progress", "Meeting Summary"])("%s names no kind", (heading) => {
    expect(headingKind(heading)).toBeNull();
  });

  it("takes extra synonyms from sectionAliases, before the built-in ones", () => {
    expect(headingKind("Carry Over", { actionItems: ["Carry over"] })).toBe("actionItems");
    expect(headingKind("Notes", { findings: ["Notes"] })).toBe("findings");
  });

  it("keeps unknown headings in the model with kind other", () => {
    const minutes = parseMinutes(
      `# Sync\n\n## Progress\n\n- Export finished\n\n## Carry Over\n\n- Lisa to file the report\n`,
      {
        sectionAliases: { actionItems: ["Carry Over"] },
      },
    );
    expect(
      minutes.sections.map((section) => [section.heading, section.kind, section.depth]),
    ).toEqual([
      ["Progress", "other", 2],
      ["Carry Over", "actionItems", 2],
    ]);
    expect(minutes.notes.map((note) => note.text)).toEqual(["Export finished"]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Lisa to file the report"]);
  });
});
