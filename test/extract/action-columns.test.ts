import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { ownerKey } from "../helpers/owners.js";

const header =
  "# Garden co-op board\n\nDate: 2026-04-09\nAttendees: Priya Lanning, Tobias Ekwueme, Maren Solberg\n\n";

function tasks(body: string): Array<[string, string | null, string[]]> {
  const minutes = parseMinutes(header + body);
  return minutes.actionItems.map((task) => [task.text, task.title, task.owners.map(ownerKey)]);
}

describe("a column for actions in a table of topics", () => {
  const table = [
    "## Agenda",
    "",
    "| Topic | Notes/Action items | Actions: who |",
    "| --- | --- | --- |",
    "| Compost rota | <ul><li>Rota discussed</li><li>Tobias to buy gloves</li></ul> | <ul><li>Priya to draft the summer rota</li></ul> |",
    "| Seed swap | Maren reported on the swap | <p><br></p> |",
    "| Fence repair | Quote received | <ul><li>Tobias will call the contractor</li><li>Waiting on the council</li></ul> |",
    "",
  ].join("\n");

  it("reads the sentences of the action column that name a taker, titled by the row's topic", () => {
    expect(tasks(table)).toEqual([
      ["Priya to draft the summer rota", "Compost rota", ["priya-lanning"]],
      ["Tobias will call the contractor", "Fence repair", ["tobias-ekwueme"]],
    ]);
  });

  it("keeps the lines of an HTML list in a cell apart", () => {
    const minutes = parseMinutes(header + table);
    expect(minutes.notes.map((note) => note.text)).toContain(
      "Compost rota | Rota discussed, Tobias to buy gloves | Priya to draft the summer rota",
    );
  });

  it("reads no action column from a column of notes, whose promises are read as prose is", () => {
    const minutes = parseMinutes(
      header +
        [
          "## Agenda",
          "",
          "| Topic | Notes | Owner |",
          "| --- | --- | --- |",
          "| Compost rota | Priya to draft the summer rota | Priya |",
          "| Seed swap | Maren will report next time | Maren |",
          "",
        ].join("\n"),
    );
    // A report due on the slot ("will report next time") is no work, as in an agenda's list.
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.title,
        task.owners.map(ownerKey),
        task.extractor,
      ]),
    ).toEqual([
      ["Priya to draft the summer rota", "Compost rota", ["priya-lanning"], "prose-commitment"],
    ]);
  });

  it("reads an order in an action cell, given to an attendee as a task list gives it, or to no one", () => {
    expect(
      tasks(
        [
          "## Topics",
          "",
          "| Topic | Next steps |",
          "| --- | --- |",
          "| Fence repair | Get a second quote |",
          "| Seed swap | None |",
          "| Compost | Maren: order the bins |",
          "| Tools | Sharpen the shears (Tobias) |",
          "| Rota | Rota agreed for May |",
          "| Signs | Quote accepted, work starts in June |",
          "| Water | Ask the council (Ingrid) |",
          "| Shed | Repair the door, then paint it |",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Get a second quote", "Fence repair", []],
      ["order the bins", "Compost", ["maren-solberg"]],
      ["Sharpen the shears", "Tools", ["tobias-ekwueme"]],
      // A bracket naming no attendee is no taker the note knows: the order stays whole.
      ["Ask the council (Ingrid)", "Water", []],
      ["Repair the door, then paint it", "Shed", []],
    ]);
  });
});

describe("a table of topics with action, owner and due columns", () => {
  it("reads each action cell as the task, with the row's owner and deadline, titled by its topic", () => {
    const minutes = parseMinutes(
      [
        header,
        "## Topics",
        "",
        "| Topic | Notes | Action | Owner | Due |",
        "| --- | --- | --- | --- | --- |",
        "| Compost rota | still short of people | Draft the summer rota | Priya | 4/16 |",
        "| Seed swap | went well | | | |",
        "| Fence | quote too high | None | | |",
        "| Tools | shed is full | Sort the tool shed | Tobias, Maren | |",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [
        task.title,
        task.text,
        task.owners.map(ownerKey),
        task.due,
      ]),
    ).toEqual([
      ["Compost rota", "Draft the summer rota", ["priya-lanning"], "2026-04-16"],
      ["Tools", "Sort the tool shed", ["tobias-ekwueme", "maren-solberg"], null],
    ]);
  });
});

