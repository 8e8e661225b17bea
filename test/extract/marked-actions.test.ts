import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const tasks = (markdown: string) =>
  parseMinutes(markdown).actionItems.map((task) => [
    task.text,
    task.owners.map((owner) => owner.name),
  ]);

/** Each action item as its text, its owners' names as written, and its deadline. */
const datedTasks = (markdown: string) =>
  parseMinutes(markdown).actionItems.map((task) => [
    task.text,
    task.owners.map((owner) => owner.name),
    task.due,
  ]);

/** A kiosk team's note with `lines` under its "Venue" heading. */
const underVenue = (lines: string[]) =>
  [
    "# Kiosk sync 2026-03-11",
    "",
    "Attendees: Ana Diaz, Ben Ode",
    "",
    "## Venue",
    "",
    ...lines,
    "",
  ].join("\n");

describe("actions marked in bold, by initials and by mentions", () => {
  it("reads an action paragraph written under a bullet as a task of its own, '***ACTION***' too", () => {
    const note = [
      "# Steering call 2026-03-04",
      "",
      "## Discussion",
      "",
      "* Style guide",
      "  * Ines showed the new diagrams",
      "",
      "    ***ACTION*** Tomas to ask the board about the naming rules",
      "",
      "    **Action:** Ines to fix the legend colours",
      "",
      "    The diagrams were well received by everyone.",
      "",
      "    Actions are tracked on the board.",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["Tomas to ask the board about the naming rules", ["Tomas"]],
      ["Ines to fix the legend colours", ["Ines"]],
    ]);
    const minutes = parseMinutes(note);
    expect(minutes.actionItems.map((task) => task.source.start.line)).toEqual([8, 10]);
  });

  it("reads '**Action**' without its colon as the label it is, with initials in brackets as takers", () => {
    const note =
      "# Working group 2026-03-04\n\n## Experiments\n\n- Where we are\n  - **Action** merge the metrics PR [TO / BK]\n  - **Action** PK to open a thread on the forum\n  - **AI** dataset links are gone -- check the mirror [LW]\n  - **Action** fix the [API] docs\n  - **Actions** are tracked on the board\n";
    expect(tasks(note)).toEqual([
      ["merge the metrics PR", ["TO", "BK"]],
      ["PK to open a thread on the forum", ["PK"]],
      ["dataset links are gone -- check the mirror", ["LW"]],
      ["fix the [API] docs", []],
    ]);
  });

  it("reads people listed by initials with spaces between", () => {
    const minutes = parseMinutes("# Sync 2026-03-04\n\nPresent: TO BK PK\nApologies: LW\n");
    expect(minutes.attendees.map((person) => person.name)).toEqual(["TO", "BK", "PK"]);
    expect(
      parseMinutes("# Sync 2026-03-04\n\nPresent: Tomas Ortiz\n").attendees.map((p) => p.name),
    ).toEqual(["Tomas Ortiz"]);
  });

  it("gives work to every mention listed before it, and keeps a status of who is at it as written", () => {
    const note =
      "# Docs sync 2026-03-04\n\n## Attendees\n\n- @tomo\n- @bea\n\n## Notes\n\n- @tomo and @bea to review the new pages on Wednesday\n- @tomo, @bea and @pk: meet this week to clean the queue\n\n## Action items\n\n- @tomo and @bea working the ticket\n";
    expect(tasks(note)).toEqual([
      ["review the new pages on Wednesday", ["@tomo", "@bea"]],
      ["meet this week to clean the queue", ["@tomo", "@bea", "@pk"]],
      ["@tomo and @bea working the ticket", ["@tomo", "@bea"]],
    ]);
  });

  it("reads a mention's label over work or a promise as theirs, and over a report as no work", () => {
    const note =
      "# Support stand-up 2026-03-04\n\nattendees: @tomo, @bea\n\n- @tomo: queue down 20% week over week\n- @bea: roll back the mailer flag\n- @tomo: will write up the dedupe design\n- @bea: I'll pair with the on-call engineer\n- @tomo: to be confirmed\n";
    expect(tasks(note)).toEqual([
      ["roll back the mailer flag", ["@bea"]],
      ["will write up the dedupe design", ["@tomo"]],
      ["I'll pair with the on-call engineer", ["@bea"]],
    ]);
  });
});

