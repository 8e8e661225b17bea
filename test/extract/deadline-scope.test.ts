import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textOwnersDueAndStatus } from "../helpers/owners.js";

const header =
  "# Platform weekly\n\nDate: 2026-03-05\nAttendees: Tamsin Greer, Bertrand Okoye, Ingrid Holm\n\n## Action items\n\n";

/** Each action item as [text, due, status]. */
function deadlines(body: string): Array<[string, string | null, string]> {
  return parseMinutes(header + body).actionItems.map((task) => [task.text, task.due, task.status]);
}

describe("a deadline stated once for a list", () => {
  it("gives a lead-in's deadline to every item under it, in words or day-first digits", () => {
    expect(
      deadlines(
        [
          "To be done until Friday:",
          "",
          "- Tamsin: update the status page copy",
          "- Bertrand: rotate the staging secrets by Wednesday",
          "",
          "Due 12.03.:",
          "",
          "- Ingrid: send the audit evidence",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["update the status page copy", "2026-03-06", "open"],
      ["rotate the staging secrets by Wednesday", "2026-03-11", "open"],
      ["send the audit evidence", "2026-03-12", "open"],
    ]);
  });

  it("gives a dated sub-heading's deadline to the items below it only", () => {
    expect(
      deadlines(
        "### By March 13\n\n- Tamsin: update the copy\n\n### Later\n\n- Ingrid: plan the offsite\n",
      ),
    ).toEqual([
      ["update the copy", "2026-03-13", "open"],
      ["plan the offsite", null, "open"],
    ]);
  });

  it("ends a lead-in's deadline at the next lead-in of a list", () => {
    expect(
      deadlines(
        [
          "By Friday:",
          "- Tamsin: update the status page copy",
          "",
          "Later:",
          "- Ingrid: plan the offsite",
          "",
          "Before the review (March 20):",
          "- Bertrand: rotate the staging secrets",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["update the status page copy", "2026-03-06", "open"],
      ["plan the offsite", null, "open"],
      ["rotate the staging secrets", "2026-03-20", "open"],
    ]);
  });

  it("gives a list's deadline to no finished item", () => {
    expect(
      deadlines(
        "Due Friday:\n\n- [x] Tamsin: publish the changelog\n- [ ] Bertrand: tag the release\n",
      ),
    ).toEqual([
      ["publish the changelog", null, "done"],
      ["tag the release", "2026-03-06", "open"],
    ]);
  });
});

describe("deadline columns", () => {
  it.each([
    ["Due by", "March 13", "2026-03-13"],
    ["When", "March 16", "2026-03-16"],
    ["ETA", "March 18", "2026-03-18"],
    ["Deadline (DD/MM)", "20/03", "2026-03-20"],
    ["Deadline (dd.mm.yyyy)", "07.04.2026", "2026-04-07"],
    ["Due (MM/DD)", "04/07", "2026-04-07"],
    ["Timeline", "March 20", "2026-03-20"],
    ["Time frame", "March 20", "2026-03-20"],
    ["Expected", "March 20", "2026-03-20"],
    ["Expected by", "March 20", "2026-03-20"],
  ])("reads a %s column", (column, cell, due) => {
    expect(
      deadlines(
        `| Task | Owner | ${column} |\n| --- | --- | --- |\n| Close the tickets | Tamsin | ${cell} |\n`,
      ),
    ).toEqual([["Close the tickets", due, "open"]]);
  });

  it.each([
    ["20.3 abends", "2026-03-20"],
    ["20.3. approx.", "2026-03-20"],
    ["3/20 (tentative)", "2026-03-20"],
    ["3/20, roughly", "2026-03-20"],
    ["20.3 or 27.3", null],
    ["2.5 days work", null],
    ["soon", null],
  ])("reads the date that opens a due cell %j and words after it", (cell, due) => {
    expect(
      deadlines(
        `| Task | Owner | Due |\n| --- | --- | --- |\n| Close the tickets | Tamsin | ${cell} |\n`,
      ),
    ).toEqual([["Close the tickets", due, "open"]]);
  });

  it("reads no deadline from a column of what is expected to come of the work", () => {
    expect(
      deadlines(
        "| Task | Owner | Expected outcome |\n| --- | --- | --- |\n| Close the tickets | Tamsin | March 20 |\n",
      ),
    ).toEqual([["Close the tickets", null, "open"]]);
  });
});

describe("finished work has no deadline", () => {
  it("reads 'Done:' items and past-tense reports as done, their dates as when it happened", () => {
    expect(
      deadlines(
        [
          "- Done: Ingrid migrated the DNS on March 2",
          "- Ingrid deployed the hotfix on March 4",
          "- Sent the contract to the hosting provider on March 3",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ingrid migrated the DNS on March 2", null, "done"],
      ["Ingrid deployed the hotfix on March 4", null, "done"],
      ["Sent the contract to the hosting provider on March 3", null, "done"],
    ]);
  });

  it("reads 'done 5/3' in a due column as when it was finished: no deadline, nothing unreadable", () => {
    const minutes = parseMinutes(
      `${header}| Owner | Action | Target date | Status |\n| --- | --- | --- | --- |\n| Ingrid | Rotate the keys | done 3/2 | Closed |\n| Tamsin | Renew the cert | 30/3 | Open |\n`,
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.due, task.dueText, task.status]),
    ).toEqual([
      ["Rotate the keys", null, null, "done"],
      ["Renew the cert", "2026-03-30", "30/3", "open"],
    ]);
    expect(minutes.diagnostics).toEqual([]);
  });

  it("gives finished work to the attendees named before the verb that reports it", () => {
    const done = parseMinutes(
      `${header}- [x] Ingrid shared the rollout checklist\n- Tamsin and Bertrand sent the quote on March 3\n- Legal reviewed the draft\n- [x] Quillfield signed the order form\n`,
    ).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => owner.attendeeId),
      task.status,
    ]);
    expect(done).toEqual([
      ["Ingrid shared the rollout checklist", ["ingrid-holm"], "done"],
      ["Tamsin and Bertrand sent the quote on March 3", ["tamsin-greer", "bertrand-okoye"], "done"],
      ["Legal reviewed the draft", [], "done"],
      ["Quillfield signed the order form", [], "done"],
    ]);
  });

  it("gives work asked of others to the ones asked, never to who asked", () => {
    const asked = parseMinutes(
      `${header}- Ingrid asked us to keep the manual export running\n- Tamsin requested the landlord to fix the heating\n- Ingrid asked Bertrand to send the quote\n`,
    ).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => owner.attendeeId ?? owner.name),
    ]);
    expect(asked).toEqual([
      ["Ingrid asked us to keep the manual export running", []],
      ["Tamsin requested the landlord to fix the heating", []],
      ["Ingrid asked Bertrand to send the quote", ["bertrand-okoye"]],
    ]);
  });

  it("keeps open the items whose first word only looks like a past tense", () => {
    expect(
      deadlines("- Shared drive cleanup by March 20\n- Bertrand: renew the domain by March 20\n"),
    ).toEqual([
      ["Shared drive cleanup by March 20", "2026-03-20", "open"],
      ["renew the domain by March 20", "2026-03-20", "open"],
    ]);
  });

  it("reads 'Set up' and 'Put' at the start as orders, and as reports only after a name", () => {
    expect(
      deadlines(
        [
          "- Set up the vendor portal by end of April",
          "- Put the slides on the shared drive by Friday",
          "- Ingrid set up the staging box on March 2",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Set up the vendor portal by end of April", "2026-04-30", "open"],
      ["Put the slides on the shared drive by Friday", "2026-03-06", "open"],
      ["set up the staging box on March 2", null, "done"],
    ]);
  });
});

