import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { headingKind } from "../../src/parse/heading-kinds.js";
import { textAndOwners, textOwnersAndDue } from "../helpers/owners.js";

const header = `# Weekly sync\n\n**Date:** 2026-05-04\n\n## Attendees\n\n- Dana Lee\n- Omar Haddad\n- Priya Nair\n\n`;
/** A venue sync of three attendees, with the lines given under its attendee line. */
const venueSync = (lines: readonly string[]) =>
  parseMinutes(
    [
      "# Venue sync 2026-05-12",
      "",
      "Attendees: Omar Haddad, Priya Nair, Dana Lee",
      "",
      ...lines,
      "",
    ].join("\n"),
  );
const tasks = (body: string) => {
  const minutes = parseMinutes(header + body);
  return textAndOwners([...minutes.actionItems, ...minutes.commitments]);
};

describe("owners in the shapes people write", () => {
  it("reads a stand-up's plans under each person's heading, past a label for when", () => {
    expect(
      tasks(
        [
          "## Omar",
          "",
          "- Yesterday: finished the seating plan",
          "- Today: will start on the badge printing",
          "- Today: the printer will be back from repair",
          "",
          "## Priya",
          "",
          "- Plan to ship the menu cards by Thursday",
          "- Plans: none",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["will start on the badge printing", ["omar-haddad"]],
      ["Plan to ship the menu cards by Thursday", ["priya-nair"]],
    ]);
  });

  it("gives a person's heading to the promises written under it", () => {
    expect(
      tasks(
        "## Updates\n\n### Omar Haddad\n\n- Finished the icon set\n- Icons next, will meet with Dana\n",
      ),
    ).toEqual([["Icons next, will meet with Dana", ["omar-haddad"]]]);
  });

  it("gives a heading that names a person's part of the meeting to the promises under it", () => {
    expect(
      tasks(
        [
          "## Omar’s update (venue status?)",
          "",
          "- Will share the venue shortlist on the list before EOD.",
          "",
          "## Update from Priya",
          "",
          "- Will book the caterer.",
          "",
          "## Budget's update",
          "",
          "- Will be reviewed in May.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Will share the venue shortlist on the list before EOD", ["omar-haddad"]],
      ["Will book the caterer", ["priya-nair"]],
    ]);
  });

  it("gives a heading that misspells an attendee's name a letter apart to that attendee", () => {
    expect(tasks("## Updates\n\n### Omar Hadad\n\n- Pricing next, will meet with Dana\n")).toEqual([
      ["Pricing next, will meet with Dana", ["omar-haddad"]],
    ]);
    // Another surname is another person, whoever shares the first name.
    expect(tasks("## Updates\n\n### Omar Smith\n\n- Pricing next, will meet with Dana\n")).toEqual(
      [],
    );
  });

  it("reads a to-do tag wherever the item stands, with its dashed owner", () => {
    expect(
      tasks(
        "## Agenda\n\n1. Docs\n   1. Priya Nair - set up the docs site [todo]\n   2. Review the glossary [decision]\n",
      ),
    ).toEqual([["set up the docs site", ["priya-nair"]]]);
  });

  it("gives a listed task to whoever the list says is at it", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Omar is planning the load test for the next sprint",
          "- Dana and Priya are currently reviewing the schema",
          "- The load test is running nightly",
          "- Thinking about a second region",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Omar is planning the load test for the next sprint", ["omar-haddad"]],
      ["Dana and Priya are currently reviewing the schema", ["dana-lee", "priya-nair"]],
      ["The load test is running nightly", []],
      ["Thinking about a second region", []],
    ]);
  });

  it("keeps groups as owners of kind group", () => {
    expect(
      tasks(
        "## Next Steps\n\n- Team will need to write the user stories\n- All team members to finish the training\n- The platform team will rotate the keys\n",
      ),
    ).toEqual([
      ["Team will need to write the user stories", ["group:Team"]],
      ["All team members to finish the training", ["group:All team members"]],
      ["The platform team will rotate the keys", ["group:The platform team"]],
    ]);
  });

  it("takes the owner from a heading that says whom the tasks are for", () => {
    expect(tasks("## Tasks for Everyone\n\n- Update the sprint plan\n")).toEqual([
      ["Update the sprint plan", ["group:Everyone"]],
    ]);
  });

  it("reads a capitalised topic over a list as a topic, not an owner", () => {
    const minutes = parseMinutes(
      `${header}## Action Items\n\n1. **Load Handling**\n   - Run stress tests on the simulator\n`,
    );
    expect(minutes.actionItems.map((task) => [task.title, task.text, task.owners])).toEqual([
      ["Load Handling", "Run stress tests on the simulator", []],
    ]);
  });

  it("does not give work to the writers or to a sentence that merely mentions a team", () => {
    expect(
      tasks("## Contributing factors\n\nWe depend on the network team to manage the proxy.\n"),
    ).toEqual([]);
  });

  it("gives no one work from an idiom or a verb that opens the line like a name", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Link to the original design doc",
          "- Face to face planning in June",
          "- End to end tests for the importer",
          "- AP 3 - Contribute to the glossary draft",
          "- Commit to purging the old exports",
          "- Intro to their IT contractor",
          "- Trip to the depot in May",
          "- Handover to them",
          "- Omar to send the venue shortlist",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Link to the original design doc", []],
      ["Face to face planning in June", []],
      ["End to end tests for the importer", []],
      ["Contribute to the glossary draft", []],
      ["Commit to purging the old exports", []],
      ["Intro to their IT contractor", []],
      ["Trip to the depot in May", []],
      ["Handover to them", []],
      ["Omar to send the venue shortlist", ["omar-haddad"]],
    ]);
  });

  it("gives an instruction's verb no work: who it is for is named after it", () => {
    expect(
      tasks("## Outlook\n\n- Instruct Omar to open the vendor account\n- Priya to book the room\n"),
    ).toEqual([
      ["Instruct Omar to open the vendor account", []],
      ["Priya to book the room", ["priya-nair"]],
    ]);
  });
});