describe("which column of an action table says who and by when", () => {
  const rows = (headers: string, ...cells: string[]) =>
    parseMinutes(
      [
        header,
        "## Action items",
        "",
        headers,
        headers.replace(/[^|]+/g, " --- "),
        ...cells,
        "",
      ].join("\n"),
    ).actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.due, task.status]);

  it("takes the owner from a POC or 'Action by' column, and the deadline from 'Due date' over the date the item was raised", () => {
    expect(
      rows(
        "| ID | Action item | AI POC | AI Date | Due Date | Completed Date |",
        "| 1 | AI 1: Book the chipper for the spring prune | Tobias Ekwueme | 04-09-2026 | 04-16-2026 | - |",
        "| 2 | AI 2: Renew the allotment insurance | Maren Solberg | 04-09-2026 | 04-30-2026 | 04-12-2026 |",
      ),
    ).toEqual([
      ["Book the chipper for the spring prune", ["tobias-ekwueme"], "2026-04-16", "open"],
      ["Renew the allotment insurance", ["maren-solberg"], "2026-04-30", "done"],
    ]);
    expect(
      rows("| Action | Action by | Date raised |", "| Order the seed trays | Priya | 2026-04-09 |"),
    ).toEqual([["Order the seed trays", ["priya-lanning"], null, "open"]]);
  });

  it("still reads a lone 'Date' or 'When' column as the deadline", () => {
    expect(rows("| Task | Owner | When |", "| Fix the gate latch | Maren | Friday |")).toEqual([
      ["Fix the gate latch", ["maren-solberg"], "2026-04-10", "open"],
    ]);
  });
});

describe("a due column holding a span", () => {
  it("counts '2 weeks' and '3 business days' from the meeting, and reports words it cannot date", () => {
    const minutes = parseMinutes(
      [
        header,
        "## Follow-ups",
        "",
        "| Description | Owner | Due |",
        "| --- | --- | --- |",
        "| Add a login probe | Priya | 2 weeks |",
        "| Document the failover | Tobias | 3 business days |",
        "| Draft the notice | Maren | soonish |",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due, task.dueText])).toEqual([
      ["Add a login probe", "2026-04-23", "2 weeks"],
      ["Document the failover", "2026-04-14", "3 business days"],
      ["Draft the notice", null, "soonish"],
    ]);
    expect(minutes.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'Cannot read a date in "soonish"',
    ]);
  });

  it("counts '2h' and '30 min' from the meeting's start, and leaves a bare number unread", () => {
    const minutes = parseMinutes(
      [
        "# Support handover",
        "",
        "Date: 2026-04-09, 16:00",
        "",
        "| Owner | Action | ETA |",
        "| --- | --- | --- |",
        "| Priya | Re-run the failed exports | 2h |",
        "| Tobias | Call the branch back | 30 min |",
        "| Maren | Archive the logs | 2027 |",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["Re-run the failed exports", "2026-04-09T18:00"],
      ["Call the branch back", "2026-04-09T16:30"],
      ["Archive the logs", null],
    ]);
  });
});

