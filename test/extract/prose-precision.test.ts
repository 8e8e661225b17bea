import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textAndOwners } from "../helpers/owners.js";

const header =
  "# Support desk huddle\n\nDate: 2026-03-05\nAttendees: Tamsin Greer, Bertrand Okoye, Ingrid Holm\n\n";

function tasks(body: string): Array<[string, string[]]> {
  const minutes = parseMinutes(header + body);
  return textAndOwners([...minutes.actionItems, ...minutes.commitments]);
}

describe("lines of meeting facts", () => {
  it("read no task from a line of people, even one that closes on a name in brackets", () => {
    const minutes = parseMinutes(
      [
        "# Client check-in",
        "",
        "Time and location: Monday 9 March 2026 1pm, Room 4\\",
        "Present: Tamsin, Bertrand, client (Ingrid Holm)\\",
        "Apologies: -",
        "",
        "- Ingrid will send the sample data by Friday",
        "",
      ].join("\n"),
    );
    expect(minutes.attendees.map((person) => [person.name, person.role])).toEqual([
      ["Tamsin", null],
      ["Bertrand", null],
      ["Ingrid Holm", "client"],
    ]);
    expect(textAndOwners([...minutes.actionItems, ...minutes.commitments])).toEqual([
      ["Ingrid will send the sample data by Friday", ["ingrid-holm"]],
    ]);
  });
});

describe("a thing named, then what it does", () => {
  it("reads no order in 'Pilot starts 21 Sept', and still one in 'Review comments ...'", () => {
    expect(
      tasks(
        [
          "## Agreed",
          "",
          "- Pilot starts 21 Sept with 20 users.",
          "- Launch moves to 28 Sept.",
          "- Review comments from the pilot users by Friday.",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Review comments from the pilot users by Friday", []]]);
  });
});

describe("a thing and what was done to it", () => {
  it("reads a status line with who did it in brackets as a report, and a need or an order as work", () => {
    expect(
      tasks(
        [
          "## Status",
          "",
          "- Runner images upgraded (@bokoye)",
          "- Staging database restored (Ingrid)",
          "- Old bucket cleanup needed (Ingrid)",
          "- Get the certificate renewed (Tamsin)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Old bucket cleanup needed", ["ingrid-holm"]],
      ["Get the certificate renewed", ["tamsin-greer"]],
    ]);
  });
});

describe("running text that gives no one work", () => {
  it("reads no task in labels, questions, votes, musings, refusals, wishes or reports", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- Budget: 12k for the quarter",
          "- Should we move the standup to Tuesdays?",
          "- Vote on the new logo: +1 Tamsin, +1 Ingrid",
          "- +1",
          "- We need to think about how pricing tiers work long term",
          "- Bertrand will not join the offsite",
          "- Ingrid would like fewer meetings",
          "- Tamsin won't be around next week",
          "- Migrated the DNS records to the new provider",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reads no promise in a guess about what someone will likely or probably do", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- Tamsin will likely hit a few snags moving the queue",
          "- We'll probably need a bigger instance by spring",
          "- Bertrand will move the queue on Monday",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Bertrand will move the queue on Monday", ["bertrand-okoye"]]]);
  });

  it("still reads a refusal's neighbour that does give work", () => {
    expect(
      tasks(
        "## Notes\n\n- Bertrand will not join the offsite\n- Tamsin to check whether it would fit the budget\n",
      ),
    ).toEqual([["Tamsin to check whether it would fit the budget", ["tamsin-greer"]]]);
  });
});

describe("transcript lines", () => {
  it("reads 'Name: Will ...' and 'Name: I'll ...' as that speaker's promise, not reports or thanks", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "Tamsin: The refund queue is growing again.",
          "Bertrand: Will look into the refund worker today.",
          "Ingrid: I'll send the weekly numbers on Friday.",
          "Tamsin: Thanks, sounds good.",
          "Bertrand: I shipped the hotfix yesterday.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Will look into the refund worker today", ["bertrand-okoye"]],
      ["I'll send the weekly numbers on Friday", ["ingrid-holm"]],
    ]);
  });
});

