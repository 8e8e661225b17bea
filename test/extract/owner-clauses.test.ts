import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { type NoteHead, noteWith, tasksIn, textAndOwners } from "../helpers/owners.js";

const head: NoteHead = {
  title: "Docs sprint planning",
  date: "2026-05-12",
  attendees: "Noor Haddad, Tomas Varga, Eli Brandt",
};
const note = (body: string) => noteWith(head, body);
const tasks = (body: string) => tasksIn(note(body));

function dues(body: string) {
  return parseMinutes(note(body)).actionItems.map((task) => [task.text, task.due]);
}

describe("one sentence that gives work to two takers", () => {
  it("gives each clause of a task item to its own taker", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Noor to write the style guide and Tomas will proofread it",
          "- @eli will set up the preview builds; Noor to announce them",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Noor to write the style guide", ["noor-haddad"]],
      ["Tomas will proofread it", ["tomas-varga"]],
      ["@eli will set up the preview builds", ["eli-brandt"]],
      ["Noor to announce them", ["noor-haddad"]],
    ]);
  });

  it("reads an order no one takes, a dash, and someone's own work as two tasks", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Read up on the style guide draft - Noor to share the link",
          "- Preview builds - Tomas to fix the cache",
          "- Fix the broken preview links - Eli will take a look",
          "- Merge the glossary pages - Tomas to handle it",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Read up on the style guide draft", []],
      ["Noor to share the link", ["noor-haddad"]],
      ["Preview builds - Tomas to fix the cache", ["tomas-varga"]],
      ["Fix the broken preview links - Eli will take a look", ["eli-brandt"]],
      ["Merge the glossary pages - Tomas to handle it", ["tomas-varga"]],
    ]);
  });

  it("gives each of two clauses in the present to its own attendee, and not a report beside work", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Noor drafts the style guide, then Tomas reviews it",
          "- Eli builds the preview and Noor announces it",
          "- Tomas runs the link check, Eli is on leave",
          "- Noor thinks the index is fine and Eli agrees",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Noor drafts the style guide", ["noor-haddad"]],
      ["Tomas reviews it", ["tomas-varga"]],
      ["Eli builds the preview", ["eli-brandt"]],
      ["Noor announces it", ["noor-haddad"]],
      ["Tomas runs the link check, Eli is on leave", ["tomas-varga"]],
      ["Noor thinks the index is fine and Eli agrees", []],
    ]);
  });

  it("splits the clauses of a bullet in the notes and of a sentence in a paragraph", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Glossary",
          "  - Tomas to collect the terms, and Eli will check them against the API",
          "",
          "The index page is out of date. Noor will rewrite the intro while Eli will redo the diagrams.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tomas to collect the terms", ["tomas-varga"]],
      ["Eli will check them against the API", ["eli-brandt"]],
      ["Noor will rewrite the intro", ["noor-haddad"]],
      ["Eli will redo the diagrams", ["eli-brandt"]],
    ]);
  });

  it("keeps a deadline stated above the list for both clauses, and one inside a clause to it", () => {
    expect(
      dues(
        [
          "## Action items",
          "",
          "By Friday:",
          "",
          "- Noor to write the style guide and Tomas will proofread it",
          "",
          "## Next steps",
          "",
          "- Eli to draft the FAQ by May 20 and Tomas will review it",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Noor to write the style guide", "2026-05-15"],
      ["Tomas will proofread it", "2026-05-15"],
      ["Eli to draft the FAQ by May 20", "2026-05-20"],
      ["Tomas will review it", null],
    ]);
  });

  it("keeps one task where the second name is no taker of its own clause", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Noor and Tomas to review the landing page",
          "- Eli will ask Tomas to review the landing page",
          "- Noor to send the outline and the vendor will reply by email",
          "- Eli to file the bug, and we will discuss it next week",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Noor and Tomas to review the landing page", ["noor-haddad", "tomas-varga"]],
      ["Eli will ask Tomas to review the landing page", ["eli-brandt"]],
      ["Noor to send the outline and the vendor will reply by email", ["noor-haddad"]],
      ["Eli to file the bug, and we will discuss it next week", ["eli-brandt"]],
    ]);
  });

  it("cuts where the second taker is someone's team, a group of its own", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Tomas to draft the release notes and Noor's team will translate them",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tomas to draft the release notes", ["tomas-varga"]],
      ["Noor's team will translate them", ["group:Noor's team"]],
    ]);
  });
});

describe("ownerClauses on long input", () => {
  // Backtracking over the joins would meet the timeout; speed is the benchmarks' to measure.
  it("reads a long run of joins and spaces, and says it is too long to read as Markdown", {
    timeout: 10_000,
  }, () => {
    const long = `Noor to write the guide${", and".repeat(20_000)}${" ".repeat(50_000)}x`;
    const read = parseMinutes(note(`## Action items\n\n- ${long}\n`));
    expect(read.diagnostics.map((diagnostic) => diagnostic.code)).toContain("paragraph-too-long");
    const short = `Noor to write the guide${", and".repeat(200)} x`;
    expect(
      parseMinutes(note(`## Action items\n\n- ${short}\n`)).actionItems.map((task) =>
        task.owners.map((owner) => owner.name),
      ),
    ).toEqual([["Noor"]]);
  });
});