describe("plain-text notes", () => {
  const plain = (label: string) =>
    parseMinutes(
      [
        "Date: 2026-05-04",
        "Attendees: Dana Lee, Omar Haddad",
        "",
        "Discussion:",
        "  Pricing:",
        "    The customer finds the tiers confusing.",
        "",
        `  ${label}`,
        "    Send the revised quote to the customer.",
        "    Book the follow-up demo with their IT lead.",
        "",
      ].join("\n"),
    ).actionItems.map((task) => task.text);

  it("reads a longer label whose last words name a list of work as its heading", () => {
    expect(plain("Further expectations & next steps:")).toEqual([
      "Send the revised quote to the customer",
      "Book the follow-up demo with their IT lead",
    ]);
    expect(plain("Outlook")).toEqual([
      "Send the revised quote to the customer",
      "Book the follow-up demo with their IT lead",
    ]);
  });

  it("leaves a longer label about anything else a lead-in", () => {
    expect(plain("We went through the open risks:")).toEqual([]);
    expect(plain("Questions the customer asked about steps:")).toEqual([]);
  });
});

describe("headings", () => {
  it.each([
    ["Actionable Items", "actionItems"],
    ["Actionables", "actionItems"],
    ["Actionable insights from the survey", "other"],
    ["Looking Forward", "actionItems"],
    ["Outlook", "actionItems"],
    ["What would you like to work on next week?", "actionItems"],
    ["Immediate Actions", "resolutionPlan"],
    ["Team Role Assignments", "other"],
    ["Consensus on the release train", "other"],
    ["Consensus", "decisions"],
    ["Actions taken", "other"],
    ["Steps Taken:", "other"],
    ["What we are planning for next week", "actionItems"],
    ["Planned for the coming sprint", "actionItems"],
    ["Priorities for next month", "actionItems"],
    ["Next week", "actionItems"],
    ["Upcoming work", "actionItems"],
    ["What we did this week", "other"],
    ["Next week's weather", "other"],
    ["Upcoming conferences", "other"],
  ])("%s is %s", (heading, kind) => {
    expect(headingKind(heading) ?? "other").toBe(kind);
  });

  it("reads bold lines that head parts of a note side by side, one right under another as its sub-heading", () => {
    expect(
      tasks(
        [
          "**Action items**",
          "",
          "- Dana to renew the certificate",
          "",
          "**Resources**",
          "",
          "- Wiki: the team space",
          "- Chat: the support channel",
          "",
          "**Follow-ups**",
          "",
          "**Omar**",
          "",
          "- book the room",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Dana to renew the certificate", ["dana-lee"]],
      ["book the room", ["omar-haddad"]],
    ]);
  });

  it("reads role assignments as roles, not tasks", () => {
    expect(
      tasks("## Team Role Assignments\n\n- Scrum Master: Dana Lee\n- DevOps: Omar Haddad\n"),
    ).toEqual([]);
  });
});

describe("attendee shapes", () => {
  const names = (note: string) => parseMinutes(note).attendees.map((attendee) => attendee.name);

  it("reads an attendee list written in a heading", () => {
    expect(
      names(
        "# Client call\n\n#### Date: 05/03/2025\n#### Attendees: Ana Ruiz, Ben Ode\n\n## Agenda\n\n1. Intro\n",
      ),
    ).toEqual(["Ana Ruiz", "Ben Ode"]);
  });

  it("counts guests and leaves out those who could not attend", () => {
    expect(
      names(
        "# Board\n\n**Present:** Ana Ruiz (Acme)\n\n**Guests:** Ben Ode (Initech)\n\n## Attendees\n\n- Cy Twombly\n\ncannot attend:\n\n- Dee Dee\n",
      ),
    ).toEqual(["Cy Twombly", "Ana Ruiz", "Ben Ode"]);
  });

  it("keeps an organization with an ampersand whole", () => {
    expect(names("# WG\n\nAttendees:\n\n* Ana Ruiz (_TSC_) - Light & Magic\n* Ben Ode\n")).toEqual([
      "Ana Ruiz",
      "Ben Ode",
    ]);
  });
});

describe("sub-bullets of a task", () => {
  const read = (body: string) =>
    parseMinutes(`${header}${body}`).actionItems.map((task) => [task.text, task.details]);

  it("keeps a note on its parent task as that task's details", () => {
    expect(
      read("## Action Items\n\n- Migrate the billing exports\n  - the nightly job first\n"),
    ).toEqual([["Migrate the billing exports", "the nightly job first"]]);
  });

  it("keeps a sub-bullet with its own verb, owner or checkbox as a task", () => {
    expect(
      read(
        "## Action Items\n\n- Migrate the billing exports\n  - Check the nightly job\n  - [ ] archive the old bucket\n  - Dana to tell finance\n",
      ).map(([text]) => text),
    ).toEqual([
      "Migrate the billing exports",
      "Check the nightly job",
      "archive the old bucket",
      "Dana to tell finance",
    ]);
  });
});

describe("labels and topics in a discussion's list", () => {
  it("reads the items nested under an action label, not the label or the bullets beside it", () => {
    expect(
      tasks(
        [
          "## Billing migration",
          "",
          "- **Action items**:",
          "  - Dana to move the invoices to the new ledger",
          "  - Write the cut-over checklist",
          "- Spoke to the supervisor about licensing",
          "- Omar to phone the vendor about the renewal",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Dana to move the invoices to the new ledger", ["dana-lee"]],
      ["Write the cut-over checklist", []],
      ["Omar to phone the vendor about the renewal", ["omar-haddad"]],
    ]);
  });

  it("reads a 'Next action:' label inside a discussion paragraph as a task", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "**Venue for the spring workshop**  ",
          "The shortlist is down to two halls.",
          "*Next action:* Dana to book the cheaper hall by Friday.",
          "",
          "**Catering**  ",
          "Next actions are unclear until the numbers are in.",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Dana to book the cheaper hall by Friday", ["dana-lee"]]]);
  });

  it("reads an action line written inside a numbered topic's paragraph as a task of its own", () => {
    const minutes = parseMinutes(
      header +
        [
          "## Discussion",
          "",
          "1. Migration status",
          "Omar reported that 14 of 20 tenants are migrated.",
          "Action point: Priya to send the SSO metadata by Thursday.",
          "AP: Dana to check the logs",
          "2. Invoicing",
          "The action points from last week are done.",
          "",
        ].join("\n"),
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Priya to send the SSO metadata by Thursday", ["priya-nair"]],
      ["Dana to check the logs", ["dana-lee"]],
    ]);
    expect(minutes.actionItems.map((task) => [task.due, task.source.start.line])).toEqual([
      ["2026-05-07", 15],
      [null, 16],
    ]);
    // The topic's short first line names it; the report under it is not part of its name.
    expect(minutes.actionItems.map((task) => task.title)).toEqual([
      "Migration status",
      "Migration status",
    ]);
  });

  it("gives work to an unknown name only when a verb follows 'to', and never to an abstract noun", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- Introduction to the tooling for new staff",
          "- Responsiveness to email is fine",
          "- Spoke to the supervisor about licensing",
          "- Jens to book the room for the workshop",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Jens to book the room for the workshop", ["person:Jens"]]]);
  });
});

