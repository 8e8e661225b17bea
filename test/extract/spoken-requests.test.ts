import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { noteWith, tasksIn } from "../helpers/owners.js";

const head = {
  title: "Release council",
  date: "2026-04-08",
  attendees: "Kim Lee, Ilse Berg, Noor Haddad",
  heading: "Discussion",
};

/** The action items of a note of these lines, as [text, first owner's attendee id, due]. */
function takerAndDue(lines: readonly string[]) {
  return parseMinutes(noteWith(head, lines.join("\n"))).actionItems.map((task) => [
    task.text,
    task.owners[0]?.attendeeId,
    task.due,
  ]);
}

describe("work taken on in a transcript of speakers", () => {
  it("gives a request to the next speaker who answers that they will do it", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "Kim: Could you put the session request in the channel?",
            "",
            "Ilse: Will do.",
            "",
            "Noor: Would you share the deck with finance?",
            "",
            "Kim: Sure, I can do that.",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["put the session request in the channel", ["ilse-berg"]],
      ["share the deck with finance", ["kim-lee"]],
    ]);
  });

  it("reads the request a speaker puts before saying more in the same turn", () => {
    expect(
      takerAndDue([
        "Kim: Ilse, could you add the rollback steps? And I'll book a follow-up.",
        "",
        "Ilse: Sure, by Friday.",
        "",
        "Noor: Can you explain the outage? Thanks.",
        "",
        "Kim: Sure.",
      ]),
    ).toEqual([
      ["I'll book a follow-up", "kim-lee", null],
      ["add the rollback steps by Friday", "ilse-berg", "2026-04-10"],
    ]);
  });

  it("gives a request put to anyone to who takes it on, once, and reads a speaker stamped with the time", () => {
    expect(
      takerAndDue([
        "Kim: Can someone send the revised quote?",
        "",
        "Noor: Sure, I'll do it by Friday.",
        "",
        "Ilse: Can anyone tell me the room number?",
        "",
        "Kim: Sure.",
        "",
        "Ilse Berg (10:32): I'll book the room for the workshop.",
      ]),
    ).toEqual([
      ["send the revised quote by Friday", "noor-haddad", "2026-04-10"],
      ["I'll book the room for the workshop", "ilse-berg", null],
    ]);
  });

  it("reads quoted words in the voice of who said them, and no task from a quoted remark", () => {
    expect(
      takerAndDue([
        'Kim said: "I\'ll send the revised quote by Friday."',
        "",
        "Noor replied, “I will look into the export.”",
        "",
        'Ilse said: "The export is slow."',
      ]),
    ).toEqual([
      ["I'll send the revised quote by Friday", "kim-lee", "2026-04-10"],
      ["I will look into the export", "noor-haddad", null],
    ]);
  });

  it("gives a request to whoever it names, with 'please' or a day, and once though they answer", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Ilse, can you please send the SOC 2 report?",
            "- Could you send the renewal quote by Friday, Noor?",
            "- Kim, can you explain the numbers?",
            "- Noor, can you check the logs?",
            "",
            "Kim: Ilse, could you please file the ticket?",
            "",
            "Ilse: Will do.",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["send the SOC 2 report", ["ilse-berg"]],
      ["send the renewal quote by Friday", ["noor-haddad"]],
      ["file the ticket", ["ilse-berg"]],
    ]);
  });

  it("reads a speaker's promise after the word that answers, and not an answer that explains", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "**Noor:** Sure, I'll have a draft of the checklist by Friday.",
            "",
            "**Ilse:** Yes — I'll book the room for the review.",
            "",
            "**Kim:** OK. I will chase security about the sign-off.",
            "",
            "**Noor:** Yeah, to get the numbers from the old report.",
            "",
            "**Ilse:** Yes, I'll have to think about it.",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["I'll have a draft of the checklist by Friday", ["noor-haddad"]],
      ["I'll book the room for the review", ["ilse-berg"]],
      ["I will chase security about the sign-off", ["kim-lee"]],
    ]);
  });

  it("gives no work for a question answered with facts, a refusal, or a request nobody answers", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "Noor: Can you believe the numbers?",
            "",
            "Kim: No.",
            "",
            "Ilse: Could you explain the spike?",
            "",
            "Noor: It came from the batch job.",
            "",
            "Kim: Could you check the logs later?",
            "",
            "The call moved on to the budget.",
          ].join("\n"),
        ),
      ),
    ).toEqual([]);
  });

  it("reads an update set off by a dash as its speaker's, and a group before a dash as the owner", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "Kim – on call was quiet. Will rotate the keys tomorrow",
            "",
            "Noor – hiring: two candidates in the final round",
            "",
            "AI: everyone – update the on-call calendar for March",
            "",
            "AI: infra – renew the certificates",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["update the on-call calendar for March", ["group:everyone"]],
      ["infra – renew the certificates", []],
      ["Will rotate the keys tomorrow", ["kim-lee"]],
    ]);
  });

  it("reads past a reply's 'Sure,' or 'OK,' to the speaker's promise", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "**Kim:** Sure, I'll look into the retry emails this week.",
            "",
            "**Ilse:** OK, will do the export tomorrow.",
            "",
            "**Noor:** Yes, will help a lot.",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["I'll look into the retry emails this week", ["kim-lee"]],
      ["will do the export tomorrow", ["ilse-berg"]],
    ]);
  });

  it("reads a speaker's promise after 'and' or 'so' later in their line", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "Kim: Sounds right, and I'll close the tracking issue.",
            "",
            "Ilse: The numbers look fine, so I'll send them to finance.",
            "",
            "Noor: Agreed, and I think it works.",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["I'll close the tracking issue", ["kim-lee"]],
      ["I'll send them to finance", ["ilse-berg"]],
    ]);
  });
});

