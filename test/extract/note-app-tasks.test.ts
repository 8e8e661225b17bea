import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { ownerKey } from "../helpers/owners.js";

const note = (lines: readonly string[]) =>
  parseMinutes(
    [
      "# Product sync 2026-06-03",
      "",
      "Attendees: Kim Lee, Ravi Shah, Ana Ruiz",
      "",
      "## Action items",
      ...lines,
      "",
    ].join("\n"),
  ).actionItems.map((task) => [
    task.text,
    task.owners.map(ownerKey),
    task.due,
    task.status,
    task.priority,
  ]);

describe("tasks as note apps and word processors write them", () => {
  it("reads checkbox glyphs on lines of their own, ticked or not", () => {
    expect(note(["☐ Kim: update the pricing page", "☑ Ravi: close the billing bug"])).toEqual([
      ["update the pricing page", ["kim-lee"], null, "open", null],
      ["close the billing bug", ["ravi-shah"], null, "done", null],
    ]);
  });

  it("reads a plain-text to-do's due:value token after its taker, and no token inside the words", () => {
    expect(
      note([
        "- [ ] Fix the login redirect @rshah due:2026-06-10",
        "- [ ] Tidy the backlog due:fri",
        "- [ ] Test the due:date parser",
      ]),
    ).toEqual([
      ["Fix the login redirect", ["ravi-shah"], "2026-06-10", "open", null],
      ["Tidy the backlog", [], "2026-06-05", "open", null],
      ["Test the due:date parser", [], null, "open", null],
    ]);
  });

  it("reads the empty boxes of emoji pickers, and a weekday set off at the end as the deadline only", () => {
    expect(
      note([
        "🔲 Kim: new mock-ups for the pricing page — Fri",
        "⬜ Ravi: check the contrast ratios",
        "✅ Ana: share the icon set",
        "🔲 Kim: book the Friday review",
      ]),
    ).toEqual([
      ["new mock-ups for the pricing page", ["kim-lee"], "2026-06-05", "open", null],
      ["check the contrast ratios", ["ravi-shah"], null, "open", null],
      ["share the icon set", ["ana-ruiz"], null, "done", null],
      ["book the Friday review", ["kim-lee"], null, "open", null],
    ]);
  });

  it("reads boxes typed without a list marker, in a list of work and in the discussion", () => {
    expect(note(["[ ] Kim: update the pricing page", "[x] Ravi: close the billing bug"])).toEqual([
      ["update the pricing page", ["kim-lee"], null, "open", null],
      ["close the billing bug", ["ravi-shah"], null, "done", null],
    ]);
    const discussion = parseMinutes(
      "# Product sync 2026-06-03\n\nAttendees: Kim Lee, Ravi Shah\n\n## Notes\n\nThe pricing page is out of date.\n[ ] Kim: update the pricing page\n☐ Ravi: close the billing bug\n[1] A footnote about pricing\n",
    );
    expect(
      discussion.actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.status]),
    ).toEqual([
      ["update the pricing page", ["kim-lee"], "open"],
      ["close the billing bug", ["ravi-shah"], "open"],
    ]);
  });

  it("reads a state keyword in capitals, an inline owner field and priority signs", () => {
    expect(
      note([
        "- TODO Kim: write the launch post DEADLINE: <2026-06-19 Fri>",
        "- DONE Ravi: archive the old plans",
        "- [ ] Review the dashboard copy due:: 2026-06-12 [owner:: Ana]",
        "- [ ] Prepare the board deck ⏫ 📅 2026-06-15",
      ]),
    ).toEqual([
      ["write the launch post", ["kim-lee"], "2026-06-19", "open", null],
      ["archive the old plans", ["ravi-shah"], null, "done", null],
      ["Review the dashboard copy due:: 2026-06-12", ["ana-ruiz"], "2026-06-12", "open", null],
      ["Prepare the board deck", [], "2026-06-15", "open", 1],
    ]);
  });

  it("reads an outliner's planning lines: a deadline with its hour, a scheduled day as no deadline, a closed one as done", () => {
    expect(
      note([
        "- TODO Kim: book the venue",
        "  DEADLINE: <2026-06-12 Fri 17:00>",
        "- LATER Ravi: order the chairs",
        "  SCHEDULED: <2026-06-09 Tue>",
        "- DONE Ana: send the minutes",
        "  CLOSED: [2026-06-03 Wed 10:02]",
        "- TODO Kim: fix the DEADLINE: field on the form",
      ]),
    ).toEqual([
      ["book the venue", ["kim-lee"], "2026-06-12T17:00", "open", null],
      ["order the chairs", ["ravi-shah"], null, "open", null],
      ["send the minutes", ["ana-ruiz"], null, "done", null],
      ["fix the DEADLINE: field on the form", ["kim-lee"], null, "open", null],
    ]);
  });

  it("reads the due sign among a task's dated signs, and a done date as done", () => {
    expect(
      note([
        "- [ ] Kim: draft the hiring plan 📅 2026-06-08",
        "- [ ] Ravi: book the venue ⏳ 2026-06-05 📅 2026-06-15 ➕ 2026-06-01",
        "- Ana: close the old tickets ✅ 2026-06-02",
        "- [ ] Ana: start the audit 🛫 2026-06-10",
      ]),
    ).toEqual([
      ["draft the hiring plan", ["kim-lee"], "2026-06-08", "open", null],
      ["book the venue", ["ravi-shah"], "2026-06-15", "open", null],
      ["close the old tickets", ["ana-ruiz"], null, "done", null],
      ["start the audit", ["ana-ruiz"], null, "open", null],
    ]);
  });

  it("reads a start or scheduled day as the task's start, and keeps the signs out of its words", () => {
    const minutes = parseMinutes(
      [
        "# Product sync 2026-06-03",
        "",
        "## Action items",
        "- [ ] Review the retention clause 🛫 2026-06-08 📅 2026-06-12",
        "- [ ] Draft the FAQ ⏳ 2026-06-10 🛫 2026-06-09",
        "- [ ] Post the weekly digest 🔁 every week on Friday 🔼",
        "- TODO Order the badges",
        "  SCHEDULED: <2026-06-20 Sat>",
        "- [ ] Wrap the pilot 🛫 2026-06-20 📅 2026-06-12",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.start,
        task.due,
        task.recurrence,
        task.priority,
      ]),
    ).toEqual([
      ["Review the retention clause", "2026-06-08", "2026-06-12", null, null],
      // The first day written is when it begins.
      ["Draft the FAQ", "2026-06-10", null, null, null],
      ["Post the weekly digest", null, null, "FREQ=WEEKLY;BYDAY=FR", 5],
      ["Order the badges", "2026-06-20", null, null, null],
      // A start after the deadline is a slip of the pen: the deadline stands alone.
      ["Wrap the pilot", null, "2026-06-12", null, null],
    ]);
  });

  it("reads a plain-text list's @due, @start and @done tags, and an @ before a name as none", () => {
    const minutes = parseMinutes(
      [
        "# Product sync 2026-06-03",
        "",
        "Attendees: Kim Lee, Ravi Shah",
        "",
        "## Action items",
        "- Kim: update the runbook @due(2026-06-11)",
        "- Ravi: plan the migration @start(2026-06-08) @due(2026-06-19)",
        "- Kim: send the invoices @done(2026-06-02)",
        "- Ask @dueling-banjos about the stage",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.start, task.due, task.status]),
    ).toEqual([
      ["update the runbook", null, "2026-06-11", "open"],
      ["plan the migration", "2026-06-08", "2026-06-19", "open"],
      ["send the invoices", null, null, "done"],
      ["Ask @dueling-banjos about the stage", null, null, "open"],
    ]);
  });

  it("keeps the tag a task plugin marks its lines with out of the words, and a tag inside them", () => {
    expect(
      note([
        "- [ ] #task Kim to send the deck 📅 2026-06-10",
        "- [ ] Ravi: tidy the #todo channel #todo",
        "- [ ] #tasks-archive needs a new owner",
      ]).map(([text]) => text),
    ).toEqual([
      "Kim to send the deck",
      "tidy the #todo channel",
      "#tasks-archive needs a new owner",
    ]);
  });

  it("keeps a keyword that is a word of the sentence, and a glyph inside the text", () => {
    expect(
      note([
        "- Done criteria for the import need writing up (Kim)",
        "- Ravi to mark ✅ on the tracker",
      ]),
    ).toEqual([
      ["Done criteria for the import need writing up", ["kim-lee"], null, "open", null],
      ["Ravi to mark ✅ on the tracker", ["ravi-shah"], null, "open", null],
    ]);
  });
});

