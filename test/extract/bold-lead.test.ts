import { describe, expect, it } from "vitest";
import { checkMinutes, parseMinutes } from "../../src/index.js";

const note = (lines: string) =>
  `# Contract review\n\n**Date:** 2025-10-01\n\n## Attendees\n\n- Lisa Wong (@lwong)\n\n## Action Items\n\n${lines}\n`;

describe("a bold Word: lead", () => {
  it("is an owner when it names an attendee, a handle or a department, and a title otherwise", () => {
    const tasks = parseMinutes(
      note(
        "- **Legal:** Review the contract change by Oct 17\n- **Finance:** Approve the credit\n- **Lisa:** Send the summary\n- **@lwong:** Book the room\n- **Deploy Hotfix:** Within 24 hours",
      ),
    ).actionItems;
    expect(
      tasks.map((task) => [task.title, task.owners.map((o) => [o.name, o.kind, o.attendeeId])]),
    ).toEqual([
      [null, [["Legal", "group", null]]],
      [null, [["Finance", "group", null]]],
      [null, [["Lisa", "person", "lisa-wong"]]],
      [null, [["@lwong", "person", "lisa-wong"]]],
      ["Deploy Hotfix", []],
    ]);
  });

  it("makes the README's example pass action-owner and owner-is-attendee", () => {
    const { messages } = checkMinutes(note("- **Legal:** Review the contract change by Oct 17"));
    expect(messages.map((message) => message.ruleId)).not.toContain("action-owner");
    expect(messages.map((message) => message.ruleId)).not.toContain("owner-is-attendee");
  });
});