describe("what is not a task", () => {
  it.each([
    "The system will track the devices",
    "Moderators will select the entries on their own",
    "Recommend to move to the new licence header",
    "Dana Moves to approve the minutes, and Omar Seconded",
  ])("%j in a discussion gives no one work", (sentence) => {
    expect(tasks(`## Discussion\n\n- ${sentence}\n`)).toEqual([]);
  });

  it("reads a status or a role in a task list as no task", () => {
    expect(
      tasks(
        [
          "## Decisions and action items",
          "",
          "- No objections",
          "- No progress on AP1 or AP2",
          "- No time for now: move the vault to the new host",
          "- Dana Lee & Omar Haddad will co-chair the working group",
          "- Priya to chair the next call",
          "- Omar to chase the vendor",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Omar to chase the vendor", ["omar-haddad"]]]);
  });

  it("gives a role in the plural the work written in the shorthand, not in a statement", () => {
    expect(
      tasks(
        [
          "## Actions",
          "",
          "- Reviewers to sort the open pull requests by area",
          "- Volunteers to help staff the booth",
          "- Editors will check every entry before it goes out",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Reviewers to sort the open pull requests by area", ["group:Reviewers"]],
      ["Volunteers to help staff the booth", []],
      ["Editors will check every entry before it goes out", []],
    ]);
  });

  it("reads a topic label in a task list as a topic", () => {
    expect(
      tasks("## Action Items\n\n- Best Practices\n- Omar - Introduction\n- Book the room\n"),
    ).toEqual([["Book the room", []]]);
  });

  it("reads a capitalised piece of work with its taker after a dash as a task", () => {
    expect(
      tasks(
        [
          "## Action Items",
          "",
          "- Venue Booking - Tallis",
          "- Source Nametags - Pim Sorensen",
          "- Tallis - Introduction",
          "- Greta/Nell - Roadmap Overview",
          "- Quarterly Budget",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Venue Booking", ["person:Tallis"]],
      ["Source Nametags", ["person:Pim Sorensen"]],
    ]);
  });

  it("takes the listed person as the taker when both sides of the dash read as names", () => {
    expect(
      tasks(
        [
          "Attendees: Tallis Grove, Pim Sorensen",
          "",
          "## Action Items",
          "",
          "- Tallis Grove - Best Practices",
          "- Venue Booking - Pim Sorensen",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Venue Booking", ["pim-sorensen"]]]);
  });

  it("reads a sentence about the list's own items as a remark on the list", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "Actions should cover prevention as well as the fix.",
          "Tasks must each have one owner.",
          "",
          "- Add a canary for the importer",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Add a canary for the importer", []]]);
  });
});

describe("task lists written as bullets", () => {
  it("reads the children of an 'Action items' bullet as tasks, with a name after a dash as owner", () => {
    expect(
      tasks(
        "## Minutes\n\n* Incubation was discussed\n* Action items\n  * Send an email with the proposed times.\n  * Clarify the signing process. – Priya Nair\n",
      ),
    ).toEqual([
      ["Send an email with the proposed times", []],
      ["Clarify the signing process", ["priya-nair"]],
    ]);
  });

  it("reads the bullets after a 'tasks:' bullet at the same level as tasks, up to the next label", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- Release plans:",
          "- Dana Lee: the plan is drafted",
          "- tasks:",
          "- Omar Haddad: fix the search ranking",
          "- Priya Nair: e2e strategy for the fixtures",
          "- Updates:",
          "- Dana Lee: the search index is rebuilt",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["fix the search ranking", ["omar-haddad"]],
      ["e2e strategy for the fixtures", ["priya-nair"]],
    ]);
  });

  it("starts the next part of the note after an attendee list, even under a bold pseudo-heading", () => {
    const minutes = parseMinutes(
      "# WG\n\n**1. Attendees**\n\n* Ana Ruiz\n\n**2. Agenda Items**\n\n1. Docs site\n   1. Ana Ruiz - set up the docs site [todo]\n",
    );
    expect(minutes.attendees.map((a) => a.name)).toEqual(["Ana Ruiz"]);
    expect(minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId])).toEqual([
      ["set up the docs site", "ana-ruiz"],
    ]);
  });
});

describe("people the work involves are not its owners", () => {
  it.each([
    "Sync with @dlee about the rollout",
    "Send the deck to @dlee",
    "Ping @dlee when the build is green",
  ])("%j has no owner", (line) => {
    expect(tasks(`## Action Items\n\n- ${line}\n`).map(([, owners]) => owners)).toEqual([[]]);
  });

  it("still reads a handle that owns the item", () => {
    expect(
      tasks("## Action Items\n\n- @dlee and @ohaddad rotate the keys\n").map(
        ([, owners]) => owners,
      ),
    ).toEqual([["dana-lee", "omar-haddad"]]);
  });
});

describe("an item in the imperative among items read as tasks", () => {
  it("is one more task of the list, though it names no one", () => {
    expect(
      tasks(
        [
          "## Ticket focus",
          "",
          "1. Assigned: Check the web site for dead links (TKT-12)",
          "1. Assigned: Add the nav entry for the install guide",
          "1. [Update the licence header](https://tracker.example.org/TKT-14)",
          "1. Assigned: Migrate the CI jobs off the old runner",
          "1. Edit the install page",
          "1. Python packaging (TKT-15)",
          "",
        ].join("\n"),
      ).map(([text]) => text),
    ).toEqual([
      "Check the web site for dead links (TKT-12)",
      "Add the nav entry for the install guide",
      "Migrate the CI jobs off the old runner",
      "Update the licence header",
      "Edit the install page",
    ]);
  });

  it("is no task where the list is mostly not work, or the item is a question or a report", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Omar will send the pricing sheet",
          "- Review the hiring plan",
          "- Discuss the offsite",
          "",
          "## Ticket focus",
          "",
          "- Assigned: Check the web site for dead links",
          "- Assigned: Add the nav entry for the install guide",
          "- Updated the FAQ last week",
          "- Move the board to the new tracker?",
          "",
        ].join("\n"),
      ).map(([text]) => text),
    ).toEqual([
      "Omar will send the pricing sheet",
      "Check the web site for dead links",
      "Add the nav entry for the install guide",
    ]);
  });
});

