import { describe, expect, it } from "vitest";
import { recordsDecision } from "../../src/extract/decisions.js";
import { parseMinutes } from "../../src/index.js";

const note = (body: string) =>
  parseMinutes(`# Guild sync\n\nDate: 2026-05-06\nAttendees: Mia Ortiz, Jon Bell\n\n${body}`);

describe("decisions under other labels, and work the meeting decided on", () => {
  it("reads 'Approved:', 'Verdict:', 'Final call:' as decisions, and 'The group agreed to ...' as one besides its work", () => {
    const minutes = note(
      "## Notes\n\n- Approved: the revised budget\n- Verdict: ship on Friday\n- Final call: keep the old host\n- The group agreed to keep the nightly export.\n- Jon agreed to send the deck.\n- Approval of the budget is pending\n",
    );
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "The group agreed to keep the nightly export.",
      "the revised budget",
      "ship on Friday",
      "keep the old host",
    ]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "The group agreed to keep the nightly export",
      "Jon agreed to send the deck",
    ]);
  });
});

describe("a numbered topic in capitals over its minutes", () => {
  it("keeps the topic's name apart, so that the minutes' first sentence may record a decision", () => {
    const minutes = note(
      "3. BANK MANDATE\nAgreed that Jon Bell be added as a signatory. The treasurer will submit the forms.\n\n4. Budget review\nAgreed that the hall stays closed.\n",
    );
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "Agreed that Jon Bell be added as a signatory.",
      "Agreed that the hall stays closed.",
    ]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "The treasurer will submit the forms",
    ]);
  });
});

describe("a motion and its fate", () => {
  it("is a decision when it carried, with who moved and seconded it, and none when it failed", () => {
    const minutes = note(
      "## Business\n\n- Motion to buy a second mower: moved by Mia Ortiz, seconded by Jon Bell. Carried unanimously.\n- Motion to raise the fees: defeated 2-3.\n- Motion to repaint the hall was not carried.\n- A motion that the shed close in August. Passed.\n",
    );
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "Motion to buy a second mower: moved by Mia Ortiz, seconded by Jon Bell. Carried unanimously.",
      "A motion that the shed close in August. Passed.",
    ]);
    expect(
      recordsDecision("Motion to raise the fees: carried over to the next meeting, then lost."),
    ).toBe(false);
  });
});

describe("decisions told in the course of a discussion", () => {
  it("reads a decision in the middle of a paragraph and keeps the paragraph as a note", () => {
    const minutes = note(
      "## Discussion\n\nRunner costs rose 30% last month. Agreed to move nightly jobs to spot instances. Jon will draft the change.\n",
    );
    expect(minutes.decisions.map((decision) => [decision.text, decision.extractor])).toEqual([
      ["Agreed to move nightly jobs to spot instances.", "decision-sentence"],
    ]);
    expect(minutes.decisions[0]!.source.start.line).toBe(8);
    expect(minutes.notes.map((remark) => remark.text)).toEqual([
      "Runner costs rose 30% last month. Agreed to move nightly jobs to spot instances. Jon will draft the change.",
    ]);
  });

  it("reads a group deciding, and the passive 'it was agreed that'", () => {
    const minutes = note(
      "## Budget\n\nThe treasurer showed the figures. The committee agreed to cap travel at 2,000 EUR. It was agreed that the launch date is set next time.\n",
    );
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "The committee agreed to cap travel at 2,000 EUR.",
      "It was agreed that the launch date is set next time.",
    ]);
  });

  it("joins a decision wrapped over lines at a fixed width", () => {
    const minutes = note(
      "## Website\n\nThe redesign is about seventy percent done and the pages look right. It was agreed that\nthe launch waits for the proofreading of every new page by the team.\n",
    );
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "It was agreed that the launch waits for the proofreading of every new page by the team.",
    ]);
  });

  it("reads only the sentences that record it when a paragraph opens with a decision", () => {
    const minutes = note(
      [
        "## Discussion",
        "",
        "We agreed to move the launch to May. Costs were discussed at length. The group voted to raise the fee.",
        "",
        "Agreed. The old host stays until June. Mia will write to them.",
        "",
        "- We decided that Jon would draft the change. Mia said she'd review it.",
        "",
      ].join("\n"),
    );
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "We agreed to move the launch to May.",
      "The group voted to raise the fee.",
      // Assent alone says what was agreed in the sentence after it.
      "Agreed. The old host stays until June.",
      "We decided that Jon would draft the change.",
    ]);
  });

  it("leaves out a person's agreement, an issue's state and a tally", () => {
    const minutes = note(
      "## Discussion\n\nCosts were reviewed. Jon agreed to draft the change. Resolved for over two weeks now. We voted 4 to 1. Mia decided nothing yet.\n",
    );
    expect(minutes.decisions).toEqual([]);
  });

  it("reads a speaker's 'agreed.' as that speaker concurring, and the same words alone as the meeting's decision", () => {
    const said = note(
      "## Discussion\n\n- Mia: we could cache the manifests per runner.\n- Jon: agreed. Should measure the hit rate first.\n",
    );
    expect(said.decisions).toEqual([]);
    expect(said.notes.map((remark) => [remark.by?.attendeeId, remark.text])).toContainEqual([
      "jon-bell",
      "agreed. Should measure the hit rate first.",
    ]);
    const alone = note("## Discussion\n\n- Agreed. Let us cache the manifests per runner.\n");
    expect(alone.decisions.map((decision) => decision.text)).toEqual([
      "Agreed. Let us cache the manifests per runner.",
    ]);
  });
});