describe("verbs of what happens", () => {
  it("reads no task in 'will evolve', 'will depend on', 'to happen', 'should be', and still reads work beside them, finding out too", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "Tamsin: Will evolve as the pilot goes on.",
          "- Bertrand will depend on the vendor's timeline",
          "- Ingrid expects the cutover to happen in May",
          "- Ingrid will change the default timeout",
          "- Tamsin will see if the export can wait",
          "- Bertrand should be independent of the vendor",
          "- Ingrid must be careful with the quotas",
          "- Bertrand should ping the vendor about the quotas",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ingrid will change the default timeout", ["ingrid-holm"]],
      ["Tamsin will see if the export can wait", ["tamsin-greer"]],
      // What someone should be is how they are, not work; what they should do is.
      ["Bertrand should ping the vendor about the quotas", ["bertrand-okoye"]],
    ]);
  });
});

describe("decisions that assign work", () => {
  it("reads the work in 'Agreed that Name will ...', and to own something as work", () => {
    const minutes = parseMinutes(
      `${header}## Action items\n\n- Ingrid to benchmark the queues\n\n## Decisions\n\n- Agreed that Tamsin will own the migration runbook.\n- Agreed that the old API stays.\n`,
    );
    expect(minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId])).toEqual([
      ["Ingrid to benchmark the queues", "ingrid-holm"],
      ["Tamsin will own the migration runbook", "tamsin-greer"],
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "Agreed that Tamsin will own the migration runbook.",
      "Agreed that the old API stays.",
    ]);
  });

  it("under a heading naming decisions and actions, reads items without a sign of work as decisions", () => {
    const minutes = parseMinutes(
      `${header}## Decisions and action items\n\n- Tamsin to send the deck by Monday\n- Review the churn numbers\n- We keep the current vendor\n`,
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Tamsin to send the deck by Monday",
      "Review the churn numbers",
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "We keep the current vendor",
    ]);
  });
});

describe("items of a task list that are not work", () => {
  it("keeps 'none', questions, facts and bare statuses out of the tasks, and labelled work in", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- None this week",
          "- N/A",
          "- Status: on track",
          "- Who owns the billing export?",
          "- Next meeting: March 12",
          "- Tamsin: done",
          "- Website: update the README",
          "- Bertrand: can you check the invoices?",
          "- Bertrand to renew the domain by March 20",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Website: update the README", []],
      ["can you check the invoices?", ["bertrand-okoye"]],
      ["Bertrand to renew the domain by March 20", ["bertrand-okoye"]],
    ]);
  });

  it("keeps labelled items whose value says when, how long or how often, and items put tentatively", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- **Monitoring:** 48-hour observation window with alerts",
          "- **Updates:** weekly to the sponsor",
          "- **Fallback:** ready within 2 hours if the import fails",
          "- Add a rate limit so that bursts fail fast instead of queueing?",
          "- Something about staggering the launch times?",
          "- Should we rename the repo?",
          "",
        ].join("\n"),
      ).map(([text]) => text),
    ).toEqual([
      "48-hour observation window with alerts",
      "weekly to the sponsor",
      "ready within 2 hours if the import fails",
      "Add a rate limit so that bursts fail fast instead of queueing?",
      "Something about staggering the launch times?",
    ]);
  });

  it("reads a status closing an item as the task being done", () => {
    const minutes = parseMinutes(
      `${header}## Review of previous action items\n\n- Tamsin to send the deck — done\n- Ingrid: update the wiki (completed)\n- Bertrand to fix the flaky test — still open\n`,
    );
    expect(minutes.actionItems.map((task) => [task.text, task.status])).toEqual([
      ["Tamsin to send the deck", "done"],
      ["update the wiki", "done"],
      ["Bertrand to fix the flaky test — still open", "open"],
    ]);
  });
});

describe("notes that give no one work", () => {
  it("reads absences and votes as no task, and a follow-up beside them as one", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- Tamsin will be on leave from March 9",
          "- Bertrand will be out next week",
          "- Proposal to adopt the new charter: +1 Tamsin, +1 Bertrand, 0 Ingrid",
          "- Motion to close the old repo: +1 Ingrid",
          "- Ingrid will follow up with the auditors",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Ingrid will follow up with the auditors", ["ingrid-holm"]]]);
  });
});

describe("agenda slots", () => {
  it("reads who presents in an agenda slot as its speaker, and work given in the agenda as work", () => {
    expect(
      tasks(
        [
          "## Agenda",
          "",
          "1. Q1 numbers (Tamsin, 10 min)",
          "2. Tamsin to present the roadmap",
          "3. Ingrid will give an update on hiring",
          "4. Hiring — Bertrand will schedule the panel interviews by Monday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Hiring — Bertrand will schedule the panel interviews by Monday", ["bertrand-okoye"]],
    ]);
  });

  it("still reads 'to present' as work outside an agenda", () => {
    expect(tasks("## Discussion\n\nTamsin to present the roadmap to the board.\n")).toEqual([
      ["Tamsin to present the roadmap to the board", ["tamsin-greer"]],
    ]);
  });
});

