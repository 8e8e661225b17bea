import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textAndOwners } from "../helpers/owners.js";

const header = `# Partner call\n\n**Date:** 2026-04-14\n\n## Attendees\n\n- Lisa Wong (@lwong)\n- Raj Patel\n- Marcus Lee\n\n`;
const read = (body: string, options = {}) => parseMinutes(header + body, options);
const prose = (body: string, options = {}) => {
  const minutes = read(body, options);
  return [...minutes.actionItems, ...minutes.commitments].filter(
    (task) => task.extractor === "prose-commitment",
  );
};
/** The prose-read work of a body, as [text, owners' names as written]. */
const work = (body: string) =>
  prose(body).map((task) => [task.text, task.owners.map((owner) => owner.name)]);

describe("a group told what to do", () => {
  it("gives the group work it is told to do by a day, and not a wish or a rule", () => {
    expect(
      work(
        [
          "## Discussion",
          "",
          "Everyone should review the rota by 13 April. All members must submit their hours by Friday. Everyone should feel welcome. The team should tidy the docs. Moderators must check every post within a day.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Everyone should review the rota by 13 April", ["Everyone"]],
      ["All members must submit their hours by Friday", ["All members"]],
    ]);
  });
});

describe("a speaker's line", () => {
  it("gives a speaker's 'we will' in a customer's meeting to the speaker's organization, and in a community's to no one", () => {
    const call = (attendees: string) =>
      parseMinutes(
        [
          "# Escalation call",
          "",
          "Date: 2026-09-30",
          attendees,
          "",
          "## Discussion",
          "",
          "- Ingrid: we will check the retention policy with security by Monday.",
          "- Tovah: the fix is staged. Our team will send the rollout plan next week.",
          "- Tovah: we will discuss pricing next quarter.",
          "- Ingrid: we will not change the export format.",
          "",
        ].join("\n"),
      ).actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => `${owner.kind}:${owner.name}`),
        task.due,
      ]);
    expect(
      call("Customer: Quillfield\nAttendees: Ingrid Holm (Quillfield), Tovah Brandt (Brightwater)"),
    ).toEqual([
      [
        "we will check the retention policy with security by Monday",
        ["organization:Quillfield"],
        "2026-10-05",
      ],
      ["Our team will send the rollout plan next week", ["organization:Brightwater"], "2026-10-09"],
    ]);
    // People of several employers at one community's table: "we" is the community.
    expect(
      call("Attendees: Ingrid Holm (Quillfield), Tovah Brandt (Brightwater)").map(
        ([text, owners]) => [text, owners],
      ),
    ).toEqual([["Our team will send the rollout plan next week", ["group:Our team"]]]);
  });

  it("gives the speaker the first-person promise in a later sentence of the line", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "**Raj:** The latency numbers look bad. I'll profile the hot path before Thursday.",
        "",
        "Lisa: The export is slow. I will ask the vendor about rate limits.",
        "",
        "- Marcus: Yes, will include this in the proposal. Will also reduce the amount of code.",
        "- Raj: Good start. I'll have to read the second section again to follow it.",
        "",
      ].join("\n"),
    );
    expect(
      found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId), task.due]),
    ).toEqual([
      ["I'll profile the hot path before Thursday", ["raj-patel"], "2026-04-16"],
      ["I will ask the vendor about rate limits", ["lisa-wong"], null],
      // "Will also ...": the adverb between "will" and the verb keeps it the speaker's promise.
      ["Will also reduce the amount of code", ["marcus-lee"], null],
    ]);
  });

  it("gives work the speaker hands to someone by name to that person", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "**Lisa:** Raj, please check the large-account path too.",
        "",
        "Marcus: Raj, could you check the retry path?",
        "",
        "Lisa: Please check it again.",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(found)).toEqual([["check the large-account path too", ["raj-patel"]]]);
  });

  it("gives a tagged speaker a later sentence that opens with 'Will' and the work's verb", () => {
    const found = prose(
      [
        "## Notes",
        "",
        "(Raj) The index pages are merged by Monday. Will add the warning notes once drafts land.",
        "",
        "(Lisa) will take a look",
        "",
        "(Marcus) Proposal is up. Will make the config easier to follow. Will wait for the vendor.",
        "",
        "(Raj) Will this work offline? will evolve over time.",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(found)).toEqual([
      ["Will add the warning notes once drafts land", ["raj-patel"]],
      ["will take a look", ["lisa-wong"]],
    ]);
  });

  it("reads 'Will' before a verb in lower case as the modal, even when an attendee is named Will", () => {
    const minutes = parseMinutes(
      "# Docs call\n\nDate: 2026-04-14\nPresent: Will Hart, Ana Ruiz\n\n## Plans\n\nAgreed on the plan:\n\n- Will file issues for the Q1 projects\n- Will to send the minutes\n",
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Will file issues for the Q1 projects", []],
      ["Will to send the minutes", ["will-hart"]],
    ]);
  });

  it("reads an adverb between 'will' and the verb of a labelled speaker's promise", () => {
    const found = prose(
      [
        "## Notes",
        "",
        "JDO: I'll also take a look at the flaky job. Can you add a note on it?",
        "",
        "Lisa: I will then send the summary to the list.",
        "",
        "Marcus: I'll probably look at it at some point.",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(found)).toEqual([
      ["I'll also take a look at the flaky job", ["person:JDO"]],
      ["I will then send the summary to the list", ["lisa-wong"]],
    ]);
  });

  it("keeps a scribe's speaker over the next lines of the paragraph", () => {
    const found = prose(
      [
        "## Minutes",
        "",
        "**Lisa Wong:** the call link stays the same  ",
        "… I will follow up with the docs task force  ",
        "… Raj and I will draft the charter",
        "",
        "**Marcus Lee:** the venue is confirmed",
        "... I'll send the agenda on Friday",
        "Will have some speeches while the release happens.",
        "Will also book the caterer.",
        "",
        "The room was cold.",
        "I will bring a heater next time.",
        "",
      ].join("\n"),
    );
    expect(
      found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId), task.due]),
    ).toEqual([
      ["I will follow up with the docs task force", ["lisa-wong"], null],
      ["Raj and I will draft the charter", ["raj-patel", "lisa-wong"], null],
      ["I'll send the agenda on Friday", ["marcus-lee"], "2026-04-17"],
      // What there will be is no one's work.
      ["Will also book the caterer", ["marcus-lee"], null],
    ]);
  });
});

describe("prose commitments", () => {
  it.each([
    ["Raj will send the revised quote.", "Raj will send the revised quote", ["raj-patel"]],
    [
      "Lastly, Marcus will review the rollout plan.",
      "Marcus will review the rollout plan",
      ["marcus-lee"],
    ],
    [
      "There is a known gap – Lisa will follow up with the vendor.",
      "There is a known gap – Lisa will follow up with the vendor",
      ["lisa-wong"],
    ],
    ["ACTION Raj to book the room.", "Raj to book the room", ["raj-patel"]],
    [
      // Addressed and asked: the name and "please" go, as "Marcus, circle back" loses its name.
      "Marcus, please circle back on pricing.",
      "circle back on pricing",
      ["marcus-lee"],
    ],
    ["Migrate the billing exports, owned by Lisa.", "Migrate the billing exports", ["lisa-wong"]],
    ["Lisa: will draft the FAQ.", "will draft the FAQ", ["lisa-wong"]],
    ["We agreed that Raj should draft the notice.", "Raj should draft the notice", ["raj-patel"]],
    ["Lisa is to confirm the venue.", "Lisa is to confirm the venue", ["lisa-wong"]],
    [
      "Next step is for Marcus to call the customer.",
      "Marcus to call the customer",
      ["marcus-lee"],
    ],
  ])("reads %j", (sentence, text, owners) => {
    const [task] = prose(`## Discussion\n\n${sentence}\n`);
    expect(task).toMatchObject({ text, section: "actionItems" });
    expect(task!.owners.map((owner) => owner.attendeeId)).toEqual(owners);
  });

  it("reads a sentence without a subject as the same person's next task", () => {
    const tasks = prose(
      "## Discussion\n\nRaj will ask finance to wait. Also will resend the deck.\n",
    );
    expect(tasks.map((task) => [task.text, task.owners[0]?.attendeeId])).toEqual([
      ["Raj will ask finance to wait", "raj-patel"],
      ["will resend the deck", "raj-patel"],
    ]);
  });

  it("keeps an incident review's own promise without an owner when it has no action list", () => {
    const review =
      "# Postmortem: queue backlog\n\n**Date:** 2026-04-14\n\n## What we learned\n\n- We will add alerting on queue depth.\n";
    const [task] = parseMinutes(review).actionItems;
    expect(task).toMatchObject({
      text: "We will add alerting on queue depth",
      owners: [],
      extractor: "prose-commitment",
    });
    // In the minutes of a discussion that lists its work, "we will ..." narrates what the group
    // talked about; the list says what was taken on.
    expect(
      prose(
        "## Discussion\n\n- We will add alerting on queue depth.\n\n## Action items\n\n- Lisa to draft the runbook\n",
      ),
    ).toEqual([]);
  });

  it("files promises to the customer as commitments", () => {
    const [task] = prose("## Summary\n\nLisa committed to weekly reviews for the next quarter.\n");
    expect(task).toMatchObject({ section: "commitments", owners: [{ attendeeId: "lisa-wong" }] });
  });

  it("files a promise by a name the note does not list, unless the note lists its work", () => {
    const body =
      "# Vendor call\n\n## Notes\n\nOdalys promised a patched build before the audit. Nobody promised a date for the rest.\n";
    const promised = parseMinutes(body).commitments;
    expect(promised.map((task) => [task.text, task.owners.map((owner) => owner.name)])).toEqual([
      ["Odalys promised a patched build before the audit", ["Odalys"]],
    ]);
    const listed = parseMinutes(`${body}\n## Action items\n\n- Fix the login page\n`);
    expect(listed.commitments).toEqual([]);
  });

  it("takes the topic heading as the title", () => {
    const [task] = prose("## Release date\n\nMarcus will confirm the freeze with QA.\n");
    expect(task?.title).toBe("Release date");
  });

  it("reads a note with no heading at all", () => {
    const note =
      "Minutes, 3 March 2026\n\nAttendees – Ana Ruiz, Ben Ode\n\nBen will draft the charter.\n";
    const minutes = parseMinutes(note);
    expect(minutes.attendees.map((attendee) => attendee.name)).toEqual(["Ana Ruiz", "Ben Ode"]);
    expect(minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId])).toEqual([
      ["Ben will draft the charter", "ben-ode"],
    ]);
  });

  it.each([
    "Raj will not attend the offsite.",
    "Marcus would like to revisit the budget.",
    "It would be great if Lisa could share the slides.",
    "Will Raj send the quote?",
    "+1 from Marcus",
    "Raj will be on leave next week.",
    // A thing that will be done, with no day it is due by.
    "The report will be published.",
    "Blocks will be created every two seconds.",
    "[04-14 10:05] Raj reports the outage on chat.",
    "11:20 - Lisa will rejoin after lunch.",
    "We will see how the pilot goes.",
    "Raj sent the quote yesterday.",
    "Marcus to be the point of contact.",
  ])("reads no task in %j", (sentence) => {
    expect(prose(`## Discussion\n\n${sentence}\n`)).toEqual([]);
  });

  it("needs a taker the note knows when the note has an explicit action list", () => {
    const body =
      "## Discussion\n\nPriya will check the logs. We will add a retry.\n\n## Action Items\n\n- Lisa: send the notes\n";
    expect(prose(body)).toEqual([]);
    const known =
      "## Discussion\n\nRaj will check the logs.\n\n## Action Items\n\n- Lisa: send the notes\n";
    expect(prose(known).map((task) => task.owners[0]?.attendeeId)).toEqual(["raj-patel"]);
  });

  it("decides verbs with the part-of-speech check when one is given, and without it by word lists", () => {
    // "it" after the word: no determiner to settle the word's part of speech first.
    const body = "## Discussion\n\nRaj will shepherd it.\n";
    const calls: string[] = [];
    const tagger = () => ({
      isVerb: (_clause: string, word: string) => {
        calls.push(word);
        return false;
      },
    });
    expect(prose(body, { partOfSpeech: tagger })).toEqual([]);
    expect(calls).toEqual(["shepherd"]);
    expect(prose(body, { partOfSpeech: null }).map((task) => task.text)).toEqual([
      "Raj will shepherd it",
    ]);
  });

  it("never loads the part-of-speech check for a note whose verbs are all known", () => {
    let loads = 0;
    const loader = () => {
      loads++;
      return null;
    };
    read("## Discussion\n\nRaj will send the quote.\n", { partOfSpeech: loader });
    expect(loads).toBe(0);
  });
});