describe("a thing that will be done, then someone's work", () => {
  it("gives the second clause to its taker and the first to no one, in a list and in prose", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- A new mailing list will be created and Noor will write the wiki page",
          "- The docs will be updated",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["A new mailing list will be created", []],
      ["Noor will write the wiki page", ["noor-haddad"]],
      ["The docs will be updated", []],
    ]);
    expect(
      tasks(
        "## Discussion\n\nA new mailing list will be created and Tomas will write the wiki page.\n",
      ),
    ).toEqual([["Tomas will write the wiki page", ["tomas-varga"]]]);
  });
});

describe("an action label before two takers' clauses", () => {
  it("splits the work between them, the label being no taker", () => {
    expect(
      tasks(
        [
          "## Decisions",
          "",
          "- Style guide: keep one page. Action: Noor will add a section on links, and Tomas will check the examples.",
          "- Action: Eli will book the room and Sunday works for most",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      // A line that opens with its label is read before the sentences of a topic line.
      ["Eli will book the room and Sunday works for most", ["eli-brandt"]],
      ["Noor will add a section on links", ["noor-haddad"]],
      ["Tomas will check the examples", ["tomas-varga"]],
    ]);
  });
});

describe("a second taker the note does not list", () => {
  it("takes the clause after a listed taker's when it says 'will'", () => {
    expect(
      tasks(
        [
          "## Decisions",
          "",
          "- Build cache: keep it. Noor will write to the hosting vendor and Marek will draft a cleanup script.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Noor will write to the hosting vendor", ["noor-haddad"]],
      ["Marek will draft a cleanup script", ["person:Marek"]],
    ]);
  });

  it("keeps one task where the name may be one more person to work with, or no one takes the first clause", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Noor to work with Ilse and Marek to settle the glossary",
          "- The printer broke and Marek will fix it",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Noor to work with Ilse and Marek to settle the glossary", ["noor-haddad"]],
      // Who "Marek" is, no clause before says: the line stays whole.
      ["The printer broke and Marek will fix it", []],
    ]);
  });
});

describe("two takers after a topic, in a bracket, or in a note that lists no one", () => {
  it("reads past the topic before an arrow or a dash", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Search export -> Tomas will fix the query and Eli will update the help page",
          "- Onboarding – Noor to record the walkthrough, and Eli to cut it",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Search export -> Tomas will fix the query", ["tomas-varga"]],
      ["Eli will update the help page", ["eli-brandt"]],
      ["Onboarding – Noor to record the walkthrough", ["noor-haddad"]],
      ["Eli to cut it", ["eli-brandt"]],
    ]);
  });

  it("reads past a topic's label in the notes, once per taker, and not past a speaker's", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Launch party: Noor and Eli to host, Tomas to write the quiz.",
          "- Banner: Tomas will draft it.",
          "- Budget: Eli will not join the review.",
          "- Venue: Noor said the hall is booked.",
          "- Style guide: Eli should always be included in the thread.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Launch party: Noor and Eli to host", ["noor-haddad", "eli-brandt"]],
      ["Tomas to write the quiz", ["tomas-varga"]],
      ["Banner: Tomas will draft it", ["tomas-varga"]],
    ]);
  });

  it("gives a closing bracket its own task where the clause before has another taker", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Tomas will fix the export query (Noor to tell the users who reported it)",
          "- Fix the export query (Noor to do it)",
          "- Eli will rerun the import (Eli to check the counts after)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tomas will fix the export query", ["tomas-varga"]],
      ["Noor to tell the users who reported it", ["noor-haddad"]],
      ["Fix the export query", ["noor-haddad"]],
      ["Eli will rerun the import (Eli to check the counts after)", ["eli-brandt"]],
    ]);
  });

  it("does not cut inside a bracket", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Noor to host the review (slides and notes, Eli to share), Tomas to book the room",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Noor to host the review (slides and notes, Eli to share)", ["noor-haddad"]],
      ["Tomas to book the room", ["tomas-varga"]],
    ]);
  });

  it("splits name-shaped takers with 'will' on both sides where no attendee list is given", () => {
    const unlisted = parseMinutes(
      [
        "# Meetup planning",
        "",
        "Date: 2026-05-12",
        "",
        "## Notes",
        "",
        "- Priya will book the hall, and Marcus Lind will order the food.",
        "- Priya will ask Marcus to order the food",
        "- Priya will order the food and the hall is booked",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(unlisted.actionItems)).toEqual([
      ["Priya will book the hall", ["person:Priya"]],
      ["Marcus Lind will order the food", ["person:Marcus Lind"]],
      ["Priya will ask Marcus to order the food", ["person:Priya"]],
      ["Priya will order the food and the hall is booked", ["person:Priya"]],
    ]);
  });
});

