import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

/** The next meeting's date and time, from a note held on Wednesday 2026-03-11 at 10:00. */
const next = (line: string) => {
  const meeting = parseMinutes(
    `# Kiosk sync\n\nDate: 2026-03-11\nTime: 10:00-11:00\n\n## Notes\n\n- Went through the rollout.\n\n${line}\n`,
  ).nextMeeting;
  return meeting && [meeting.date, meeting.time];
};

describe("the next meeting", () => {
  it("reads the next meeting named by its kind in a heading, a label or a sentence", () => {
    expect(next("## Next guild meeting\n\n18 March 2026, 15:00")).toEqual(["2026-03-18", "15:00"]);
    expect(next("Next team call: March 25, 14:00")).toEqual(["2026-03-25", "14:00"]);
    // Its label in German, French, Spanish or Dutch.
    expect(next("Nächster Termin: 2026-03-25 14:00")).toEqual(["2026-03-25", "14:00"]);
    expect(next("Prochaine réunion : 2026-03-25")).toEqual(["2026-03-25", null]);
    expect(next("Próxima reunión: 2026-03-25")).toEqual(["2026-03-25", null]);
    expect(next("Volgende vergadering: 2026-03-25")).toEqual(["2026-03-25", null]);
    expect(next("- The next steering meeting is on March 26.")).toEqual(["2026-03-26", null]);
    // The next of something else is no meeting of this one.
    expect(next("- The next sprint review session is on March 26.")).toBeNull();
    const minutes = parseMinutes(
      "# Guild\n\nDate: 2026-03-04\n\n## Build times\n\n- Pim to look into remote caching before the next guild meeting.\n\n## Next guild meeting\n\n18 March 2026, 15:00\n",
    );
    expect(minutes.actionItems.map((task) => task.due)).toEqual(["2026-03-18T15:00"]);
  });

  it("starts a next meeting set for a week on the day that names the week", () => {
    // A deadline "the week of March 16" is that week's Friday; a meeting then is not.
    expect(next("Next meeting: the week of March 16, venue to follow")).toEqual([
      "2026-03-16",
      null,
    ]);
    expect(next("Next meeting: w/c 23 March")).toEqual(["2026-03-23", null]);
    expect(next("Next meeting: the last week of March")?.[0]).toBe("2026-03-31");
  });

  it("reads a date followed by its hours as that day and its first hour", () => {
    expect(next("Next meeting: March 25, 2026, 14:00–15:00 CET, Room 2")).toEqual([
      "2026-03-25",
      "14:00",
    ]);
    expect(next("Next meeting: 2026-03-25 14:00-15:00")).toEqual(["2026-03-25", "14:00"]);
  });

  it("reads an hour from one to six written without am or pm as the afternoon's", () => {
    expect(next("Next meeting: March 25, 2:30")).toEqual(["2026-03-25", "14:30"]);
    expect(next("Next meeting: 3/25 at 4:00")).toEqual(["2026-03-25", "16:00"]);
    // Marked, on a 24-hour clock, or outside those hours: as written.
    expect(next("Next meeting: March 25, 2:30 am")).toEqual(["2026-03-25", "02:30"]);
    expect(next("Next meeting: March 25, 02:30")).toEqual(["2026-03-25", "02:30"]);
    expect(next("Next meeting: March 25, 9:30")).toEqual(["2026-03-25", "09:30"]);
    // A bare hour after "at", read the same way; an address after "at" is no hour.
    expect(next("Next meeting: March 25 at 3")).toEqual(["2026-03-25", "15:00"]);
    expect(next("Next meeting: March 25 at 10")).toEqual(["2026-03-25", "10:00"]);
    expect(next("Next meeting: March 25 at 3 Main Street")).toEqual(["2026-03-25", null]);
  });

  it("reads a next meeting over several days as starting on the first", () => {
    expect(next("Next meeting: March 23-25 (offsite)")).toEqual(["2026-03-23", null]);
  });

  it("reads 'same time next week' and 'same time in two weeks' as this meeting's weekday and hour", () => {
    expect(next("Next call: same time next week")).toEqual(["2026-03-18", "10:00"]);
    expect(next("Next meeting: same time, same place in two weeks")).toEqual([
      "2026-03-25",
      "10:00",
    ]);
    // "next week" alone names no day: the week's end, as for a deadline, with no hour.
    expect(next("Next call: next week")).toEqual(["2026-03-20", null]);
    // A day and "same time": that day, at this meeting's hour.
    expect(next("Next meeting: Thursday, same time")).toEqual(["2026-03-12", "10:00"]);
    // Under "Next:" alone, too; "Next:" over work is no meeting.
    expect(next("Next: same time next week.")).toEqual(["2026-03-18", "10:00"]);
    expect(next("Next: same time in two weeks")).toEqual(["2026-03-25", "10:00"]);
    expect(next("Next: send the deck next week")).toBeNull();
  });
});

