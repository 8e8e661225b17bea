import { describe, expect, it } from "vitest";
import { parseMinutes, type Task } from "../../src/index.js";

const header = `# Sync\n\n**Date:** 2025-09-22\n**Time:** 09:00 - 09:30\n\n## Attendees\n\n- Lisa Wong (@lwong)\n- Raj Patel\n- Marcus Lee\n- José Álvarez (JA)\n\n`;
const tasks = (body: string, options = {}) => parseMinutes(header + body, options).actionItems;
const owners = (body: string) =>
  tasks(body).map((task) => task.owners.map((owner) => owner.attendeeId));

describe("owners of a task", () => {
  it.each([
    ["**Lisa:** Send the summary", "Send the summary"],
    ["Lisa: Send the summary", "Send the summary"],
    ["Send the summary @lwong", "Send the summary"],
    ["Lisa to send the summary", "Lisa to send the summary"],
    ["Send the summary (owner: Lisa)", "Send the summary"],
    ["Send the summary (owner: Wong)", "Send the summary"],
    ["[ ] Send the summary @lwong", "Send the summary"],
  ])("- %s", (line, text) => {
    const [task] = tasks(`## Action Items\n\n- ${line}\n`);
    expect(task).toMatchObject({ text, owners: [{ attendeeId: "lisa-wong", kind: "person" }] });
  });

  it("reads several owners", () => {
    expect(
      owners(
        `## Action Items\n\n- Raj & Marcus: walk the customer through the plan\n- Raj and Marcus to pair on the fix\n- Ship it @lwong @rpatel\n`,
      ),
    ).toEqual([
      ["raj-patel", "marcus-lee"],
      ["raj-patel", "marcus-lee"],
      // "@rpatel" is not written in the attendee list, but initial + surname names Raj Patel.
      ["lisa-wong", "raj-patel"],
    ]);
  });

  it("resolves accents, initials and last names", () => {
    expect(
      owners(
        `## Action Items\n\n- Jose to rewrite the macro\n- JA to review it\n- Patel to test it\n`,
      ),
    ).toEqual([["jose-alvarez"], ["jose-alvarez"], ["raj-patel"]]);
  });

  it("resolves a first name to an attendee listed with a surname initial", () => {
    const minutes = parseMinutes(
      `# Sync\n\nPresent: Samira N., Tobias K.\n\n## Action Items\n\n- Samira to rerun the export\n- SN to check the logs\n`,
    );
    expect(minutes.actionItems.map((task) => task.owners.map((owner) => owner.attendeeId))).toEqual(
      [["samira-n"], ["samira-n"]],
    );
  });

  it("keeps an owner who is not an attendee, with no attendee id", () => {
    expect(tasks(`## Action Items\n\n- Audit the macros (owner: Priscilla)\n`)[0]!.owners).toEqual([
      { name: "Priscilla", attendeeId: null, kind: "person" },
    ]);
  });

  it("reads the owner and due columns of a task table", () => {
    const [task] = tasks(
      `## Action Items\n\n| Task | Owner | Due |\n| --- | --- | --- |\n| Send the summary | Lisa, Raj | Friday |\n`,
    );
    expect(task).toMatchObject({
      text: "Send the summary",
      due: "2025-09-26",
      dueText: "Friday",
      extractor: "task-table",
    });
    expect(task!.owners.map((owner) => owner.attendeeId)).toEqual(["lisa-wong", "raj-patel"]);
  });

  it("reads 'Accountable', 'Driver' and 'Actioner' columns as owners, and 'Item' as the task", () => {
    const found = tasks(
      [
        "## Action Items",
        "",
        "| Item | Accountable | Target |",
        "| --- | --- | --- |",
        "| Renew the support contract | Lisa | end of September |",
        "",
        "| Task | Driver | ETA |",
        "| --- | --- | --- |",
        "| Migrate the DNS | Raj | next week |",
        "",
      ].join("\n"),
    );
    expect(
      found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId), task.due]),
    ).toEqual([
      ["Renew the support contract", ["lisa-wong"], "2025-09-30"],
      ["Migrate the DNS", ["raj-patel"], "2025-10-03"],
    ]);
  });

  it("gives owners from a nested owner bullet to the tasks below it", () => {
    expect(
      owners(`## Action Items\n\n- Lisa:\n  - Send the summary\n  - Book the review\n`),
    ).toEqual([["lisa-wong"], ["lisa-wong"]]);
  });
});

