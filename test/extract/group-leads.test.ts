import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { noteWith, tasksIn, textOwnersAndDue } from "../helpers/owners.js";

const head = {
  title: "Venue planning sync",
  date: "2026-04-08",
  attendees: "Tamsin Greer, Bertrand Okoye, Ingrid Holm",
  heading: "Action items",
};

describe("a group named before the work", () => {
  it("reads a role written as its acronym as the taker, and capitals that say when or how as no one", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- SM to update the sprint board",
            "- PO will groom the backlog",
            "- FYI to everyone: the hall is closed on Monday",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["SM to update the sprint board", ["person:SM"]],
      ["PO will groom the backlog", ["person:PO"]],
      ["FYI to everyone: the hall is closed on Monday", []],
    ]);
  });

  it("reads work that ends in a group's word as work, and a group named with a determiner inside as the group", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Assigned to Ingrid: clean up the board",
            "- Assigned to Tamsin: talk to the committee",
            "- Everyone in team to fill in the survey",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["clean up the board", ["ingrid-holm"]],
      ["talk to the committee", ["tamsin-greer"]],
      ["Everyone in team to fill in the survey", ["group:Everyone in team"]],
    ]);
  });

  it("reads a group word in lower case opening the item as its taker", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- board should add the treasurer to the mailing list",
            "- committee to review the venue budget",
            "- maintainers to triage the open tickets",
            "- committee minutes to be published",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["board should add the treasurer to the mailing list", ["group:board"]],
      ["committee to review the venue budget", ["group:committee"]],
      ["maintainers to triage the open tickets", ["group:maintainers"]],
      ["committee minutes to be published", []],
    ]);
  });

  it("reads a group of people before a dash as the owner, with or without a space before it", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Everyone - review the seating plan",
            "- All reviewers - sign off on the checklist",
            "- Section owners- please draft an outline for your section",
            "- @ All leads - close the stale tickets",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["review the seating plan", ["group:Everyone"]],
      ["sign off on the checklist", ["group:All reviewers"]],
      ["please draft an outline for your section", ["group:Section owners"]],
      ["close the stale tickets", ["group:All leads"]],
    ]);
  });

  it("reads an attendee or a group addressed with a comma before the work", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Tamsin, send the venue contract to legal",
            "- All speakers, upload your slides to the shared folder",
            "- @ All POs, move the finished tickets to the closed column",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["send the venue contract to legal", ["tamsin-greer"]],
      ["upload your slides to the shared folder", ["group:All speakers"]],
      ["move the finished tickets to the closed column", ["group:All POs"]],
    ]);
  });

  it("leaves topics, departments and plain plurals before a dash or a comma as the task's words", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Seating - finalize the floor mockups",
            "- All tests - run them again on the release branch",
            "- Monday, send the invoices",
            "- Catering, confirm the headcount",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Seating - finalize the floor mockups", []],
      ["All tests - run them again on the release branch", []],
      ["Monday, send the invoices", []],
      ["Catering, confirm the headcount", []],
    ]);
  });

  it("reads an order or a need whose object is a group as no one's, and a named team as the owner", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Find volunteers to staff the welcome desk",
            "- Need ushers to guide the guests",
            "- Ask reviewers to look at the floor plan",
            "- Review team to sign off on the menu",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Find volunteers to staff the welcome desk", []],
      ["Need ushers to guide the guests", []],
      ["Ask reviewers to look at the floor plan", []],
      ["Review team to sign off on the menu", ["group:Review team"]],
    ]);
  });
});

describe("an attendee named before work in the present tense", () => {
  it("reads attendees before a verb in the present as the owners, a given name that is a role word too", () => {
    expect(
      tasksIn(
        noteWith(
          { ...head, attendees: "Tamsin Greer, Dev Patel, Ingrid Holm" },
          [
            "- Dev schedules a follow-up call with the venue",
            "- Ingrid fixes the seating export",
            "- Budget needs another review",
            "- Seating changes the plan again",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Dev schedules a follow-up call with the venue", ["dev-patel"]],
      ["Ingrid fixes the seating export", ["ingrid-holm"]],
      ["Budget needs another review", []],
      ["Seating changes the plan again", []],
    ]);
  });
});

describe("an attendee named in the present tense after a condition", () => {
  it("reads who acts past a condition or a time set off by a comma, and no one from a clause that reports", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- If the caterer cancels, Ingrid books the back-up caterer",
            "- Once the deposit clears, Tamsin sends the floor plan",
            "- When Tamsin arrived, the hall was locked",
            "- If the hall is free, the band rehearses there",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["If the caterer cancels, Ingrid books the back-up caterer", ["ingrid-holm"]],
      ["Once the deposit clears, Tamsin sends the floor plan", ["tamsin-greer"]],
      ["When Tamsin arrived, the hall was locked", []],
      ["If the hall is free, the band rehearses there", []],
    ]);
  });
});