describe("a topic that names the next meeting, its day on the line under it", () => {
  it("reads the day from a sub-bullet or from the line under a topic in capitals", () => {
    expect(next("- Next meeting\n    - Monday 23rd, 10:00 with the vendor")).toEqual([
      "2026-03-23",
      "10:00",
    ]);
    expect(next("4. DATE OF NEXT MEETING\nWednesday 8th April 2026 at 7.30pm.")).toEqual([
      "2026-04-08",
      "19:30",
    ]);
    // A sentence that only mentions the meeting leaves the bullet under it to itself.
    expect(
      next("- Ana will present the roadmap at the next meeting\n    - Slides due 20 March"),
    ).toBeNull();
  });
});

describe("the next meeting named by the kind of meeting", () => {
  it("reads 'Next board:' and 'Next committee meeting:' as the next meeting, and no task", () => {
    expect(next("Next board: 25 March 2026, 10:00")).toEqual(["2026-03-25", "10:00"]);
    expect(next("Next committee meeting: 1 April 2026")).toEqual(["2026-04-01", null]);
    expect(next("Next check-in: 2026-03-18")).toEqual(["2026-03-18", null]);
    expect(next("Next QBR: 10 June 2026 (to be confirmed)")).toEqual(["2026-06-10", null]);
    expect(next("Next business review: June 12, 09:30")).toEqual(["2026-06-12", "09:30"]);
    expect(next("Next retro: 2026-03-25")).toEqual(["2026-03-25", null]);
    // A month alone is no day: the meeting is named, its date left open.
    expect(next("Next QBR: June 2026 (date to follow)")).toEqual([null, null]);
    expect(next("Review notes: June 12")).toBeNull();
    const minutes = parseMinutes(
      [
        "# Programme board",
        "",
        "Date: 2026-03-11",
        "",
        "## Actions",
        "",
        "1. Rina Osei: circulate the revised forecast before the next board",
        "",
        "Next board: 25 March 2026, 10:00",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["circulate the revised forecast before the next board", "2026-03-25T10:00"],
    ]);
    // A board's own item is not the next meeting.
    expect(next("Board: approve the budget by 25 March")).toBeNull();
  });
});

describe("a bare 'Next:' closing the minutes", () => {
  it("reads a day after it as the next meeting, and work after it as none", () => {
    expect(next("Next: Tuesday 17 March at 2pm")).toEqual(["2026-03-17", "14:00"]);
    expect(next("Next: 18 March, same place")).toEqual(["2026-03-18", null]);
    expect(next("Next: 18.03., same time")).toEqual(["2026-03-18", "10:00"]);
    expect(next("Next: send the deck by Friday")).toBeNull();
  });
});

describe("a next meeting mentioned by a task", () => {
  it("takes no date from the sentence after it", () => {
    expect(
      next(
        "3. Finance\nThe chair asked Ana to prepare a forecast for the next meeting.\nClaims are due by 31 March.\n\n5. Date of next meeting: 8 April 2026 at 18:30.",
      ),
    ).toEqual(["2026-04-08", "18:30"]);
  });

  it("reads no next meeting from a sentence that only mentions it, and one that is about it", () => {
    const meeting = (line: string) => {
      const found = parseMinutes(
        `# Kiosk sync\n\nDate: 2026-03-11\n\n## Notes\n\n- Went through the rollout.\n- ${line}\n`,
      ).nextMeeting;
      return found && [found.date, found.purpose];
    };
    expect(meeting("Kim will report back next meeting.")).toBeNull();
    expect(meeting("The clock beat us, so we pick this up on the next call.")).toBeNull();
    expect(meeting("Is a follow-up call worth it?")).toBeNull();
    expect(meeting("Went well. The next meeting gets its date by poll.")).toEqual([null, null]);
    expect(meeting("We will reconvene after the audit.")).toEqual([null, null]);
    // A date after "for" is when, not what for.
    expect(meeting("Set up the next meeting for March 20.")).toEqual(["2026-03-20", null]);
    expect(meeting("Next meeting on March 20 for the budget review.")).toEqual([
      "2026-03-20",
      "budget review",
    ]);
  });

  it("takes the date said in the same sentence", () => {
    expect(next("Agree the budget before the next meeting on 8 April.")).toEqual([
      "2026-04-08",
      null,
    ]);
  });
});

