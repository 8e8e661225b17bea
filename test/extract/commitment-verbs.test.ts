import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { type NoteHead, noteWith, tasksIn, textOwnersAndDue } from "../helpers/owners.js";

const head: NoteHead = {
  title: "Steering committee",
  date: "2026-07-01",
  attendees: "Ines Okafor, Bram Visser, Carla Duarte",
  heading: "Discussion",
};
const note = (body: string) => noteWith(head, body);
const tasks = (body: string) => tasksIn(note(body));

describe("the verbs with which someone takes work", () => {
  it("reads plans, actions taken on and sign-ups as work for whoever opens the sentence", () => {
    expect(
      tasks(
        [
          "- Ines plans to move the meeting notes to the wiki",
          "- Bram took an action item to collect the travel requests",
          "- Carla has an action to renew the domain",
          "- Ines signed up to mentor the new reviewers",
          "- Carla has the action to book the hall",
          "- Bram has taken an action to review the budget",
          "- The plan is for Ines to migrate the archive",
          "- The plan is for the launch to happen in May",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ines plans to move the meeting notes to the wiki", ["ines-okafor"]],
      ["Bram took an action item to collect the travel requests", ["bram-visser"]],
      ["Carla has an action to renew the domain", ["carla-duarte"]],
      ["Ines signed up to mentor the new reviewers", ["ines-okafor"]],
      ["Carla has the action to book the hall", ["carla-duarte"]],
      ["Bram has taken an action to review the budget", ["bram-visser"]],
      ["Ines to migrate the archive", ["ines-okafor"]],
    ]);
  });

  it("reads a resolution's 'shall' as a task for the one it names, and a group's 'shall' with no day as a rule", () => {
    const lines = (body: string[]) =>
      tasksIn(
        `# Board\n\nDate: 2026-07-01\n\nPresent: Ines Okafor (Treasurer), Bram Visser\n\n## Finance\n\n${body.join("\n")}\n`,
      );
    expect(
      lines([
        "It was resolved that the Treasurer shall file the return by 31 July.",
        "",
        "The board shall review the policy by 15 August.",
        "",
        "The board shall meet quarterly. Members shall pay dues annually.",
      ]),
    ).toEqual([
      ["the Treasurer shall file the return by 31 July", ["ines-okafor"]],
      ["The board shall review the policy by 15 August", ["group:The board"]],
    ]);
  });

  it("reads work handed over to someone, and a call for someone to take it", () => {
    const body = (lines: string[]) =>
      tasksIn(`# Committee\n\nDate: 2026-07-01\n\n## Discussion\n\n${lines.join("\n")}\n`);
    expect(
      body([
        "- Over to Ines to chase the supplier",
        "- Need a volunteer to run the raffle",
        "- Need someone to talk to the council",
        "- We need someone like her on the board",
      ]),
    ).toEqual([
      ["Ines to chase the supplier", ["person:Ines"]],
      ["Need a volunteer to run the raffle", []],
    ]);
  });

  it("reads work left with someone to do, and not a matter left with them", () => {
    expect(
      tasks(
        [
          "Leaving it with Ines to chase the supplier about the quota.",
          "",
          "We left this with Bram Visser to confirm the numbers.",
          "",
          "Carla: left it with Bram for now.",
          "",
          "Leave it with me to check.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ines to chase the supplier about the quota", ["ines-okafor"]],
      ["Bram Visser to confirm the numbers", ["bram-visser"]],
    ]);
  });

  it("reads work someone is handling or has been given, and not what they were doing or a thing's state", () => {
    expect(
      tasks(
        [
          "- Ines is handling the refund for the March invoice",
          "- Bram is following up with finance on the credit",
          "- Carla is looking into the failed exports",
          "- Bram has been tasked with the onboarding guide",
          "- Carla was assigned the venue contract",
          "- Ines was handling the queue when it fell over",
          "- The new server is handling the load fine",
          "- The ticket has been assigned a number",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ines is handling the refund for the March invoice", ["ines-okafor"]],
      ["Bram is following up with finance on the credit", ["bram-visser"]],
      ["Carla is looking into the failed exports", ["carla-duarte"]],
      ["Bram has been tasked with the onboarding guide", ["bram-visser"]],
      ["Carla was assigned the venue contract", ["carla-duarte"]],
    ]);
  });

  it("reads who a responsibility sits with as its taker, and no one for a fault that lies with a thing", () => {
    expect(
      tasks(
        [
          "- Responsibility for the visitor rota sits with Bram.",
          "- Accountability for the budget rests with Ines and Carla.",
          "- Responsibility for the outage lies with the hosting provider.",
          "- The problem lies with Bram's laptop.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Responsibility for the visitor rota sits with Bram", ["bram-visser"]],
      ["Accountability for the budget rests with Ines and Carla", ["ines-okafor", "carla-duarte"]],
    ]);
  });

  it("reads who is named the owner or DRI of a piece of work, and no role named without a day", () => {
    expect(
      tasks(
        [
          "- Carla is the owner of the venue contract.",
          "- The DRI for the sponsor letters is Bram.",
          "- Budget summary owner is Ines, due Friday.",
          "- The product owner is Carla.",
          "- Who is the owner of the mailing list?",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Carla is the owner of the venue contract", ["carla-duarte"]],
      ["The DRI for the sponsor letters is Bram", ["bram-visser"]],
      ["Budget summary owner is Ines", ["ines-okafor"]],
    ]);
  });

  it("reads a thing someone will have ready or by a day as theirs to deliver, and not a meeting they will have", () => {
    expect(
      tasks(
        [
          "Bram will have the travel figures by Friday.",
          "",
          "Carla will have the venue contract ready.",
          "",
          "Ines will have a planning session with the caterer on 12 July.",
          "",
          "Bram will have more time next week.",
          "",
          "Carla will have a call with the caterer by Friday.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Bram will have the travel figures by Friday", ["bram-visser"]],
      ["Carla will have the venue contract ready", ["carla-duarte"]],
    ]);
  });

  it("reads what the writers owe someone as their work, and not a debt to themselves", () => {
    expect(
      tasks(
        [
          "We owe the caterer a revised headcount by Friday.",
          "",
          "We still owe Bram the signed forms.",
          "",
          "We owe it to ourselves to take a break.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["We owe the caterer a revised headcount by Friday", []],
      ["We still owe Bram the signed forms", []],
    ]);
  });

  it("reads the writers' promise with a word between 'we' and the verb", () => {
    expect(
      tasks(
        [
          "We also promised a short write-up of today's call by tomorrow.",
          "",
          "We've also promised the caterer a revised headcount.",
          "",
          "We then committed to a fix by Friday.",
          "",
          "We also discussed the promised fix.",
          "",
          "We've already looked at the logs.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["We also promised a short write-up of today's call by tomorrow", []],
      ["We've also promised the caterer a revised headcount", []],
      ["We then committed to a fix by Friday", []],
    ]);
  });

  it("reads letters people use as verbs after 'to' or 'will', and not a report or a team name", () => {
    expect(
      tasks(
        [
          "Bram to QA the release candidate.",
          "",
          "Carla will DM the venue about the deposit.",
          "",
          "Ines went to QA yesterday.",
          "",
          "The QA rota is full.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Bram to QA the release candidate", ["bram-visser"]],
      ["Carla will DM the venue about the deposit", ["carla-duarte"]],
    ]);
  });

  it("files a promise in a discussion's list under the commitments, other work under the actions", () => {
    const minutes = parseMinutes(
      note(
        [
          "- Bram committed to send the signed contract by Friday",
          "- Carla guaranteed a refund for the March invoice",
          "- Ines will book the venue",
          "",
        ].join("\n"),
      ),
    );
    expect(minutes.commitments.map((task) => [task.text, task.section])).toEqual([
      ["Bram committed to send the signed contract by Friday", "commitments"],
      ["Carla guaranteed a refund for the March invoice", "commitments"],
    ]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Ines will book the venue"]);
  });

  it("reads what was agreed someone will do, with or without 'that'", () => {
    expect(
      tasks(
        "It was agreed Bram will check the invoices. We decided Carla should draft the letter. It was agreed the venue is fine.\n",
      ),
    ).toEqual([
      ["Bram will check the invoices", ["bram-visser"]],
      ["Carla should draft the letter", ["carla-duarte"]],
    ]);
  });

  it("reads a promise someone is reported to have made, without an audience named", () => {
    expect(
      tasks(
        [
          "The budget came up again. Bram said he'd ask the treasurer for the figures. Carla",
          "mentioned that she will draft the survey.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["he'd ask the treasurer for the figures", ["bram-visser"]],
      ["she will draft the survey", ["carla-duarte"]],
    ]);
  });

  it("reads no work in reports of how things are or will be, nor in plans to be somewhere", () => {
    expect(
      tasks(
        [
          "- Ines said it would take two weeks",
          "- Carla mentioned they would like fewer meetings",
          "- Bram said he was happy with the venue",
          "- The group plans to meet in person next year?",
          "- Ines plans to be away in August",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("words of a decision or a proposal opening a sentence", () => {
  it("are no one who takes the work", () => {
    const minutes = parseMinutes(
      note(
        [
          "- Consensus to drop the old export format in the next major release",
          "- Suggestion to record the calls for those in other time zones",
          "- Agreement to meet monthly from now on",
          "- Request to move the repository to the new organization",
          "- Bram to write up the decision",
          "",
        ].join("\n"),
      ),
    );
    const owners = [...minutes.actionItems, ...minutes.commitments].flatMap((task) =>
      task.owners.map((owner) => owner.attendeeId ?? owner.name),
    );
    expect(owners).toEqual(["bram-visser"]);
  });
});

describe("a rule for a thing in the notes", () => {
  it("gives no work to the thing before 'should' or 'must', but does to people and groups", () => {
    expect(
      tasks(
        [
          "- Feedback on the mock-ups",
          "  - Colours should follow the brand guide",
          "  - Exports must be signed",
          "  - Ines should send the guide to the designers",
          "  - The team should review the icons",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ines should send the guide to the designers", ["ines-okafor"]],
      ["The team should review the icons", ["group:The team"]],
    ]);
  });

  it("reads 'will be ...ing' as planned work, unless it is a state or an appointment", () => {
    expect(
      tasks(
        [
          "During the summer, the docs team will be rewriting the install guide.",
          "",
          "Bram will be working on the travel policy.",
          "",
          "Carla will be speaking at the regional meetup. The support team will be using the new queue.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["the docs team will be rewriting the install guide", ["group:the docs team"]],
      ["Bram will be working on the travel policy", ["bram-visser"]],
    ]);
  });

  it("reads answering later as work, and a role the minutes name with 'our' as its taker", () => {
    expect(
      tasks(
        [
          "- Hosting: we may stay on the old servers, the customer is going to get back to us about it",
          "- The vendor will get in touch with their auditors",
          "- Our mentor will review the test plan",
          "- Bram will get to know the billing code",
          "- Our team will get better at estimates",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      // Whole bullets first; the clause after a comma is read by the sentence reader.
      ["The vendor will get in touch with their auditors", ["group:The vendor"]],
      ["Our mentor will review the test plan", ["person:Our mentor"]],
      ["the customer is going to get back to us about it", ["group:the customer"]],
    ]);
  });

  it("reads an action item taken or held under its short name 'AI'", () => {
    expect(
      tasks(
        [
          "- We found more guests to invite. Bram took an AI to write to them.",
          "- Ines has the AI to book the room",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ines has the AI to book the room", ["ines-okafor"]],
      ["Bram took an AI to write to them", ["bram-visser"]],
    ]);
  });

  it("reads a promise set aside in brackets as its own sentence, and no remark in brackets", () => {
    expect(
      tasks(
        [
          "The cache is cold after each deploy. (Bram will write the warm-up script.) We moved on.",
          "",
          "The grant closes soon. (This will also help when we ask the council for money.)",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Bram will write the warm-up script", ["bram-visser"]]]);
  });

  it("reads getting a thing as work, and neither getting a chance nor an opening adverb as a taker", () => {
    expect(
      tasks(
        [
          "- Bram to get a meeting room for the offsite",
          "- Ines will get the quotes from both printers",
          "- Carla will get a chance to present the roadmap",
          "- Hopefully will get the paperwork done soon",
          "- Carla to get two quotes for the printers",
          "- Bram to get Ines's sign-off on the budget",
          "- Ines will get two weeks off in August",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Bram to get a meeting room for the offsite", ["bram-visser"]],
      ["Ines will get the quotes from both printers", ["ines-okafor"]],
      ["Carla to get two quotes for the printers", ["carla-duarte"]],
      ["Bram to get Ines's sign-off on the budget", ["bram-visser"]],
    ]);
  });

  it("reads getting others to do a thing as work, and getting used or around to one as none", () => {
    expect(
      tasks(
        [
          "- Carla will get legal to review the venue contract",
          "- Bram will get finance to approve the deposit",
          "- Carla will get used to the new booking tool",
          "- Ines will get around to the survey eventually",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Carla will get legal to review the venue contract", ["carla-duarte"]],
      ["Bram will get finance to approve the deposit", ["bram-visser"]],
    ]);
  });

  it("reads a request softened with 'kindly', and a sentence opened with 'Now'", () => {
    expect(
      tasks(
        [
          "- The design team is kindly requested to review the icon set.",
          "- Carla is kindly asked to send the slides.",
          "- The venue is booked. Now the events team will prepare the signage.",
          "- Now is the time to decide on the venue.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["The design team is kindly requested to review the icon set", ["group:The design team"]],
      ["Carla is kindly asked to send the slides", ["carla-duarte"]],
      ["the events team will prepare the signage", ["group:the events team"]],
    ]);
  });

  it("reads work someone was directed or instructed to do, and no question directed to someone", () => {
    const board = noteWith(
      {
        title: "Board of directors",
        date: "2026-11-30",
        attendees: "Ingrid Holm (Chair), Nell Okafor (Secretary), Tallis Grove (Treasurer)",
      },
      [
        "The Secretary was directed to notify members no later than January 10, 2027.",
        "",
        "Tallis was instructed to file the annual return.",
        "",
        "The board directed the Treasurer to pay the roofer.",
        "",
        "Ingrid raised the lease. The board instructed her to renew it.",
        "",
        "A question about dues was directed to the chair.",
        "",
        "The members were instructed in the new voting rules.",
        "",
      ].join("\n"),
    );
    expect(textOwnersAndDue(parseMinutes(board).actionItems)).toEqual([
      [
        "The Secretary was directed to notify members no later than January 10, 2027",
        ["nell-okafor"],
        "2027-01-10",
      ],
      ["Tallis was instructed to file the annual return", ["tallis-grove"], null],
      ["The board directed the Treasurer to pay the roofer", ["tallis-grove"], null],
      ["The board instructed her to renew it", ["ingrid-holm"], null],
    ]);
  });

  it("reads someone taking the work after a dash that closes a remark, and no taker-less words after one", () => {
    expect(
      tasks(
        [
          "- Carla: not sure this scales -- Ines and Bram to test it on the big dataset",
          "- The export is slow -- maybe the disk",
          "",
        ].join("\n"),
      ),
    ).toEqual([["Ines and Bram to test it on the big dataset", ["ines-okafor", "bram-visser"]]]);
  });

  it("reads a verb that is also a first name (grant, mark, bill) as the verb before a name", () => {
    // No roster: the taker is known only from the sentence, so the verb must be read as one.
    const minutes = parseMinutes(
      [
        "# Infra sync 2026-07-01",
        "",
        "## Agenda",
        "",
        "- Ines will grant Mila admin rights on the wiki.",
        "- Bram will mark Tallis as the second reviewer.",
        "- Grant Mila joined late.",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.owners.map((o) => o.name)])).toEqual([
      ["Ines will grant Mila admin rights on the wiki", ["Ines"]],
      ["Bram will mark Tallis as the second reviewer", ["Bram"]],
    ]);
  });
});