describe("plain lines under a heading of work", () => {
  const lines = (body: string) =>
    parseMinutes(`# Team meeting 4\n\nDate: 2023-10-09\n\n${body}`).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => owner.name),
    ]);

  it("read a taker joined to the work by a dash, when the work reads as work, whoever they are", () => {
    expect(
      lines(
        [
          "Goals for next week:  ",
          "Drawing the first level map - Dora  ",
          "Learning more about the engine - Whole Team  ",
          "Pia - Set up the build server  ",
          "Sketching the title screen - Pia and Hugo  ",
          "The build - Hugo  ",
          "Hugo - Welcome and introductions",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Drawing the first level map", ["Dora"]],
      ["Learning more about the engine", ["Whole Team"]],
      ["Set up the build server", ["Pia"]],
      ["Sketching the title screen", ["Pia", "Hugo"]],
    ]);
  });
});

describe("GFM task state", () => {
  it("reads [x] as done and [ ] as open", () => {
    const [done, open, plain] = tasks(
      `## Action Items\n\n- [x] Share the report @lwong\n- [ ] Fix the bug @lwong\n- Book the room @lwong\n`,
    );
    expect([done!.status, open!.status, plain!.status]).toEqual(["done", "open", "open"]);
  });

  it("reads a done status column", () => {
    const [task] = tasks(
      `## Action Items\n\n| Task | Owner | Status |\n| --- | --- | --- |\n| Send the summary | Lisa | Done |\n`,
    );
    expect(task!.status).toBe("done");
  });

  // A bold label over a list inside the notes takes another path than an action heading; the
  // closing status has to be read on both.
  it.each([
    ["## Action Items\n\n", ""],
    ["## Review\n\n- **Follow-up actions**:\n", "  "],
  ])("reads a closing done mark under %j", (opening, indent) => {
    const list = [
      "Update the runbook @lwong - **DONE**",
      "Rotate the keys @lwong (completed)",
      "Audit the alerts @lwong - **TODO**",
      "Tidy the dashboards @lwong - not done yet",
      "Renew the certificate @lwong [DONE]",
      "Archive the old board @lwong: done 3/10",
      "Label the racks @lwong ✅",
      "Check whether the export is done @lwong",
      "Purge the stale backups (done during the incident)",
      "Review the rules (closed division and open division)",
    ];
    const found = tasks(opening + list.map((line) => `${indent}- ${line}\n`).join(""));
    expect(found.map((task) => [task.text, task.status])).toEqual([
      ["Update the runbook", "done"],
      ["Rotate the keys", "done"],
      ["Audit the alerts", "open"],
      ["Tidy the dashboards @lwong - not done yet", "open"],
      ["Renew the certificate", "done"],
      ["Archive the old board", "done"],
      ["Label the racks", "done"],
      ["Check whether the export is done", "open"],
      ["Purge the stale backups", "done"],
      // A bracket that goes on about something else is part of the work's words.
      ["Review the rules (closed division and open division)", "open"],
    ]);
  });

  it("reads the work under a bullet that says it is finished as done, and a pronoun as no name", () => {
    const minutes = parseMinutes(
      [
        "# Thesis check-in 2026-03-03",
        "",
        "Present: Odile Quast, Pim Sorensen",
        "",
        "## Actions",
        "",
        "* On-going",
        "  - **Pim Sorensen:** Read the second chapter",
        "* Finished",
        "  - **Odile Quast:** Read the first chapter",
        "",
        "## Discussion",
        "",
        "Feedback I have to work into the report is:",
        "",
        "* Add the risk analysis",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId ?? owner.name),
        task.status,
      ]),
    ).toEqual([
      ["Read the second chapter", ["pim-sorensen"], "open"],
      ["Read the first chapter", ["odile-quast"], "done"],
      ["Add the risk analysis", [], "open"],
    ]);
  });
});