describe("a team that gives work to initials in brackets", () => {
  it("reads initials opening items as takers once the note lists them together or leads three items so", () => {
    const note =
      "# Staff meeting 2026-03-04\n\n## Tasks\n\n- [ ] [TO, BK] organize the open house in August\n- [ ] [BK] Draft the onboarding guide\n- [ ] [LW] Move the drive to the wiki\n";
    expect(tasks(note)).toEqual([
      ["organize the open house in August", ["TO", "BK"]],
      ["Draft the onboarding guide", ["BK"]],
      ["Move the drive to the wiki", ["LW"]],
    ]);
  });

  it("leaves tags in brackets, and one unknown pair of capitals, on the item", () => {
    const tagged =
      "# Sprint 2026-03-04\n\n## Tasks\n\n- [ ] [UI] Fix the save button\n- [ ] [API] Add paging\n- [ ] [QA] Retest the login\n- [ ] [DB] Add the index\n";
    expect(tasks(tagged).map(([, owners]) => owners)).toEqual([[], [], [], []]);
    const single = "# Sprint 2026-03-04\n\n## Tasks\n\n- [ ] [GH] Fix the save button\n";
    expect(tasks(single)).toEqual([["[GH] Fix the save button", []]]);
  });
});

describe("an aside that names who takes the work", () => {
  it("gives an item, or the list under a label, to whoever '(action item ...)' names", () => {
    const note = [
      "# Steering summary 2026-03-04",
      "",
      "#### Registry",
      "1. Next steps are: (action item @tomo and @bea)",
      "   1. Announce the selected design to the community",
      "   1. Share the design document",
      "",
      "#### Meetings",
      "1. We will meet weekly, likely on Thursdays (exact time pending, action item @pk)",
      "1. The plan (see the action item list) stays as it is",
      "",
    ].join("\n");
    expect(
      parseMinutes(note).actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.name),
      ]),
    ).toEqual([
      ["Announce the selected design to the community", ["@tomo", "@bea"]],
      ["Share the design document", ["@tomo", "@bea"]],
      ["We will meet weekly, likely on Thursdays (exact time pending)", ["@pk"]],
    ]);
  });

  it("reads a to-do tag that names its taker, 'action on X', and HackMD's [name=X] tag", () => {
    const note = [
      "# Community call 2026-03-04",
      "",
      "Attendees: Kim Lee, Ines Dahl, Ana Ruiz, Ben Ode",
      "",
      "## Notes",
      "",
      "- The guide needs a table of contents [TODO Kim]",
      "- Author list is hard to read [TODO: Ines will reformat it]",
      "- Solver fix:",
      "  - [name=Ana] will merge",
      "- Someone from the records office - **action on Ben**",
      "- Action on Ines: write the release notes",
      "- The [TODO] column of the board is empty now",
      "- [time=10:40] [name=Kim] the build is green again",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual(
      expect.arrayContaining([
        ["The guide needs a table of contents", ["Kim"]],
        ["Author list is hard to read", ["Ines"]],
        ["Ana will merge", ["Ana"]],
        ["Someone from the records office", ["Ben"]],
        ["write the release notes", ["Ines"]],
      ]),
    );
    expect(tasks(note).map(([text]) => text)).not.toContain("Kim the build is green again");
    // A tag alone under a topic names a taker and no work.
    expect(tasks("# Call 2026-03-04\n\n## Notes\n\n- Dark mode\n  - [TODO Kim]\n")).toEqual([]);
  });

  it("reads an arrow to 'action:' and the takers closing an item as theirs, the words before it the work", () => {
    const note = [
      "# Support sync 2026-03-04",
      "",
      "Attendees: Kim Lee, Ines Dahl, Ben Ode",
      "",
      "## Notes",
      "",
      "- The queue keeps growing. → action: Ben",
      "- Docs are stale -> action: Kim, Ines",
      "- Budget is tight -> action: review the budget",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["The queue keeps growing", ["Ben"]],
      ["Docs are stale", ["Kim", "Ines"]],
      ["review the budget", []],
    ]);
  });

  it("reads past an item's state in brackets, an aside after a listed name and 'took action item to'", () => {
    const note = [
      "# Steering call 2026-03-04",
      "",
      "Attendees: Ingrid Dahl, Omar Haddad",
      "",
      "## Action Items",
      "",
      "* Action Item: (**Pending**) Omar to publish the roster",
      "* Action Item (**Standing**): Everyone to read the new bylaws",
      "* Action Item (Ingrid): check the quorum rules",
      "* Ingrid (or anyone who knows the tool) to set up the recording",
      "* Omar Haddad took action item to update the glossary",
      "* Budgets (and forecasts) will be yearly",
      "",
      "## Discussion",
      "",
      "- Charter: discussed. Action item for Ingrid to rework the scope section. We vote on it next time.",
      "- An action item for the paper is still open.",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["Omar to publish the roster", ["Omar"]],
      ["Everyone to read the new bylaws", ["Everyone"]],
      ["check the quorum rules", ["Ingrid"]],
      ["Ingrid (or anyone who knows the tool) to set up the recording", ["Ingrid"]],
      ["Omar Haddad took action item to update the glossary", ["Omar Haddad"]],
      ["Ingrid to rework the scope section", ["Ingrid"]],
    ]);
  });

  it("reads who an action label names before its colon, on a line of its own inside a paragraph too", () => {
    const note = [
      "# Choir committee 2026-03-04",
      "",
      "Attended: Tove Kask, Piet Roos, Sanne Boer",
      "",
      "* The spring concert is short of sopranos.",
      "Action TK: call the sopranos who left last year",
      "* The hall has not confirmed the date.",
      "Action PR/SB: ring the hall and ask for a written booking",
      "* ACTIONS: Sanne to print the programmes",
      "* ACTION Piet: renew the insurance",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["call the sopranos who left last year", ["TK"]],
      ["ring the hall and ask for a written booking", ["PR", "SB"]],
      ["Sanne to print the programmes", ["Sanne"]],
      ["renew the insurance", ["Piet"]],
    ]);
  });

  it("reads no taker from a label's own words, and no work from a label that says whose the list is", () => {
    const note = [
      "# Panel meeting 2026-03-04",
      "",
      "## Notes",
      "",
      "* Action Plan: the draft is on the wiki.",
      "* Action Items: none",
      "",
      "* **Actions** are tracked on the board",
      "",
      "**Actions:** for the treasurer",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([]);
  });

  it("reads 'Task:' as an action label, and neither 'Task: none' nor a sentence about tasks", () => {
    const note = [
      "# Choir committee 2026-03-04",
      "",
      "## Notes",
      "",
      "* The hall moved the concert by a week.",
      "* Task: draw up a new rehearsal plan by March 20",
      "* Task: none for the librarian",
      "* Tasks from the last meeting were all closed.",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["draw up a new rehearsal plan by March 20", [], "2026-03-20"],
    ]);
  });

  it("reads no work from a label that only points to where the actions are kept", () => {
    const note = [
      "# Greenhouse rota 2026-05-06",
      "",
      "- Last notes: https://example.org/rota/2026-04-29",
      "- Action items: https://example.org/rota/board",
      "- Actions: see <https://example.org/rota/board>",
      "- Action items are tracked in https://example.org/rota/board",
      "",
      "## Watering",
      "",
      "- Action: Odile to update https://example.org/rota/board by May 8",
      "- Action items: see the board for the dates",
      "- Actions: see the project tracker",
      "- Action: see whether the hose reaches the far beds",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["Odile to update https://example.org/rota/board by May 8", ["Odile"], "2026-05-08"],
      ["see whether the hose reaches the far beds", [], null],
    ]);
  });

  it("reads 'ACTION for <taker> to/by ...' after a speaker's initials, and 'Action for next meeting:' names no one", () => {
    const note = [
      "# Choir committee 2026-05-13",
      "",
      "Attended: Tove Kask (TK), Piet Roos, Sanne Boer",
      "",
      "## Notes",
      "",
      "* TK: ACTION for the section leads by 2026-05-27.",
      "* ACTION for the board to approve the budget by 2026-06-10.",
      "* Action for next meeting: agree on the programme",
      "* TK: the action list was read out.",
      "* Action for everyone is welcome.",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["for the section leads by 2026-05-27", ["the section leads"], "2026-05-27"],
      ["approve the budget by 2026-06-10", ["the board"], "2026-06-10"],
      ["agree on the programme", [], null],
    ]);
  });

  it("reads 'Action on <someone known>' as 'Action for', and 'Action on hold' as no one", () => {
    const note = [
      "# Choir committee 2026-05-13",
      "",
      "Attended: Tove Kask, Piet Roos, Sanne Boer",
      "",
      "## Action items",
      "",
      "* Action on Tove to book the hall",
      "* ACTION on Piet and Sanne: print the programmes",
      "* Action for Sanne by May 20: order the flowers",
      "* Action on hold: repaint the stage",
      "* Action on SB: tune the piano",
      "* Action on the organ to be decided",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["book the hall", ["Tove"], null],
      ["print the programmes", ["Piet", "Sanne"], null],
      ["order the flowers by May 20", ["Sanne"], "2026-05-20"],
      ["repaint the stage", [], null],
      ["tune the piano", ["SB"], null],
      ["on the organ to be decided", [], null],
    ]);
  });

  it("reads 'Action item (for Kim):' and 'Action (to Kim):' as the bracket's taker, without the 'for'", () => {
    const note = [
      "# Format telco 2026-05-13",
      "",
      "## Discussion",
      "",
      "* **Action item (for Odile): ask the array team how live time is counted**",
      "* Action items (for Tallis Grove): write up the unit table",
      "* Action (to Rina): merge the schema change",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["ask the array team how live time is counted", ["Odile"]],
      ["write up the unit table", ["Tallis Grove"]],
      ["merge the schema change", ["Rina"]],
    ]);
  });

  it("reads a log's time before a to-do mark as when it was said, and a taker after the mark", () => {
    const note = [
      "# Bridge log 2026-05-13",
      "",
      "Present: Odile Quast, Pim Sorensen",
      "",
      "## Action items",
      "",
      "* [14:30] TODO Pim check the backups",
      "* 14:32 TODO: Odile to page the DBA",
      "* TODO Odile check the replica lag by Friday",
      "* TODO Backups check",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["check the backups", ["Pim"], null],
      ["Odile to page the DBA", ["Odile"], null],
      ["check the replica lag by Friday", ["Odile"], "2026-05-15"],
      ["Backups check", [], null],
    ]);
  });

  it("reads the label written as one word or with a hyphen: 'Actionpoint Odile:', 'Action-item:'", () => {
    const note = [
      "# Format telco 2026-05-13",
      "",
      "Present: Odile Quast, Pim Sorensen",
      "",
      "## Discussion",
      "",
      "* Actionpoint Odile: draft the release note",
      "* Action item Pim: send the logs to the group",
      "* Action-item: Pim to check the unit table",
      "* Actionpoints list: kept in the tracker",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["draft the release note", ["Odile"]],
      ["send the logs to the group", ["Pim"]],
      ["Pim to check the unit table", ["Pim"]],
    ]);
  });
});

