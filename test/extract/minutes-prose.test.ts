import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

/** Each task of a committee's prose minutes as [text, owners (attendee id or kind:name), due]. */
function tasks(body: string): Array<[string, string[], string | null]> {
  const minutes = parseMinutes(
    `Minutes of the garden club committee, 14 May 2026\n\nPresent: A. Okafor (chair), B. Lindqvist, C. Romero, D. Haas\n\n${body}`,
  );
  return [...minutes.actionItems, ...minutes.commitments].map((task) => [
    task.text,
    task.owners.map((owner) => owner.attendeeId ?? `${owner.kind}:${owner.name}`),
    task.due,
  ]);
}

describe("work given in a committee's prose minutes", () => {
  it("keeps an initial with its surname and reads roles and groups asked to act", () => {
    expect(
      tasks(
        [
          "2. Budget. The treasurer reported a surplus. C. Romero will prepare a revised budget.",
          "",
          "3. Website. Members are asked to send photos to D. Haas before the end of the month.",
          "",
          "4. AOB. The secretary is to circulate the draft constitution within two weeks.",
        ].join("\n"),
      ),
    ).toEqual([
      ["C. Romero will prepare a revised budget", ["c-romero"], null],
      [
        "Members are asked to send photos to D. Haas before the end of the month",
        ["group:Members"],
        "2026-05-31",
      ],
      [
        "The secretary is to circulate the draft constitution within two weeks",
        ["person:The secretary"],
        "2026-05-28",
      ],
    ]);
  });

  it("reads an office written alone and capitalised as the one who holds it", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Chair to write to the council about the allotments",
          "- Secretary to write up the rules for the seed archive",
          "- Co-Chair will send the agenda",
          "- Planting to start in April",
          "- Compost to be turned monthly",
        ].join("\n"),
      ),
    ).toEqual([
      ["Chair to write to the council about the allotments", ["a-okafor"], null],
      ["Secretary to write up the rules for the seed archive", ["person:Secretary"], null],
      ["Co-Chair will send the agenda", ["person:Co-Chair"], null],
      ["Planting to start in April", [], null],
      ["Compost to be turned monthly", [], null],
    ]);
  });

  it("reads a role written without its article at the start of a sentence in the minutes", () => {
    expect(
      tasks(
        [
          "8. Hall. Membership secretary will send the renewal letters.",
          "",
          "Treasurer will circulate the accounts before the next meeting.",
          "",
          "Events coordinator to book the marquee.",
          "",
          "Remind treasurer to file the return. Hall manager role is still open.",
          "",
          "Support will end in May for the old booking system.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Membership secretary will send the renewal letters", ["person:Membership secretary"], null],
      ["Treasurer will circulate the accounts before the next meeting", ["person:Treasurer"], null],
      ["Events coordinator to book the marquee", ["person:Events coordinator"], null],
    ]);
  });

  it("gives no work to 'is to' after a word that names no one, nor to people by what they do", () => {
    expect(
      tasks(
        [
          "5. Plans. The plan is to replant the beds in June. One is to make sure the shed is locked.",
          "",
          "6. Visitors. Users are asked to log in again after the upgrade.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reads who owns a piece of work in a decision, not which organization owns a thing", () => {
    const minutes = parseMinutes(
      [
        "# Vendor sync",
        "",
        "Date: 2026-03-04",
        "Attendees: Olu Adeyemi (Brightline), Marta Kowal, Sam Reyes",
        "",
        "## Decisions",
        "",
        "- Move the cut-over to the weekend. Sam owns the rollback plan.",
        "- Brightline owns the DNS zone, so changes go through their ticket queue.",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((o) => o.attendeeId)]),
    ).toEqual([["Sam owns the rollback plan", ["sam-reyes"]]]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual([
      "Move the cut-over to the weekend. Sam owns the rollback plan.",
      "Brightline owns the DNS zone, so changes go through their ticket queue.",
    ]);
  });

  it("reads a decision reported with 'would', work asked of someone, and a question taken away", () => {
    expect(
      tasks(
        [
          "7. Fair. It was agreed that B. Lindqvist would book the stall before the next meeting.",
          "The committee asked D. Haas to prepare a list of plants for sale.",
          "C. Romero will check whether the hall insurance covers the fair.",
          "B. Lindqvist and D. Haas will co-write the leaflet.",
        ].join(" "),
      ),
    ).toEqual([
      ["B. Lindqvist would book the stall before the next meeting", ["b-lindqvist"], null],
      ["The committee asked D. Haas to prepare a list of plants for sale", ["d-haas"], null],
      ["C. Romero will check whether the hall insurance covers the fair", ["c-romero"], null],
      ["B. Lindqvist and D. Haas will co-write the leaflet", ["b-lindqvist", "d-haas"], null],
    ]);
  });

  it("reads work asked or wanted of someone, at the end of a sentence that first reports something else too", () => {
    expect(
      tasks(
        [
          "A. Okafor noted that the council has been sending plot notices already, and asked C. Romero to collect the replies.",
          "",
          "B. Lindqvist noted the shed is damp, and the gate is stiff.",
          "",
          "D. Haas wants B. Lindqvist to order the seed potatoes.",
          "",
          "C. Romero wanted A. Okafor to be there.",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "A. Okafor noted that the council has been sending plot notices already, and asked C. Romero to collect the replies",
        ["c-romero"],
        null,
      ],
      ["D. Haas wants B. Lindqvist to order the seed potatoes", ["b-lindqvist"], null],
    ]);
  });

  it("reads work asked of someone the attendee list does not hold, unless the note lists its work", () => {
    const body = [
      "# Allotment society, 2 June 2026",
      "",
      "## Notes",
      "",
      "- The chair asked Ottoline to price the new water butts.",
      "- Ottoline asked whether the grant covers tools.",
    ].join("\n");
    const found = (markdown: string) =>
      [...parseMinutes(markdown).actionItems].map((task) => [
        task.text,
        task.owners.map((owner) => `${owner.kind}:${owner.name}`),
      ]);
    expect(found(body)).toEqual([
      ["The chair asked Ottoline to price the new water butts", ["person:Ottoline"]],
    ]);
    // Beside an explicit list of work, a name the note does not know is not enough.
    expect(found(`${body}\n\n## Action items\n\n- Fix the gate latch`)).toEqual([
      ["Fix the gate latch", []],
    ]);
  });

  it("gives no work to a wish, a doubt, a condition or someone asked to attend", () => {
    expect(
      tasks(
        [
          "8. Other business. It was agreed that C. Romero would like a larger hall.",
          "Not sure whether D. Haas will join the fair.",
          "B. Lindqvist will help whether or not the grant arrives.",
          "Visitors asked the committee about the fair.",
          "It was agreed that the committee would be pleased to host the show.",
        ].join(" "),
      ),
    ).toEqual([]);
  });

  it("reads no next meeting from a task that only points at it", () => {
    const minutes = parseMinutes(
      "# Sync 2026-05-14\n\nAttendees: Kim Ilse, Ola Berg\n\n- Kim to circulate the draft before the next meeting\n",
    );
    expect(minutes.nextMeeting).toBeNull();
    const dated = parseMinutes(
      "# Sync 2026-05-14\n\nAttendees: Kim Ilse, Ola Berg\n\n- Kim to circulate the draft before the next meeting on 28 May\n",
    );
    expect(dated.nextMeeting?.date).toBe("2026-05-28");
  });

  it("reads work after a label that says work follows: next step, follow-up, to do, ask", () => {
    expect(
      tasks(
        [
          "9. Shed. The lock is broken. Next step: D. Haas to order a new lock.",
          "Follow-up: send the insurer the photos.",
          "Next steps are to write a rota for the summer.",
          "To do: update the key holder list.",
          "We took an action item to check the shed rules before spring.",
        ].join(" "),
      ),
    ).toEqual([
      ["D. Haas to order a new lock", ["d-haas"], null],
      ["send the insurer the photos", [], null],
      ["write a rota for the summer", [], null],
      ["update the key holder list", [], null],
      ["We took an action item to check the shed rules before spring", [], null],
    ]);
  });

  it("reads a follow-up whose bracket names who takes it, and a taker's work in the present under a label", () => {
    expect(
      tasks(
        [
          "14. Gate. The hinge is loose. Follow-up (B. Lindqvist): replace the hinge by Friday.",
          "Follow-up: C. Romero checks the other gates.",
          "Outcome: A. Okafor drafts the notice for the board.",
        ].join(" "),
      ),
    ).toEqual([
      ["replace the hinge by Friday", ["b-lindqvist"], "2026-05-15"],
      ["C. Romero checks the other gates", ["c-romero"], null],
      ["A. Okafor drafts the notice for the board", ["a-okafor"], null],
    ]);
  });

  it("reads a follow-up item whose bracket names who takes it, and not one whose bracket is a topic", () => {
    expect(
      tasks(
        [
          "## Gate",
          "",
          "- Follow-up (C. Romero): oil the hinges",
          "- Follow-up (fees): the council agreed",
        ].join("\n"),
      ),
    ).toEqual([["oil the hinges", ["c-romero"], null]]);
  });

  it("reads no work from a follow-up's bracket of a topic, or someone's state or taste in the present", () => {
    expect(
      tasks(
        [
          "15. Fees. Follow-up (fees): the council agreed.",
          "Follow-up: D. Haas is away in June.",
          "Follow-up: C. Romero prefers the second quote.",
          "Outcome: B. Lindqvist starts in June.",
        ].join(" "),
      ),
    ).toEqual([]);
  });

  it("reads next steps named by their gerunds as one piece of work, as written", () => {
    expect(
      tasks(
        [
          "12. Open day. Next steps include booking the hall and printing the flyers two days before the open day on 6 June.",
          "Follow-ups will be sending the thank-you notes.",
        ].join(" "),
      ),
    ).toEqual([
      [
        "booking the hall and printing the flyers two days before the open day on 6 June",
        [],
        "2026-06-04",
      ],
      ["sending the thank-you notes", [], null],
    ]);
  });

  it("reads no work from next steps that wait, or a step that is for something to finish", () => {
    expect(
      tasks(
        "13. Grant. Next steps are waiting on the council. Next step is for testing to finish.",
      ),
    ).toEqual([]);
  });

  it("reads no work after such a label when what follows is a report, a doubt or a question", () => {
    expect(
      tasks(
        [
          "10. Insurance. Follow-up: the insurer confirmed the cover.",
          "Next steps are unclear.",
          "Ask: why is the premium higher?",
          "Follow-ups: none.",
        ].join(" "),
      ),
    ).toEqual([]);
  });

  it("gives a pronoun's promise to the one attendee the sentence before names, and to no one else", () => {
    expect(
      tasks(
        [
          "11. Visits. We will send D. Haas the visitor list. He will call the school in two weeks.",
          "B. Lindqvist and C. Romero met the council. She will write to the mayor.",
          "A. Okafor will print the posters. She will also book the hall.",
          "The council called. He will be pleased with the flowers.",
        ].join(" "),
      ),
    ).toEqual([
      // The writers' own work, in minutes that list none (see "the writers' own work" below).
      ["We will send D. Haas the visitor list", [], null],
      ["He will call the school in two weeks", ["d-haas"], "2026-05-28"],
      ["She will write to the mayor", [], null],
      ["A. Okafor will print the posters", ["a-okafor"], null],
      ["She will also book the hall", ["a-okafor"], null],
    ]);
  });

  it("gives work asked of a pronoun to the one attendee the sentence before names", () => {
    expect(
      tasks(
        [
          "12. Licences. A. Okafor raised the renewal date; the group asked her to get an extension within two weeks.",
          "D. Haas reported on the hall. He was asked to confirm the booking.",
          "The council called. The chair asked him to reply.",
        ].join(" "),
      ),
    ).toEqual([
      ["the group asked her to get an extension within two weeks", ["a-okafor"], "2026-05-28"],
      ["He was asked to confirm the booking", ["d-haas"], null],
      // The work stands; whom "him" points to, no attendee before says.
      ["The chair asked him to reply", [], null],
    ]);
  });

  it("reads a promise in the clause after 'but', 'and' or 'so', and no report or musing there", () => {
    expect(
      tasks(
        [
          "5. Plants. The order is larger than the budget allows, but B. Lindqvist will trim it before the sale.",
          "",
          "6. Shed. The roof leaks again, so D. Haas will call the roofer.",
          "",
          "7. Paths. The gravel was delivered, and C. Romero spread it on Sunday.",
          "",
          "8. Fair. The date is not fixed, but we will see.",
        ].join("\n"),
      ),
    ).toEqual([
      ["B. Lindqvist will trim it before the sale", ["b-lindqvist"], null],
      ["D. Haas will call the roofer", ["d-haas"], null],
    ]);
  });
});

describe("the writers' own work in notes that list none", () => {
  it("reads 'We will <verb>' as the team's task, not what the group will focus on, meet about or try", () => {
    expect(
      tasks(
        [
          "We showed the sponsor the build. We will coordinate the store upload with them by email.",
          "",
          "We'll send the signed contract on Friday.",
          "",
          "We will focus on the onboarding flow first. We will meet again after the sponsor call.",
          "",
          "We will try not to move the meeting. We will not ship the beta this month. We will be in touch.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["We will coordinate the store upload with them by email", [], null],
      ["We'll send the signed contract on Friday", [], "2026-05-15"],
    ]);
  });

  it("leaves 'We will' sentences to the list where the note lists its work", () => {
    expect(
      tasks(
        "We will coordinate the store upload with them by email.\n\n## Action items\n\n- D. Haas to print the flyers\n",
      ),
    ).toEqual([["D. Haas to print the flyers", ["d-haas"], null]]);
  });

  it("reads the work after a decision's label, and none when the label holds a report", () => {
    expect(
      tasks(
        [
          "**Resolution**: We will move the plant sale to June.",
          "",
          "**Decision**: C. Romero to book the hall.",
          "",
          "**Outcome**: The members approved the budget.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["We will move the plant sale to June", [], null],
      ["C. Romero to book the hall", ["c-romero"], null],
    ]);
  });
});

describe("promises in a call's prose summary", () => {
  it("reads 'he offered to' after the sentence's subject, and a check of whether something can be done", () => {
    expect(
      tasks(
        [
          "B. Lindqvist explained that the shed lock needs replacing, and he offered to order a new one tomorrow.",
          "",
          "C. Romero will check with the allotment office whether the fee can be waived and report back by Friday.",
          "",
          "The council could waive the fee.",
        ].join("\n"),
      ),
    ).toEqual([
      ["he offered to order a new one tomorrow", ["b-lindqvist"], "2026-05-15"],
      [
        "C. Romero will check with the allotment office whether the fee can be waived and report back by Friday",
        ["c-romero"],
        "2026-05-15",
      ],
    ]);
  });
});

describe("the present tense with a day ahead", () => {
  it("reads a plan written in the present with a deadline ahead, and not a report or a present without one", () => {
    expect(
      tasks(
        [
          "- C. Romero prepares the agenda for next week",
          "- D. Haas sends the invoice by Tuesday",
          "- B. Lindqvist presents the accounts",
          "- A. Okafor reports that the fence was fixed on Monday",
          "- D. Haas orders the seed potatoes on Monday",
          "- C. Romero books the hall (Sat)",
          "- B. Lindqvist fixes the gate tomorrow",
          "- A. Okafor sends the minutes today",
          "- D. Haas's team builds the compost bays on Saturday",
          "- C. Romero and D. Haas bring the trestles tomorrow",
          "- C. Romero and D. Haas are away tomorrow",
          "- A. Okafor is at the allotment today",
          "- B. Lindqvist starts on Monday",
          "- C. Romero joins the committee tomorrow",
          "- A. Okafor says that the hall is free on Friday",
          "- D. Haas ordered the compost on Monday",
        ].join("\n"),
      ),
    ).toEqual([
      ["C. Romero prepares the agenda for next week", ["c-romero"], "2026-05-22"],
      ["D. Haas sends the invoice by Tuesday", ["d-haas"], "2026-05-19"],
      ["D. Haas orders the seed potatoes on Monday", ["d-haas"], "2026-05-18"],
      ["C. Romero books the hall", ["c-romero"], "2026-05-16"],
      ["B. Lindqvist fixes the gate tomorrow", ["b-lindqvist"], "2026-05-15"],
      ["A. Okafor sends the minutes today", ["a-okafor"], "2026-05-14"],
      [
        "D. Haas's team builds the compost bays on Saturday",
        ["group:D. Haas's team"],
        "2026-05-16",
      ],
      ["C. Romero and D. Haas bring the trestles tomorrow", ["c-romero", "d-haas"], "2026-05-15"],
    ]);
  });

  it("reads the progressive with a day ahead as a plan of work, and not travel, absence or work now", () => {
    expect(
      tasks(
        [
          "- C. Romero is bringing the ladder next week",
          "- D. Haas is still making the banner by Friday",
          "- B. Lindqvist is flying to Oslo next week",
          "- A. Okafor is away next week",
          "- B. Lindqvist is planning the harvest day",
        ].join("\n"),
      ),
    ).toEqual([
      ["C. Romero is bringing the ladder next week", ["c-romero"], "2026-05-22"],
      ["D. Haas is still making the banner by Friday", ["d-haas"], "2026-05-15"],
    ]);
  });

  it("reads the progressive with a day and no deadline word by the thing it is done to", () => {
    expect(
      tasks(
        [
          "- C. Romero and D. Haas are painting the shed on Saturday",
          "- A. Okafor is collecting the keys tomorrow",
          "- B. Lindqvist is travelling on Monday",
          "- C. Romero is speaking on Friday",
          "- D. Haas is working from home tomorrow",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "C. Romero and D. Haas are painting the shed on Saturday",
        ["c-romero", "d-haas"],
        "2026-05-16",
      ],
      ["A. Okafor is collecting the keys tomorrow", ["a-okafor"], "2026-05-15"],
    ]);
  });
});

describe("the next meeting written in the plural inside a list of next steps", () => {
  const minutes = parseMinutes(
    [
      "# Planning call 2026-02-02",
      "",
      "## Next steps",
      "",
      "- Kim to draft the scope note",
      "- Next calls: Monday February 9 10:00 and 16:00 CET",
      "- Next call schedule needs a poll",
      "",
    ].join("\n"),
  );

  it("is the next meeting, not a task; a step about the calls is still one", () => {
    expect(minutes.nextMeeting?.date).toBe("2026-02-09");
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Kim to draft the scope note",
      "Next call schedule needs a poll",
    ]);
  });
});

describe("an order to get someone else to do the work", () => {
  it("is work for whoever reads it, not for the one asked; an offer of help and a look are not", () => {
    expect(
      tasks(
        [
          "- Shed repairs discussed.",
          "  - Ask D. Haas to price a new lock.",
          "- Remind C. Romero and @kim to renew the allotment insurance by Friday.",
          "- Have the treasurer sign the grant form.",
          "- Have a look at the old minutes.",
          "- Have fun at the harvest day.",
          "- Ask questions in the group chat.",
          "- Invite B. Lindqvist to the next meeting.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ask D. Haas to price a new lock", [], null],
      ["Remind C. Romero and @kim to renew the allotment insurance by Friday", [], "2026-05-15"],
      ["Have the treasurer sign the grant form", [], null],
    ]);
  });
});

describe("a board's officers and what they offer", () => {
  it("reads trustees and governors as a group of role holders, and liaising as work", () => {
    expect(
      tasks(
        [
          "All trustees to complete the safeguarding refresher by 31 May.",
          "",
          "Governors to approve the budget.",
          "",
          "B. Lindqvist offered to liaise with the youth club about the hall.",
          "",
          "C. Romero offered to chase the council about the lease.",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "All trustees to complete the safeguarding refresher by 31 May",
        ["group:All trustees"],
        "2026-05-31",
      ],
      ["Governors to approve the budget", ["group:Governors"], null],
      ["B. Lindqvist offered to liaise with the youth club about the hall", ["b-lindqvist"], null],
      ["C. Romero offered to chase the council about the lease", ["c-romero"], null],
    ]);
  });

  it("reads a resolution in the subjunctive as work for the taker it names, and not one with none", () => {
    expect(
      tasks(
        [
          "Next meeting: 11 June 2026",
          "",
          "5. Roof. Resolved that the chair obtain a third quote before the June meeting.",
          "",
          "6. Hall. RESOLVED that D. Haas book the hall by 30 May.",
          "",
          "7. Budget. Resolved that the budget be approved. Agreed that the shed remain closed in August.",
          "",
          "8. Garden. The plans were shown. RESOLVED: that D. Haas order the seedlings by 6 June.",
          "",
          "9. Fees. Resolved: the fees stay as they are.",
        ].join("\n"),
      ),
    ).toEqual([
      ["the chair obtain a third quote before the June meeting", ["a-okafor"], "2026-06-11"],
      ["book the hall by 30 May", ["d-haas"], "2026-05-30"],
      ["order the seedlings by 6 June", ["d-haas"], "2026-06-06"],
    ]);
  });
});

describe("a customer call written up in the writer's own voice", () => {
  /** A call on Monday 2026-03-09 whose writer names herself among those present. */
  const call = (paragraph: string) => {
    const minutes = parseMinutes(
      [
        "# Call with Quillfield Health, March 9, 2026",
        "",
        "Present: Nell Okafor and Tallis Grove from Quillfield; Odile Quast and me (Greta Lund).",
        "",
        paragraph,
        "",
      ].join("\n"),
    );
    return [...minutes.actionItems, ...minutes.commitments].map((task) => [
      task.text,
      task.owners.map((owner) => owner.attendeeId ?? owner.name),
      task.due,
    ]);
  };

  it("cuts the writer's promise from someone else's after it, and the writers' from the writer's", () => {
    expect(call("I'll write up a summary by Friday and Odile will set up a call.")).toEqual([
      ["I'll write up a summary by Friday", ["greta-lund"], "2026-03-13"],
      ["Odile will set up a call", ["odile-quast"], null],
    ]);
    expect(call("I'm going to write up a summary by Friday, and we'll set up a call.")).toEqual([
      ["I'm going to write up a summary by Friday", ["greta-lund"], "2026-03-13"],
      ["we'll set up a call", [], null],
    ]);
    // One voice going on is one piece of work.
    expect(call("I'll fix the limit and then I'll tell them.")).toEqual([
      ["I'll fix the limit and then I'll tell them", ["greta-lund"], null],
    ]);
  });

  it("reads the writer's promise told to someone, and not what the writer told them of anything else", () => {
    expect(
      call(
        "I told her I would check with our billing team and come back to her within two business days.",
      ),
    ).toEqual([
      [
        "I would check with our billing team and come back to her within two business days",
        ["greta-lund"],
        "2026-03-11",
      ],
    ]);
    expect(call("I promised Nell that I'd send the credit note.")).toEqual([
      ["I'd send the credit note", ["greta-lund"], null],
    ]);
    expect(call("I told Nell I would be away next week.")).toEqual([]);
    expect(call("I told them I think it works.")).toEqual([]);
  });

  it("reads getting someone a thing as work, and getting them started as none", () => {
    expect(call("Tallis said he'd get us the VPN logs, probably by Wednesday.")).toEqual([
      ["he'd get us the VPN logs, probably by Wednesday", ["tallis-grove"], "2026-03-11"],
    ]);
    expect(call("Tallis will get us started next week.")).toEqual([]);
  });
});