describe("speaker lines and debts", () => {
  const items = (body: string) =>
    parseMinutes(`${header}${body}`).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => owner.attendeeId),
    ]);

  it("reads 'Name: has to ...' and 'A & B: will ...' as their promises", () => {
    expect(
      items(
        "## Notes\n\n- Raj: has to write the milestone plan\n- Lisa & Marcus: will meet to plan the release\n",
      ),
    ).toEqual([
      ["has to write the milestone plan", ["raj-patel"]],
      ["will meet to plan the release", ["lisa-wong", "marcus-lee"]],
    ]);
  });

  it("reads 'Name owes a ...' as work owed", () => {
    expect(items("## Notes\n\n- Marcus owes a PR to the docs\n")).toEqual([
      ["Marcus owes a PR to the docs", ["marcus-lee"]],
    ]);
  });
});

describe("a topic, then a dash typed as two hyphens", () => {
  it("reads who takes the work after a short topic, and after a remark the work alone", () => {
    expect(
      work(
        "## Notes\n\n- Release party\n  - Catering -- Raj and Marcus to book the food truck\n  - Lisa: not sure the hall is free -- Raj to check with the caretaker\n",
      ),
    ).toEqual([
      ["Catering -- Raj and Marcus to book the food truck", ["Raj", "Marcus"]],
      ["Raj to check with the caretaker", ["Raj"]],
    ]);
  });
});

describe("work after a report, and work an attendee is told to do", () => {
  it("reads 'Raj reviewed the draft and will send comments' and 'Marcus should follow up'", () => {
    expect(
      work(
        "## Discussion\n\nRaj reviewed the draft and will send comments by Friday. Marcus met the vendor and will report back. Lisa should follow up with finance.\n",
      ),
    ).toEqual([
      ["Raj reviewed the draft and will send comments by Friday", ["Raj"]],
      ["Marcus met the vendor and will report back", ["Marcus"]],
      ["Lisa should follow up with finance", ["Lisa"]],
    ]);
  });

  it("reads none from what someone else will do, what will be, or what should be", () => {
    expect(
      work(
        "## Discussion\n\nRaj mentioned that Marcus is busy and will call later. Lisa tested the fix and will be away next week. Marcus should be careful with the keys. We should follow up with finance. The docs should explain the limits.\n",
      ),
    ).toEqual([]);
  });

  it("reads none from a size that changes, and work from one someone changes", () => {
    const minutes = read(
      "## Discussion\n\n- Raj's team will grow to six people in Q1.\n- Costs will double by March.\n- Marcus will grow the community in Q1.\n- Lisa will increase the rate limit to 500 by Friday.\n",
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Marcus will grow the community in Q1",
      "Lisa will increase the rate limit to 500 by Friday",
    ]);
  });

  it("reads an attendee's 'should' or 'must' as their work, in a sentence with no other cue", () => {
    expect(
      work(
        "## Discussion\n\nLisa should renew the domain. Marcus must sign the supplier form by Friday.\n",
      ),
    ).toEqual([
      ["Lisa should renew the domain", ["Lisa"]],
      ["Marcus must sign the supplier form by Friday", ["Marcus"]],
    ]);
  });

  it("reads a rule, a guess or a mood after 'must' or 'should' as no one's work", () => {
    expect(
      work(
        "## Discussion\n\nTwo reviewers must approve each change. The treasurer must report to the board. Marcus must have left early. Lisa should probably rest.\n",
      ),
    ).toEqual([]);
  });
});

describe("work the group puts on someone it names", () => {
  it("reads 'let's have', 'we'll have' and 'we will get ... to' as the named attendees' work", () => {
    expect(
      work(
        "## Discussion\n\nLet's have Lisa draft the agenda. We'll have Marcus check the numbers before Friday. We will get Raj and Lisa to review the contract.\n",
      ),
    ).toEqual([
      ["Let's have Lisa draft the agenda", ["Lisa"]],
      ["We'll have Marcus check the numbers before Friday", ["Marcus"]],
      ["We will get Raj and Lisa to review the contract", ["Raj", "Lisa"]],
    ]);
  });

  it("reads no work where the one named is not an attendee or what follows is no task", () => {
    expect(
      work(
        "## Discussion\n\nLet's have a look at the budget. Let's have Marcus think about it. We'll have Northwind review it.\n",
      ),
    ).toEqual([]);
  });

  it("gives the taker the work whoever helps, written between commas", () => {
    expect(
      work(
        "## Discussion\n\nMarcus, with Lisa, will draft the plan. Raj, with help from the vendor, will patch the host.\n",
      ),
    ).toEqual([
      ["Marcus, with Lisa, will draft the plan", ["Marcus"]],
      ["Raj, with help from the vendor, will patch the host", ["Raj"]],
    ]);
  });
});

describe("what someone owes", () => {
  it("is their work, owed to us, to a group, or to someone named", () => {
    expect(
      work(
        "## Discussion\n\nRaj owes Lisa a call back. Marcus owes us the numbers by Friday. Lisa owes the team a demo.\n",
      ),
    ).toEqual([
      ["Raj owes Lisa a call back", ["Raj"]],
      ["Marcus owes us the numbers by Friday", ["Marcus"]],
      ["Lisa owes the team a demo", ["Lisa"]],
    ]);
  });

  it("is not a sum owed", () => {
    expect(work("## Discussion\n\nMarcus owes Northwind money.\n")).toEqual([]);
  });
});

describe("sentences that read like assignments and are not", () => {
  it.each([
    "One is to make sure there are no open complaints.",
    "The goal is to ship in May.",
    "We agreed that the release should wait for the audit.",
    "Next step is for testing to finish.",
  ])("%j gives no one work", (sentence) => {
    expect(prose(`## Discussion\n\n${sentence}\n`)).toEqual([]);
  });

  it("reads an order addressed to attendees or a group before a comma as their work", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "- Everyone, fill in the availability poll",
        "- Lisa and Raj, update the partner tracker",
        "- All reviewers, sign off on the pricing page",
        "- Also, check the staging logs",
        "- Overall, review went well",
        "- Dmitri, send the invoice",
        "- We, the partners, agree on the terms",
      ].join("\n"),
    );
    expect(
      found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId ?? owner.name)]),
    ).toEqual([
      ["fill in the availability poll", ["Everyone"]],
      ["update the partner tracker", ["lisa-wong", "raj-patel"]],
      ["sign off on the pricing page", ["All reviewers"]],
    ]);
  });

  it("reads 'Action for Raj:' as Raj's action", () => {
    const [task] = read("## Discussion\n\nAction for Raj: send the invoice.\n").actionItems;
    expect(task).toMatchObject({ text: "send the invoice", owners: [{ attendeeId: "raj-patel" }] });
  });
});