describe("an action label run into its sentence with 'to'", () => {
  it("reads 'Action item to ...' and 'Action point to ...' as the work, and a plural label as no task", () => {
    const note = [
      "# Choir committee 2026-05-13",
      "",
      "## Notes",
      "",
      "The rehearsal room is double-booked in June.",
      "",
      "Action item to look for another room.",
      "",
      "* Action point to check the licence of the scores",
      "* Action items to carry over:",
      "* Action items to date are kept in the tracker",
      "* Taking action to protect the choir's reputation was discussed",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["look for another room", []],
      ["check the licence of the scores", []],
    ]);
  });
});

describe("an action label over a name and a verb with no 'to'", () => {
  it("gives the work to the name, a verb spelt with a hyphen too", () => {
    const note = [
      "# Concert planning 2026-05-13",
      "",
      "Attendees: Ines Varga, Odile Brun",
      "",
      "## Notes",
      "",
      "- ACTION: Ines e-mail the sponsors about the spring concert",
      "- ACTION: Odile book the hall",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["e-mail the sponsors about the spring concert", ["Ines"]],
      ["book the hall", ["Odile"]],
    ]);
  });
});

describe("a to-do under a task label with only a link below it", () => {
  it("is the task, and the link its reference; a topic over work stays the work's title", () => {
    const note = [
      "# Garden club 2026-04-08",
      "",
      "Attendees: Rosa Lind, Omar Haddad, Tove Berg",
      "",
      "## Notes",
      "",
      "* To-dos",
      "    * Rosa - ask the council about the water tap",
      "        * https://example.org/council/permits",
      "    * Omar - price the raised beds",
      "        * <https://example.org/beds>",
      "    * Compost bins",
      "        * https://example.org/bins",
      "    * Seed swap",
      "        * Tove - book the hall for the swap",
      "",
    ].join("\n");
    const minutes = parseMinutes(note);
    expect(tasks(note)).toEqual([
      ["ask the council about the water tap", ["Rosa"]],
      ["price the raised beds", ["Omar"]],
      ["book the hall for the swap", ["Tove"]],
    ]);
    expect(minutes.actionItems[0]!.details).toBe("https://example.org/council/permits");
    expect(minutes.actionItems[1]!.details).toBe("https://example.org/beds");
    expect(minutes.actionItems[2]!.title).toBe("Seed swap");
  });
});