describe("recordsDecision", () => {
  it.each([
    ["Agreed to drop Node 18 at the end of the quarter.", true],
    ["We decided to keep the old layout.", true],
    ["The board unanimously voted to renew the contract.", true],
    ["Everyone agreed that the flow makes sense.", true],
    ["The steering committee resolved to publish the report.", true],
    ["Consensus was to wait.", true],
    ["Jon agreed to draft the change.", false],
    ["Resolved for over two weeks.", false],
    ["We resolved the issue with the pull request.", false],
    ["Agreement on this is far away.", false],
  ])("%s -> %s", (sentence, decided) => {
    expect(recordsDecision(sentence)).toBe(decided);
  });
});

describe("a board's decisions in formal minutes", () => {
  const board = [
    "# Minutes of the board meeting held on 14 January 2026",
    "",
    "Present: Ruth Adler (Chair), Omar Said (Treasurer), Lena Berg (Secretary)",
    "",
    "1. Minutes of the previous meeting were approved.",
    "",
    "2. Finance",
    "The Treasurer presented the accounts. It was moved and seconded that the reserves policy be adopted. Carried.",
    "The hire charges were reviewed. Decision: the hall rate stays at 20 pounds an hour. Outcome noted.",
    "The PR for the website was approved by Lena.",
    "",
    "Decision:",
    "",
    "- The budget for 2026 was adopted unanimously.",
    "",
  ].join("\n");

  it("reads approvals, adoptions and motions, also in a note with no heading", () => {
    expect(parseMinutes(board).decisions.map((decision) => decision.text)).toEqual([
      "Minutes of the previous meeting were approved.",
      "It was moved and seconded that the reserves policy be adopted.",
      "the hall rate stays at 20 pounds an hour.",
      "The budget for 2026 was adopted unanimously.",
    ]);
  });

  it.each([
    ["Resolved that the treasurer opens a second account.", true],
    ["RESOLVED: that the treasurer opens a second account.", true],
    ["Resolved the alarm fault on Tuesday.", false],
    ["The motion carried.", true],
    ["The updated bylaws were agreed.", true],
    ["The PR was approved by two reviewers.", false],
    ["The vendor's request has not been approved.", false],
  ])("%s -> %s", (sentence, decided) => {
    expect(recordsDecision(sentence)).toBe(decided);
  });
});