describe("an outliner's task keywords in a page of discussion", () => {
  it("reads LATER, DOING and WAITING as TODO is read, and the word in a sentence as none", () => {
    const minutes = parseMinutes(
      "# Product sync 2026-06-03\n\nAttendees: Kim Lee, Ravi Shah, Ana Ruiz\n\n## Discussion\n\n- The launch slipped a week\n  - LATER Ravi to check the pricing page\n  - DOING Kim drafts the launch post\n  - WAITING Ana: sign-off from legal\n  - Later we can revisit the pricing\n  - DOING IT NOW\n",
    );
    expect(minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey)])).toEqual([
      ["Ravi to check the pricing page", ["ravi-shah"]],
      ["Kim drafts the launch post", ["kim-lee"]],
      ["sign-off from legal", ["ana-ruiz"]],
    ]);
  });
});

describe("people as note apps link them", () => {
  it("reads an inline attendee field of page links, and a task's link to an attendee's page as its owner", () => {
    const minutes = parseMinutes(
      [
        "# Product sync 2026-06-03",
        "",
        "Attendees:: [[Kim Lee]], [[ravi-shah|Ravi Shah]], [[Ana Ruiz]]",
        "",
        "## Action items",
        "- [ ] Review the onboarding flow [[Ravi Shah]] 📅 2026-06-10",
        "- [ ] Read the notes on [[Pricing]] before Friday",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((person) => person.name)).toEqual([
      "Kim Lee",
      "Ravi Shah",
      "Ana Ruiz",
    ]);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.due]),
    ).toEqual([
      ["Review the onboarding flow", ["ravi-shah"], "2026-06-10"],
      ["Read the notes on [[Pricing]] before Friday", [], "2026-06-05"],
    ]);
  });
});