describe("an action label joined to the next word by a hyphen", () => {
  it("is part of a word ('AI-written', 'TODO-list', 'AI/ML'), and with a spaced dash still a label", () => {
    const note = [
      "# Parser group 2026-03-05",
      "",
      "## Agenda",
      "",
      "- [AI-written recap](https://example.org/recap.pdf) - Read with care!",
      "- TODO-list for the week",
      "- AI-assisted triage will be piloted",
      "- Targets: embedded, AI/ML, HPC",
      "- AI - check the parser logs",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([["check the parser logs", []]]);
  });
});

describe("an action label that carries its number", () => {
  it("reads 'AI-2:' and 'AI 3 (Kim):' under a numbered topic and in prose, and 'AI-3 rollout' as no label", () => {
    const note = [
      "# Vendor call 2026-12-02",
      "",
      "Attendees: Pim Sorensen, Bertrand Okoye",
      "",
      "Discussion",
      "1. Renewal. Pim said the price is not final.",
      "   AI-2: Pim to confirm the 2027 price by Friday.",
      "2. Migration window.",
      "   AI 3 (Bertrand): prepare the rollback runbook.",
      "",
      "## Notes",
      "",
      "The room is booked. AI #4 (Pim): send the agenda. The AI-3 rollout went well.",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["Pim to confirm the 2027 price by Friday", ["Pim"], "2026-12-04"],
      ["prepare the rollback runbook", ["Bertrand"], null],
      ["send the agenda", ["Pim"], null],
    ]);
  });
});