describe("appointments and questions are not tasks", () => {
  it("reads a seat taken on a committee, and what people may do, as no task", () => {
    expect(
      textAndOwners(
        prose(
          [
            "## Discussion",
            "",
            "Marcus Lee to join the steering committee until July. Raj Patel to serve on the",
            "review panel. Everyone should be able to edit the roadmap. All members should",
            "have a chance to present their work. Lisa will join the partner call to answer questions.",
            "We will add an alert feed to be able to warn users earlier.",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Lisa will join the partner call to answer questions", ["lisa-wong"]],
      ["We will add an alert feed to be able to warn users earlier", []],
    ]);
  });

  it("reads a role given to someone as no task, in prose and in a status list", () => {
    expect(prose("## Discussion\n\nMarcus Lee will serve as chair for the next term.\n")).toEqual(
      [],
    );
    expect(prose("## Discussion\n\nRaj Patel will be the release manager for 4.2.\n")).toEqual([]);
    const status = read(
      "## Status\n\n- Work in progress\n  - Lisa Wong will act as liaison with the vendor\n",
    );
    expect(status.actionItems).toEqual([]);
  });

  it("still reads work that names a role in its words", () => {
    expect(
      prose("## Discussion\n\nMarcus Lee will email the chair about the agenda.\n").map((task) => [
        task.text,
        task.owners.map((owner) => owner.name),
      ]),
    ).toEqual([["Marcus Lee will email the chair about the agenda", ["Marcus Lee"]]]);
    const status = read(
      "## Status\n\n- Work in progress\n  - Lisa Wong will serve the new dashboards to the partner\n",
    );
    expect(status.actionItems.map((task) => task.owners.map((owner) => owner.name))).toEqual([
      ["Lisa Wong"],
    ]);
  });

  it("skips a question in a status list, and keeps the plain request beside it", () => {
    const status = read(
      "## Status\n\n- Work in progress\n  - Raj Patel: who owns the rollback plan?\n  - Raj Patel to draft the rollback plan\n",
    );
    expect(status.actionItems.map((task) => task.text)).toEqual([
      "Raj Patel to draft the rollback plan",
    ]);
  });
});

describe("sentences wrapped over the lines of a paragraph", () => {
  const tasksOf = (body: string) =>
    prose(body).map((task) => [task.text, task.owners.map((owner) => owner.name), task.due]);

  it("reads a sentence wrapped mid-phrase as one, with the deadline on its next line", () => {
    expect(
      tasksOf(
        "## Discussion\n\nThe vendor call went well. Raj Patel will update the runbook by\nFriday, and send it round.\n",
      ),
    ).toEqual([
      [
        "Raj Patel will update the runbook by Friday, and send it round",
        ["Raj Patel"],
        "2026-04-17",
      ],
    ]);
  });

  it("joins a line that goes on in lower case, and points the task at the line it starts on", () => {
    const [task] = prose(
      "## Discussion\n\nThe review is done.\nMarcus Lee will draft the\nmigration plan for the reporting cluster.\n",
    );
    expect(task!.text).toBe("Marcus Lee will draft the migration plan for the reporting cluster");
    expect(task!.source.start.line).toBe(14);
  });

  it("keeps lines apart after a full stop, before a label line, and across a blank line", () => {
    expect(
      tasksOf(
        "## Discussion\n\nLisa Wong will send the slides.\nMarcus Lee reviewed the budget\nOwner: Raj Patel\n\nnext quarter the budget grows\n",
      ),
    ).toEqual([["Lisa Wong will send the slides", ["Lisa Wong"], null]]);
  });
});

describe("first-person work under a bullet that names the speaker", () => {
  it("is the named person's task", () => {
    const tasks = prose(
      [
        "## Updates",
        "",
        "- Raj",
        "  - Looked at the invoice backlog.",
        "  - I will send the revised quote to procurement.",
        "- Marcus:",
        "  - Checked the staging logs, I'll open a ticket for the timeout.",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(tasks)).toEqual([
      ["I will send the revised quote to procurement", ["raj-patel"]],
      ["Checked the staging logs, I'll open a ticket for the timeout", ["marcus-lee"]],
    ]);
  });

  it("is no task under a topic, or when the speaker takes no work", () => {
    expect(
      prose(
        [
          "## Updates",
          "",
          "- Pricing",
          "  - I will send the revised quote to procurement.",
          "- Raj",
          "  - I will be out next week.",
          "  - I think the quote is fine.",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("a promise the writers report", () => {
  it("is work of whoever promised it, in running text and in a task section", () => {
    const minutes = read(
      [
        "## Discussion",
        "",
        "Orbitel has assured us that the outage was an error on their side, and that they will",
        "patch the rate limiter for every customer.",
        "",
        "## Next steps",
        "",
        "Raj told us he would send the signed order form.",
        "",
      ].join("\n"),
    );
    // "has assured us" is a promise, so a commitment; "told us he would" a task.
    expect(textAndOwners(minutes.commitments)).toEqual([
      ["they will patch the rate limiter for every customer", ["person:Orbitel"]],
    ]);
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["he would send the signed order form", ["raj-patel"]],
    ]);
  });

  it("is read after another report joined by 'and said', owned by the sentence's subject", () => {
    expect(
      textAndOwners(
        prose(
          [
            "## Discussion",
            "",
            "Raj confirmed the credit note was approved and said he would issue it by Friday.",
            "",
            "The vendor reviewed the logs and said they will patch the limiter.",
            "",
            "Raj looked at the logs and said it would be fine.",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["he would issue it by Friday", ["raj-patel"]],
      ["they will patch the limiter", ["organization:vendor"]],
    ]);
  });

  it("is read after 'noted', 'added' or 'stated', and 'look and respond' is the work of its second verb", () => {
    expect(
      textAndOwners(
        prose(
          [
            "## Discussion",
            "",
            "- Raj noted that he would ask the vendor about the limits",
            "- Lisa said she would look and respond to the pricing draft",
            "- Marcus added that he would like more tests",
            "- Lisa stated she would be away in May",
            "- Raj said he would look and feel better after the release",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["he would ask the vendor about the limits", ["raj-patel"]],
      ["she would look and respond to the pricing draft", ["lisa-wong"]],
    ]);
  });

  it("is the work of the one attendee named before an arrow or a dash that 'he' or 'she' follows", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "- Raj needs sign-off from procurement before the trial -> he will chase them.",
        "- Lisa found the stale cache — she will purge it tonight.",
        "- Raj and Marcus disagree on the rollout -> he will write it up.",
        "- Pricing page -- he will check it.",
        "",
      ].join("\n"),
    );
    expect(found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)])).toEqual([
      ["Raj needs sign-off from procurement before the trial -> he will chase them", ["raj-patel"]],
      ["Lisa found the stale cache — she will purge it tonight", ["lisa-wong"]],
    ]);
  });

  it("is nothing when no one is promised anything or the promise sets no work", () => {
    expect(
      prose(
        [
          "## Discussion",
          "",
          "Orbitel has assured us that the outage will not recur.",
          "Raj told us they would like more notice next time.",
          "They have assured us that it will be fine.",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("work closed by a bracket of attendees' names", () => {
  it("is theirs, an imperative or a need", () => {
    expect(
      textAndOwners(
        prose(
          [
            "## Discussion",
            "",
            "- Follow-up call needed on the pricing page (Raj, Marcus)",
            "- Check the reseller terms (Lisa)",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Follow-up call needed on the pricing page", ["raj-patel", "marcus-lee"]],
      ["Check the reseller terms", ["lisa-wong"]],
    ]);
  });

  it("is no task on an agenda, over a discussion, without work, or for someone not there", () => {
    expect(
      prose(
        [
          "## Agenda",
          "",
          "- Review the roadmap (Raj)",
          "",
          "## Discussion",
          "",
          "- Review the roadmap (Raj)",
          "  - went through the third quarter",
          "- Pricing tiers (Marcus)",
          "- Check the reseller terms (see the appendix)",
          "- Check the reseller terms (Priya)",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("takers written in lower case", () => {
  it("reads a handle and an attendee's name in lower case as the taker", () => {
    const minutes = read(
      [
        "## Agenda",
        "",
        "* Pricing",
        "  * @lwong to draft the FAQ",
        "",
        "## Discussion",
        "",
        "- raj to send the revised quote",
        "- Action: marcus to book the room",
        "- pricing to stay as it is for now",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["@lwong to draft the FAQ", ["lisa-wong"]],
      ["raj to send the revised quote", ["raj-patel"]],
      ["marcus to book the room", ["marcus-lee"]],
    ]);
  });
});

describe("a transcript in a note that lists no one", () => {
  const chat = [
    "# Export sync 2026-03-04",
    "",
    "[10:02] Ana: let's start with the outage",
    "[10:05] Paul: exports still fail on the big account",
    "[10:07] Ben: I'll dig into the timeout today",
    "[10:10] Ana: Paul, can you send the logs?",
    "[10:11] Paul: sure, will do by tomorrow",
    "",
  ].join("\n");

  it("reads its speakers as the people there, timed lines or bold labels", () => {
    expect(parseMinutes(chat).attendees.map((person) => person.name)).toEqual([
      "Ana",
      "Paul",
      "Ben",
    ]);
    const bold =
      "# Sync\n\n**Ana:** Let's go.\n\n**Ben:** The fix is in review.\n\n**Ana:** Good.\n\n**Ben:** I'll merge it.\n\n**Paul:** Thanks.\n";
    expect(parseMinutes(bold).attendees.map((person) => person.name)).toEqual([
      "Ana",
      "Ben",
      "Paul",
    ]);
  });

  it("reads no speakers from labels that are words of the notes, or from too few lines", () => {
    const labels =
      "# Sync\n\n- Clarified: the export is daily\n- Clarified: the format is CSV\n- Notified: the partner\n- Notified: legal\n- RFC: open\n- RFC: merged\n";
    expect(parseMinutes(labels).attendees).toEqual([]);
    const once = "# Sync\n\nAna: hello\n\nBen: hi\n\nWe talked about the export at length.\n";
    expect(parseMinutes(once).attendees).toEqual([]);
  });

  it("gives a timed line's promise to its speaker, and a request to whoever takes it on", () => {
    expect(
      parseMinutes(chat).actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.name),
        task.due,
      ]),
    ).toEqual([
      ["I'll dig into the timeout today", ["Ben"], "2026-03-04"],
      ["send the logs by tomorrow", ["Paul"], "2026-03-05"],
    ]);
  });
});

/** Each task of a note as [text, owners (by the name written, or the attendee they are), due]. */
function tasksOf(lines: readonly string[], owner: "name" | "attendee" = "name") {
  const minutes = parseMinutes(lines.join("\n"));
  return [...minutes.actionItems, ...minutes.commitments].map((task) => [
    task.text,
    task.owners.map((ref) => (owner === "name" ? ref.name : ref.attendeeId)),
    task.due,
  ]);
}

describe("a recap and a stand-up of our own", () => {
  it("reads an organization's plan in the present, and a clause that only says by when", () => {
    const recap = [
      "# Recap: Orbital Freight / Lumen sync, Tue 10 March 2026",
      "",
      "Who was there: Priya Nair (Orbital Freight), Sara Lind (Lumen), Jonas Wirth (Lumen)",
      "",
      "**What we agreed**",
      "",
      "- Lumen ships a hotfix for the label template by Thursday.",
      "- Sara owns the root-cause write-up; target is end of next week.",
      "- Lumen ships twice a month.",
      "- Jonas owns the data fix; first findings to Priya by Thursday noon.",
      "- Priya owns the rollout plan; tickets are open until Friday.",
      "",
    ];
    expect(parseMinutes(recap.join("\n")).attendees.map((person) => person.name)).toEqual([
      "Priya Nair",
      "Sara Lind",
      "Jonas Wirth",
    ]);
    expect(tasksOf(recap)).toEqual([
      ["Lumen ships a hotfix for the label template by Thursday", ["Lumen"], "2026-03-12"],
      ["Sara owns the root-cause write-up", ["Sara"], "2026-03-20T17:00"],
      // What is to be handed over, to whom and by when, dates the work; a statement does not.
      ["Jonas owns the data fix", ["Jonas"], "2026-03-12T12:00"],
      ["Priya owns the rollout plan", ["Priya"], null],
    ]);
  });

  it("dates the work the clause before gave from a clause that names it by a pronoun and says by when", () => {
    expect(
      tasksOf([
        "# Fair planning 2026-03-10",
        "",
        "Attendees: Ingrid Holm, Pim Sorensen",
        "",
        "## Discussion",
        "",
        "Ingrid offered to design the posters; they should be printed by 20 March.",
        "",
        "Pim will draft the budget. It needs to be with the treasurer by Friday.",
        "",
        "Pim will send the deck. It will be ready by Monday.",
        "",
        "Ingrid will book the hall. It will probably rain by Friday.",
        "",
      ]),
    ).toEqual([
      ["Ingrid offered to design the posters", ["Ingrid"], "2026-03-20"],
      ["Pim will draft the budget", ["Pim"], "2026-03-13"],
      ["Pim will send the deck", ["Pim"], "2026-03-16"],
      ["Ingrid will book the hall", ["Ingrid"], null],
    ]);
  });

  it("reads what a stand-up's person plans today, and nothing from what they did or a topic", () => {
    expect(
      tasksOf([
        "# Daily standup 2026-03-12",
        "",
        "### Anna",
        "",
        "- Yesterday: finished the export endpoint",
        "- Today: write tests for the export",
        "- Blockers: none",
        "",
        "### Billing",
        "",
        "- Today: numbers look fine",
        "- Done: invoices",
        "",
        "### Pricing page",
        "",
        "- Today: ship the new table",
        "",
        "### Tovah",
        "",
        "**Done:** dashboard alerts",
        "**Doing:** migrate the cron jobs to the scheduler",
        "**Blocked:** —",
        "",
      ]),
    ).toEqual([
      ["write tests for the export", ["Anna"], null],
      ["migrate the cron jobs to the scheduler", ["Tovah"], null],
    ]);
  });
});

describe("a one-to-one kept by person", () => {
  const oneToOne = (lines: readonly string[]) =>
    tasksOf(["# 1:1 — 2026-06-11", "", "Attendees: Odile Quast, Pim Sorensen", "", ...lines]);

  it("reads each order on a person's list as theirs, with no heading for a title", () => {
    const lines = [
      "## Odile",
      "",
      "- Follow up with finance on the hiring plan",
      "- Share the roadmap draft by Wednesday",
      "  - Check the figures with Greta first",
      "",
      "## Pim",
      "",
      "- Finish the self-assessment",
      "- Book the offsite venue",
      "",
    ];
    expect(oneToOne(lines)).toEqual([
      ["Follow up with finance on the hiring plan", ["Odile"], null],
      ["Share the roadmap draft by Wednesday", ["Odile"], "2026-06-17"],
      ["Finish the self-assessment", ["Pim"], null],
      ["Book the offsite venue", ["Pim"], null],
    ]);
    const minutes = parseMinutes(
      ["# 1:1", "", "Attendees: Odile Quast, Pim Sorensen", "", ...lines].join("\n"),
    );
    expect(minutes.actionItems.map((task) => task.title ?? null)).toEqual([null, null, null, null]);
  });

  it("reads nothing from someone's part of a discussion, a labelled line, or a topic heading", () => {
    expect(
      oneToOne([
        "## Odile",
        "",
        "- Plan is to move the reviews to May",
        "- Worried about the on-call load",
        "- Review cycle feels too long",
        "- Talked about the team offsite",
        "",
        "## Pim",
        "",
        "- Done: book the offsite venue",
        "- Next: nothing planned",
        "",
        "## Offsite",
        "",
        "- Book the venue",
        "- Send the agenda",
        "",
      ]),
    ).toEqual([]);
  });
});

describe("decisions written as orders to attendees", () => {
  it("reads 'Name: order by a date' and 'Responsible for X: Name', not a speaker's account", () => {
    expect(
      tasksOf([
        "# Steering group 14.03.2026",
        "",
        "Present: Lars Berg, Eva Holm, Nils Ek",
        "",
        "## Decisions",
        "",
        "- Budget for Q2 approved.",
        "- Eva: draft the tender by 31.3.",
        "- Responsible for the kick-off: Nils (by 10.04.)",
        "- Lars: run on two vendors, use the old portal for now.",
        "- Budget: approve the extra spend by Friday",
        "",
      ]),
    ).toEqual([
      ["draft the tender by 31.3", ["Eva"], "2026-03-31"],
      ["the kick-off", ["Nils"], "2026-04-10"],
    ]);
  });

  it("reads 'by next meeting' as a deadline for such an order, dated where the note says when", () => {
    expect(
      tasksOf([
        "# Lab meeting 2026-06-16",
        "",
        "Attendees: Greta Lund, Nell Okafor",
        "",
        "## Updates",
        "",
        "**Greta**: run the ablation on the small model by next meeting",
        "",
        "**Nell**: next meeting works for the demo",
        "",
        "**Nell**: keep the old loader for now",
        "",
        "Next meeting: 2026-06-23",
      ]),
    ).toEqual([["run the ablation on the small model by next meeting", ["Greta"], "2026-06-23"]]);
  });
});

describe("a volunteer for work", () => {
  it("gives the work before to whoever volunteered for it, in one line or one paragraph", () => {
    expect(
      tasksOf([
        "# Sync 2026-03-05",
        "",
        "Attendees: Kim Lee, Ana Ruiz, Bob Stone",
        "",
        "## Notes",
        "",
        "- Need someone to own the on-call rota — Kim volunteered",
        "- Host the next retro (Ana offered)",
        "- Need a host for the offsite. Kim and Bob volunteered.",
        "- The demo went well, Ana volunteered.",
        "- Looking for a venue. The hotel was booked.",
        "",
      ]),
    ).toEqual([
      ["Need someone to own the on-call rota", ["Kim"], null],
      ["Host the next retro", ["Ana"], null],
      ["Need a host for the offsite", ["Kim", "Bob"], null],
    ]);
  });
});

describe("a role named after an action label", () => {
  it("gives the work to whoever holds the role, and reads 'Clerk: Name' as that role", () => {
    const minutes = [
      "# Parish council minutes, 5 March 2026",
      "",
      "Present: Cllr J. Hart (Chair), Cllr P. Lunn; Clerk: S. Byrne",
      "",
      "## 5. Playground",
      "",
      "Cllr Lunn raised the broken swing. ACTION: Clerk to contact the supplier. ACTION: Chair will write to the school.",
      "",
    ];
    expect(
      parseMinutes(minutes.join("\n")).attendees.map((person) => [
        person.name,
        person.role,
        person.organization,
      ]),
    ).toEqual([
      ["Cllr J. Hart", "Chair", null],
      ["Cllr P. Lunn", null, null],
      ["S. Byrne", "Clerk", null],
    ]);
    expect(tasksOf(minutes, "attendee")).toEqual([
      ["Clerk to contact the supplier", ["s-byrne"], null],
      ["Chair will write to the school", ["j-hart"], null],
    ]);
  });
});

describe("a promise reported for someone's team", () => {
  it("gives what their team will do to who reported it", () => {
    expect(
      tasksOf(
        [
          "# Call with Fjordline, 5 March 2026",
          "",
          "On the call: Priya Nair (Fjordline), Tom Becker (Fjordline), Sara Lind",
          "",
          "Tom mentioned that their team will update the runbook on their side. Priya said her team would test the fix by Friday. Sara said their team was busy.",
          "",
        ],
        "attendee",
      ),
    ).toEqual([
      ["their team will update the runbook on their side", ["tom-becker"], null],
      ["her team would test the fix by Friday", ["priya-nair"], "2026-03-06"],
    ]);
  });
});

describe("a topic's presenter in brackets speaks in the bullets under it", () => {
  it("gives the presenter the work said without a subject", () => {
    expect(
      prose(
        [
          "## New agenda items",
          "",
          "* [x] (RP) Budget update",
          "  * The travel policy draft will be sent to the board tomorrow.",
          "  * Will start applying the new policies this week.",
          "* (Marcus Lee) Hosting",
          "  * Will move the docs to the new host by Friday.",
          "",
        ].join("\n"),
      ).map((task) => [task.text, task.owners.map((owner) => owner.name), task.due]),
    ).toEqual([
      // A thing that will be done by a day ahead is work, by no one the words name.
      ["The travel policy draft will be sent to the board tomorrow", [], "2026-04-15"],
      ["Will start applying the new policies this week", ["RP"], "2026-04-17"],
      ["Will move the docs to the new host by Friday", ["Marcus Lee"], "2026-04-17"],
    ]);
  });

  it("reads no presenter from a bracketed tag that is neither initials nor someone the note knows", () => {
    // The line stays the writers' plan, with no one's name on it.
    expect(
      prose("## Topics\n\n* (Budget) Numbers\n  * Will send the numbers on Friday.\n").map((task) =>
        task.owners.map((owner) => owner.name),
      ),
    ).toEqual([[]]);
  });
});

describe("work the group says it needs to do", () => {
  const minutes = parseMinutes(
    [
      "# Maintainers call 2026-03-04",
      "",
      "## Release",
      "",
      "- Need to rerun the benchmarks on the new runner",
      "- We need to renew the domain before the release.",
      "- We still need to archive the old wiki",
      "- Need to discuss the logo at another meeting",
      "- We need to decide about the old branches",
      "- We need to be careful with the mirrors",
      "- Do we need to rebuild the images?",
      "- The docs need to be clearer",
      "",
    ].join("\n"),
  );

  it("reads 'Need to <work>' and 'We need to <work>' as work with no one named", () => {
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.length, task.extractor]),
    ).toEqual([
      ["Need to rerun the benchmarks on the new runner", 0, "prose-commitment"],
      ["We need to renew the domain before the release", 0, "prose-commitment"],
      ["We still need to archive the old wiki", 0, "prose-commitment"],
    ]);
  });
});

describe("a name, what they have or are doing, then 'and will'", () => {
  it("gives the promise to the name when the words between are a clause of their own", () => {
    const minutes = parseMinutes(
      [
        "# Book sale planning 2026-03-04",
        "",
        "Highlights:",
        "",
        "* Greta has the price sheets from the last three sales and will post them in the project channel.",
        "* Greta is sorting the donated books and will send the list by Friday.",
        "* Greta is away this month and will not join the reviews.",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((o) => o.name), task.due]),
    ).toEqual([
      [
        "Greta has the price sheets from the last three sales and will post them in the project channel",
        ["Greta"],
        null,
      ],
      [
        "Greta is sorting the donated books and will send the list by Friday",
        ["Greta"],
        "2026-03-06",
      ],
    ]);
  });
});

describe("what a discussion ended in", () => {
  it("reads work after a verdict word and an order after a conclusion label, not a choice", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "- **Staging cluster** (Raj)",
        "",
        "  We went over the cost of the old nodes.",
        "",
        "  **Conclusion**: Approved, Raj will drain the old nodes.",
        "",
        "- **Status page**",
        "",
        "  **Outcome**: Open a ticket for the new provider, then have Lisa sign the order.",
        "",
        "- **Database**",
        "",
        "  **Conclusion**: Use the managed service for now.",
        "",
        "- **Budget**",
        "",
        "  **Conclusion**: Approved, pending the finance review.",
        "",
      ].join("\n"),
    );
    expect(found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)])).toEqual([
      ["Raj will drain the old nodes", ["raj-patel"]],
      ["Open a ticket for the new provider, then have Lisa sign the order", []],
    ]);
  });
});

describe("a topic that shares its label with a role", () => {
  it("reads the work in its sentences, and a role's holder named in a few words as no work", () => {
    expect(
      textAndOwners(
        prose(
          [
            "## Decisions",
            "",
            "- Minutes: Keep the two approvals for the notes. Raj will draft the summary template.",
            "- Minutes: Marcus Lee",
            "",
          ].join("\n"),
        ),
      ),
    ).toEqual([["Raj will draft the summary template", ["raj-patel"]]]);
  });
});

describe("a paragraph hard-wrapped at a fixed width", () => {
  it("reads a line that opens with a name as the sentence the line before left open", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "Lisa said the new venue is a good fit for the smaller user groups, and it",
        "may be the right moment to invite newcomers like",
        "Raj to give their first talk in the spring.",
        "",
        "Marcus will book the large room for the autumn meetup tomorrow",
        "Raj will send the call for speakers to the mailing list",
        "",
      ].join("\n"),
    );
    // The two lines of work, one per line and neither running on, stay two sentences.
    expect(textAndOwners(found)).toEqual([
      ["Marcus will book the large room for the autumn meetup tomorrow", ["marcus-lee"]],
      ["Raj will send the call for speakers to the mailing list", ["raj-patel"]],
    ]);
  });

  it("goes on into a lower-case line with a colon in it, while a label line stays its own", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "Guests could not find the cloakroom at the last meetup, which we heard about from",
        "several people on the night. Lisa will print and put up",
        "two signs: one for the cloakroom and one for the stairs.",
        "",
        "Raj will send the call for speakers to the list",
        "Deadline: Friday",
        "",
      ].join("\n"),
    );
    expect(textAndOwners(found)).toEqual([
      [
        "Lisa will print and put up two signs: one for the cloakroom and one for the stairs",
        ["lisa-wong"],
      ],
      ["Raj will send the call for speakers to the list", ["raj-patel"]],
    ]);
  });
});

describe("a taker who takes on what the words before say", () => {
  it("reads the words above as the work, in a bullet under a paragraph and in the next sentence", () => {
    const minutes = read(
      [
        "## Discussion",
        "",
        "The goal is a dashboard for the queue depth and a short runbook.",
        "",
        "- Lisa and Raj to take it on.",
        "",
        "The export drops rows on retry. Marcus will pick it up.",
        "",
        "- Raj will take on the release notes",
        "",
      ].join("\n"),
    );
    expect(textAndOwners([...minutes.actionItems, ...minutes.commitments])).toEqual([
      [
        "The goal is a dashboard for the queue depth and a short runbook. - Lisa and Raj to take it on",
        ["lisa-wong", "raj-patel"],
      ],
      ["Raj will take on the release notes", ["raj-patel"]],
      ["The export drops rows on retry - Marcus will pick it up", ["marcus-lee"]],
    ]);
  });

  it("reads the words before the taker in the same sentence as the work, not the item above", () => {
    const minutes = read(
      [
        "## Discussion",
        "",
        "- The export drops rows on retry.",
        "- The nightly build is flaky, Marcus will look into it.",
        "- Not sure the cache helps, but Lisa will pick it up.",
        "- The staging certificate expired; Raj offered to help.",
        "- The invoice export is wrong, Marcus volunteered to fix it.",
        "- The vendor's answer is late, Lisa to handle.",
        "- Ticket 4411 may be a duplicate, but Raj will confirm.",
        "- The login page is back up. Marcus to check.",
        "- The invoices look right; Lisa will check the credit notes.",
        "- The data owner is unclear; action on Raj to find out.",
        "- Lisa will draft the FAQ, Marcus will review it.",
        "",
      ].join("\n"),
    );
    expect(textAndOwners([...minutes.actionItems, ...minutes.commitments])).toEqual([
      // Words that give someone else work are their task, not this one's topic.
      ["Lisa will draft the FAQ", ["lisa-wong"]],
      ["Marcus will review it", ["marcus-lee"]],
      ["The nightly build is flaky - Marcus will look into it", ["marcus-lee"]],
      ["Not sure the cache helps - Lisa will pick it up", ["lisa-wong"]],
      ["The staging certificate expired - Raj offered to help", ["raj-patel"]],
      ["The invoice export is wrong - Marcus volunteered to fix it", ["marcus-lee"]],
      ["The vendor's answer is late - Lisa to handle", ["lisa-wong"]],
      ["Ticket 4411 may be a duplicate - Raj will confirm", ["raj-patel"]],
      ["The login page is back up - Marcus to check", ["marcus-lee"]],
      ["Lisa will check the credit notes", ["lisa-wong"]],
      ["The data owner is unclear - Raj to find out", ["raj-patel"]],
    ]);
  });

  it("reads an attendee taking work on after 'and' or 'but', and no group or list of names so", () => {
    const minutes = read(
      [
        "## Discussion",
        "",
        "- The nightly build is flaky and Marcus will pin the runner image.",
        "- The export is slow but Lisa will add an index.",
        "- The backlog is long and the group will offer help where it can.",
        "- Logs and metrics will move to the new host.",
        "",
      ].join("\n"),
    );
    expect(textAndOwners([...minutes.actionItems, ...minutes.commitments])).toEqual([
      ["Marcus will pin the runner image", ["marcus-lee"]],
      ["Lisa will add an index", ["lisa-wong"]],
    ]);
  });

  it("reads a volunteer for work put to anyone, the owner over 'Someone'", () => {
    const minutes = read(
      [
        "## Discussion",
        "",
        "- Someone to update the onboarding page — Lisa volunteered",
        "- Somebody should renew the staging certificate — Raj volunteered.",
        "- The staging certificate expired - Raj volunteered.",
        "",
      ].join("\n"),
    );
    expect(textAndOwners([...minutes.actionItems, ...minutes.commitments])).toEqual([
      ["Someone to update the onboarding page", ["lisa-wong"]],
      ["Somebody should renew the staging certificate", ["raj-patel"]],
    ]);
  });

  it("reads 'will follow up' and 'will handle it' the same way, and 'Nobody' takes nothing on", () => {
    const minutes = read(
      [
        "## Discussion",
        "",
        "The retry queue keeps growing. Lisa will follow up.",
        "",
        "Nobody owns the mirror config. Raj will handle it.",
        "",
        "TBD to decide on the venue.",
        "",
        "- Marcus will follow up with the venue about the deposit",
        "",
      ].join("\n"),
    );
    expect(textAndOwners([...minutes.actionItems, ...minutes.commitments])).toEqual([
      ["Marcus will follow up with the venue about the deposit", ["marcus-lee"]],
      ["The retry queue keeps growing - Lisa will follow up", ["lisa-wong"]],
      ["Nobody owns the mirror config - Raj will handle it", ["raj-patel"]],
      ["TBD to decide on the venue", []],
    ]);
  });
});

describe("an attendee who opens the promise, and a group after a dash", () => {
  it("gives the work to the attendee, not to the group the dash names", () => {
    const found = prose(
      [
        "## Street fair",
        "",
        "Raj Patel will run the stall as a member - the club is fine with it.",
        "",
      ].join("\n"),
    );
    expect(found.map((task) => task.owners.map((owner) => owner.name))).toEqual([["Raj Patel"]]);
  });

  it("keeps the group where no attendee opens the sentence", () => {
    const found = prose(
      ["## Street fair", "", "The sign needs a fix - the board will repaint it.", ""].join("\n"),
    );
    expect(found.map((task) => task.owners.map((owner) => owner.name))).toEqual([["the board"]]);
  });
});

describe("a topic's label over someone taking work on", () => {
  it("reads the taker after the label, when the note knows them", () => {
    // A bullet in the notes is read as a line of notes first; the prose reader reads the rest.
    const found = read(
      [
        "## Discussion",
        "",
        "- Release: Raj to tag 2.0 on Friday",
        "- Import maps: Marcus will rework his branch to move the resolver.",
        "- Docs: the site will move to the new host.",
        "- Release notes: we will publish them with the tag.",
        "- Bylaws: the bylaws will set the voting rules.",
        "- Lisa: Marcus was right about the cache.",
        "- Packaging: someone will object to the new layout.",
        "",
      ].join("\n"),
    ).actionItems;
    expect(
      found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId), task.due]),
    ).toEqual([
      ["Release: Raj to tag 2.0 on Friday", ["raj-patel"], "2026-04-17"],
      ["Import maps: Marcus will rework his branch to move the resolver", ["marcus-lee"], null],
    ]);
  });
});