describe("a task table whose first task column numbers the items", () => {
  it("reads the task from the column that says what it is, not the item's number or key", () => {
    expect(
      tasks(
        [
          "## Actions",
          "",
          "| Item | Description | Responsible | Target date |",
          "| --- | --- | --- | --- |",
          "| 1 | Order the seed trays | Priya | 2026-04-20 |",
          "| OPS-1182 | Fix the gate latch | Tobias | 2026-04-22 |",
          "| Compost bins | Paint them | Maren | 2026-04-25 |",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Order the seed trays", null, ["priya-lanning"]],
      ["Fix the gate latch", null, ["tobias-ekwueme"]],
      ["Compost bins", null, ["maren-solberg"]],
    ]);
  });
});

describe("what a due column holds besides a date", () => {
  const table = (rows: string[]) =>
    parseMinutes(
      [
        header,
        "## Corrective actions",
        "",
        "| Action | Owner | Target date |",
        "| --- | --- | --- |",
        ...rows,
        "",
      ].join("\n"),
    );

  it("reads a quarter as its last day, 'Done' as a closed item, and 'Ongoing' as no date", () => {
    const minutes = table([
      "| Alert on queue age | Maren | Q3 |",
      "| Document the replay | Tobias | Done |",
      "| Autoscale the workers | Priya | Ongoing |",
      "| Email the members | Maren | Pending |",
      "| Order the seeds | Tobias | Q1 2027 |",
    ]);
    expect(minutes.actionItems.map((task) => [task.text, task.due, task.status])).toEqual([
      ["Alert on queue age", "2026-09-30", "open"],
      ["Document the replay", null, "done"],
      ["Autoscale the workers", null, "open"],
      ["Email the members", null, "open"],
      ["Order the seeds", "2027-03-31", "open"],
    ]);
    expect(minutes.diagnostics).toEqual([]);
  });

  it("reads 'ASAP' in the due column as no date and first priority, with nothing to report", () => {
    const minutes = table([
      "| Book the war room | Maren | ASAP |",
      "| Order the seeds | Tobias | as soon as possible |",
      "| Email the members | Priya | Friday |",
    ]);
    expect(minutes.actionItems.map((task) => [task.text, task.due, task.priority])).toEqual([
      ["Book the war room", null, 1],
      ["Order the seeds", null, 1],
      ["Email the members", "2026-04-10", null],
    ]);
    expect(minutes.diagnostics).toEqual([]);
  });

  it("reads a rhythm or a start in the due column as the work's, with no deadline and nothing to report", () => {
    const minutes = table([
      "| Update the customer | Maren | every 4 hours |",
      "| Run the retry script | Tobias | starting Friday |",
      "| Post the summary | Priya | weekly |",
    ]);
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.due,
        task.dueText,
        task.start,
        task.recurrence,
      ]),
    ).toEqual([
      ["Update the customer", null, null, null, "FREQ=HOURLY;INTERVAL=4"],
      ["Run the retry script", null, null, "2026-04-10", null],
      ["Post the summary", null, null, null, "FREQ=WEEKLY"],
    ]);
    expect(minutes.diagnostics).toEqual([]);
  });

  it("still reports a due cell it cannot read, and reads no quarter inside other words", () => {
    const minutes = table(["| Plan the Q3 roadmap review | Maren | Next sprint |"]);
    expect(minutes.actionItems.map((task) => task.due)).toEqual([null]);
    expect(minutes.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'Cannot read a date in "Next sprint"',
    ]);
  });
});

