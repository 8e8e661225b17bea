import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textOwnersAndDue } from "../helpers/owners.js";

const header =
  "# Sponsor check-in\n\nDate: 2026-03-04\nAttendees: Tamsin Greer, Bertrand Okoye\n\n## Discussion\n\nWe went through the pilot.\n\n";

function tasks(body: string): Array<[string, string[]]> {
  return parseMinutes(header + body).actionItems.map((task) => [
    task.text,
    task.owners.map((owner) => owner.name),
  ]);
}

describe("a run-in list of work after an action label", () => {
  it("is one task per part when every part opens with a verb in the imperative", () => {
    expect(
      tasks(
        "Action items: finish the project plan and send it to the sponsor, plan the next meeting, stay in contact with the sponsor. Receive the data set from the sponsor.\n",
      ),
    ).toEqual([
      ["finish the project plan and send it to the sponsor", []],
      ["plan the next meeting", []],
      ["stay in contact with the sponsor", []],
      ["Receive the data set from the sponsor", []],
    ]);
    expect(tasks("**Next steps:** send the deck; book the room; confirm the budget\n")).toEqual([
      ["send the deck", []],
      ["book the room", []],
      ["confirm the budget", []],
    ]);
  });

  it("reads a sentence after the run-in list as one more task, whatever its first word", () => {
    expect(
      tasks(
        "Action items: finish the project plan, book the next meeting. Recieve the data set from the sponsor.\n",
      ),
    ).toEqual([
      ["finish the project plan", []],
      ["book the next meeting", []],
      ["Recieve the data set from the sponsor", []],
    ]);
    // Without a run-in list, the sentences are one task and what it says about it.
    expect(
      tasks("ACTION: Tamsin to draft the plan. Bertrand reviews it at the next meeting.\n"),
    ).toEqual([["Tamsin to draft the plan. Bertrand reviews it at the next meeting", ["Tamsin"]]]);
  });

  it("reads takers set off by dashes between semicolons, one task each, and one task when a part has no taker", () => {
    expect(
      tasks(
        "Next steps: Tamsin — book the hall; Bertrand — send the agenda; Tamsin — update the site.\n",
      ),
    ).toEqual([
      ["book the hall", ["Tamsin"]],
      ["send the agenda", ["Bertrand"]],
      ["update the site", ["Tamsin"]],
    ]);
    expect(tasks("Next steps: Tamsin — book the hall; the rest can wait.\n")).toEqual([
      ["book the hall; the rest can wait", ["Tamsin"]],
    ]);
  });

  it("reads no task from a label that says there is none", () => {
    expect(tasks("Action items: None\n\nAction items: n/a\n\n- AI: none\n")).toEqual([]);
  });

  it("keeps the owner the label gives to each part", () => {
    expect(tasks("ACTION (Tamsin): send the deck, book the room\n")).toEqual([
      ["send the deck", ["Tamsin"]],
      ["book the room", ["Tamsin"]],
    ]);
  });

  it("stays one task when a part is no work of its own", () => {
    expect(
      tasks(
        "Action items: send the deck to Tamsin, Bertrand and the sponsor\n\nNext steps: review, test and merge the importer\n",
      ),
    ).toEqual([
      ["send the deck to Tamsin, Bertrand and the sponsor", []],
      ["review, test and merge the importer", []],
    ]);
  });

  it("is one task per sentence or clause that gives work to a taker", () => {
    expect(
      tasks(
        [
          "Action items: Tamsin and Bertrand work on the mock-up, Bertrand research the templates. Everyone else - read the plan.",
          "",
          "Next steps: Tamsin - book the room. Bertrand - also check the projector. Review the budget.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["work on the mock-up", ["Tamsin", "Bertrand"]],
      ["research the templates", ["Bertrand"]],
      ["read the plan", ["Everyone else"]],
      ["book the room", ["Tamsin"]],
      ["also check the projector", ["Bertrand"]],
      ["Review the budget", []],
    ]);
  });

  it("stays one task when a sentence neither names a taker nor reads as an order", () => {
    expect(
      tasks("Action items: Tamsin - book the room. The projector was broken last time.\n"),
    ).toEqual([["book the room. The projector was broken last time", ["Tamsin"]]]);
  });

  it("is one task per number of a list numbered in the sentence, and no task for the next meeting", () => {
    expect(
      tasks(
        [
          "Next steps: (1) Tamsin sends the contract by Monday; (2) Bertrand books the venue; (3) we reconvene on Friday.",
          "",
          "Action items: 1) Tamsin to send the deck, 2) Bertrand to book the room.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin sends the contract by Monday", ["Tamsin"]],
      ["Bertrand books the venue", ["Bertrand"]],
      ["Tamsin to send the deck", ["Tamsin"]],
      ["Bertrand to book the room", ["Bertrand"]],
    ]);
  });
});

describe("a follow-up label in a topic's list", () => {
  it("sets work when an order or a taker follows it, with the fields under it, and none over talk", () => {
    const note = [
      "# Platform sync 2026-03-04",
      "",
      "Attendees: Tamsin Greer, Bertrand Okoye",
      "",
      "## Discussion summary",
      "",
      "**1. Backups**",
      "",
      "- Key points: the restore test passed",
      "- Follow-ups: repeat the restore test on the new cluster",
      "  - Responsible: Bertrand",
      "  - Due: 2026-03-11",
      "",
      "**2. Alerts**",
      "",
      "- Follow-up: Tamsin to prune the disk alerts by Friday",
      "- Follow-up: we talked about the pager load at length",
      "",
    ].join("\n");
    expect(textOwnersAndDue(parseMinutes(note).actionItems)).toEqual([
      ["repeat the restore test on the new cluster", ["bertrand-okoye"], "2026-03-11"],
      ["Tamsin to prune the disk alerts by Friday", ["tamsin-greer"], "2026-03-06"],
    ]);
  });
});