describe("two people over an order, and names in square brackets", () => {
  it("gives the order to both people a label names, and the work to a square bracket's names", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "- Raj & Marcus: rerun the load test",
        "- Raj/Lisa: collect the vendor quotes",
        "- Marcus and Lisa: we should rerun the load test too",
        "- Check the rate limits [Lisa]",
        "- Check the cache headers [WIP]",
        "",
      ].join("\n"),
    );
    expect(found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)])).toEqual([
      ["rerun the load test", ["raj-patel", "marcus-lee"]],
      ["collect the vendor quotes", ["raj-patel", "lisa-wong"]],
      ["Check the rate limits", ["lisa-wong"]],
    ]);
  });
});

describe("a hedged clause before a promise", () => {
  it("reads the promise after the joining word, and nothing when no one the note knows makes it", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "- The timeout may be fixed already, but Raj will confirm it on staging",
        "- Lisa would like to help, but Marcus will draft the FAQ",
        "- Raj will not draft the FAQ, but Marcus will",
        "- It may work already, but someone will check",
        "- The export may be slow, so it will be rerun tonight",
        "",
      ].join("\n"),
    );
    expect(found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)])).toEqual([
      ["Raj will confirm it on staging", ["raj-patel"]],
      ["Marcus will draft the FAQ", ["marcus-lee"]],
    ]);
  });
});