describe("a table that marks each row's type", () => {
  it("reads the rows typed as actions, with their owner and date columns, and no other row", () => {
    const minutes = parseMinutes(
      `${header}## Log\n\n| Type | Description | Owner | Date |\n|---|---|---|---|\n| A | Circulate the quotes to the board | Maren | 13/04/2026 |\n| D | Preferred supplier: Greenplay | | |\n| I | Repairs start in May | | |\n| Action | Book the hall for the open day | Tobias | |\n| A | – | | |\n`,
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.due]),
    ).toEqual([
      ["Circulate the quotes to the board", ["maren-solberg"], "2026-04-13"],
      ["Book the hall for the open day", ["tobias-ekwueme"], null],
    ]);
  });

  it("reads rows typed as risks into the risks and rows typed as decisions into the decisions", () => {
    const minutes = parseMinutes(
      `${header}## RAID\n\n| ID | Type | Description | Owner | Due | Status |\n|---|---|---|---|---|---|\n| A-1 | Action | Order the seed trays | Maren | 16/04 | Open |\n| R-1 | Risk | Frost may kill the seedlings | Tobias | | Watching |\n| I-1 | Issue | The gate latch is broken | | | Open |\n| D-1 | Decision | Buy from the local nursery | Priya | | Agreed |\n| R-2 | Risk | – | | | |\n`,
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Order the seed trays"]);
    expect(minutes.risks.map((risk) => [risk.text, risk.owners.map(ownerKey)])).toEqual([
      ["Frost may kill the seedlings", ["tobias-ekwueme"]],
    ]);
    expect(minutes.decisions.map((decision) => [decision.text, decision.by?.attendeeId])).toEqual([
      ["Buy from the local nursery", "priya-lanning"],
    ]);
    // A row read as a risk or a decision is not also a remark; an issue stays one.
    expect(minutes.notes.map((note) => note.text)).not.toContainEqual(
      expect.stringContaining("Frost"),
    );
    expect(minutes.notes.map((note) => note.text)).toContainEqual(
      expect.stringContaining("gate latch"),
    );
  });

  it("reads a typed row under a heading of actions as what its type says it records", () => {
    const minutes = parseMinutes(
      `${header}## Decisions and actions\n\n| # | Type | Description | Owner | Due |\n|---|---|---|---|---|\n| 1 | Decision | Move to the annual plan | — | — |\n| 2 | Action | Send the revised order form | Maren | 16/04 |\n| 3 | Info | Support hours change in May | — | — |\n| 4 | Risk | Frost may delay the planting | Tobias | — |\n`,
    );
    expect(minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey)])).toEqual([
      ["Send the revised order form", ["maren-solberg"]],
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual(["Move to the annual plan"]);
    expect(minutes.risks.map((risk) => [risk.text, risk.owners.map(ownerKey)])).toEqual([
      ["Frost may delay the planting", ["tobias-ekwueme"]],
    ]);
    expect(minutes.notes.map((note) => note.text)).toEqual(["Support hours change in May"]);
  });

  it("reads no risk or decision from a table without a type column", () => {
    const minutes = parseMinutes(
      `${header}## Log\n\n| Item | Description | Owner |\n|---|---|---|\n| Risk | Frost may kill the seedlings | Tobias |\n| Decision | Buy from the local nursery | Priya |\n`,
    );
    expect([minutes.risks.length, minutes.decisions.length]).toEqual([0, 0]);
  });
});