describe("a next meeting's date that cannot be read", () => {
  const messages = (line: string) =>
    parseMinutes(`# Kiosk sync\n\nDate: 2026-03-11\n\n## Notes\n\n- Talked.\n\n${line}\n`)
      .diagnostics.filter((diagnostic) => diagnostic.code === "unreadable-date")
      .map((diagnostic) => diagnostic.message);

  it("is reported where the words look like a date", () => {
    expect(messages("Next meeting: March 3O")).toEqual([
      `The next meeting's date "March 3O" cannot be read, expected a date such as "2025-09-27" or "Oct 3"`,
    ]);
    expect(messages("Next meeting: 32/13")).toHaveLength(1);
  });

  it("is not reported where the words state no date", () => {
    for (const line of [
      "Next meeting: TBD",
      "Next meeting: Room 4",
      "Next meeting: may be cancelled",
    ])
      expect(messages(line), line).toEqual([]);
  });
});

describe("a label of the next meeting by another word for next", () => {
  it("reads 'Following meeting:' and 'Following call:' as the next meeting", () => {
    expect(next("Following meeting: 25.03.2026, 14:00")).toEqual(["2026-03-25", "14:00"]);
    expect(next("Following call: March 18")).toEqual(["2026-03-18", null]);
  });

  it("reads no next meeting from a calendar of upcoming meetings", () => {
    expect(next("Upcoming meetings: see the group calendar")).toBeNull();
  });
});

describe("a next meeting's section that gives its day and hour as fields", () => {
  const note = [
    "# Escalation call 2026-03-11",
    "",
    "Attendees: Pim Sorensen, Ingrid Holm",
    "",
    "## Action items",
    "",
    "- Pim to send the RCA by the next call",
    "",
    "## Next meeting",
    "",
    "- Date: 25/03/2026",
    "- Time: 10:00",
    "- Location: Room 4",
    "",
  ].join("\n");

  it("dates the next meeting, and leaves this meeting's day, hour and place as the title gives them", () => {
    const minutes = parseMinutes(note);
    expect([minutes.date, minutes.start, minutes.location]).toEqual(["2026-03-11", null, null]);
    expect([minutes.nextMeeting?.date, minutes.nextMeeting?.time]).toEqual(["2026-03-25", "10:00"]);
    expect(minutes.actionItems.map((task) => task.due)).toEqual(["2026-03-25T10:00"]);
  });

  it("reads the day alone when the field after it is no hour", () => {
    const minutes = parseMinutes(note.replace("- Time: 10:00", "- Host: Ingrid"));
    expect([minutes.nextMeeting?.date, minutes.nextMeeting?.time]).toEqual(["2026-03-25", null]);
  });
});

describe("a group that agrees to meet again", () => {
  it("sets the next meeting, and is no one's task, in a list of actions or in prose", () => {
    const minutes = parseMinutes(
      "# Steering group\n\nDate: 2026-12-02\nAttendees: Ada Lind, Rina Osei\n\n## Actions\n\n- Ada to send the cut-over plan\n- The group agreed to meet again on 16 December\n\n## Minutes\n\nAda will book the room. The board will reconvene after the audit.\n",
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Ada to send the cut-over plan",
      "Ada will book the room",
    ]);
    expect(minutes.nextMeeting?.date).toBe("2026-12-16");
  });
});

describe("a note titled as a follow-up meeting", () => {
  it("records that meeting, dated by the line under its title; a follow-up section further down names the next", () => {
    const recap = parseMinutes(
      "# Follow-up call with Tallow Foods\n\nDec 3, 2026\n\n## Notes\n\n- Went through the tiers.\n",
    );
    expect([recap.date, recap.nextMeeting]).toEqual(["2026-12-03", null]);
    const titled = parseMinutes(
      "# Pricing follow-up\n\n2026-12-03\n\n## Action items\n\n- Send the tiers.\n",
    );
    expect([titled.date, titled.actionItems.map((task) => task.text)]).toEqual([
      "2026-12-03",
      ["Send the tiers"],
    ]);
    expect(
      parseMinutes("# Kiosk sync 2026-12-01\n\n## Follow-up meeting\n\nDec 8, 2026\n").nextMeeting
        ?.date,
    ).toBe("2026-12-08");
  });
});