describe("a hedged clause before a promise, in a note with no roster", () => {
  const taken = (speakerLines: string) =>
    parseMinutes(
      [
        "# Stand-up 2026-04-14",
        "",
        speakerLines,
        "",
        "## Wrap-up",
        "",
        "- The backlog is larger than we can finish by Tuesday, but Ingrid will rank it",
        "",
      ].join("\n"),
    ).actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]);

  it("takes the promise of someone the note gives lines of their own", () => {
    expect(
      taken(
        "Ingrid:\n\n- fixed the export\n\nPim:\n\n- on leave\n\nIngrid:\n\n- paired on the import",
      ),
    ).toEqual([["Ingrid will rank it", ["Ingrid"]]]);
  });

  it("takes none from a name written once over lines, or only in the sentence", () => {
    expect(taken("Ingrid:\n\n- fixed the export\n\nPim:\n\n- on leave")).toEqual([]);
    expect(taken("Status:\n\n- fine\n\nStatus:\n\n- still fine")).toEqual([]);
  });
});

describe("work closed by its takers and a day", () => {
  it("reads the day after the names as the deadline and leaves both out of the words", () => {
    const found = prose(
      [
        "## Log",
        "",
        "- Follow up with the vendor re: the contract — Raj, 4/20",
        "- Check the export totals (Lisa, Marcus, Friday)",
        "- Renew the certificate — Marcus, next Tuesday",
        "- The export was slow (Lisa, Friday)",
        "",
      ].join("\n"),
    );
    expect(
      found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId), task.due]),
    ).toEqual([
      ["Follow up with the vendor re: the contract", ["raj-patel"], "2026-04-20"],
      ["Check the export totals", ["lisa-wong", "marcus-lee"], "2026-04-17"],
      ["Renew the certificate", ["marcus-lee"], "2026-04-21"],
    ]);
  });
});

