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

describe("a bold lead no attendee answers to, over work that closes on its taker", () => {
  const read = (lines: string) =>
    parseMinutes(
      `# Onboarding call\n\nDate: 2026-03-12\nAttendees: Ada Lind, Pim Sorensen\n\n## Follow-up tasks\n\n${lines}\n`,
    ).actionItems.map((task) => [
      task.title,
      task.text,
      task.owners.map((owner) => owner.attendeeId),
    ]);

  it("is the work's title, and the closing name its taker", () => {
    expect(
      read(
        "- **Sandbox**: Set up the sandbox accounts. (Pim Sorensen)\n- **Pricing**: Send the new price sheet @ada",
      ),
    ).toEqual([
      ["Sandbox", "Set up the sandbox accounts", ["pim-sorensen"]],
      ["Pricing", "Send the new price sheet", ["ada-lind"]],
    ]);
  });

  it("stays the taker where it names an attendee, or where nothing else names one", () => {
    expect(
      read("- **Pim**: Set up the sandbox accounts. (Ada)\n- **Ada**: Send the new price sheet"),
    ).toEqual([
      [null, "Set up the sandbox accounts", ["pim-sorensen"]],
      [null, "Send the new price sheet", ["ada-lind"]],
    ]);
  });
});
