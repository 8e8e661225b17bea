import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const header =
  "# Vendor sync\n\nDate: 2026-03-05\nAttendees: Tamsin Greer, Bertrand Okoye, Ingrid Holm\n\n";

/** Every task of the note as [list, text, owners, due]. */
function tasks(body: string): Array<[string, string, string[], string | null]> {
  const minutes = parseMinutes(header + body);
  return (["resolutionPlan", "actionItems", "commitments"] as const).flatMap((kind) =>
    minutes[kind].map((task): [string, string, string[], string | null] => [
      kind,
      task.text,
      task.owners.map((owner) => owner.name),
      task.due,
    ]),
  );
}

describe("a task restated in a later summary list", () => {
  it("keeps the action list's words over a discussion sentence with the same owner and deadline", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "Ingrid will add a warm-up step to the weekend job and report back next Wednesday.",
          "Bertrand is going to send the renewal quote by end of week.",
          "Tamsin will check the invoice totals by Friday.",
          "",
          "## Action items",
          "",
          "- Ingrid Holm - add cache warm-up to weekend job - next Wednesday",
          "- Bertrand Okoye - renewal quote - EOW",
          "- Tamsin Greer - renewal quote - EOW",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["actionItems", "Tamsin will check the invoice totals by Friday", ["Tamsin"], "2026-03-06"],
      ["actionItems", "add cache warm-up to weekend job", ["Ingrid Holm"], "2026-03-11"],
      ["actionItems", "renewal quote", ["Bertrand Okoye"], "2026-03-06T17:00"],
      ["actionItems", "renewal quote", ["Tamsin Greer"], "2026-03-06T17:00"],
    ]);
  });

  it("is one task, with the deadline the first list gave it", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Send the revised quote to procurement due by 3/19/26",
          "- Book the onsite review – Due by 3/20/2026.",
          "",
          "## Next steps",
          "",
          "- Send the revised quote to procurement",
          "- Book the onsite review",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["actionItems", "Send the revised quote to procurement due by 3/19/26", [], "2026-03-19"],
      ["actionItems", "Book the onsite review – Due by 3/20/2026", [], "2026-03-20"],
    ]);
  });

  it("takes the owner and deadline the restatement adds", () => {
    expect(
      tasks(
        [
          "## Resolution plan",
          "",
          "1. Rotate the shared API keys",
          "",
          "## Action items",
          "",
          "- **Ingrid:** Rotate the shared API keys by Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([["resolutionPlan", "Rotate the shared API keys", ["Ingrid"], "2026-03-06"]]);
  });

  it("stays two tasks when the two say different things", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Tamsin: Send the usage report by Friday",
          "- Bertrand: Send the usage report by 3/20",
          "- Review",
          "",
          "## Next steps",
          "",
          "- Ingrid: Send the usage report",
          "- Review",
          "",
        ].join("\n"),
      ).map(([, text, owners, due]) => [text, owners, due]),
    ).toEqual([
      ["Send the usage report by Friday", ["Tamsin"], "2026-03-06"],
      ["Send the usage report by 3/20", ["Bertrand"], "2026-03-20"],
      ["Review", [], null],
      ["Send the usage report", ["Ingrid"], null],
      ["Review", [], null],
    ]);
  });

  it("is left twice when one list writes it twice, for no-duplicate-actions to report", () => {
    expect(
      tasks(
        ["## Action items", "", "- Archive the old runbook", "- Archive the old runbook", ""].join(
          "\n",
        ),
      ),
    ).toHaveLength(2);
  });

  it("is one task when a summary of actions at the top repeats the discussion's word for word", () => {
    expect(
      tasks(
        [
          "**Actions**",
          "",
          "- ACTION: Ingrid to archive the old runbook",
          "",
          "## Action item review",
          "",
          "- Runbook clean-up",
          "  - ACTION: Ingrid to archive the old runbook",
          "- ACTION: Tamsin to book the review by Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["actionItems", "Ingrid to archive the old runbook", ["Ingrid"], null],
      ["actionItems", "Tamsin to book the review by Friday", ["Tamsin"], "2026-03-06"],
    ]);
  });
});