describe("a name's order with a deadline in a note that lists no one", () => {
  it("gives the order to a name the note also writes taking work, and not to any capitalised label", () => {
    const found = parseMinutes(
      [
        "# One-to-one 2026-08-12",
        "",
        "## Asks",
        "",
        "- Tamsin: write up the incident timeline by Friday",
        "- Tamsin to pair with Odile on the billing tests",
        "- Budget: approve the travel requests by Friday",
        "",
      ].join("\n"),
    ).actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name), task.due]);
    expect(found).toContainEqual([
      "write up the incident timeline by Friday",
      ["Tamsin"],
      "2026-08-14",
    ]);
    expect(found.some(([, owners]) => (owners as string[]).includes("Budget"))).toBe(false);
  });
});

describe("a short label before a sentence that names its own taker", () => {
  it("gives the work to whom the sentence names, after a topic or a speaker, and none to a guess", () => {
    expect(
      work(
        [
          "## Discussion",
          "",
          "Roads: Raj to report the pothole on the high street.",
          "",
          "Lisa: Marcus will book the venue.",
          "",
          "Lisa: someone will object to the layout.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      // One capitalised word may be a topic or a speaker: either way it is left out of the work.
      ["Raj to report the pothole on the high street", ["Raj"]],
      ["Marcus will book the venue", ["Marcus"]],
    ]);
  });
});

describe("fields written as sentences after the work", () => {
  it("gives the owner and the deadline to the sentence before them, in a discussion and in a list of work", () => {
    const read = (heading: string) =>
      parseMinutes(
        `${header}## ${heading}\n\nSwitch the plan to annual billing. Owner: Marcus. Due: 4/30.\n\nDecision: keep the old portal. Owner: Raj. Due: 5/15.\n`,
      );
    const work = (heading: string) =>
      read(heading).actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.due,
      ]);
    const expected = [
      ["Switch the plan to annual billing", ["marcus-lee"], "2026-04-30"],
      ["keep the old portal", ["raj-patel"], "2026-05-15"],
    ];
    expect(work("Discussion")).toEqual(expected);
    expect(work("Action items")).toEqual(expected);
    expect(read("Discussion").decisions.map((decision) => decision.text)).toEqual([
      "keep the old portal. Owner: Raj. Due: 5/15.",
    ]);
  });
});

describe("a clause that only says whose the work before it is", () => {
  it("gives the clause before it to whoever it names", () => {
    const found = prose(
      [
        "## Discussion",
        "",
        "- Rotate the staging keys; assigned to Lisa",
        "- Rewrite the onboarding page; owner: Marcus by Friday",
        "- The dashboard is slow; owned by the vendor",
        "",
      ].join("\n"),
    );
    expect(
      found.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId), task.due]),
    ).toEqual([
      ["Rotate the staging keys", ["lisa-wong"], null],
      ["Rewrite the onboarding page by Friday", ["marcus-lee"], "2026-04-17"],
    ]);
  });
});

describe("owners by a lead verb, a handle asked with 'please', and the passive with its agent", () => {
  it.each([
    [
      "Marcus takes over the onboarding rota.",
      "Marcus takes over the onboarding rota",
      ["marcus-lee"],
    ],
    ["Raj is on point for the vendor call.", "Raj is on point for the vendor call", ["raj-patel"]],
    [
      "Marcus is taking care of the badge printing.",
      "Marcus is taking care of the badge printing",
      ["marcus-lee"],
    ],
    [
      "Raj and Lisa are on the hook for the migration plan.",
      "Raj and Lisa are on the hook for the migration plan",
      ["raj-patel", "lisa-wong"],
    ],
    ["Lisa's going to book the room.", "Lisa's going to book the room", ["lisa-wong"]],
    [
      "Lisa will be responsible for the venue.",
      "Lisa will be responsible for the venue",
      ["lisa-wong"],
    ],
    [
      "Raj and Marcus shall be involved in the dashboard rework.",
      "Raj and Marcus shall be involved in the dashboard rework",
      ["raj-patel", "marcus-lee"],
    ],
    ["@lwong please rerun the export.", "@lwong please rerun the export", ["lisa-wong"]],
    [
      "The FAQ will be drafted by Raj by Friday.",
      "The FAQ will be drafted by Raj by Friday",
      ["raj-patel"],
    ],
    [
      "The slides are to be sent by Lisa and Marcus.",
      "The slides are to be sent by Lisa and Marcus",
      ["lisa-wong", "marcus-lee"],
    ],
    [
      "Raj has taken ownership of the rollout.",
      "Raj has taken ownership of the rollout",
      ["raj-patel"],
    ],
    ["It's on Marcus to rotate the keys.", "It's on Marcus to rotate the keys", ["marcus-lee"]],
    ["Marcus is taking on the survey.", "Marcus is taking on the survey", ["marcus-lee"]],
    [
      "Lisa is taking the export as her next task.",
      "Lisa is taking the export as her next task",
      ["lisa-wong"],
    ],
    ["Raj takes on the rota.", "Raj takes on the rota", ["raj-patel"]],
    [
      "Marcus volunteered for the clean-up after the launch.",
      "Marcus volunteered for the clean-up after the launch",
      ["marcus-lee"],
    ],
    ["Support owns the customer comms.", "Support owns the customer comms", [null]],
    ["Expect an update from Raj by Friday.", "Expect an update from Raj by Friday", ["raj-patel"]],
    ["Awaiting logs from Lisa (by Thu).", "Awaiting logs from Lisa", ["lisa-wong"]],
    ["Engineering owns the fix.", "Engineering owns the fix", [null]],
    ["We need Lisa to confirm the dates.", "We need Lisa to confirm the dates", ["lisa-wong"]],
  ])("reads %j", (sentence, text, owners) => {
    const [task] = prose(`## Discussion\n\n${sentence}\n`);
    expect(task).toMatchObject({ text, section: "actionItems" });
    expect(task!.owners.map((owner) => owner.attendeeId)).toEqual(owners);
  });

  it.each([
    // Done already, a date after "by", no one named, a change of chair, a thing that picks up.
    "The FAQ was drafted by Raj.",
    "The FAQ will be drafted by someone.",
    "The FAQ will be reviewed by the board.",
    "Lisa takes over from Raj as chair.",
    "The shuttle picks up the team at eight.",
    "Marcus picked up the rota last week.",
    // A role, and a department drawn in if something happens.
    "Lisa will be the point of contact for the vendor.",
    "Legal will be involved if the customer escalates.",
    // Someone looking after family, away from the work.
    "Marcus is taking care of his kids this week.",
    // Time off, and a thing taken along.
    "Marcus is taking the week off.",
    "Lisa is taking the train to the offsite.",
    // Volunteering for what the sentence before said, or for an office.
    "Lisa volunteered for it.",
    "Raj volunteered for the role of treasurer.",
    // Ownership taken in the past, a call for help, a need of no one, a choice left to someone.
    "Raj took ownership of the rollout last year.",
    "We need volunteers to staff the booth.",
    "We need more time to test the export.",
    "It's up to Lisa to decide.",
    // A verb before a group's name is an order about it, not the group at work.
    "Review Platform Team owns the budget.",
    // Awaited with no day, or from no one the note lists.
    "Waiting for feedback from Lisa.",
    "Expecting a reply from the vendor by Friday.",
  ])("reads no task from %j", (sentence) => {
    expect(prose(`## Discussion\n\n${sentence}\n`)).toEqual([]);
  });
});

describe("an order word that opens the clause", () => {
  it.each([
    ["Next, Raj will book the room.", "Raj will book the room"],
    ["Next Raj will book the room.", "Raj will book the room"],
    ["First we will freeze the branch.", "we will freeze the branch"],
    ["Next up: Lisa will draft the FAQ.", "Lisa will draft the FAQ"],
    ["First action: freeze the branch.", "freeze the branch"],
    // "Next" as the word of a noun stays with it: the text is the words as written.
    ["Next meeting: Lisa will host.", "Next meeting: Lisa will host"],
  ])("reads %j as %j", (sentence, text) => {
    expect(prose(`## Discussion\n\n${sentence}\n`).map((task) => task.text)).toEqual([text]);
  });
});

describe("a promise of a thing", () => {
  const promised = (sentence: string) =>
    read(`## Discussion\n\n${sentence}\n`).commitments.map((task) => [
      task.text,
      task.owners.map((owner) => owner.attendeeId),
      task.due,
    ]);

  it("reads someone promising, guaranteeing or assuring a thing as a commitment", () => {
    expect(promised("Lisa promised Raj a fix by Friday.")).toEqual([
      ["Lisa promised Raj a fix by Friday", ["lisa-wong"], "2026-04-17"],
    ]);
    expect(promised("Marcus guaranteed a credit on the April invoice.")).toEqual([
      ["Marcus guaranteed a credit on the April invoice", ["marcus-lee"], null],
    ]);
    expect(promised("Raj assured us that the patch ships Monday.")).toEqual([
      ["Raj assured us that the patch ships Monday", ["raj-patel"], "2026-04-20"],
    ]);
  });

  it("reads no promise from courtesy, a restraint or a promise of nothing", () => {
    for (const sentence of [
      "Marcus offered congratulations to the team.",
      "Raj promised not to publish the draft.",
      "The vendor promised nothing.",
      "Lisa was assured that it works.",
    ])
      expect(promised(sentence), sentence).toEqual([]);
  });
});

describe("an offer or a charge in the perfect or the passive", () => {
  it("reads 'has volunteered to', 'has offered to', 'has committed to' and 'was tasked with' as the work of the one named", () => {
    expect(
      work(
        [
          "## Website",
          "",
          "Lisa has volunteered to run the retro.",
          "",
          "Raj has offered to host the demo.",
          "",
          "Marcus has committed to a fix for the search page.",
          "",
          "Lisa was tasked with moving the blog.",
          "",
          "Raj has offered his apologies.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Lisa has volunteered to run the retro", ["Lisa"]],
      ["Raj has offered to host the demo", ["Raj"]],
      ["Lisa was tasked with moving the blog", ["Lisa"]],
      // A promise, among the commitments.
      ["Marcus has committed to a fix for the search page", ["Marcus"]],
    ]);
  });
});