describe("attendees' labels over orders between semicolons", () => {
  it("gives each order to the attendee who labels it or takes it, the item's own label to the first", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Noor: send the style guide; Tomas: book the review room",
          "- Update the glossary; Eli: check the examples",
          "- Noor: send the outline; note: the room is small",
          "- Noor: fix the index; Tomas to review it",
          "- Noor: fix the footer; the rest can wait",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["send the style guide", ["noor-haddad"]],
      ["book the review room", ["tomas-varga"]],
      ["Update the glossary", []],
      ["check the examples", ["eli-brandt"]],
      ["send the outline; note: the room is small", ["noor-haddad"]],
      ["fix the index", ["noor-haddad"]],
      ["Tomas to review it", ["tomas-varga"]],
      ["fix the footer; the rest can wait", ["noor-haddad"]],
    ]);
  });
});

describe("a named taker and others the note does not name", () => {
  it("gives the work to the one named", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Tomas and others: collect the style questions from the forum",
          "- Eli et al. to draft the survey",
          "- Noor and co. will review the answers",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Eli et al. to draft the survey", ["eli-brandt"]],
      ["Noor and co. will review the answers", ["noor-haddad"]],
      ["collect the style questions from the forum", ["tomas-varga"]],
    ]);
  });
});

describe("work handed on in turn", () => {
  it("gives each taker the clause after 'then', and keeps one taker's two steps whole", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Noor to chase the invoice, then Tomas to pay it by Friday",
          "- Eli to draft the FAQ and then Noor to review it",
          "- Noor will call the printer, then file the order",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Noor to chase the invoice", ["noor-haddad"]],
      ["Tomas to pay it by Friday", ["tomas-varga"]],
      ["Eli to draft the FAQ", ["eli-brandt"]],
      ["Noor to review it", ["noor-haddad"]],
      ["Noor will call the printer, then file the order", ["noor-haddad"]],
    ]);
  });
});

describe("a taker in a later sentence of the item", () => {
  it("reads a sentence that opens with a name and 'to'/'will' as the item's taker, named in the note or not", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- We need the use cases for the flag. Pim to list them",
          "- We will ask the vendor about the forms. Tallis will write to them.",
          "- We need the use cases for the flag. Noor to gather them",
          "- The build broke twice. Sadly to be expected",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["We need the use cases for the flag. Pim to list them", ["person:Pim"]],
      ["We will ask the vendor about the forms. Tallis will write to them", ["person:Tallis"]],
      ["We need the use cases for the flag. Noor to gather them", ["noor-haddad"]],
      ["The build broke twice. Sadly to be expected", []],
    ]);
  });
});

describe("takers between semicolons", () => {
  const oneToOne = (body: string) =>
    parseMinutes(`# 1:1 planning — 2026-05-04\n\n${body}\n`).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => owner.name),
      task.due,
    ]);

  it("gives each clause its own taker where the note keeps no roster", () => {
    expect(
      oneToOne(
        "## Actions\n\n- Greta to ping HR about the budget; Tamsin to review the hiring plan by Fri; everyone to fill the survey",
      ),
    ).toEqual([
      ["Greta to ping HR about the budget", ["Greta"], null],
      ["Tamsin to review the hiring plan by Fri", ["Tamsin"], "2026-05-08"],
      ["everyone to fill the survey", ["everyone"], null],
    ]);
  });

  it("reads a 'Follow-ups:' paragraph as the label of the takers' clauses", () => {
    expect(
      oneToOne(
        "## Actions\n\nFollow-ups: Greta to ping HR about the budget; Tamsin to review the hiring plan by Fri.",
      ),
    ).toEqual([
      ["Greta to ping HR about the budget", ["Greta"], null],
      ["Tamsin to review the hiring plan by Fri", ["Tamsin"], "2026-05-08"],
    ]);
  });

  it("keeps a clause that names no taker with the work beside it", () => {
    expect(
      oneToOne(
        "## Actions\n\n- Decision to postpone the launch; Kim to tell legal\n- Kim to review the draft; Noor happy with it",
      ),
    ).toEqual([
      ["Decision to postpone the launch; Kim to tell legal", ["Kim"], null],
      ["Kim to review the draft; Noor happy with it", ["Kim"], null],
    ]);
  });
});

describe("what a meeting agreed for two takers", () => {
  it("gives each taker of 'agreed that A will ... and that B will ...' their own clause", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "It was agreed that Noor will email the printers, and that Tomas will draft the cover once the title is final.",
          "",
          "It was agreed that Eli would fix the index and Noor would book the review.",
          "",
          "The committee resolved that Tomas should archive the old pages and that Eli should redirect them.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Noor will email the printers", ["noor-haddad"]],
      ["Tomas will draft the cover once the title is final", ["tomas-varga"]],
      ["Eli would fix the index", ["eli-brandt"]],
      ["Noor would book the review", ["noor-haddad"]],
      ["Tomas should archive the old pages", ["tomas-varga"]],
      ["Eli should redirect them", ["eli-brandt"]],
    ]);
  });

  it("keeps one task where the second clause agrees a thing, not work", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "It was agreed that Noor would email the printers and that the fee would stay.",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Noor would email the printers and that the fee would stay", ["noor-haddad"]]]);
  });
});