describe("a sentence that announces the list of work under it", () => {
  it("makes the list's items tasks; a sentence announcing topics does not", () => {
    const note = (leadIn: string) =>
      `# Parser group 2026-03-05\n\n## Summary\n\n${leadIn}\n\n- Profile the parser on the large fixtures\n- Write up the cache design\n`;
    expect(tasks(note("In the end we agreed the following next steps:"))).toEqual([
      ["Profile the parser on the large fixtures", []],
      ["Write up the cache design", []],
    ]);
    expect(tasks(note("We agreed on these action items:"))).toHaveLength(2);
    expect(tasks(note("We discussed the following topics:"))).toEqual([]);
    expect(tasks(note("The next steps were discussed at length."))).toEqual([]);
  });
});

describe("a due line under an action paragraph", () => {
  it("dates the action right above it, and nothing else", () => {
    const note = [
      "# Library board 2026-03-10",
      "",
      "## Opening hours",
      "",
      "**Action:** Staff to survey readers about late opening.",
      "",
      "**Due:** April",
      "",
      "## Budget",
      "",
      "The budget was approved.",
      "",
      "**Due:** May",
      "",
      "**Action:** Treasurer to publish the accounts by 20 March.",
      "",
      "**Deadline:** 31 March",
      "",
      "**Action:** Chair to thank the volunteers.",
      "",
      "**Due:** whenever there is time",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["Staff to survey readers about late opening", ["Staff"], "2026-04-30"],
      ["Treasurer to publish the accounts by 20 March", ["Treasurer"], "2026-03-20"],
      ["Chair to thank the volunteers", ["Chair"], null],
    ]);
  });
});