describe("a verb the part-of-speech check does not know", () => {
  it("reads the word between 'to' and the object as the work", () => {
    expect(
      work("## Website\n\nThe redesign is done. Lisa offered to proofread the new pages.\n"),
    ).toEqual([["Lisa offered to proofread the new pages", ["Lisa"]]]);
    expect(work("## Website\n\nRaj agreed to geotag every photo of the site.\n")).toEqual([
      ["Raj agreed to geotag every photo of the site", ["Raj"]],
    ]);
  });

  it("reads no work where no object follows, or the word is a thing's", () => {
    for (const sentence of [
      "Lisa went to proofread.",
      "Raj moved to production the same day.",
      "Lisa returned to office the next week.",
      "Traffic moved to Berlin the next day.",
    ])
      expect(work(`## Website\n\n${sentence}\n`), sentence).toEqual([]);
  });
});

describe("a promise after what someone knows or did", () => {
  it("reads 'wasn't sure and will', 'didn't know and will', 'was out and will'", () => {
    expect(
      work(
        "## Discussion\n\nRaj wasn't sure and will check with the billing team. Lisa didn’t know and will ask finance. Marcus was out last week and will review it now.\n",
      ),
    ).toEqual([
      ["Raj wasn't sure and will check with the billing team", ["Raj"]],
      ["Lisa didn’t know and will ask finance", ["Lisa"]],
      ["Marcus was out last week and will review it now", ["Marcus"]],
    ]);
  });

  it("reads no promise where the will is a thing's or a refusal", () => {
    expect(
      work(
        "## Discussion\n\nThe build was green and will stay so. Raj wasn't sure and will not check.\n",
      ),
    ).toEqual([]);
  });
});

describe("work asked of a role or a group", () => {
  const board = (sentence: string) =>
    parseMinutes(
      `# Board meeting\n\nDate: 2026-01-14\nPresent: Ruth Adler (Chair), Nora West (Executive Director)\n\n## Finance\n\n${sentence}\n`,
    ).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => owner.attendeeId ?? owner.name),
    ]);

  it("gives the work to the role asked, resolved to who holds it", () => {
    expect(
      board("The Chair asked the Executive Director to prepare a cash-flow forecast."),
    ).toEqual([
      ["The Chair asked the Executive Director to prepare a cash-flow forecast", ["nora-west"]],
    ]);
    expect(board("Ruth asked the finance committee to review the reserves.")).toEqual([
      ["Ruth asked the finance committee to review the reserves", ["the finance committee"]],
    ]);
  });

  it("gives no work where the one asked is a thing", () => {
    expect(board("Ruth asked the new website to load faster.")).toEqual([]);
  });
});

describe("work someone expects to do", () => {
  it("reads 'expects to' after a name, and after 'she' for the one named before", () => {
    expect(
      work(
        "## Discussion\n\nRaj expects to deploy the fix next Tuesday.\n\nLisa has a patch in review; she expects to ship it Friday.\n",
      ),
    ).toEqual([
      ["Raj expects to deploy the fix next Tuesday", ["Raj"]],
      ["she expects to ship it Friday", ["Lisa"]],
    ]);
  });

  it("reads no work from what a thing aims or someone expects to see", () => {
    expect(
      work(
        "## Discussion\n\nThe new runtime aims to unify the builds. Raj expects to see growth in May.\n",
      ),
    ).toEqual([]);
  });
});

describe("a table of discussion items", () => {
  it("reads the work promised in its notes column, sentence by sentence, at the row", () => {
    const body = [
      "## Discussion items",
      "",
      "| Time | Item | Who | Notes |",
      "| --- | --- | --- | --- |",
      "| 10 min | Window | Raj | Marcus confirmed we can staff it. Who will own the rollback? |",
      "| 15 min | Data checks | Lisa | Lisa will send the queries by Friday. Raj to review them. |",
      "| 5 min | Budget | Raj | We will revisit next quarter. It would be great to have a dashboard. |",
      "",
      "| Item | Status |",
      "| --- | --- |",
      "| Portal | Marcus will deploy on Friday |",
      "",
    ].join("\n");
    expect(work(body)).toEqual([
      ["Lisa will send the queries by Friday", ["Lisa"]],
      ["Raj to review them", ["Raj"]],
    ]);
    const [first] = prose(body);
    expect([first?.due, first?.title, first?.source.start.line]).toEqual([
      "2026-04-17",
      "Data checks",
      16,
    ]);
  });
});

describe("committee minutes in the third person", () => {
  it("reads who was asked or kindly offered, a role's holder too", () => {
    const minutes = parseMinutes(
      [
        "# Committee meeting",
        "",
        "Date: 2026-11-12",
        "",
        "Present: Mrs Anjali Patel (Chair), Ms Claire Dunn (Secretary), Mr Femi Ade",
        "",
        "The secretary was asked to write to the council about the crossing patrol.",
        "",
        "Mrs Patel kindly offered to organise the raffle.",
        "",
        "The chair has been asked to call the head teacher.",
        "",
        "Mr Ade also agreed the plan was sound.",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]),
    ).toEqual([
      [
        "The secretary was asked to write to the council about the crossing patrol",
        ["claire-dunn"],
      ],
      ["Mrs Patel kindly offered to organise the raffle", ["anjali-patel"]],
      ["The chair has been asked to call the head teacher", ["anjali-patel"]],
    ]);
  });
});

describe("the writer's own promises, and agreed work with a deadline", () => {
  const note = (people: string, body: string) =>
    parseMinutes(`# Client call, 8 October 2026\n\nWho: ${people}\n\n${body}`);
  const found = (people: string, body: string) => {
    const minutes = note(people, body);
    return [...minutes.actionItems, ...minutes.commitments].map((task) => [
      task.text,
      task.owners.map((owner) => owner.attendeeId),
      task.due,
    ]);
  };

  it("gives 'I'll ...' to the writer the note names, not to the one the clause before named", () => {
    expect(
      found(
        "Nadia (client), me (Chris), Aisha",
        "## Notes\n\nAisha will do the palettes; I'll write up the rationale and send it over.\n",
      ),
    ).toEqual([
      ["Aisha will do the palettes", ["aisha"], null],
      ["I'll write up the rationale and send it over", ["chris"], null],
    ]);
    expect(
      found("Nadia (client), Chris (me), Aisha", "## Notes\n\nI will book the room by Friday.\n"),
    ).toEqual([["I will book the room by Friday", ["chris"], "2026-10-09"]]);
  });

  it("gives 'I'll ...' to no one where the note names no writer, and to a line's speaker", () => {
    expect(
      found(
        "Nadia (client), Chris, Aisha",
        "## Notes\n\nAisha will do the palettes; I'll write up the rationale.\n\nI'll think about it.\n",
      ),
    ).toEqual([["Aisha will do the palettes", ["aisha"], null]]);
    expect(
      found(
        "Nadia (client), me (Chris), Aisha",
        "## Notes\n\n**Nadia:** Aisha will do the palettes; I'll send the brief.\n",
      ),
    ).toEqual([
      ["Aisha will do the palettes", ["aisha"], null],
      ["I'll send the brief", ["nadia"], null],
    ]);
  });

  it("reads a promise after a clause of when or what for, and not a habit", () => {
    expect(
      found(
        "Nadia (client), Chris, Aisha",
        [
          "## Notes",
          "",
          "Once the contract is signed, Aisha will book the photographer.",
          "",
          "In order to keep the launch date we will skip the second review.",
          "",
          "As soon as the logo is approved, we'll print the cards.",
          "",
          "When the client approves a draft, the designer will export it.",
          "",
          "After the launch was delayed, the team met twice.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Aisha will book the photographer", ["aisha"], null],
      ["In order to keep the launch date we will skip the second review", [], null],
      ["we'll print the cards", [], null],
    ]);
  });

  it("reads what the meeting agreed an attendee does, in the present, as their work and its decision", () => {
    const minutes = note(
      "Nadia (client), Chris, Aisha",
      "## Discussion\n\nWe agreed that Aisha sends a daily summary at 5pm.\n\nWe agreed Chris owns the brief.\n\nWe agreed that Chris needs more time.\n\nEveryone agreed Aisha is right.\n",
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]),
    ).toEqual([
      ["Aisha sends a daily summary at 5pm", ["aisha"]],
      ["Chris owns the brief", ["chris"]],
    ]);
    expect(minutes.decisions).toHaveLength(4);
  });

  it("reads a thing that will be done by a day ahead as work, and not what a meeting will do with it", () => {
    expect(
      found(
        "Nadia (client), Chris, Aisha",
        [
          "## Discussion",
          "",
          "The style guide will be shared with the client by 20 October.",
          "",
          "The old mailbox will be closed by the end of the year.",
          "",
          "The launch will be delayed.",
          "",
          "The pricing will be discussed next week.",
          "",
          "The review will be moved to 14 October.",
          "",
          "It will be sent tomorrow.",
          "",
          "The banner was printed on Monday.",
        ].join("\n"),
      ),
    ).toEqual([
      ["The style guide will be shared with the client by 20 October", [], "2026-10-20"],
      ["The old mailbox will be closed by the end of the year", [], "2026-12-31"],
    ]);
  });

  it("gives a call for a taker to whoever answers it, after an arrow or in the next sentence", () => {
    expect(
      found(
        "Nadia (client), Chris, Aisha",
        [
          "## Discussion",
          "",
          "- Nadia: can someone own the launch email? → Aisha will.",
          "- Who can take the printer call? Chris volunteered.",
          "- The budget is tight. Chris will.",
          "- Is the logo final? → Aisha thinks so.",
        ].join("\n"),
      ),
    ).toEqual([
      ["can someone own the launch email?", ["aisha"], null],
      ["Who can take the printer call?", ["chris"], null],
    ]);
  });

  it("reads a request to an attendee that says by when as their work, and not one that does not", () => {
    expect(
      found(
        "Nadia (client), Chris, Aisha",
        "## Discussion\n\nNadia, can you confirm the launch date with your board by next Thursday?\n\nAisha, could you give us a summary?\n\nBoston, can you hear us by Friday?\n",
      ),
    ).toEqual([
      ["confirm the launch date with your board by next Thursday", ["nadia"], "2026-10-15"],
    ]);
  });

  it("reads an agreed item that orders work by a deadline as work too, and other agreed items as decisions only", () => {
    const minutes = note(
      "Nadia (client), Chris, Aisha",
      "We agreed to:\n\n* send two revised palettes by COB Tuesday\n* hold off on the mock-ups until the logo is signed off\n* Project handover: teams are moving offices this week\n* ask 2/3 volunteers to staff the pilot\n",
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["send two revised palettes by COB Tuesday", "2026-10-13T17:00"],
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "send two revised palettes by COB Tuesday",
      "hold off on the mock-ups until the logo is signed off",
      "Project handover: teams are moving offices this week",
      "ask 2/3 volunteers to staff the pilot",
    ]);
  });

  it("reads an attendee at work in the present under a heading of what was agreed, and not a coming or going", () => {
    const minutes = note(
      "Nadia (client), Chris, Aisha",
      "## What we agreed\n\n* Chris sends the revised palettes to Nadia\n* Aisha takes the credit request to finance; answer by Thursday\n* Nadia joins the Friday call\n* Chris thinks the logo is fine\n* The logo stays blue\n",
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.name),
        task.due,
      ]),
    ).toEqual([
      ["Chris sends the revised palettes to Nadia", ["Chris"], null],
      ["Aisha takes the credit request to finance", ["Aisha"], "2026-10-15"],
    ]);
  });
});