describe("work closed by a dash and the names of who does it", () => {
  it("gives an imperative in a discussion closed by '— Name' to that attendee, not a remark", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Check the vendor terms before the renewal — Kim",
            "- Budget looks fine for the third quarter — Ilse",
            "- Send the draft to legal - Noor.",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Check the vendor terms before the renewal", ["kim-lee"]],
      ["Send the draft to legal", ["noor-haddad"]],
    ]);
  });

  it("reads '- Name to do' or '-- Name to handle' closing an item as who does the work before it", () => {
    const head2 = { title: "Open day planning", date: "2026-04-08", heading: "Notes" };
    const body = [
      "- Ask the caterers about vegan options - Tovah to do",
      "- Parking for the vans -- Rafe to handle",
      "- Print the maps – Tovah and Rafe will take care of it",
      "- Welcome talk - Rafe to lead",
      "- The list of jobs to do",
    ].join("\n");
    const markdown = noteWith({ ...head2, attendees: "Tovah Marsh, Rafe Olin" }, body);
    expect(tasksIn(markdown)).toEqual([
      ["Ask the caterers about vegan options", ["tovah-marsh"]],
      // "--" is the dash typed without one.
      ["Parking for the vans", ["rafe-olin"]],
      ["Print the maps", ["tovah-marsh", "rafe-olin"]],
      // The item says its own work before the dash: nothing from the item above joins it.
      ["Welcome talk - Rafe to lead", ["rafe-olin"]],
    ]);
    // Without an attendee list the names are read as they are written.
    expect(tasksIn(`## Notes\n\n${body}`).map(([text]) => text)).toEqual([
      "Ask the caterers about vegan options",
      "Parking for the vans",
      "Print the maps",
      "Welcome talk - Rafe to lead",
    ]);
  });

  it("reads a speaker tagged in brackets, and what they say they will do in the first person", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Storage quota",
            "  - [kim] We have not decided yet. I'll check with the team next week.",
            "  - [ilse] It may be out of scope, but I'm happy to draft the reply.",
            "  - (Noor) I volunteer to write the summary.",
            "  - Ilse: I am going to open an issue for the quota.",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["I'll check with the team next week", ["kim-lee"]],
      ["I'm happy to draft the reply", ["ilse-berg"]],
      ["I volunteer to write the summary", ["noor-haddad"]],
      ["I am going to open an issue for the quota", ["ilse-berg"]],
    ]);
  });

  it("gives no work from a tag that names no attendee, nor from a thing's 'will'", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- [question] Will the kiosk support printing? I'm happy to hear ideas.",
            "  - [kim] The split will also shorten the build.",
            "  - [ilse] I see why, I don't think it is needed.",
          ].join("\n"),
        ),
      ),
    ).toEqual([]);
  });

  it("reads a promise that opens with when it is done, and keeps that as its deadline", () => {
    expect(
      takerAndDue([
        "- Rota",
        "  - Kim: Later today I'll update the rota and share it.",
        "  - Tomorrow, Noor will send the invoice to finance.",
        "  - Ilse: I'll try to book a room for the workshop.",
      ]),
    ).toEqual([
      ["Later today I'll update the rota and share it", "kim-lee", "2026-04-08"],
      ["Tomorrow, Noor will send the invoice to finance", "noor-haddad", "2026-04-09"],
      ["I'll try to book a room for the workshop", "ilse-berg", null],
    ]);
  });

  it("reads a deadline said first as a date, also before a plan in the present", () => {
    expect(
      takerAndDue([
        "- Budget",
        "  - By 4/20 Noor sends the cost forecast.",
        "  - By April 17th, Ilse will renew the certificate.",
        "  - Before the 15th: Kim books the venue.",
        "  - By 4/20 Noor sent the old forecast.",
        "  - By Friday the numbers look fine.",
      ]),
    ).toEqual([
      ["By 4/20 Noor sends the cost forecast", "noor-haddad", "2026-04-20"],
      ["By April 17th, Ilse will renew the certificate", "ilse-berg", "2026-04-17"],
      ["Before the 15th: Kim books the venue", "kim-lee", "2026-04-15"],
    ]);
  });

  it("gives no work for a day word before a report, a fact or a speaker's musing", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "- Planning",
            "  - Today we reviewed the roadmap.",
            "  - Tomorrow is a public holiday.",
            "  - Next week the office is closed.",
            "  - Kim: Later today I'll probably think about it.",
          ].join("\n"),
        ),
      ),
    ).toEqual([]);
  });
});