describe("a table that tracks work under any heading", () => {
  it("reads each row of a table with columns of work, of who and of by when", () => {
    const minutes = parseMinutes(
      `${header}${[
        "## Tracker",
        "",
        "| Task | Point person | Target |",
        "| --- | --- | --- |",
        "| Order the seed trays | Maren | next Tuesday |",
        "| Fix the gate latch | Tobias, Priya | 20/04 |",
        "",
      ].join("\n")}`,
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.due]),
    ).toEqual([
      ["Order the seed trays", ["maren-solberg"], "2026-04-14"],
      ["Fix the gate latch", ["tobias-ekwueme", "priya-lanning"], "2026-04-20"],
    ]);
  });

  it("reads a table of open issues with a number column, an owner and a target", () => {
    const table = [
      "| # | Issue | Owner | Target |",
      "| --- | --- | --- | --- |",
      "| 1 | Shed roof leaks over the tools | Maren | 20/04 |",
      "| 2 | Water butts need new taps | Tobias | next Tuesday |",
      "",
    ].join("\n");
    const expected = [
      ["Shed roof leaks over the tools", ["maren-solberg"], "2026-04-20"],
      ["Water butts need new taps", ["tobias-ekwueme"], "2026-04-14"],
    ];
    for (const heading of ["## Open issues", "## Action items"]) {
      const minutes = parseMinutes(`${header}${heading}\n\n${table}`);
      expect(
        minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.due]),
      ).toEqual(expected);
    }
  });

  it("reads a status table of topics with a responsible and a due column", () => {
    const minutes = parseMinutes(
      `${header}${[
        "## 1. Status",
        "",
        "| Topic | Status | Responsible | Due |",
        "| --- | --- | --- | --- |",
        "| Compost bays rebuilt | in progress | Maren | 20.04. |",
        "| Tool shed inventory | done | Tobias | - |",
        "",
      ].join("\n")}`,
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map(ownerKey),
        task.due,
        task.status,
      ]),
    ).toEqual([
      ["Compost bays rebuilt", ["maren-solberg"], "2026-04-20", "open"],
      ["Tool shed inventory", ["tobias-ekwueme"], null, "done"],
    ]);
  });

  it("reads no work from an agenda table of topics, leads and times", () => {
    const minutes = parseMinutes(
      `${header}${[
        "## Plan",
        "",
        "| Topic | Lead | Time |",
        "| --- | --- | --- |",
        "| Compost bays | Maren | 10:00 |",
        "",
        "| Topic | Presenter | Date |",
        "| --- | --- | --- |",
        "| Seed swap | Priya | 20.04. |",
        "",
      ].join("\n")}`,
    );
    expect(minutes.actionItems).toEqual([]);
  });

  it("reads the rows of a who, what and when table, untitled by the taker, and no agenda's slots", () => {
    const minutes = parseMinutes(
      `${header}${[
        "## Wrap-up",
        "",
        "| Who | What | When |",
        "| --- | --- | --- |",
        "| Priya | Order the seed trays | Fri |",
        "| Tobias & Maren | Fix the gate latch | 20/4 |",
        "",
        "## Open day",
        "",
        "| When | What | Who |",
        "| --- | --- | --- |",
        "| 10:00 | Welcome and tour | Maren |",
        "| 10.30-11am | Composting talk | Tobias |",
        "",
      ].join("\n")}`,
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.title,
        task.owners.map(ownerKey),
        task.due,
      ]),
    ).toEqual([
      ["Order the seed trays", null, ["priya-lanning"], "2026-04-10"],
      ["Fix the gate latch", null, ["tobias-ekwueme", "maren-solberg"], "2026-04-20"],
    ]);
  });

  it("reads no work from a table that lacks a column of who or of by when", () => {
    const minutes = parseMinutes(
      `${header}${[
        "## Tracker",
        "",
        "| Task | Notes |",
        "| --- | --- |",
        "| Seed swap | Maren reported on the swap |",
        "",
        "| Task | Owner |",
        "| --- | --- |",
        "| Compost rota | Priya |",
        "",
        "| Issue | Owner | Status |",
        "| --- | --- | --- |",
        "| Gate latch | Priya | open |",
        "",
      ].join("\n")}`,
    );
    expect(minutes.actionItems).toEqual([]);
  });
});

describe("an owner cell that names a team and its people", () => {
  /** Each row of a follow-up table of action and owner, as [text, owners]. */
  const owned = (rows: string[]) =>
    parseMinutes(
      `${header}## Follow-up actions\n\n| Action | Owner |\n| --- | --- |\n${rows.join("\n")}\n`,
    ).actionItems.map((task) => [task.text, task.owners.map(ownerKey)]);

  it("gives the work to the people in the team's bracket, and keeps a bracket whole", () => {
    expect(
      owned([
        "| Draft the volunteer guide | Comms (Maren) |",
        "| Check the lease | Legal (Priya, Tobias), Maren |",
        "| Fix the gate | Tobias (with Priya) |",
      ]),
    ).toEqual([
      ["Draft the volunteer guide", ["maren-solberg"]],
      ["Check the lease", ["priya-lanning", "tobias-ekwueme", "maren-solberg"]],
      ["Fix the gate", ["tobias-ekwueme"]],
    ]);
  });

  it("gives the work to the attendee set apart from the team by a dash, a colon or an 'at'", () => {
    expect(
      owned([
        "| Draft the volunteer guide | Comms – Maren |",
        "| Check the lease | Legal: Priya |",
        "| Fix the gate | Tobias @ Works |",
        "| Paint the shed | Maren - Tobias |",
        "| Order the seeds | Buying - TBD |",
      ]),
    ).toEqual([
      ["Draft the volunteer guide", ["maren-solberg"]],
      ["Check the lease", ["priya-lanning"]],
      ["Fix the gate", ["tobias-ekwueme"]],
      ["Paint the shed", ["maren-solberg", "tobias-ekwueme"]],
      ["Order the seeds", ["person:Buying - TBD"]],
    ]);
  });
});