describe("a task reworded in another list of the same meeting", () => {
  it("is one task when the words differ only in form", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Begin migrating the billing exports in parallel – due by 3/20/2026",
          "",
          "## Next steps",
          "",
          "- Begin migration of billing exports in parallel",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "actionItems",
        "Begin migrating the billing exports in parallel – due by 3/20/2026",
        [],
        "2026-03-20",
      ],
    ]);
  });

  it("takes the owner a sentence of the other list gives it", () => {
    expect(
      tasks(
        [
          "## Next steps",
          "",
          "- Ingrid will need to draft the vendor scorecard",
          "",
          "## Action items",
          "",
          "- Draft the vendor scorecard",
          "- Import 5,000 vendor records by Friday",
          "",
          "## To do",
          "",
          "- Import vendor records",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["actionItems", "Ingrid will need to draft the vendor scorecard", ["Ingrid"], null],
      ["actionItems", "Import 5,000 vendor records by Friday", [], "2026-03-06"],
    ]);
  });

  it("stays two tasks when a number, the list or half the words differ", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Close ticket 4411 on the intake board",
          "- Update the pricing page",
          "- Draft the vendor scorecard",
          "- Draft the vendor scorecard appendix",
          "",
          "## Next steps",
          "",
          "- Close ticket 4412 on the intake board",
          "- Update the pricing page copy, screenshots and FAQ links",
          "",
        ].join("\n"),
      ).map(([, text]) => text),
    ).toEqual([
      "Close ticket 4411 on the intake board",
      "Update the pricing page",
      "Draft the vendor scorecard",
      "Draft the vendor scorecard appendix",
      "Close ticket 4412 on the intake board",
      "Update the pricing page copy, screenshots and FAQ links",
    ]);
  });

  it("stays one per meeting in a running log whose entries repeat it", () => {
    const log = [
      "# Platform sync log",
      "",
      "## 10 March 2026",
      "",
      "### Action items",
      "",
      "- Review onboarding checklist",
      "",
      "## 3 March 2026",
      "",
      "### Action items",
      "",
      "- Review the onboarding checklist with finance",
      "",
    ].join("\n");
    expect(parseMinutes(log).actionItems.map((task) => task.text)).toEqual([
      "Review onboarding checklist",
      "Review the onboarding checklist with finance",
    ]);
  });

  it("is one task when an action list under a bullet label restates a long action of the discussion", () => {
    expect(
      tasks(
        [
          "## Agenda",
          "",
          "* Support hours",
          "  * Coverage is thin in the evening.",
          "    * Action: a rota will be drafted with the proposed evening support hours, weighing holidays and the two time zones of the team.",
          "* Action items",
          "  * Draft a rota with the proposed evening support hours.",
          "  * Draft a rota for the weekend pager. – Ingrid",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "actionItems",
        "a rota will be drafted with the proposed evening support hours, weighing holidays and the two time zones of the team",
        [],
        null,
      ],
      ["actionItems", "Draft a rota for the weekend pager", ["Ingrid"], null],
    ]);
  });

  it("keeps two tasks of one list that share most of their words", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Draft a rota with the proposed evening support hours for the first team",
          "- Draft a rota with the proposed evening support hours for the second team",
          "",
        ].join("\n"),
      ).map((task) => task[1]),
    ).toEqual([
      "Draft a rota with the proposed evening support hours for the first team",
      "Draft a rota with the proposed evening support hours for the second team",
    ]);
  });
});

describe("a discussion's reported promise restated in the action list", () => {
  it("is one task when the list names what the discussion called 'them', by the same owner and day", () => {
    expect(
      tasks(
        [
          "## Renewal",
          "",
          "- Legal needs the redlines back first. Ingrid will return them by March 9.",
          "",
          "## Action items",
          "",
          "- Ingrid Holm - return the contract redlines - March 9",
          "- Tamsin Greer - return the signed form",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["actionItems", "return the contract redlines", ["Ingrid Holm"], "2026-03-09"],
      ["actionItems", "return the signed form", ["Tamsin Greer"], null],
    ]);
  });

  it("is one task when the same owner, with no deadline on either, restates most of the words", () => {
    const body = (table: string) =>
      [
        "## Notes",
        "",
        "Bertrand will split the fixtures per worker and tell the guild how it went.",
        "",
        "## Actions",
        "",
        "| What | Who |",
        "| --- | --- |",
        table,
        "",
      ].join("\n");
    expect(tasks(body("| Split fixtures per worker | Bertrand |"))).toEqual([
      ["actionItems", "Split fixtures per worker", ["Bertrand"], null],
    ]);
    // Another owner, or one shared word, is another task.
    expect(tasks(body("| Split fixtures per worker | Tamsin |"))).toHaveLength(2);
    expect(tasks(body("| Review the guild notes | Bertrand |"))).toHaveLength(2);
  });

  it("is one task when only the list gives the deadline, and keeps the list's words", () => {
    const body = (table: string) =>
      [
        "**Release**",
        "",
        "- The cut moved to Tuesday. Bertrand to tell support.",
        "- The retry fix needs review → Ingrid",
        "",
        "## Actions",
        "",
        "| What | Who | When |",
        "| --- | --- | --- |",
        table,
        "",
      ].join("\n");
    expect(
      tasks(
        body(
          "| Tell support about the new cut date | Bertrand | Friday |\n| Review the retry fix | Ingrid | tomorrow |",
        ),
      ),
    ).toEqual([
      ["actionItems", "Tell support about the new cut date", ["Bertrand"], "2026-03-06"],
      ["actionItems", "Review the retry fix", ["Ingrid"], "2026-03-06"],
    ]);
    // Another owner is another task.
    expect(
      tasks(body("| Tell support about the new cut date | Tamsin | Friday |")).map(
        ([, text, owners]) => [text, owners],
      ),
    ).toEqual([
      ["The retry fix needs review", ["Ingrid"]],
      ["Bertrand to tell support", ["Bertrand"]],
      ["Tell support about the new cut date", ["Tamsin"]],
    ]);
  });

  it("is one task, though the discussion says 'he' and 'her' where the list gives names", () => {
    expect(
      tasks(
        [
          "## Details",
          "",
          "- **Invoice**: Ingrid asked about the February invoice. Bertrand Okoye said he would check with billing and get back to her by end of week.",
          "",
          "## Next steps",
          "",
          "- [ ] Bertrand Okoye will check the February invoice with billing and get back to Ingrid by end of week.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "actionItems",
        "Bertrand Okoye will check the February invoice with billing and get back to Ingrid by end of week",
        ["Bertrand Okoye"],
        "2026-03-06T17:00",
      ],
    ]);
  });
});