describe("an outliner's page of flat blocks", () => {
  const page = (first: string) =>
    parseMinutes(
      [
        `- ${first}`,
        "- Attendees:: [[Greta Lund]], [[Pim Sorensen]]",
        "- Actions",
        "\t- TODO Renew the signing key #[[Pim Sorensen]]",
        "\t- TODO Greta to update the runbook",
        "\t  SCHEDULED: <2026-11-30 Mon>",
        "\t- TODO Read up on #[[Key Rotation]]",
        "",
      ].join("\n"),
    );

  it("takes the meeting's day from a short first block, and a tag of an attendee's page as the owner", () => {
    const minutes = page("Supplier call, 2026-11-25");
    expect([minutes.title, minutes.date]).toEqual(["Supplier call, 2026-11-25", "2026-11-25"]);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.start]),
    ).toEqual([
      ["Renew the signing key", ["pim-sorensen"], null],
      ["Greta to update the runbook", ["greta-lund"], "2026-11-30"],
      // A tag of a page that is no attendee's is a topic.
      ["Read up on #[[Key Rotation]]", [], null],
    ]);
  });

  it("takes no meeting day from a first block that sets a deadline or runs long", () => {
    expect(page("Invoices due 2026-11-27").date).toBeNull();
    expect(page("Invoices due 2026-11-27").title).toBeNull();
    expect(
      page("Supplier call about the invoices we still owe for the autumn, 2026-11-25").date,
    ).toBeNull();
  });
});

describe("open checkboxes outside a list of work", () => {
  const tasksOf = (body: string) =>
    parseMinutes(
      `# Product sync 2026-06-03\n\nAttendees: Kim Lee, Ravi Shah, Ana Ruiz\n\n${body}`,
    ).actionItems.map((task) => [task.text, task.owners.map(ownerKey), task.status]);

  it("reads an open box as a task under a topic of the discussion, in a verb or a noun", () => {
    expect(
      tasksOf(
        [
          "## Notes",
          "",
          "### Signalling server",
          "",
          "We went through the handshake at length.",
          "",
          "- [ ] Write down the handshake for the docs",
          "- [ ] Ravi to deploy a second signalling server",
          "- [ ] Budget spreadsheet",
          "- [ ] Is the relay still needed?",
          "- [x] Fix the broken link",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Write down the handshake for the docs", [], "open"],
      ["Ravi to deploy a second signalling server", ["ravi-shah"], "open"],
      // A task list names its work in nouns too; a question in a box asks whether there is any.
      ["Budget spreadsheet", [], "open"],
      // A ticked box beside them is the list's done work.
      ["Fix the broken link", [], "done"],
    ]);
  });

  it("reads an open box that marks its taker as a task, whatever its first word", () => {
    expect(
      tasksOf(
        [
          "## Notes",
          "",
          "### Tooling",
          "",
          "- [ ] (Ravi) Staging setup",
          "- [ ] (Kim) Release buckets",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Staging setup", ["ravi-shah"], "open"],
      ["Release buckets", ["kim-lee"], "open"],
    ]);
  });

  it("reads no task from a roll call or an agenda of boxes", () => {
    expect(
      tasksOf(
        [
          "## Members",
          "",
          "- [x] Kim Lee - Tooling representative",
          "- [ ] Omar Haddad - Docs representative",
          "- [ ] Release working group representative",
          "",
          "## Agenda",
          "",
          "- [ ] Review the roadmap",
          "- [ ] Plan the offsite",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("inline fields as Obsidian's Dataview writes them", () => {
  it("reads who and by when from [key:: value] and (key:: value), a page link too", () => {
    expect(
      note([
        "- [ ] Rotate the staging keys [owner:: Kim] [due:: 2026-06-05]",
        "- [ ] Write the migration guide (assignee:: [[Ravi Shah]]) 📅 2026-06-10",
        "- [ ] Draft the roadmap [due:: next Friday] [effort:: 3h]",
        "- [ ] Tidy the backlog [owner:: ]",
      ]),
    ).toEqual([
      ["Rotate the staging keys", ["kim-lee"], "2026-06-05", "open", null],
      ["Write the migration guide", ["ravi-shah"], "2026-06-10", "open", null],
      ["Draft the roadmap [effort:: 3h]", [], "2026-06-12", "open", null],
      ["Tidy the backlog", [], null, "open", null],
    ]);
  });
});