describe("a state written in capitals in a cell of another column", () => {
  it("closes the row where it says DONE, and leaves TODO or a 'Done by' date open", () => {
    const minutes = parseMinutes(
      `${header}## Action items\n\n| Action item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n| Update the rota | mitigate | Priya | n/a **DONE** |\n| Add a gate alarm | prevent | Maren | Bug 5554 **TODO** |\n| Check the lease | mitigate | Tobias | Done by Friday |\n`,
    );
    expect(minutes.actionItems.map((task) => [task.text, task.status])).toEqual([
      ["Update the rota", "done"],
      ["Add a gate alarm", "open"],
      ["Check the lease", "open"],
    ]);
  });
});

describe("a priority column", () => {
  it("gives each task its priority, as iCalendar counts it (1 highest, 5 medium, 9 lowest)", () => {
    const minutes = parseMinutes(
      `${header}## Action items\n\n| Priority | Owner | Action | Due |\n|---|---|---|---|\n| P1 | Priya | Add a size check to the linter | 2026-04-16 |\n| Medium | Maren | Alert on queue depth | — |\n| low | Tobias | Review the other settings | May |\n| ? | Maren | Tidy the wiki | — |\n`,
    );
    expect(minutes.actionItems.map((task) => [task.text, task.priority])).toEqual([
      ["Add a size check to the linter", 1],
      ["Alert on queue depth", 5],
      ["Review the other settings", 9],
      ["Tidy the wiki", null],
    ]);
  });
});

describe("a due column holding a month alone", () => {
  it("is due by the month's last day, the coming one where no year is written", () => {
    const minutes = parseMinutes(
      `${header}## Action items\n\n| Owner | Action | Due |\n|---|---|---|\n| Priya | Draft the rota | May |\n| Maren | Order the seeds | Sept |\n| Tobias | Renew the lease | March 2027 |\n| Maren | Water the beds | March |\n`,
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["Draft the rota", "2026-05-31"],
      ["Order the seeds", "2026-09-30"],
      ["Renew the lease", "2027-03-31"],
      ["Water the beds", "2027-03-31"],
    ]);
  });

  it("titles a row by its first column past one that only numbers the rows", () => {
    const minutes = parseMinutes(
      [
        header,
        "## Open issues",
        "",
        "| # | Topic | Action | Owner |",
        "| --- | --- | --- | --- |",
        "| 12 | Compost rota | Draft the summer rota | Priya |",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.title, task.text])).toEqual([
      ["Compost rota", "Draft the summer rota"],
    ]);
  });
});

describe("a due column holding a day of the month alone", () => {
  it("is due that day, the first one on or after the meeting", () => {
    const minutes = parseMinutes(
      `${header}## Action items\n\n| Owner | Action | Due |\n|---|---|---|\n| Priya | Draft the rota | the 20th |\n| Maren | Order the seeds | 3rd |\n| Tobias | Renew the lease | 21st EOD |\n| Maren | Water the beds | the 31st |\n`,
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["Draft the rota", "2026-04-20"],
      ["Order the seeds", "2026-05-03"],
      ["Renew the lease", "2026-04-21T17:00"],
      ["Water the beds", "2026-05-31"],
    ]);
  });

  it("leaves an ordinal that counts something else unread", () => {
    const minutes = parseMinutes(
      `${header}## Action items\n\n| Owner | Action | Due |\n|---|---|---|\n| Priya | Draft the rota | 4th sprint |\n`,
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["Draft the rota", null],
    ]);
  });
});

describe("an owner label written again in the owner's own column", () => {
  it("is left out, so that the names under it are read and 'TBD' names no one", () => {
    const minutes = parseMinutes(
      `${header}## Action items\n\n| What | DRI | When |\n| --- | --- | --- |\n| Load test the pump | Owner: TBD | Friday |\n| Order seed trays | Owner: Priya | Friday |\n| Fix the gate | DRI - Tobias | Friday |\n`,
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.due]),
    ).toEqual([
      ["Load test the pump", [], "2026-04-10"],
      ["Order seed trays", ["priya-lanning"], "2026-04-10"],
      ["Fix the gate", ["tobias-ekwueme"], "2026-04-10"],
    ]);
  });
});