describe("an attendee named before a verb done again", () => {
  it("reads 're-enables', 'resends' as the verb they redo, and 'remains' as no verb of work", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Bertrand re-enables the booking form",
            "- Ingrid resends the floor plan to the caterer",
            "- Tamsin remains the contact for the caterer",
            "- Tamsin rebooks the caterer for Friday",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Bertrand re-enables the booking form", ["bertrand-okoye"]],
      ["Ingrid resends the floor plan to the caterer", ["ingrid-holm"]],
      ["Tamsin remains the contact for the caterer", []],
      ["Tamsin rebooks the caterer for Friday", ["tamsin-greer"]],
    ]);
  });
});

describe("'Both' before the work", () => {
  it("is a group, not a person called Both; 'Both ends' of a thing is no owner", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          ["- Both: review each other's seating drafts", "- Both ends of the hall need signs"].join(
            "\n",
          ),
        ),
      ),
    ).toEqual([
      ["review each other's seating drafts", ["group:Both"]],
      ["Both ends of the hall need signs", []],
    ]);
  });
});

describe("a person and a role named together before the work", () => {
  it("gives the work to both, the role resolved to who holds it; 'and the team' leaves others unnamed", () => {
    expect(
      tasksIn(
        noteWith(
          { ...head, attendees: "Tamsin Greer, Bertrand Okoye, Ingrid Holm (Treasurer)" },
          [
            "- Tamsin and the treasurer to check the deposit terms",
            "- The treasurer and Bertrand will draft the budget",
            "- Tamsin and the team will tidy the hall",
            "- Tamsin and the rest of it can wait",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Tamsin and the treasurer to check the deposit terms", ["tamsin-greer", "ingrid-holm"]],
      ["The treasurer and Bertrand will draft the budget", ["ingrid-holm", "bertrand-okoye"]],
      ["Tamsin and the team will tidy the hall", ["tamsin-greer"]],
      ["Tamsin and the rest of it can wait", []],
    ]);
  });
});

describe("some or all of a group named before the work", () => {
  it("gives the work to that part of the group; some of a thing takes no work", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Members of the committee will review the seating plan",
            "- Each of the leads to send a status by Friday",
            "- The rest of the team will set up the chairs",
            "- Some of the banners will be reprinted",
            "- Two of the projectors will go back to the store",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Members of the committee will review the seating plan", ["group:Members of the committee"]],
      ["Each of the leads to send a status by Friday", ["group:Each of the leads"]],
      ["The rest of the team will set up the chairs", ["group:The rest of the team"]],
      ["Some of the banners will be reprinted", []],
      ["Two of the projectors will go back to the store", []],
    ]);
  });
});

describe("a department of an organization the note knows", () => {
  it("takes the work as a group, and an unknown organization's department does not", () => {
    expect(
      tasksIn(
        noteWith(
          {
            title: "Escalation call with Tallow",
            date: "2026-03-02",
            attendees: "Rina Osei (Tallow), Ada Lind (Support Lead)",
            heading: "Action items",
          },
          [
            "- Tallow IT to open the firewall for our probes",
            "- Tallow security to approve the probes",
            "- Kestrel security to review the report",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Tallow IT to open the firewall for our probes", ["group:Tallow IT"]],
      ["Tallow security to approve the probes", ["group:Tallow security"]],
      ["Kestrel security to review the report", []],
    ]);
  });
});

describe("a side of the table over a line of follow-ups", () => {
  const followUps = (lines: string[]) =>
    parseMinutes(
      noteWith(
        {
          title: "Quillfield escalation – slow reports",
          date: "2026-12-02",
          attendees: "Odile Quast (Quillfield), Tallis Grove, Ingrid Holm",
          heading: "Follow-ups (customer / us)",
        },
        [...lines, ""].join("\n"),
      ),
    );

  it("files the work under the side, and gives it to the person the words name", () => {
    const minutes = followUps([
      "- Customer: Odile to send the slowest report IDs",
      "- Client: send the query plans",
      "- Us: Tallis to book a check-in for next Wednesday",
      "- Vendor: ship the index patch",
      "- Customer: none this week",
    ]);
    expect(textOwnersAndDue(minutes.actionItems)).toEqual([
      ["Odile to send the slowest report IDs", ["odile-quast"], null],
      ["send the query plans", ["organization:Client"], null],
      ["Tallis to book a check-in for next Wednesday", ["tallis-grove"], "2026-12-09"],
      ["ship the index patch", ["organization:Vendor"], null],
    ]);
    // Over a line of work, the label is no fact of who the customer is.
    expect(minutes.customer).toBe("Quillfield");
  });

  it("keeps a topic's label over work with its taker", () => {
    expect(textOwnersAndDue(followUps(["- Reports: Ingrid to add the index"]).actionItems)).toEqual(
      [["Reports: Ingrid to add the index", ["ingrid-holm"], null]],
    );
  });
});

describe("full names joined before a colon", () => {
  it("gives the work to each of them, however many words the names take; a long topic stays the task's words", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Tamsin Greer and Ingrid Holm: prepare the rollback plan",
            "- Bertrand Okoye & Ingrid Holm: book the dry run",
            "- Rollback plan and its dry run in the staging hall: prepare",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["prepare the rollback plan", ["tamsin-greer", "ingrid-holm"]],
      ["book the dry run", ["bertrand-okoye", "ingrid-holm"]],
      ["Rollback plan and its dry run in the staging hall: prepare", []],
    ]);
  });
});