describe("a speaker offering work", () => {
  it("gives 'I can' and 'let me' with work to the speaker, sentence after sentence", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "Kim: Let me check with legal about the clause.",
            "",
            "**Ilse:** Yeah I can take the release notes. I can do a dry run on Friday too.",
            "",
            "- Noor: sure, I can review it",
          ].join("\n"),
        ),
      ),
    ).toEqual([
      ["Let me check with legal about the clause", ["kim-lee"]],
      ["I can take the release notes", ["ilse-berg"]],
      ["I can do a dry run on Friday too", ["ilse-berg"]],
      ["I can review it", ["noor-haddad"]],
    ]);
  });

  it("gives 'I can have it by Monday' and 'I can have the figures ready' to the speaker", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          ["Kim: I can have it by Monday.", "", "Noor: I can have the figures ready."].join("\n"),
        ),
      ),
    ).toEqual([
      ["I can have it by Monday", ["kim-lee"]],
      ["I can have the figures ready", ["noor-haddad"]],
    ]);
  });

  it("gives nothing for talk: sharing a screen, 'let me know', what someone can see or asks", () => {
    expect(
      tasksIn(
        noteWith(
          head,
          [
            "Kim: Let me share my screen. Let me know if it works.",
            "",
            "Ilse: I can see why it broke. I can imagine the users were upset.",
            "",
            "Noor: Can I ask a question?",
            "",
            "Ilse: I can have a look. I can have lunch by noon.",
          ].join("\n"),
        ),
      ),
    ).toEqual([]);
  });
});