describe("an item struck through", () => {
  it("is work that is over, whether or not it has a box; a struck word inside is not", () => {
    const found = tasks(
      "## Action Items\n\n- ~~Rotate the keys @lwong~~\n- [ ] ~~Renew the certificate @lwong~~\n- Send the ~~old~~ new deck @lwong\n",
    );
    expect(found.map((task) => task.status)).toEqual(["done", "done", "open"]);
  });

  it("is over with a short remark after it on what became of it; a struck name is crossed off", () => {
    const found = tasks(
      [
        "## Action Items",
        "",
        "- ~~Lisa to send the report~~ (dropped)",
        "- ~~Raj to fix the build~~ - moved to backlog",
        "- ~~Raj~~ Lisa to book the room",
        "- ~~Raj~~ will call the vendor",
        "",
      ].join("\n"),
    );
    expect(found.map((task) => [task.text, task.status])).toEqual([
      ["Lisa to send the report (dropped)", "done"],
      ["Raj to fix the build - moved to backlog", "done"],
      ["Lisa to book the room", "open"],
      ["will call the vendor", "open"],
    ]);
  });
});

describe("task ids", () => {
  it("are the section kind and the words, stable across runs", () => {
    const first = tasks(`## Action Items\n\n- Lisa to send the summary\n`)[0]!.id;
    expect(first).toMatch(/^actionItems-lisa-to-send-the-summary-[0-9a-f]{4}$/);
    expect(tasks(`## Action Items\n\n- Lisa to send the summary\n`)[0]!.id).toBe(first);
  });

  it("stay distinct for two tasks with the same words", () => {
    const ids = tasks(
      `## Action Items\n\n- Lisa to send the summary\n- Lisa to send the summary\n`,
    ).map((task) => task.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe("deadlines reported where they are written", () => {
  it("puts a diagnostic at the task when the note has no date", () => {
    const minutes = parseMinutes(
      `# Retro\n\n## Action Items\n\n- Sam to clean up the tests by Friday\n`,
    );
    expect(minutes.actionItems[0]).toMatchObject({ due: null, dueText: "Friday" });
    expect(minutes.diagnostics).toEqual([
      {
        code: "no-reference-date",
        message: expect.stringContaining("Friday"),
        source: minutes.actionItems[0]!.source,
      },
    ]);
  });

  it("reports a due cell it cannot read", () => {
    const minutes = parseMinutes(
      `${header}## Action Items\n\n| Task | Owner | Due |\n| --- | --- | --- |\n| Send the summary | Lisa | the 45th of Octember |\n`,
    );
    expect(minutes.actionItems[0]).toMatchObject({ due: null, dueText: "the 45th of Octember" });
    expect(minutes.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["unresolved-date"]);
  });
});

describe("task lines wrapped in a paragraph", () => {
  const read = (body: string) =>
    tasks(`## Action items\n\n${body}`).map((task) => [
      task.text,
      task.due,
      task.source.start.line,
    ]);

  it("reads a task whose deadline wrapped to the next line as one task with that deadline", () => {
    expect(
      read(
        "Raj to move the reporting cluster to the new region by\nFriday.\nLisa to draft the notice.\n",
      ),
    ).toEqual([
      ["Raj to move the reporting cluster to the new region by Friday", "2025-09-26", 15],
      ["Lisa to draft the notice", null, 17],
    ]);
  });

  it("joins a line that goes on in lower case", () => {
    expect(read("Marcus to write the\nrollback runbook for the gateway\n")).toEqual([
      ["Marcus to write the rollback runbook for the gateway", null, 15],
    ]);
  });

  it("keeps one task per line when each line is a task of its own", () => {
    expect(
      read("Raj to renew the certificate\nLisa to book the room\nMarcus to send the agenda\n"),
    ).toEqual([
      ["Raj to renew the certificate", null, 15],
      ["Lisa to book the room", null, 16],
      ["Marcus to send the agenda", null, 17],
    ]);
  });
});

describe("a legend beside a task table", () => {
  const table = [
    "| Action | Kind | Priority |",
    "| --- | --- | --- |",
    "| Add a canary for the billing export | Detect | High |",
    "| Write the failover runbook | Recover | Low |",
    "",
  ].join("\n");

  it("defines the table's values and sets no work", () => {
    const body = [
      "## Action items",
      "",
      "- Detect - notice the same failure sooner next time",
      "- Recover: shorten the time to restore service",
      "- High – needed before the next release",
      "",
      table,
    ].join("\n");
    expect(tasks(body).map((task) => task.text)).toEqual([
      "Add a canary for the billing export",
      "Write the failover runbook",
    ]);
  });

  it("never takes an owner's value for a legend term", () => {
    const body = [
      "## Action items",
      "",
      "- Raj: send the pricing sheet to the customer",
      "",
      "| Task | Owner | Due |",
      "| --- | --- | --- |",
      "| Update the runbook | Raj | Friday |",
      "",
    ].join("\n");
    expect(tasks(body).map((task) => [task.text, task.owners.map((owner) => owner.name)])).toEqual([
      ["send the pricing sheet to the customer", ["Raj"]],
      ["Update the runbook", ["Raj"]],
    ]);
  });

  it("leaves items that are not one of the table's values, and lists without a table", () => {
    const withTable = ["## Action items", "", "- Marcus: Ship the export fix", "", table].join(
      "\n",
    );
    expect(tasks(withTable).map((task) => task.text)).toEqual([
      "Ship the export fix",
      "Add a canary for the billing export",
      "Write the failover runbook",
    ]);
    const noTable = ["## Action items", "", "- Detect - add alerts on the queue depth", ""].join(
      "\n",
    );
    expect(tasks(noTable)).toHaveLength(1);
  });
});

describe("sub-headings of a task section that each name one piece of work", () => {
  it("reads the sub-heading as the task's title and its paragraph as what the task is", () => {
    const found = tasks(
      [
        "## Follow-up actions",
        "",
        "### 1) Move the queue workers",
        "",
        "Raj and Marcus planning a window to move the queue workers off the web nodes.",
        "",
        "### 2) TODO Alert routing",
        "",
        "We need to identify a routing pattern for pages. Perhaps a task for a new volunteer.",
        "",
      ].join("\n"),
    );
    expect(
      found.map((task) => [
        task.title,
        task.text,
        task.details,
        task.owners.map((owner) => owner.attendeeId),
        task.extractor,
      ]),
    ).toEqual([
      [
        "Move the queue workers",
        "Raj and Marcus planning a window to move the queue workers off the web nodes",
        null,
        ["raj-patel", "marcus-lee"],
        "task-heading",
      ],
      [
        "Alert routing",
        "We need to identify a routing pattern for pages",
        "Perhaps a task for a new volunteer.",
        [],
        "task-heading",
      ],
    ]);
  });

  it("reads no task from the entries of a timeline, whatever its heading says", () => {
    expect(
      tasks(
        [
          "## Follow-up timeline (times in UTC)",
          "",
          "### 8:16 PM",
          "",
          "Raj reports the hub is back.",
          "",
          "## Follow-ups",
          "",
          "### 9:03 PM",
          "",
          "Lisa confirms the fix with the customer.",
          "",
          "### 2026-03-02",
          "",
          "Marcus restarts the queue workers.",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("keeps a sub-heading that names people, a team's prose tasks, and a list under it as before", () => {
    const found = tasks(
      [
        "## Action items",
        "",
        "### Marcus",
        "",
        "Book the room.",
        "",
        "### Everyone",
        "",
        "Read the draft before Friday.",
        "",
        "### Platform",
        "",
        "Raj to fix the build. Lisa to rotate the keys.",
        "",
        "### Exports",
        "",
        "- Send the CSV sample",
        "",
      ].join("\n"),
    );
    expect(found.map((task) => [task.title, task.text, task.extractor])).toEqual([
      [null, "Book the room", "task-sentence"],
      [null, "Read the draft before Friday", "task-sentence"],
      [null, "Raj to fix the build", "task-sentence"],
      [null, "Lisa to rotate the keys", "task-sentence"],
      [null, "Send the CSV sample", "task-list-item"],
    ]);
  });
});

describe("an item that says there is no work", () => {
  it("is 'None', 'N/A', 'Nothing yet' as a whole word; a name that opens with those letters is a taker", () => {
    const minutes = parseMinutes(
      [
        "# Weekly sync 2026-03-04",
        "",
        "## Action items",
        "",
        "- None from the last meeting",
        "- N/A",
        "- Nothing yet on the survey",
        "- No updates: the vendor is silent",
        "- Nadia to send the floor plan",
        "- Nathan will book the room",
        "- Nonetheless, Kim will chase the vendor",
        "- However, Ana will draft the reply",
        "- Notes go to the shared drive",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]),
    ).toEqual([
      ["Nadia to send the floor plan", ["Nadia"]],
      ["Nathan will book the room", ["Nathan"]],
      // A word that opens a sentence before its comma is no one's name.
      ["Nonetheless, Kim will chase the vendor", ["Kim"]],
      ["However, Ana will draft the reply", ["Ana"]],
      ["Notes go to the shared drive", []],
    ]);
  });
});

describe("an action with no word left in it", () => {
  it("is no task: a dash, an ellipsis, a lone emoji or empty bold under a label or a box", () => {
    const minutes = parseMinutes(
      [
        "# Greenhouse rota 2026-05-06",
        "",
        "## Watering",
        "",
        "- Action: —",
        "- TODO: …",
        "- [ ] -",
        "- [ ] 🌱",
        "- AI: **",
        "- Action items: (https://example.org/rota)",
        "- [ ] 2 more cans",
        "- Action: Greta to buy 2 cans",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "2 more cans",
      "Greta to buy 2 cans",
    ]);
  });
});

describe("an item of a task list that asks or reports rather than sets work", () => {
  it("is a question without its mark, or what someone said; requests and orders stay work", () => {
    const minutes = parseMinutes(
      [
        "# Partner sync 2026-03-02",
        "",
        "Attendees: Kai Tran (KT), Dana Moss, Lee Park",
        "",
        "## Action items",
        "",
        "- Can the vendor hold the spare keys for us",
        "- Should we cap the budget at ten thousand",
        "- Is there a way to reuse the old images",
        "- Does anyone know the caterer's number",
        "- Can Dana commit to the earlier date",
        "- KT reported that the login problem is fixed",
        "- Dana said: the hall is ours until six",
        "- Could someone send the floor plan",
        "- Do the dishes after the event",
        "- Lee noted that the hall is small and will look for another",
        "- Kai to send the invoice by Friday",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Could someone send the floor plan",
      "Do the dishes after the event",
      // Someone who speaks and takes work on: the promise keeps the item.
      "Lee noted that the hall is small and will look for another",
      "Kai to send the invoice by Friday",
    ]);
    expect(minutes.notes.map((note) => note.text)).toContain(
      "KT reported that the login problem is fixed",
    );
  });

  it("reads a promise in the clause after a remark and a semicolon", () => {
    const minutes = parseMinutes(
      header +
        [
          "## Follow-up",
          "",
          "The customer asked whether the credits apply; Raj to confirm with billing by Friday.",
          "Marcus wondered about the old export; nobody knew.",
          "",
        ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId, task.due]),
    ).toEqual([["Raj to confirm with billing by Friday", "raj-patel", "2025-09-26"]]);
    expect(minutes.notes.map((note) => note.text)).toContain(
      "Marcus wondered about the old export; nobody knew.",
    );
  });
});

describe("a heading that is itself the work, with nothing under it", () => {
  it("reads a heading labelled as an action, and one in a section of work that gives an attendee work", () => {
    const minutes = parseMinutes(
      [
        "# Board sync",
        "",
        "Date: 2026-04-14",
        "Attendees: Kim Lee, Ana Ruiz, Ben Ode",
        "",
        "## Actions",
        "",
        "### Action: Renew the TLS certificate (Ben, 3 May)",
        "",
        "### ACTION – Ana to brief the helpdesk by Friday",
        "",
        "### Kim will order lunch",
        "",
        "### Catering",
        "",
        "## Notes",
        "",
        "### Kim to present the roadmap",
        "",
        "- Budget agreed",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.due,
        task.extractor,
      ]),
    ).toEqual([
      ["Renew the TLS certificate", ["ben-ode"], "2026-05-03", "task-heading"],
      ["Ana to brief the helpdesk by Friday", ["ana-ruiz"], "2026-04-17", "task-heading"],
      ["Kim will order lunch", ["kim-lee"], null, "task-heading"],
    ]);
  });
});

describe("orders one after another in one item", () => {
  it("reads each as a task with its own deadline, where no one is named", () => {
    expect(
      tasks(
        "## Action Items\n\n- Finish the proposal by Tuesday noon. Ping the sponsor on Wednesday for feedback.\n",
      ).map((task) => [task.text, task.due]),
    ).toEqual([
      ["Finish the proposal by Tuesday noon", "2025-09-23T12:00"],
      ["Ping the sponsor on Wednesday for feedback", "2025-09-24"],
    ]);
  });

  it("keeps one task where a sentence is no order, is short, or someone is named", () => {
    const texts = (line: string) =>
      tasks(`## Action Items\n\n- ${line}\n`).map((task) => task.text);
    expect(texts("Fix the export job. It blocks the release.")).toHaveLength(1);
    expect(texts("Fix the export job. Urgent!")).toHaveLength(1);
    expect(texts("Lisa to fix the export job. Send the patch notes after.")).toHaveLength(1);
  });
});

describe("headings that are orders under a heading of work", () => {
  it("reads an empty heading that is an order, with or without 'please', as a task", () => {
    expect(
      tasks(
        [
          "## To do",
          "",
          "#### Please send the board your storage needs for next year",
          "#### Book the venue for the spring meetup",
          "#### Budget",
          "#### Hosting",
          "",
          "- Lisa to check the contract",
          "",
        ].join("\n"),
      ).map((task) => task.text),
    ).toEqual([
      "Please send the board your storage needs for next year",
      "Book the venue for the spring meetup",
      "Lisa to check the contract",
    ]);
  });

  it("reads no task from an order heading outside a section of work", () => {
    expect(tasks("## Notes\n\n#### Book the venue for the spring meetup\n")).toEqual([]);
  });
});

describe("a task database's pages, exported as headings over their properties", () => {
  it("reads the heading as the work, and the properties as who, by when and whether it is done", () => {
    expect(
      tasks(
        [
          "## Tasks",
          "",
          "### Migrate the billing webhooks",
          "Assignee: Raj Patel",
          "Due: September 26, 2025",
          "Status: Not started",
          "",
          "### Archive the old tickets",
          "Owner: Lisa Wong",
          "Status: Done",
          "",
          "### Ideas",
          "Type: Brainstorm",
          "Status: Open",
          "",
        ].join("\n"),
      ).map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.due,
        task.status,
      ]),
    ).toEqual([
      ["Migrate the billing webhooks", ["raj-patel"], "2025-09-26", "open"],
      ["Archive the old tickets", ["lisa-wong"], null, "done"],
    ]);
  });
});

/** A task as [title, text, owners' attendee ids, due]. */
const titleTextOwnersDue = (task: Task) => [
  task.title,
  task.text,
  task.owners.map((owner) => owner.attendeeId),
  task.due,
];

describe("a record of fields for each piece of work", () => {
  it("reads 'What:' as the work itself, with or without 'Who:' and 'When:' after it", () => {
    expect(
      tasks(
        [
          "## Actions",
          "",
          "What: renew the certificate",
          "Who: Raj",
          "When: Friday",
          "",
          "What: update the status page",
          "",
        ].join("\n"),
      ).map(titleTextOwnersDue),
    ).toEqual([
      [null, "renew the certificate", ["raj-patel"], "2025-09-26"],
      [null, "update the status page", [], null],
    ]);
  });

  it("reads the fields in any order, on lines or on one line, and no record without the work", () => {
    expect(
      tasks(
        [
          "## Actions",
          "",
          "Who: Raj",
          "What: renew the certificate",
          "When: 30.09.",
          "",
          "Responsible: Lisa – Deadline: 1.10. – Task: clean up the old tickets",
          "",
          "Task: book the room | Owner: Raj | Due: Friday",
          "",
          "Room: 4B – Time: 10:00",
          "",
        ].join("\n"),
      ).map((task) => [task.text, task.owners.map((owner) => owner.attendeeId), task.due]),
    ).toEqual([
      ["renew the certificate", ["raj-patel"], "2025-09-30"],
      ["clean up the old tickets", ["lisa-wong"], "2025-10-01"],
      ["book the room", ["raj-patel"], "2025-09-26"],
    ]);
  });
});

describe("a record of bold fields on the lines of one bullet", () => {
  it("reads the bullet as one piece of work, whichever field comes first", () => {
    expect(
      tasks(
        [
          "## Follow-ups",
          "",
          "- **Owner:** Raj",
          "  **Task:** add a second DNS provider",
          "  **Due:** 2025-10-15",
          "- **Task:** alert on resolver errors",
          "  **Owner:** Lisa",
          "",
        ].join("\n"),
      ).map(titleTextOwnersDue),
    ).toEqual([
      [null, "add a second DNS provider", ["raj-patel"], "2025-10-15"],
      [null, "alert on resolver errors", ["lisa-wong"], null],
    ]);
  });
});

describe("fields set apart by a middle dot or a bullet", () => {
  it("reads them as fields set apart by a bar, and takes no meeting fact from a record of work", () => {
    const minutes = parseMinutes(
      `${header}## Actions\n\n- Update the FAQ · Owner: Raj · Due: 9/30\n- Owner: Lisa • Due: 10/1 • Fix the pricing page\n- Task: book the room · Who: Raj · When: Friday\n`,
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.due,
      ]),
    ).toEqual([
      ["Update the FAQ", ["raj-patel"], "2025-09-30"],
      ["Fix the pricing page", ["lisa-wong"], "2025-10-01"],
      ["book the room", ["raj-patel"], "2025-09-26"],
    ]);
    expect(minutes.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain(
      "unreadable-date",
    );
  });
});

describe("an item of a list of work that says how things stand", () => {
  it("reads no task in a checklist's criteria or a report of a state, and keeps orders", () => {
    const texts = tasks(
      [
        "## Action Items",
        "",
        "- [ ] Boxes above are ticked off",
        "- [ ] The outage has been handled or is over",
        "- Actioned, the expense sheet has been updated",
        "- Make sure the backups are archived",
        "- The runbook is outdated, rewrite the restore part",
        "- Lisa to confirm the fix is deployed",
        "",
      ].join("\n"),
    ).map((task) => task.text);
    expect(texts).toEqual([
      "Make sure the backups are archived",
      "The runbook is outdated, rewrite the restore part",
      "Lisa to confirm the fix is deployed",
    ]);
  });
});