describe("an action record with owner and due fields", () => {
  it("reads the fields as paragraphs after the action or as bullets under it", () => {
    const note = [
      "# Library board 2026-03-10",
      "",
      "Attendees: Kim Lee, Ana Ruiz",
      "",
      "## Finance",
      "",
      "**Action:** Circulate the draft budget to the board.",
      "",
      "**Owner:** Kim Lee",
      "",
      "**Due:** Friday",
      "",
      "## Events",
      "",
      "- **Action:** Print the badges",
      "  - **Owner:** Ana",
      "  - **Due:** Monday",
      "- **Action:** Order the chairs",
      "  - **Owner:** TBD",
      "",
      "## Notes",
      "",
      "The room was cold.",
      "",
      "**Owner:** Kim Lee",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["Circulate the draft budget to the board", ["Kim Lee"], "2026-03-13"],
      ["Print the badges", ["Ana"], "2026-03-16"],
      ["Order the chairs", [], null],
    ]);
  });
});

describe("to-do marks that name who takes the work", () => {
  it("reads 'TODO <name>:' as the label with its taker, when the note knows the name", () => {
    const note = [
      "# Volunteers call 2026-03-04",
      "",
      "Attendees: Priya Nair, Ben Hall",
      "",
      "## Market stall",
      "",
      "- TODO priya: email the stall holders",
      "- Todo Ben: print the badges",
      "- TODO Kim: book the van",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["email the stall holders", ["priya"]],
      ["print the badges", ["Ben"]],
      // Capitalised, a name the note does not know is still read as its taker.
      ["book the van", ["Kim"]],
    ]);
    expect(parseMinutes(note).actionItems.map((task) => task.owners[0]?.attendeeId)).toEqual([
      "priya-nair",
      "ben-hall",
      null,
    ]);
  });

  it("reads '(TODO @kim)' beside a bullet as that bullet's taker; its list says what, not more work", () => {
    const note = [
      "# Festival crew call 2026-03-04",
      "",
      "## Publicity",
      "",
      "- Print the programme (TODO @kimh)",
      "    - Cover",
      "    - Map page",
      "    - Timetable",
      "- Poster run [todo: @ravi]",
      "- Budget is fine (todo: check later)",
      "- Todo:",
      "    - Book the photographer",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["Book the photographer", []],
      ["Print the programme", ["@kimh"]],
      ["Poster run", ["@ravi"]],
    ]);
  });
});

describe("an action label's sentence wrapped onto the next lines of its paragraph", () => {
  it("reads the whole sentence, its serial-comma takers and its deadline, and stops at the sentence's end", () => {
    const note = [
      "# Review board call 2026-11-17",
      "",
      "Attendees: Ada Brandt, Moritz Keller, Lin Okafor, Priya Nair",
      "",
      "Action Item: Ada Brandt, Moritz Keller, and Lin Okafor to",
      "assess the hardware fund requests in January. Priya",
      "Nair will run the vote.",
      "",
      "Action Item: Priya Nair to write the onboarding",
      "guide draft.",
      "",
      "The last call reviewed the budget and the",
      "room bookings for the spring.",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      [
        "Ada Brandt, Moritz Keller, and Lin Okafor to assess the hardware fund requests in January",
        ["Ada Brandt", "Moritz Keller", "Lin Okafor"],
        "2027-01-31",
      ],
      ["Priya Nair to write the onboarding guide draft", ["Priya Nair"], null],
      // The sentence that starts on the label's last line is read on its own, name and all.
      ["Priya Nair will run the vote", ["Priya Nair"], null],
    ]);
  });
});