describe("headings that lost their markup", () => {
  it("reads a section name alone in its paragraph as a heading, and not inside a sentence", () => {
    const minutes = parseMinutes(
      "Quarry Labs weekly\n\nMar 5, 2026\n\nAttendees: Tamsin Greer, Bertrand Okoye\n\nNotes\n\n* Pilot goes live with two stores.\n\nAction items\n\n* Tamsin Greer - Send the pilot contract\n\nAction items were reviewed\nbefore the call.\n",
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId ?? null]),
    ).toEqual([["Send the pilot contract", "tamsin-greer"]]);
  });

  it("reads a capital marker before a task alone in its paragraph as the task, not a heading", () => {
    const minutes = parseMinutes(
      "Quarry Labs weekly\n\nMar 5, 2026\n\nAttendees: Tamsin Greer, Bertrand Okoye\n\nNotes\n\nThe pilot contract is late.\n\nACTION Tamsin to chase the pilot contract\n\nTODO Bertrand book the venue\n\nACTION ITEMS\n\n* Bertrand Okoye - Send the floor plan\n",
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId ?? null]),
    ).toEqual([
      ["Tamsin to chase the pilot contract", "tamsin-greer"],
      ["book the venue", "bertrand-okoye"],
      ["Send the floor plan", "bertrand-okoye"],
    ]);
    expect(minutes.sections.map((section) => section.heading)).not.toContain(
      "ACTION Tamsin to chase the pilot contract",
    );
  });
});

describe("action markers in discussion", () => {
  it("reads 'AP:', an arrow before 'Name: task' and 'Next step:' as work, not an arrow before a remark", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Refund queue is growing.",
          "  - AP: Tamsin to check the refund worker",
          "  - → Ingrid: draft the customer notice",
          "  - → the queue drained overnight",
          "- Pricing page questions came up again.",
          "  - Next step: Tamsin to collect the top five questions",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin to check the refund worker", ["tamsin-greer"]],
      ["draft the customer notice", ["ingrid-holm"]],
      ["Tamsin to collect the top five questions", ["tamsin-greer"]],
    ]);
  });
});