describe("a bullet that only states a deadline", () => {
  it("dates the tasks nested under it and is neither a task nor their topic", () => {
    const minutes = parseMinutes(
      `${header}- Due March 12:\n  - Tamsin: update the status page copy\n- By Friday\n  - Ingrid: send the audit evidence\n- Before the launch on March 20:\n  - Tamsin: brief the support desk\n`,
    );
    expect(minutes.actionItems.map((task) => [task.text, task.title, task.due])).toEqual([
      ["update the status page copy", null, "2026-03-12"],
      ["send the audit evidence", null, "2026-03-06"],
      ["brief the support desk", null, "2026-03-20"],
    ]);
  });

  it("keeps a task that opens with its deadline, with its details", () => {
    expect(
      deadlines(
        "- By Friday Tamsin sends the revised deck to the board\n  - the churn slide goes first\n",
      ),
    ).toEqual([["By Friday Tamsin sends the revised deck to the board", "2026-03-06", "open"]]);
  });
});

describe("a heading that is only a deadline", () => {
  const note = (body: string) =>
    parseMinutes(
      `# Platform weekly\n\nDate: 2026-03-05\nAttendees: Tamsin Greer, Bertrand Okoye\n\n${body}`,
    ).actionItems.map((task) => [task.text, task.due]);

  it("makes the list below it work due then, in words or day-first digits", () => {
    expect(
      note(
        [
          "## Due 12.03.",
          "",
          "- Send the audit evidence",
          "",
          "### By March 20",
          "",
          "- Draft the training plan",
          "- Book the onsite room by Monday",
          "",
          "## Until Friday",
          "",
          "- Rotate the staging secrets",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Send the audit evidence", "2026-03-12"],
      ["Draft the training plan", "2026-03-20"],
      ["Book the onsite room by Monday", "2026-03-09"],
      ["Rotate the staging secrets", "2026-03-06"],
    ]);
  });

  it("leaves headings that open with 'by' or 'before' but name no date as they were", () => {
    expect(
      note(
        [
          "## By the way",
          "",
          "- Send the audit evidence",
          "",
          "## Before the workshop",
          "",
          "- Draft the training plan",
          "",
          "## Due dates",
          "",
          "- Book the onsite room",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("a date that says when the work was finished", () => {
  it("is no deadline, and a bracket of a done word and its date closes the item", () => {
    expect(
      deadlines(
        [
          "- Tamsin to send the deck (done 3/3)",
          "- Fix the build (completed on March 3)",
          "- Bertrand to propose it to the WG (completed 2026-03-02) and each WG will decide",
          "- Ingrid to merge the fix (merged 3/3)",
          "- Ingrid to tag the release by 3/9",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin to send the deck", null, "done"],
      ["Fix the build", null, "done"],
      // Split from what follows it, the first part ends in its done mark, and is done.
      ["Bertrand to propose it to the WG", null, "done"],
      ["each WG will decide", null, "open"],
      ["Ingrid to merge the fix (merged 3/3)", null, "open"],
      ["Ingrid to tag the release by 3/9", "2026-03-09", "open"],
    ]);
  });
});

describe("a sentence after the work that only says when", () => {
  it("dates a long item's work from the sentence after it", () => {
    expect(
      deadlines(
        [
          "- Tamsin to email every current member to ask whether they want to stay on the steering group next year. Complete by end of month. The answers decide whether we hold an election.",
          "- Bertrand to write up the three options for the hosting contract so the board can compare them side by side. Due Friday. Ingrid reviews it first.",
          "",
        ].join("\n"),
      ).map(([text, due]) => [text.split(" ").slice(0, 3).join(" "), due]),
    ).toEqual([
      ["Tamsin to email", "2026-03-31"],
      ["Bertrand to write", "2026-03-06"],
    ]);
  });

  it("reads no deadline from a later sentence that says more than when", () => {
    expect(
      deadlines(
        "- Tamsin to email every current member to ask whether they want to stay on the steering group next year. By then we should know the budget, which Ingrid sends on Friday.\n",
      ).map(([, due]) => due),
    ).toEqual([null]);
  });
});

describe("a dated sub-heading under a task section", () => {
  const minutes = parseMinutes(
    [
      "# Working party 2026-03-09",
      "",
      "## Monday, March 9, 09:30 CET",
      "",
      "- Kim to draft the scope note",
      "",
      "## Next steps",
      "",
      "- Ana to gather the quotes",
      "",
      "### Monday, March 9, 15:00 CET",
      "",
      "- glad the pilot went well",
      "- how long would a trial run take?",
      "",
      "## Actions",
      "",
      "### March 13",
      "",
      "- Ben to book the venue",
      "",
    ].join("\n"),
  );

  it("on the meeting's day starts another session, whose points are notes", () => {
    expect(minutes.sections.map((section) => [section.heading, section.kind]).slice(-4)).toEqual([
      ["Next steps", "actionItems"],
      ["Monday, March 9, 15:00 CET", "notes"],
      ["Actions", "actionItems"],
      ["March 13", "actionItems"],
    ]);
  });

  it("on a later day dates the items below it", () => {
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["Kim to draft the scope note", null],
      ["Ana to gather the quotes", null],
      ["Ben to book the venue", "2026-03-13"],
    ]);
  });
});

describe("a deadline on a bullet of its own", () => {
  it("dates the task above it, and a bullet that names no date stays out of the tasks", () => {
    expect(
      deadlines(
        [
          "- Tamsin to list the open questions",
          "  - by the 14th.",
          "- Bertrand to send the figures",
          "  - by email",
          "- Ingrid to book the room",
          "  - before Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin to list the open questions", "2026-03-14", "open"],
      ["Bertrand to send the figures", null, "open"],
      ["Ingrid to book the room", "2026-03-06", "open"],
    ]);
  });

  it("reads a deadline word without a colon, and not 'due to' a reason", () => {
    expect(
      deadlines(
        [
          "- Tamsin to list the open questions",
          "  - Deadline March 20th",
          "- Bertrand to send the figures",
          "  - due Friday",
          "- Ingrid to move the review",
          "  - due to the March 9 outage",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin to list the open questions", "2026-03-20", "open"],
      ["Bertrand to send the figures", "2026-03-06", "open"],
      ["Ingrid to move the review", null, "open"],
    ]);
  });

  it("dates work read from a discussion, as it dates a task list's", () => {
    const minutes = parseMinutes(
      [
        "# Platform weekly",
        "",
        "Date: 2026-03-05",
        "Attendees: Tamsin Greer, Bertrand Okoye, Ingrid Holm",
        "",
        "## Discussion",
        "",
        "- Launch planning",
        "  - Tamsin will rewrite the upgrade guide",
        "    - Deadline: March 20",
        "  - Bertrand will check the nightly logs",
        "    - from March 2",
        "  - Ingrid will chase the vendor",
        "    - by Friday",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["Tamsin will rewrite the upgrade guide", "2026-03-20"],
      ["Bertrand will check the nightly logs", null],
      ["Ingrid will chase the vendor", "2026-03-06"],
    ]);
  });
});

describe("a field that says by when", () => {
  it("reads a field that says no deadline is set as none, and leaves it and the owner's bracket out of the words", () => {
    const read = (line: string) => {
      const [task] = parseMinutes(`${header}- ${line}\n`).actionItems;
      return [task!.text, task!.owners.map((owner) => owner.attendeeId), task!.due];
    };
    expect(read("Schedule the training — Owner: Tamsin (me), Due: Friday")).toEqual([
      "Schedule the training",
      ["tamsin-greer"],
      "2026-03-06",
    ]);
    expect(read("Book the room — Owner: Ingrid, Due: TBD")).toEqual([
      "Book the room",
      ["ingrid-holm"],
      null,
    ]);
    expect(read("Print the flyers (deadline: n/a)")).toEqual(["Print the flyers", [], null]);
    // A mark that no one owns the work yet is left out of the words as well, wherever it stands.
    expect(read("Renew the certificate (unassigned)")).toEqual(["Renew the certificate", [], null]);
    expect(read("Renew the certificate — owner: ? — due Friday")).toEqual([
      "Renew the certificate",
      [],
      "2026-03-06",
    ]);
    expect(read("Archive the old wiki [no owner yet], by Friday")).toEqual([
      "Archive the old wiki",
      [],
      "2026-03-06",
    ]);
    expect(read("Write the runbook (owner: none)")).toEqual(["Write the runbook", [], null]);
    expect(read("Triage the unassigned tickets")).toEqual([
      "Triage the unassigned tickets",
      [],
      null,
    ]);
    // A word that is no field stays.
    expect(read("Ask the venue when it opens, TBD")).toEqual([
      "Ask the venue when it opens, TBD",
      [],
      null,
    ]);
  });

  it("gives the deadline and leaves the work's words", () => {
    expect(
      deadlines(
        [
          "- Migrate the billing exports, ETA: Fri",
          "- Owner: Ingrid. Due: 18/03. Rotate the API keys",
          "- Due 20/03: archive the old dashboards",
          "- Send the renewal quote (deadline: 12/03)",
          "- Send the customer our ETA: Friday at the latest",
          "- Due when the vendor replies: swap the certificates",
          "- Send the deck (due: 12/03) to the board",
          "- Send the pricing for the add-on - Mar 24, 2026",
          "- Close the three issues | 20/03",
          "- Re-test the build - 3 runs",
          "- Book the hall (due: when the quote lands) for the fair",
          "- Add an alert on the error rate (due 2026-03-15)",
          "- Refund the order (due to the outage)",
          "- Print the flyers — Thu",
          "- Send the invoice, 20/03",
          "- Count the votes, 2 of 3",
          "- Write the merge bot [by 10/03]",
          "- Coordinate the website updates, [due 2026-03-11]",
          "- Tidy the backlog [before the release]",
          "- Order the lanyards [Thu]",
          "- Label the boxes [wip]",
          "- Renew the certificate, by 20/03",
          "- Book the minibus - due Thu",
          "- Paint the fence - before the storm on Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Migrate the billing exports", "2026-03-06", "open"],
      ["Rotate the API keys", "2026-03-18", "open"],
      ["archive the old dashboards", "2026-03-20", "open"],
      ["Send the renewal quote", "2026-03-12", "open"],
      // "our ETA" is what the work sends, and no field of the item.
      ["Send the customer our ETA: Friday at the latest", "2026-03-06", "open"],
      ["Due when the vendor replies: swap the certificates", null, "open"],
      ["Send the deck to the board", "2026-03-12", "open"],
      ["Send the pricing for the add-on", "2026-03-24", "open"],
      ["Close the three issues", "2026-03-20", "open"],
      ["Re-test the build - 3 runs", null, "open"],
      // A field that gives no day stays in the words, where the reader can see it.
      ["Book the hall (due: when the quote lands) for the fair", null, "open"],
      ["Add an alert on the error rate", "2026-03-15", "open"],
      ["Refund the order (due to the outage)", null, "open"],
      ["Print the flyers", "2026-03-12", "open"],
      ["Send the invoice", "2026-03-20", "open"],
      ["Count the votes, 2 of 3", null, "open"],
      ["Write the merge bot", "2026-03-10", "open"],
      ["Coordinate the website updates", "2026-03-11", "open"],
      ["Tidy the backlog [before the release]", null, "open"],
      ["Order the lanyards", "2026-03-12", "open"],
      ["Label the boxes [wip]", null, "open"],
      // A deadline's word may stand before the date set off at the end.
      ["Renew the certificate", "2026-03-20", "open"],
      ["Book the minibus", "2026-03-12", "open"],
      ["Paint the fence - before the storm on Friday", "2026-03-06", "open"],
    ]);
  });
});

describe("a heading that names only a period", () => {
  const read = (body: string) =>
    parseMinutes(
      `# Incident review — 2026-05-11\n\nAttendees: Pim Sorensen, Ingrid Holm\n\n${body}\n`,
    );

  it("dates the work below it, and keeps what a bracket of when qualifies", () => {
    const minutes = read(
      "## This week\n\n- Publish the RCA — Ingrid\n\n## Goals for next week\n\n- Pim will write the load test\n\n## Immediate actions (next 24 hours)\n\n- Roll back the release — Pim\n",
    );
    expect(
      [...minutes.resolutionPlan, ...minutes.actionItems].map((task) => [
        task.section,
        task.text,
        task.due,
        task.title,
      ]),
    ).toEqual([
      ["resolutionPlan", "Roll back the release", "2026-05-12", null],
      ["actionItems", "Publish the RCA", "2026-05-15", null],
      ["actionItems", "Pim will write the load test", "2026-05-22", null],
    ]);
  });

  it("leaves a log's dated entry and a named event undated", () => {
    const minutes = read(
      "## 2026-05-04\n\n- Ingrid will send the notes\n\n## Retro on Friday\n\n- Pim will bring the slides\n",
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["Ingrid will send the notes", null],
      ["Pim will bring the slides", null],
    ]);
  });
});

describe("fields of a task on one sub-bullet", () => {
  it("reads owner, deadline and status written together under the work, and a status alone", () => {
    const minutes = parseMinutes(
      header +
        [
          "- Rotate the staging secrets",
          "  - Owner: Bertrand | Due: 12 March",
          "- Update the status page copy",
          "  - Owner: Tamsin; Due: 3/16",
          "- Archive the old dashboards",
          "  - Owner: Ingrid · Status: done",
          "- Renew the certificates",
          "  - Status: in progress",
          "- Send the audit evidence",
          "  - Status: closed",
          "",
        ].join("\n"),
    );
    expect(textOwnersDueAndStatus(minutes.actionItems)).toEqual([
      ["Rotate the staging secrets", ["bertrand-okoye"], "2026-03-12", "open"],
      ["Update the status page copy", ["tamsin-greer"], "2026-03-16", "open"],
      ["Archive the old dashboards", ["ingrid-holm"], null, "done"],
      ["Renew the certificates", [], null, "open"],
      ["Send the audit evidence", [], null, "done"],
    ]);
  });
});

describe("a period set off after the work", () => {
  it("takes 'next week', 'end of month' and 'EOW' after a dash or a comma out of the words, as a day is", () => {
    const minutes = parseMinutes(
      header +
        [
          "1. Tamsin – schedule the training sessions – next week",
          "2. Bertrand – renew the licences – end of month",
          "3. Ingrid – close the audit findings, EOW",
          "4. Tamsin – plan the week – next steps",
          "5. Ingrid – book the venue – end of next week",
          "",
        ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["schedule the training sessions", "2026-03-13"],
      ["renew the licences", "2026-03-31"],
      ["close the audit findings", "2026-03-06T17:00"],
      ["plan the week – next steps", null],
      ["book the venue", "2026-03-13T17:00"],
    ]);
  });
});