describe("a list that marks some of its actions", () => {
  it("keeps every item that marks its own taker, however it marks them, and drops the talk", () => {
    const note = [
      "# Kiosk sync 2026-03-11",
      "",
      "Attendees: Ana Diaz, Ben Ode, Kim Lee",
      "",
      "## Action items",
      "",
      "- AI: Ben - update the wiki - 3/20",
      "- TODO(kim): fix the build",
      "- Kim -> book the room by Friday",
      "- Order badges [Ben, 3/20]",
      "- Print flyers (Kim; due Fri)",
      "- Renew the domain — @ana — Fri",
      "- Ana/Ben: review the slides by Mon",
      "- Talked about the venue at length",
      "- Kim: the venue was fine",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["update the wiki", ["Ben"], "2026-03-20"],
      ["fix the build", ["kim"], null],
      ["book the room by Friday", ["Kim"], "2026-03-13"],
      ["Order badges", ["Ben"], "2026-03-20"],
      ["Print flyers", ["Kim"], "2026-03-13"],
      ["Renew the domain", ["@ana"], "2026-03-13"],
      ["review the slides by Mon", ["Ana", "Ben"], "2026-03-16"],
    ]);
  });

  it("takes a closing date with its year, a month's middle or a calendar week out of the work's words", () => {
    const note = [
      "# Kiosk sync 2026-03-11",
      "",
      "## Action items",
      "",
      "- @ana add the alerts (7/3/1 days) — due Mar 20, 2026",
      "- Ben: print the flyers, 20 March 2026",
      "- Kim - renew the lease - mid-April",
      "- Plan the spring fair - early May",
      "- Book the room - Mar 20, 2027",
      "- Ben - ship the kiosk build, due W14",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["add the alerts (7/3/1 days)", ["@ana"], "2026-03-20"],
      ["print the flyers", ["Ben"], "2026-03-20"],
      ["renew the lease", ["Kim"], "2026-04-15"],
      // No day is read from "early May", so the words stay.
      ["Plan the spring fair - early May", [], null],
      ["Book the room", [], "2027-03-20"],
      ["ship the kiosk build", ["Ben"], "2026-04-03"],
    ]);
  });

  it("takes a closing sentence that only gives the deadline out of the work's words", () => {
    const note = [
      "# Kiosk sync 2026-03-11",
      "",
      "## Follow-up tasks",
      "",
      "- Share the uptime report. Due Friday, March 20.",
      "- Print the flyers. Deadline: 20 March.",
      "- Send the lease. Due diligence follows on Friday.",
      "",
    ].join("\n");
    expect(datedTasks(note)).toEqual([
      ["Share the uptime report", [], "2026-03-20"],
      ["Print the flyers", [], "2026-03-20"],
      // A sentence that goes on past its date is more than the deadline.
      ["Send the lease. Due diligence follows on Friday", [], "2026-03-13"],
    ]);
  });

  it("reads a short lower-case name between a label in capitals and its colon as the taker", () => {
    const note = underVenue([
      "- Catering",
      "    - TODO wendell: email the caterers",
      "    - AI ruth: confirm the headcount",
      "    - TODO items: menu, drinks",
    ]);
    expect(tasks(note)).toEqual([
      ["email the caterers", ["wendell"]],
      ["confirm the headcount", ["ruth"]],
      ["menu, drinks", []],
    ]);
  });

  it("reads the taker written before a label in capitals: initials, a letter or a name", () => {
    const note = underVenue([
      "- Signage",
      "    - W ACTION: to send both floor plans this week",
      "    - RT TODO: re-check the fire exits",
      "    - Ana TODO: book the van",
      "    - The TODO: list is long",
    ]);
    // A taker the note knows is read with the other marked lines, the rest with the prose.
    expect(datedTasks(note)).toEqual([
      ["book the van", ["Ana"], null],
      ["send both floor plans this week", ["W"], "2026-03-13"],
      ["re-check the fire exits", ["RT"], null],
    ]);
  });

  it("reads past an arrow that marks an item, as its bullet does", () => {
    const note = [
      "# Kiosk sync 2026-03-11",
      "",
      "Attendees: Ana Diaz, Ben Ode",
      "",
      "## Action items",
      "",
      "- → Ana: call the vendor",
      "- -> Ben to order the stands",
      "- » Ana: send the minutes",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["call the vendor", ["Ana"]],
      ["Ben to order the stands", ["Ben"]],
      ["send the minutes", ["Ana"]],
    ]);
  });
});