describe("a list that marks its actions", () => {
  it("reads its unmarked items as the discussion around the marked ones", () => {
    expect(
      tasks(
        [
          "## Review of open items",
          "",
          "- Vendor contract renewal",
          "- - Talked with the vendor; renewal terms look unchanged",
          "  - ACTION: Tamsin to send the signed contract",
          "- Proposing a two-day onsite in May",
          "- - While April could serve as a backup, May is preferred",
          "  - ACTION: Bertrand to book the venue by April 10",
          "- Update the escalation runbook",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin to send the signed contract", ["tamsin-greer"]],
      ["Bertrand to book the venue by April 10", ["bertrand-okoye"]],
    ]);
  });

  it("keeps an unmarked item that names its taker, has a checkbox or a label of its own", () => {
    expect(
      tasks(
        [
          "## Actions",
          "",
          "- ACTION: Tamsin to send the signed contract",
          "- ACTION: Bertrand to book the venue",
          "- Ingrid to collect the badges",
          "- [ ] Print the agenda",
          "- PLAN: Get the budget set in 48 hours",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin to send the signed contract", ["tamsin-greer"]],
      ["Bertrand to book the venue", ["bertrand-okoye"]],
      ["Ingrid to collect the badges", ["ingrid-holm"]],
      ["Print the agenda", []],
      ["Get the budget set in 48 hours", []],
    ]);
  });

  it("reads every item of a list with one marked action as it would without the mark", () => {
    expect(
      tasks(
        [
          "## Actions",
          "",
          "- ACTION: Tamsin to send the contract",
          "- Update the runbook",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin to send the contract", ["tamsin-greer"]],
      ["Update the runbook", []],
    ]);
  });
});

describe("sentences that tell how things go, or work already done", () => {
  it("reads no task where a role acts whenever something happens, or the work was resolved at once", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "When the system flags an essay, the student will tag the sentence for review.",
          "",
          "If the import fails, the operator will restart the job.",
          "",
          "The client asked the team to align the buttons, which was resolved immediately.",
          "",
          "Tamsin will update the page, which was already done by Bertrand.",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("keeps the work of someone named, or of a team, after a condition, and work on resolved things", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "If the vendor agrees, Tamsin will send the contract.",
          "",
          "Once the budget is approved, the team will hire a contractor.",
          "",
          "Bertrand will close the ticket which was resolved yesterday.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      // The condition stays with the work it holds for (and is the task's `condition`).
      ["If the vendor agrees, Tamsin will send the contract", ["tamsin-greer"]],
      ["the team will hire a contractor", ["group:the team"]],
      ["Bertrand will close the ticket which was resolved yesterday", ["bertrand-okoye"]],
    ]);
  });
});

describe("lists of things and questions taken away", () => {
  it("reads names that go on a list of things after a comma as no one", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "We already:",
          "",
          "- use Mastodon, Slack and Matrix to share news with members",
          "- keep Zulip, Discord and IRC bridged for the old hands",
          "- In March, Tamsin and Ingrid to draft the newsletter",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Tamsin and Ingrid to draft the newsletter", ["tamsin-greer", "ingrid-holm"]]]);
  });

  it("reads a question someone takes away as work, and 'could' or 'might' alone as none", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Bertrand to explore whether we could use the larger hall",
          "- Ingrid to check if we might share the stand with the user group",
          "- We could take names at the door",
          "- Tamsin might look at the sign-up form later",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Bertrand to explore whether we could use the larger hall", ["bertrand-okoye"]],
      ["Ingrid to check if we might share the stand with the user group", ["ingrid-holm"]],
    ]);
  });

  it("gives work closed by a dash and a group of the people there to that group", () => {
    expect(
      tasks(
        [
          "**Decision**:",
          "",
          "- Use the shared drive for published documents - all",
          "- Archive the old spreadsheets — everyone",
          "- Renew the certificates - infrastructure",
          "- Budget approved - all",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Use the shared drive for published documents", ["group:all"]],
      ["Archive the old spreadsheets", ["group:everyone"]],
      // A department after a dash may be the item's area as well as its taker: no owner.
      ["Renew the certificates - infrastructure", []],
    ]);
  });
});

describe("reports of what was done", () => {
  it("reads no task in work done by someone, what could be done, or a start already made", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "Minutes were taken by Ingrid Holm (secretary).",
          "",
          "- The migration was handled by Bertrand",
          "- The team was able to divide up the work effectively",
          "- Started to move the tests to the new images",
          "- Wanted to send stickers to all members",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("the pronoun 'It'", () => {
  it("gives no work to 'It' opening a sentence, but does to the IT department", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "It will send an alert when the queue fills. It will work after the restart.",
          "",
          "IT will reset the kiosk passwords.",
          "",
        ].join("\n"),
      ),
    ).toEqual([["IT will reset the kiosk passwords", ["group:IT"]]]);
  });
});

