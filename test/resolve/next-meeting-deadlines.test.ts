import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const note = (next: string, items: string[]) =>
  `# Vendor sync\n\nDate: 2026-03-10\n\n## Action items\n\n${items.map((item) => `- ${item}`).join("\n")}\n\n## Next meeting\n\n${next}\n`;

const dues = (markdown: string) =>
  parseMinutes(markdown).actionItems.map((task) => [task.text, task.due, task.dueText]);

describe("tasks set for the next meeting", () => {
  it("read the next meeting from a label that names its kind, not from another series", () => {
    const reminders = (labels: string[]) =>
      `# Choir committee 2026-03-10\n\n## Concert\n\n- ACTION: Noor to draft the concert flyer by the next meeting\n\n## Reminders\n\n${labels.map((label) => `- ${label}`).join("\n")}\n`;
    const read = (labels: string[]) => {
      const minutes = parseMinutes(reminders(labels));
      return [minutes.nextMeeting?.date ?? null, minutes.actionItems.map((task) => task.due)];
    };
    expect(read(["Next all-hands: 16 March", "Next choir meeting: 24 March"])).toEqual([
      "2026-03-24",
      ["2026-03-24"],
    ]);
    expect(read(["Next team call: 24 March"])).toEqual(["2026-03-24", ["2026-03-24"]]);
    // Another series' date, or a label that is about the next meeting: no next meeting.
    expect(read(["Next all-hands: 16 March"])).toEqual([null, [null]]);
    expect(read(["Next meeting agenda: the budget"])).toEqual([null, [null]]);
  });

  it("are due when the next meeting is, once the note says when", () => {
    expect(
      dues(
        note("Tuesday, March 17, 2026 at 3pm", [
          "Dana to bring the usage numbers to the next meeting",
          "Lee: review the draft before our next call",
          "Sam will prepare a demo for the next client sync",
          "Ola to send the invoice by Friday",
          "Kim to book the room",
        ]),
      ),
    ).toEqual([
      [
        "Dana to bring the usage numbers to the next meeting",
        "2026-03-17T15:00",
        "to the next meeting",
      ],
      ["review the draft before our next call", "2026-03-17T15:00", "before our next call"],
      [
        "Sam will prepare a demo for the next client sync",
        "2026-03-17T15:00",
        "for the next client sync",
      ],
      ["Ola to send the invoice by Friday", "2026-03-13", "Friday"],
      ["Kim to book the room", null, null],
    ]);
  });

  it("are due at the next meeting whatever the group calls it, and 'by next time' too", () => {
    expect(
      dues(
        note("Tuesday, March 17, 2026 at 3pm", [
          "Ana to fix the door by the next plenum",
          "Cy to draft the rules for the next stand-up",
          "Gus to check the lights by next time",
          "Jo to finish the poster before we meet again",
          "Kim to write it down the next time it breaks",
          "Lu to plan the next all-hands",
          "Mo to print it by next Monday's all-hands",
          "Ed to redo the mock-ups before the next review",
        ]),
      ),
    ).toEqual([
      ["Ana to fix the door by the next plenum", "2026-03-17T15:00", "by the next plenum"],
      ["Cy to draft the rules for the next stand-up", "2026-03-17T15:00", "for the next stand-up"],
      ["Gus to check the lights by next time", "2026-03-17T15:00", "by next time"],
      ["Jo to finish the poster before we meet again", "2026-03-17T15:00", "before we meet again"],
      ["Kim to write it down the next time it breaks", null, null],
      ["Lu to plan the next all-hands", null, null],
      // A meeting named by its day is on that day, whichever meeting comes next.
      ["Mo to print it by next Monday's all-hands", "2026-03-16", "next Monday"],
      [
        "Ed to redo the mock-ups before the next review",
        "2026-03-17T15:00",
        "before the next review",
      ],
    ]);
  });

  it("are due at the next meeting when named by its month, and only by its own month", () => {
    expect(
      dues(
        note("Thursday 2 April 2026", [
          "Kim would prepare the budget for the April meeting",
          "Ana will bring the survey to the May meeting",
          "Bob undertook to review the insurance",
        ]),
      ),
    ).toEqual([
      ["Kim would prepare the budget for the April meeting", "2026-04-02", "for the April meeting"],
      ["Ana will bring the survey to the May meeting", null, null],
      ["Bob undertook to review the insurance", null, null],
    ]);
    expect(
      parseMinutes(
        "# Board 2026-03-10\n\nPresent: Bob Stone\n\n## Finance\n\nBob undertook to review the insurance. Bob undertakes to call the broker.\n",
      ).actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]),
    ).toEqual([
      ["Bob undertook to review the insurance", ["bob-stone"]],
      ["Bob undertakes to call the broker", ["bob-stone"]],
    ]);
  });

  it("stay without a deadline when the next meeting has no date, or one before this meeting", () => {
    expect(
      dues(note("To be scheduled.", ["Dana to bring the numbers to the next meeting"])),
    ).toEqual([["Dana to bring the numbers to the next meeting", null, null]]);
    expect(dues(note("March 3, 2026", ["Dana to bring the numbers to the next meeting"]))).toEqual([
      ["Dana to bring the numbers to the next meeting", null, null],
    ]);
  });

  it("do not include tasks about a next meetup, release or sprint", () => {
    expect(
      dues(
        note("March 17, 2026", [
          "Dana to plan the next meetup",
          "Lee to tag the next release",
          "Sam to groom the backlog before the next sprint",
        ]),
      ).map(([, due]) => due),
    ).toEqual([null, null, null]);
  });

  it("read the next meeting alone in a closing bracket or after a dash as the deadline", () => {
    expect(
      dues(
        note("March 17, 2026", [
          "Dana to bring the numbers (next meeting)",
          "Lee to draft the agenda — next call",
          "Sam to review the next meeting notes template",
        ]),
      ),
    ).toEqual([
      ["Dana to bring the numbers (next meeting)", "2026-03-17", "next meeting"],
      ["Lee to draft the agenda — next call", "2026-03-17", "next call"],
      ["Sam to review the next meeting notes template", null, null],
    ]);
  });

  it("read the next meeting closing what someone will do as the deadline, not a next meeting that is the work", () => {
    expect(
      dues(
        note("March 17, 2026", [
          "Dana will report back next meeting.",
          "Lee to demo the importer next call",
          "Sam to schedule next meeting",
          "Dana will tell the team about next meeting",
        ]),
      ),
    ).toEqual([
      ["Dana will report back next meeting", "2026-03-17", "next meeting"],
      ["Lee to demo the importer next call", "2026-03-17", "next call"],
      ["Sam to schedule next meeting", null, null],
      ["Dana will tell the team about next meeting", null, null],
    ]);
  });

  it("read a due column that names only the next meeting as due when it starts", () => {
    const table = (next: string) =>
      `# Vendor sync\n\nDate: 2026-03-10\n\n## Action items\n\n| Action | Owner | ETA |\n| --- | --- | --- |\n| Share the draft | Dana | Next call |\n| Book the room | Lee | before the next sync |\n| Order badges | Sam | next sprint |\n\n## Next meeting\n\n${next}\n`;
    const read = (markdown: string) => {
      const minutes = parseMinutes(markdown);
      return [
        minutes.actionItems.map((task) => [task.text, task.due, task.dueText]),
        minutes.diagnostics.map((entry) => [entry.code, entry.source?.start.line]),
      ];
    };
    expect(read(table("March 17, 2026 at 3pm"))).toEqual([
      [
        ["Share the draft", "2026-03-17T15:00", "Next call"],
        ["Book the room", "2026-03-17T15:00", "before the next sync"],
        ["Order badges", null, "next sprint"],
      ],
      [["unresolved-date", 11]],
    ]);
    // No day for the next meeting yet: the column's words wait for it, and are not unreadable.
    expect(read(table("To be scheduled.")).map((part) => part.slice(0, 2))).toEqual([
      [
        ["Share the draft", null, "Next call"],
        ["Book the room", null, "before the next sync"],
      ],
      [["unresolved-date", 11]],
    ]);
  });
});

describe("the next meeting's time", () => {
  it("is read after an at sign as after 'at'", () => {
    const next = (line: string) =>
      parseMinutes(`# Sync\n\nDate: 2026-03-04\n\n**Next Meeting:** ${line}\n`).nextMeeting;
    expect(
      [next("Wed 3/11 @ 10am"), next("March 11 @ 10:00"), next("March 11 with @ana")].map((n) => [
        n?.date,
        n?.time,
      ]),
    ).toEqual([
      ["2026-03-11", "10:00"],
      ["2026-03-11", "10:00"],
      ["2026-03-11", null],
    ]);
  });
});