describe("assent under a proposal", () => {
  it("makes the proposal above it the decision, and stays a plain remark with nothing above it", () => {
    const minutes = note(
      [
        "## Runner budget",
        "",
        "- Spend is over by 12%",
        "- Mia: let's cap the ARM runners at 4",
        "    - agreed",
        "- Drop the macOS runners?",
        "    - Agreed by all.",
        "- Jon to move the docs build to the cheap pool",
        "    - no objections",
        "- Move the retro to Fridays",
        "    - agreed to try it for a month",
        "",
      ].join("\n"),
    );
    expect(minutes.decisions.map((decision) => [decision.text, decision.extractor])).toEqual([
      ["let's cap the ARM runners at 4", "decision-assent"],
      ["Drop the macOS runners?", "decision-assent"],
      ["Jon to move the docs build to the cheap pool", "decision-assent"],
      // Assent that says to what is a decision of its own words.
      ["agreed to try it for a month", "decision-sentence"],
    ]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Jon to move the docs build to the cheap pool",
    ]);
  });
});

describe("formal minutes: numbered items under a bold title", () => {
  it("reads the decision recorded under a topic's title line, the place it was held, and the work beside it", () => {
    const minutes = parseMinutes(
      [
        "# Allotment Society committee minutes",
        "",
        "Held at the Scout Hut on Tuesday 14 April 2026, 7:30pm.",
        "",
        "**Present:** R. Osei (Chair), T. Greer (Secretary), B. Okoye (Treasurer)",
        "",
        "1. **Plot inspections**",
        "   It was agreed that inspections will take place monthly from May.",
        "   TG to draw up the inspection rota.",
        "2. **Gate lock**",
        "   The lock was fitted in March.",
        "",
      ].join("\n"),
    );
    expect([minutes.date, minutes.start, minutes.location]).toEqual([
      "2026-04-14",
      "19:30",
      "Scout Hut",
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "It was agreed that inspections will take place monthly from May.",
    ]);
    expect(minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId])).toEqual([
      ["TG to draw up the inspection rota", "t-greer"],
    ]);
  });

  it("reads the place after the day the meeting was held on", () => {
    const place = (line: string) => parseMinutes(`# Committee minutes\n\n${line}\n`).location;
    expect(place("Held on 3 March 2026 at the Community Hall")).toBe("Community Hall");
    expect(place("Notes of the session held on 4 May at the Guild Rooms:")).toBe("Guild Rooms");
    expect(place("Held on Tuesday at 7pm in the Scout Hut.")).toBe("Scout Hut");
    expect(place("Held on 3 March 2026 at 7pm.")).toBeNull();
  });

  it("names no place held in person, at an hour or in a month", () => {
    for (const line of [
      "Meeting held in person on 14 April 2026.",
      "Held at 7pm on 14 April 2026.",
      "Held in April 2026 at the usual place.",
    ])
      expect(parseMinutes(`# Committee minutes\n\n${line}\n`).location, line).toBeNull();
  });
});

describe("what a body of the meeting approved", () => {
  it("is a decision when a group approves or adopts, and a report when a person or no one does", () => {
    expect(recordsDecision("The group approved the winter budget.")).toBe(true);
    expect(recordsDecision("The committee unanimously adopted the new bylaws.")).toBe(true);
    expect(recordsDecision("The board has endorsed the hiring plan.")).toBe(true);
    expect(recordsDecision("Mia approved the invoice.")).toBe(false);
    expect(recordsDecision("Approved the PR after review.")).toBe(false);
    expect(recordsDecision("The group approved of the idea.")).toBe(false);
  });
});

describe("a motion that gives an office its work", () => {
  it("stays a decision and is that office holder's task; a thing's state or a body not seated is none", () => {
    const minutes = parseMinutes(
      [
        "Parish council",
        "Minutes of the meeting held on Monday 30 November 2026.",
        "",
        "Present: Cllr Ingrid Holm (chair), Cllr Nell Okafor. Also present: the clerk, Tallis Grove.",
        "",
        "1. Resolved that the clerk writes to the county council.",
        "2. Agreed that the chair signs the lease.",
        "3. Resolved that the fee stays the same.",
        "4. Resolved that the council supports the plan.",
        "",
      ].join("\n"),
    );
    expect(minutes.decisions).toHaveLength(4);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]),
    ).toEqual([
      ["the clerk writes to the county council", ["tallis-grove"]],
      ["the chair signs the lease", ["ingrid-holm"]],
    ]);
  });
});