describe("action labels with an icon, a HackMD author, or nothing after them", () => {
  const note = (...lines: string[]) =>
    [
      "# Planning call 2026-03-10",
      "",
      "Attendees: @tove-k, @bram, Ilse Berg",
      "",
      "## Discussion",
      "",
      "- Bram showed the new site",
      ...lines,
    ].join("\n");

  it("reads the label after an icon or an emoji shortcode", () => {
    expect(
      tasks(
        note(
          "- ⭐ ACTION: add the sponsorship thread to the issue",
          "- :pushpin: TODO: renew the domain",
          "- 📌 Action: book the hall",
        ),
      ),
    ).toEqual([
      ["add the sponsorship thread to the issue", []],
      ["renew the domain", []],
      ["book the hall", []],
    ]);
  });

  it("reads a HackMD user name in lower case as a handle, and a display name as a name", () => {
    expect(
      tasks(
        note(
          "- ACTION: [name=tove-k] manual deploy of the site on Sunday",
          "- [name=Ilse Berg] will write up the venue list",
        ),
      ),
    ).toEqual([
      ["@tove-k manual deploy of the site on Sunday", ["@tove-k"]],
      ["Ilse Berg will write up the venue list", ["Ilse Berg"]],
    ]);
  });

  it("reads no work in a label alone, or a label over the lines below it", () => {
    expect(tasks(note("- :memo: ACTION Item", "- ACTION Items", "- ACTION: [name=bram]:"))).toEqual(
      [],
    );
  });
});

describe("to-do tags and the bullets that date them", () => {
  const note = (...lines: string[]) =>
    ["# Planning call 2026-03-10", "", "Attendees: Tove Kask, Bram Olde", "", ...lines].join("\n");

  it("reads '#todo' as the to-do mark, and a taker's short name in lower case after it", () => {
    expect(
      datedTasks(
        note(
          "## Notes",
          "",
          "- Bram showed the new site",
          "- #todo bram update the sponsor page",
          "- #action tove book the hall",
          "- TODO tove order the banners",
          "- TODO Items",
          "- #todo-list is long",
        ),
      ),
    ).toEqual([
      ["update the sponsor page", ["bram"], null],
      ["book the hall", ["tove"], null],
      ["order the banners", ["tove"], null],
    ]);
  });

  it("dates a to-do by a bullet under it that gives only its deadline or its draft's", () => {
    expect(
      datedTasks(
        note(
          "## Action items",
          "",
          "- #todo tove create the stickers",
          "    - https://example.org/issues/68",
          "    - Draft EOD Thursday",
          "- TODO Bram book the hall",
          "    - by Friday",
          "",
          "## Notes",
          "",
          "- #todo bram create the poster",
          "    - Final version by next Tuesday",
        ),
      ),
    ).toEqual([
      ["create the stickers", ["tove"], "2026-03-12T17:00"],
      ["book the hall", ["Bram"], "2026-03-13"],
      ["create the poster", ["bram"], "2026-03-17"],
    ]);
  });
});