describe("a title's full stop inside a sentence", () => {
  it("ends no sentence, so the taker after 'Mr.' or 'Dr.' keeps the work", () => {
    const minutes = read(
      [
        "## Discussion",
        "",
        "It was agreed that Mr. Patel would send the revised quote. Dr. Wong will check the figures.",
        "",
        "The vendor, e.g. Acme, may be late. Marcus will call them.",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]),
    ).toEqual([
      ["Mr. Patel would send the revised quote", ["raj-patel"]],
      ["Dr. Wong will check the figures", ["lisa-wong"]],
      ["Marcus will call them", ["marcus-lee"]],
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "It was agreed that Mr. Patel would send the revised quote.",
    ]);
  });
});

/** A roadmap sync whose open questions are `lines`. */
const openQuestions = (lines: readonly string[]) =>
  tasksOf([
    "# Roadmap sync",
    "",
    "Date: 2026-03-03",
    "",
    "Attendees: Lisa Wong, Raj Patel",
    "",
    "## Open questions",
    "",
    ...lines,
  ]);

describe("a question and its answer on one line", () => {
  it("reads the answer after 'A:' without its label", () => {
    expect(
      openQuestions(["- Q: Do we need a second region? A: Raj will find out by Friday", ""]),
    ).toEqual([["Raj will find out by Friday", ["Raj"], "2026-03-06"]]);
  });
});

describe("a question, then someone finding out", () => {
  it("gives the question to whoever checks it or is named to do it, where the note knows them", () => {
    expect(
      openQuestions([
        "- Can we drop the old browser? Lisa checking.",
        "- Is the export broken? Raj is looking into it.",
        "- Why is it slow? Kim checking.",
        "- Who will book the hall? Raj.",
        "- Who was there? Lisa.",
        "",
      ]),
    ).toEqual([
      ["Can we drop the old browser?", ["Lisa"], null],
      ["Is the export broken?", ["Raj"], null],
      ["Who will book the hall?", ["Raj"], null],
    ]);
  });
});

describe("a verb the tagger takes for a noun", () => {
  it("reads the word between a modal and its object as the work", () => {
    expect(
      work(
        "## Discussion\n\nThe sync failed twice. Raj will page the on-call engineer tonight. Lisa'll badge the visitors in. Marcus will page.\n",
      ),
    ).toEqual([
      ["Raj will page the on-call engineer tonight", ["Raj"]],
      ["Lisa'll badge the visitors in", ["Lisa"]],
    ]);
  });

  it("keeps 'will do the following' and 'will do this' for what they point at", () => {
    expect(
      work(
        "## Discussion\n\nTo avoid a repeat, Lisa will do the following. Raj will do this from the billing side.\n",
      ),
    ).toEqual([]);
  });
});

describe("a condition that opens the sentence", () => {
  it("stays with the work, as a condition after it does", () => {
    const found = prose(
      "## Discussion\n\nThe sync failed twice. If the failures recur, Raj will page the on-call engineer. In case of another outage, Lisa will call the vendor by Friday. Marcus will roll back the release if the fix fails.\n",
    );
    expect(found.map((task) => [task.text, task.condition, task.due])).toEqual([
      ["If the failures recur, Raj will page the on-call engineer", "If the failures recur", null],
      [
        "In case of another outage, Lisa will call the vendor by Friday",
        "In case of another outage",
        "2026-04-17",
      ],
      ["Marcus will roll back the release if the fix fails", "if the fix fails", null],
    ]);
  });
});

describe("a stand-up written a line per person", () => {
  const standUp = (lines: readonly string[]) => {
    const minutes = parseMinutes(["# Daily standup — 2026-03-16", "", ...lines, ""].join("\n"));
    return [
      minutes.attendees.map((person) => person.name),
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]),
    ];
  };

  it("seats each reporter and gives them what they plan today", () => {
    expect(
      standUp([
        "**Tamsin** — Yesterday: fixed the flaky upload test. Today: deploy the retry patch. Blockers: none.",
        "**@iholm**: Yesterday: reviewed the API docs. Today: write the export guide.",
        "**Greta** — Out today.",
      ]),
    ).toEqual([
      ["Tamsin", "@iholm"],
      [
        ["deploy the retry patch", ["Tamsin"]],
        ["write the export guide", ["@iholm"]],
      ],
    ]);
  });

  it("seats no one from one such line, or from lines without a report's labels", () => {
    expect(
      standUp([
        "**Tamsin** — Yesterday: fixed the flaky upload test. Today: deploy the retry patch.",
        "**Greta** — Status: green. Notes: none.",
        "Budget — Today: approved.",
      ]),
    ).toEqual([[], []]);
  });
});

describe("a thing to hand over by a day, and who hands it", () => {
  it("is the named attendee's work, and a thing with no day or a meeting is not", () => {
    expect(
      work(
        [
          "## Agreed",
          "",
          "- RCA within 5 business days (Lisa)",
          "- Revised quote by Friday (Raj)",
          "- Kickoff on Monday (Marcus)",
          "- Pricing page redesign (Raj)",
          "- Root cause within 5 business days (Someone Else)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["RCA within 5 business days", ["Lisa"]],
      ["Revised quote by Friday", ["Raj"]],
    ]);
  });
});

describe("seeing to something", () => {
  it("is work, where seeing what happens is not", () => {
    expect(
      work(
        "## Discussion\n\nRaj will see to it that the vendor signs. Lisa will see to the invitations. We will see how it goes. Marcus will see.\n",
      ),
    ).toEqual([
      ["Raj will see to it that the vendor signs", ["Raj"]],
      ["Lisa will see to the invitations", ["Lisa"]],
    ]);
  });
});

describe("a group's report, then its promise", () => {
  it("gives the group the work after 'and will', and nothing after 'will not' or a report of others", () => {
    expect(
      work(
        "## Discussion\n\nThe support team has the logs and will look into it. The platform team fixed the cache and will add more tests. The board was told and will not vote. The team said that Raj will fix it.\n",
      ),
    ).toEqual([
      ["The support team has the logs and will look into it", ["The support team"]],
      ["The platform team fixed the cache and will add more tests", ["The platform team"]],
    ]);
  });
});

describe("a request in the subjunctive", () => {
  it("is the work of the one asked, and a suggestion or a thing to be done is no one's", () => {
    expect(
      work(
        "## Discussion\n\nLisa asked that Raj review the draft by Friday. It was requested that Marcus book the room. Raj suggested that Lisa draft the FAQ. Lisa asked that the slides be shared. Marcus asked that the draft needs work.\n",
      ),
    ).toEqual([
      ["Lisa asked that Raj review the draft by Friday", ["Raj"]],
      ["It was requested that Marcus book the room", ["Marcus"]],
    ]);
  });
});

describe("a thing that will be done, closed by its taker in a bracket", () => {
  it("gives the attendee in the bracket the work, and not a topic they bring or a report", () => {
    expect(
      work(
        [
          "## Notes",
          "",
          "- A refund will be issued once finance signs off (Raj).",
          "- The partner list will be updated (Marcus)",
          "- The pricing will be discussed next week (Raj)",
          "- The launch will be delayed (Marcus)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["A refund will be issued once finance signs off", ["Raj"]],
      ["The partner list will be updated", ["Marcus"]],
    ]);
  });
});

describe("a plan for the week under way", () => {
  it("gives an attendee the work they are doing this week, and not where they are", () => {
    expect(
      work(
        [
          "## Updates",
          "",
          "- Raj is renewing the partner certificates this week.",
          "- Marcus rotates the API keys later today.",
          "- Raj is on leave this week.",
          "- Marcus is working from Lisbon this week.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Raj is renewing the partner certificates this week", ["Raj"]],
      ["Marcus rotates the API keys later today", ["Marcus"]],
    ]);
  });
});

describe("the same work again, only with its day", () => {
  it("dates the promise of the sentence before, and is no task of its own", () => {
    const minutes = read(
      [
        "## Discussion",
        "",
        "**Raj:** I can send you a config that pins the old client. I'll do that today.",
        "",
        "**Marcus:** The report is late. I'll do that tomorrow.",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId, task.due]),
    ).toEqual([
      ["I can send you a config that pins the old client", "raj-patel", "2026-04-14"],
      ["I'll do that tomorrow", "marcus-lee", "2026-04-15"],
    ]);
  });
});

describe("a pronoun's promise", () => {
  it("gives 'he will' to the one attendee or handle the clause before names, and to no one beside another name", () => {
    expect(
      work(
        [
          "## Discussion",
          "",
          "- Raj thinks the index is missing; he will check it before Friday.",
          "- @lwong says the export is slow. She will profile it.",
          "- Raj and Tovah think the cache is stale. He will clear it.",
          "- Raj and @lwong think the queue is stuck. He will restart it.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["he will check it before Friday", ["Raj"]],
      ["She will profile it", ["@lwong"]],
      ["He will clear it", []],
      ["He will restart it", []],
    ]);
  });
});

describe("work an attendee vouches for", () => {
  it("gives work to be done by a day to the attendee who confirms or promises it, and nothing said of the past or of talk", () => {
    const found = (sentence: string) =>
      prose(
        `## Summary\n\n${sentence}\n\n## Action items\n\n- Raj to send the invoice by Friday\n`,
      ).map((task) => [task.text, task.owners.map((owner) => owner.name), task.due, task.section]);
    expect(found("Raj confirmed that the credits will be issued by April 30.")).toEqual([
      [
        "Raj confirmed that the credits will be issued by April 30",
        ["Raj"],
        "2026-04-30",
        "actionItems",
      ],
    ]);
    expect(found("Raj promised the refund would be paid by Friday.")).toEqual([
      ["Raj promised the refund would be paid by Friday", ["Raj"], "2026-04-17", "commitments"],
    ]);
    // Done already, no day to do it by, talk at a meeting, or someone the note does not seat.
    expect(found("Raj confirmed the credits were issued on April 10.")).toEqual([]);
    expect(found("Raj confirmed the credits will be issued.")).toEqual([]);
    expect(found("Raj confirmed the renewal will be discussed next week.")).toEqual([]);
    expect(found("Tovah confirmed the credits will be issued by April 30.")).toEqual([]);
  });
});