describe("a list of pull requests", () => {
  it("is work waiting for review, not tasks; an open to-do list still is", () => {
    expect(
      tasks(
        [
          "## Work progress",
          "",
          "- Open pull requests",
          "  - Speed up the exporter",
          "  - Release version 2.1.0",
          "- Open",
          "  - Fix the flaky upload test",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Fix the flaky upload test", []]]);
  });
});

describe("notes pasted as plain text", () => {
  it("reads a heading word on the first line of a block, and 'Name - task - date' lines under it", () => {
    const minutes = parseMinutes(
      [
        "Weekly check-in",
        "Thursday 12th March 2026",
        "",
        "Attendees",
        "Priya Shah",
        "Tom Ode",
        "",
        "Notes",
        "Tom walked through the burndown.",
        "",
        "Actions",
        "Priya - share the updated plan - 16/03",
        "Budget - the numbers are final",
        "Tom – confirm the sign-off - end of next week",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Priya Shah", "Tom Ode"]);
    expect(textOwnersAndDue(minutes.actionItems)).toEqual([
      ["share the updated plan", ["priya-shah"], "2026-03-16"],
      ["confirm the sign-off", ["tom-ode"], "2026-03-20T17:00"],
    ]);
  });

  it("keeps a block whose first line is no heading word as prose", () => {
    const minutes = parseMinutes(
      "# Sync 2026-03-12\n\nAttendees: Priya Shah\n\nShipping\nPriya - the release went out on time\n",
    );
    expect(minutes.actionItems).toEqual([]);
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Priya Shah"]);
  });

  it("reads who signs an ACTION line before 'to', as written, and no word that names no one", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "* ACTION: oH to ask the venue about the deposit",
          "* ACTION: priyanair to compare the caterers",
          "* ACTION: Review to happen next week",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["oH to ask the venue about the deposit", ["omar-haddad"]],
      ["priyanair to compare the caterers", ["person:priyanair"]],
      ["Review to happen next week", []],
    ]);
  });

  it("gives work asked of the attendees to them, and work after an arrow to who it names", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "* Attendees were asked to review the venue shortlist.",
          "* Catering gaps -> Priya to post the dietary list in the channel",
          "",
          "## Metrics",
          "",
          "* Build time -> 4 minutes on the new runners",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Attendees were asked to review the venue shortlist", ["group:Attendees"]],
      ["Catering gaps -> Priya to post the dietary list in the channel", ["priya-nair"]],
    ]);
  });

  it("reads a name and its handle under a role heading as who holds the role, not as work", () => {
    expect(tasks("### MC\n\n- Dana Lee ([@dlee](https://example.org/dlee))\n")).toEqual([]);
  });

  it("reads the items a typed list marks as actions, and none where one letter stands alone", () => {
    expect(
      tasks(
        [
          "## Minutes",
          "",
          "- A: Omar to send the revised venue contract by Friday",
          "- D: We go with the two-day format",
          "- I: The caterer is fully booked in June",
          "- [A] Priya - update the budget sheet",
          "",
          "## Other",
          "",
          "- A: note about the stage lights",
          "- A new plan for parking was shown",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Omar to send the revised venue contract by Friday", ["omar-haddad"]],
      ["update the budget sheet", ["priya-nair"]],
    ]);
  });

  it("reads a typed list under a heading of decisions and actions by each item's letter", () => {
    const minutes = venueSync([
      "## Decisions & Actions",
      "",
      "- [D] We go with the two-day format.",
      "- [A] Priya to update the budget sheet by 5/19.",
      "- [A] Omar: check the deposit history.",
      "- [D] The pilot ends in June.",
      "- [I] The caterer is booked.",
    ]);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId, task.due]),
    ).toEqual([
      ["Priya to update the budget sheet by 5/19", "priya-nair", "2026-05-19"],
      ["check the deposit history", "omar-haddad", null],
    ]);
    // The letter marks them as the "Decision:" label does.
    expect(minutes.decisions.map((decision) => [decision.text, decision.extractor])).toEqual([
      ["We go with the two-day format.", "prefixed-decision"],
      ["The pilot ends in June.", "prefixed-decision"],
    ]);
  });

  it("reads the taker in a bracket after an item's letter, and no answer of a Q&A as an action", () => {
    const minutes = venueSync([
      "## Decisions & Actions",
      "",
      "- D: We go with the two-day format.",
      "- A (Priya): update the budget sheet by 5/19.",
      "",
      "## Q&A",
      "",
      "- Q (Dana): can we move the stage?",
      "- A (Omar): probably will move it after the rehearsal.",
    ]);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId, task.due]),
    ).toEqual([["update the budget sheet by 5/19", "priya-nair", "2026-05-19"]]);
  });

  it("reads 'Decision:' over a statement with a date as the decision, and 'FYI:' as a remark", () => {
    const minutes = parseMinutes(
      [
        "# Venue sync 2026-05-12",
        "",
        "Attendees: Omar Haddad, Priya Nair",
        "",
        "## Action items",
        "",
        "- DECISION: The pilot is extended to the end of June.",
        "- Decision: Priya to update the budget sheet by 5/19.",
        "- Plan: get the deposit back within 48 hours",
        "- FYI: the hall is closed until June 2",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["Priya to update the budget sheet by 5/19", "2026-05-19"],
      ["get the deposit back within 48 hours", "2026-05-14"],
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toContain(
      "The pilot is extended to the end of June.",
    );
    expect(minutes.decisions.map((decision) => decision.text)).not.toContain(
      "the hall is closed until June 2",
    );
    expect(minutes.notes.map((remark) => remark.text)).toContain("the hall is closed until June 2");
  });

  it("reads an item numbered with a hash or after an action label's number", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- Venue",
          "  - #3 Dana to draft the FAQ",
          "  - AI-2 Omar: confirm the deposit date (due 5/20)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Dana to draft the FAQ", ["dana-lee"]],
      ["confirm the deposit date", ["omar-haddad"]],
    ]);
  });

  it("reads an action label that closes a point with only its takers, and the numbered points of plain-text minutes", () => {
    const minutes = parseMinutes(
      [
        "# Infrastructure working group",
        "",
        "Date: Wednesday 11 March 2026",
        "Attendees: Dana Lee, Omar Haddad, Priya Nair",
        "",
        "1. Review of previous actions",
        "1.1 Backup restore test: completed by Omar on 2 March.",
        "1.2 DNS migration: still pending. ACTION: Priya",
        "2. Capacity planning",
        "2.1 Storage will reach 80% by May. It was agreed that Omar would prepare a purchase request before the end of the month.",
        "2.2 Dana noted the freeze; Priya to check with finance whether an exception is possible. ACTION: Priya by 20/03",
        "3. Moving the archive to the new site. ACTION: the secretary",
        "",
      ].join("\n"),
    );
    expect(
      [...minutes.actionItems, ...minutes.commitments].map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId ?? owner.name),
        task.due,
      ]),
    ).toEqual([
      ["1.2 DNS migration: still pending", ["priya-nair"], null],
      [
        "Omar would prepare a purchase request before the end of the month",
        ["omar-haddad"],
        "2026-03-31",
      ],
      [
        "Priya to check with finance whether an exception is possible by 20/03",
        ["priya-nair"],
        "2026-03-20",
      ],
      ["Moving the archive to the new site", ["the secretary"], null],
    ]);
  });

  it("reads lines of notes that open with their topic's number in brackets", () => {
    expect(
      tasks(
        [
          "### Notes",
          "",
          "[2] The venue has offered a discount for a two-year booking",
          "[2] Dana to write up the offer for the board",
          "(3) Omar will confirm the deposit date with the venue",
          "[3] Could we move the date?",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Dana to write up the offer for the board", ["dana-lee"]],
      ["Omar will confirm the deposit date with the venue", ["omar-haddad"]],
    ]);
  });
});