describe("what software does, in a list of work", () => {
  it("reads no task from a thing that will fail or crash, and does from someone who will fix it", () => {
    expect(
      tasks(
        [
          "## Corrective actions",
          "",
          "Python will silently fail when a path ends in a slash. The importer will crash on empty files.",
          "",
          "Tamsin will quickly fix the manifest.",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Tamsin will quickly fix the manifest", ["tamsin-greer"]]]);
  });
});

describe("a comma inside a bracket", () => {
  it("starts no clause there, so no task opens inside a bracket and closes outside it", () => {
    const found = tasks(
      [
        "## Notes",
        "",
        "- Lunch (sandwiches, Kazimir to order), then the workshop",
        "- Stand (banners, Kazimir to print), Ingrid will book the van",
        "",
      ].join("\n"),
    );
    expect(found).toEqual([["Ingrid will book the van", ["ingrid-holm"]]]);
  });
});

describe("standing duties and the next meeting", () => {
  it("reads no task in a duty that holds every time, nor in the group meeting again", () => {
    expect(
      tasks(
        [
          "## Working agreement",
          "",
          "- Everyone is responsible for opening a branch when starting work on a ticket",
          "- Ingrid owns the release tags whenever we ship",
          "- Agreed that Bertrand owns the cost report from now on",
          "- Tamsin is responsible for the March rota",
          "- We'll convene again next week to go through the rest",
          "- We will regroup on Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Tamsin is responsible for the March rota", ["tamsin-greer"]]]);
  });
});

describe("the writers' plan to start something", () => {
  it("reads starting a piece of work as work, and starting the meeting or with a topic as no task", () => {
    expect(
      tasks(
        [
          "## Notes",
          "",
          "- We'll start the licence review for the donated plugin.",
          "- Need to begin the vendor audit.",
          "- We'll start with introductions next time.",
          "- We will start the meeting at nine from now on.",
          "- We'll begin on time.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["We'll start the licence review for the donated plugin", []],
      ["Need to begin the vendor audit", []],
    ]);
  });
});

describe("items of an action list that hold no work", () => {
  it("reads none in brackets, a name's 'n/a', a pointer elsewhere and thanks as no task", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- (none)",
          "- Tamsin: n/a",
          "- See previous notes for open items",
          "- Great meeting everyone!",
          "- Thanks all",
          "- See if the vendor can extend the trial",
          "- Thank the vendor for the quick fix",
          "- Ingrid to follow up on the contract",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["See if the vendor can extend the trial", []],
      ["Thank the vendor for the quick fix", []],
      ["Ingrid to follow up on the contract", ["ingrid-holm"]],
    ]);
  });
});

describe("a word that opens a remark where a taker would stand", () => {
  it("reads no owner, and no task, in 'Happy to help', 'Hard to say', 'Possible to ...'", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Happy to help with the review of the intake form",
          "- Hard to say how long the old tickets will take",
          "- Possible to upload the slides with a different licence later",
          "- Alternative is to split the small questions from the big ones",
          "- Tamsin to send the slides to the group",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Tamsin to send the slides to the group", ["tamsin-greer"]]]);
  });

  it("keeps a retro's 'Change:' as its action, with no owner named 'Change'", () => {
    const minutes = parseMinutes(
      `${header}## Action items\n\n- Goal: clearer plans\n- Change: Rotate who chairs the huddle\n`,
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Change: Rotate who chairs the huddle", []],
    ]);
  });

  it("still reads such a word inside a person's name", () => {
    const minutes = parseMinutes(
      "# Huddle\n\nDate: 2026-03-05\nAttendees: Tallis Worth, Greta Best\n\n- Tallis Worth to book the room\n",
    );
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Tallis Worth", "Greta Best"]);
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Tallis Worth to book the room", ["tallis-worth"]],
    ]);
  });
});

describe("an owner column that holds a date", () => {
  it("names nobody: '20/4' is no pair of people", () => {
    const minutes = parseMinutes(
      `${header}## Actions\n\n| What | Who |\n| --- | --- |\n| Sign off the budget | 20/4 |\n| Book the room | Ingrid |\n`,
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Sign off the budget", []],
      ["Book the room", ["ingrid-holm"]],
    ]);
  });
});

describe("a verb's past form where a taker would stand", () => {
  it("reads a report in 'Confirmed to use ...', 'Estimated to finish today', and a name that ends so", () => {
    expect(
      tasks(
        [
          "## Standup",
          "",
          "- Confirmed to use the new runner for the nightly tests",
          "- Committed to the launch date of March 20",
          "- Estimated to finish today",
          "- Jared to send the runner logs",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Jared to send the runner logs", ["person:Jared"]]]);
  });

  it("gives 'Asked Bertrand to ...', 'Requested Ingrid to ...' and 'Tamsin asked Bertrand to ...' to whoever was asked", () => {
    expect(
      tasks(
        [
          "## Standup",
          "",
          "- Asked Bertrand to send the runner logs",
          "- Requested Ingrid to review the budget by Friday",
          "- Tamsin asked Bertrand to book the room",
          "- Tamsin asked us to tidy the backlog",
          "- Told Tamsin about the outage",
          "- Asked to join the review call",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Asked Bertrand to send the runner logs", ["bertrand-okoye"]],
      ["Requested Ingrid to review the budget by Friday", ["ingrid-holm"]],
      ["Tamsin asked Bertrand to book the room", ["bertrand-okoye"]],
    ]);
  });

  it("gives a request in a list of work to whoever was asked, with the asker named first", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Tamsin asked Bertrand to book the room",
          "- Ingrid Holm reminded Tamsin to renew the licence by Friday",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tamsin asked Bertrand to book the room", ["bertrand-okoye"]],
      ["Ingrid Holm reminded Tamsin to renew the licence by Friday", ["tamsin-greer"]],
    ]);
  });
});
