import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { noteWith, tasksIn } from "../helpers/owners.js";

const head = {
  title: "Tooling sync",
  date: "2026-05-13",
  attendees: "Kim Lee, Ilse Berg, Noor Haddad",
  heading: "Discussion",
};

const discussion = (...lines: string[]) =>
  tasksIn(noteWith(head, ["- Kim showed the new dashboard", ...lines].join("\n")));

describe("a speaker set off by a dash before a promise", () => {
  it("gives the work to an attendee named before the dash", () => {
    expect(
      discussion(
        "- Ilse - will check with legal about the licence",
        "- Noor – will draft the migration guide",
      ),
    ).toEqual([
      ["will check with legal about the licence", ["ilse-berg"]],
      ["will draft the migration guide", ["noor-haddad"]],
    ]);
  });

  it("reads no promise where 'Will' is a name or the words before the dash are a topic", () => {
    expect(
      discussion(
        "- Search demo - Will Dinsmore",
        "- Release notes - to review next week",
        "- Budget - will be tight this quarter",
      ),
    ).toEqual([]);
  });
});

describe("a transcript's speaker tag before a to-do label", () => {
  it("gives the to-do to the tagged speaker and keeps only the work as its text", () => {
    expect(
      discussion(
        "- [ilse] todo: open an issue to track the docs effort",
        "- (Noor) Action: book the room",
      ),
    ).toEqual([
      ["open an issue to track the docs effort", ["ilse-berg"]],
      ["book the room", ["noor-haddad"]],
    ]);
  });

  it("reads a status in brackets as no speaker: a done action is no open work", () => {
    expect(discussion("- [DONE] Todo: Kim to review the intent draft")).toEqual([]);
  });
});

describe("a taker named in a bracket closing the sentence", () => {
  it("gives the sentence's work to the attendee the bracket names, after a report too", () => {
    expect(
      discussion(
        "- The design doc is ready to be circulated (Ilse will do this)",
        "- Continued parser work (Kim in flight, noor to review)",
        "- We want a diagram of the flow (Kim will create a draft PR)",
        "- Reviewed the intake form (Noor to follow up)",
      ),
    ).toEqual([
      ["The design doc is ready to be circulated", ["ilse-berg"]],
      ["Continued parser work (Noor to review)", ["noor-haddad"]],
      ["We want a diagram of the flow (Kim will create a draft PR)", ["kim-lee"]],
      ["Reviewed the intake form (Noor to follow up)", ["noor-haddad"]],
    ]);
  });

  it("keeps the words in lower case before the taker's part of the bracket, as what it is about", () => {
    expect(
      discussion(
        "- Kim and Ilse to run the stall (printed flyers, Noor to bring)",
        "- Reviewed the launch plan (looks fine, Kim in flight, Noor to follow up)",
      ),
    ).toEqual([
      ["Kim and Ilse to run the stall (printed flyers, Noor to bring)", ["kim-lee", "ilse-berg"]],
      ["Reviewed the launch plan (looks fine, Noor to follow up)", ["noor-haddad"]],
    ]);
  });

  it("reads no work from a bracket that reports, points elsewhere or names no attendee", () => {
    expect(
      discussion(
        "- The budget (Noor presented it) is fine",
        "- Venue booked (Ilse will be there)",
        "- The release (see Noor) will slip",
        "- Storage costs went up (Zed will do this)",
      ),
    ).toEqual([]);
  });
});

describe("an owner label with a colon after the names", () => {
  it("ends the names at the colon", () => {
    const [task] = parseMinutes(
      noteWith(head, "- Assigned to Ilse: clean up the staging buckets"),
    ).actionItems;
    expect([task?.text, task?.owners.map((owner) => [owner.name, owner.attendeeId])]).toEqual([
      "clean up the staging buckets",
      [["Ilse", "ilse-berg"]],
    ]);
  });
});

describe("names as the note writes them", () => {
  const listed = {
    ...head,
    attendees: "A.J. Okoro, Ilse Berg, Noor Haddad",
    heading: "Action items",
  };
  const owners = (body: string) =>
    parseMinutes(noteWith(listed, body)).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => [owner.name, owner.attendeeId]),
    ]);

  it("keeps the full stop of an initial, and drops a sentence's", () => {
    expect(
      owners(
        ["- A.J. will send the message to the channel", "- Ilse will do the booking."].join("\n"),
      ),
    ).toEqual([
      ["A.J. will send the message to the channel", [["A.J.", "a-j-okoro"]]],
      ["Ilse will do the booking", [["Ilse", "ilse-berg"]]],
    ]);
  });

  it("reads what is left after words struck through, and who is left of a struck-out owner", () => {
    expect(
      owners(
        [
          "- [ ] Draft the budget (~~Ilse~~ Noor)",
          "- [ ] [~~IB~~, NH] Move the files off the shared drive",
          "- Book the ~~hall~~ room",
        ].join("\n"),
      ),
    ).toEqual([
      ["Draft the budget", [["Noor", "noor-haddad"]]],
      ["Move the files off the shared drive", [["NH", "noor-haddad"]]],
      ["Book the room", []],
    ]);
  });

  it("reads what a plan is as no one's name", () => {
    expect(
      owners(
        [
          "- Intent is to land it in the next minor version",
          "- Objective is to cut the queue",
        ].join("\n"),
      ),
    ).toEqual([
      ["Intent is to land it in the next minor version", []],
      ["Objective is to cut the queue", []],
    ]);
  });
});

describe("a speaker or an attendee who goes on with 'will' and no subject", () => {
  it("gives the work to the speaker whose report goes on after 'and', a dash or a comma", () => {
    expect(
      discussion(
        "- Ilse: adding an issue for the dropped alerts and will add it to the next release",
        "- NH: Currently trying chunk sizes - will also look into the cache",
        "- Kim, will take action to refactor point 4",
        "- Noor working on the flyer, will call the printer",
        "- IB: Have fixed the banner - will add it to the style guide",
      ),
    ).toEqual([
      ["adding an issue for the dropped alerts and will add it to the next release", ["ilse-berg"]],
      ["Currently trying chunk sizes - will also look into the cache", ["noor-haddad"]],
      ["Kim, will take action to refactor point 4", ["kim-lee"]],
      ["Noor working on the flyer, will call the printer", ["noor-haddad"]],
      ["Have fixed the banner - will add it to the style guide", ["ilse-berg"]],
    ]);
  });

  it("reads no work where a thing or someone else goes on, or the speaker answers", () => {
    expect(
      discussion(
        "- Ilse: the new flag will make it simpler and will help users",
        "- Ilse: in practice clients ignore it and will request a refresh",
        "- Noor: Yes, will help for me to show one transform",
        "- Kim: the build is slow and will be fixed next week",
        "- Noor, will we meet again?",
        "- Kim, will be away next week",
        "- Ilse: have the users asked for it - will they use it?",
      ),
    ).toEqual([]);
  });
});

describe("an owner struck out of a list of owners", () => {
  it("leaves no separator behind in what the items below take as their title", () => {
    const minutes = parseMinutes(
      noteWith(
        { ...head, attendees: "Ilse Berg (IB), Noor Haddad (NH)", heading: "Action items" },
        ["- [ ] [~~IB~~, NH] Move the files", "  - plan is to move them to the archive"].join("\n"),
      ),
    );
    expect(
      minutes.actionItems.map((task) => [task.title, task.text, task.owners.map((o) => o.name)]),
    ).toEqual([
      [null, "Move the files", ["NH"]],
      ["[NH] Move the files", "plan is to move them to the archive", ["NH"]],
    ]);
  });
});

describe("the speaker's own 'I'", () => {
  it("reads 'I' beside another taker in a speaker's line as the speaker", () => {
    expect(
      discussion("- Kim: Ilse and I will draft the budget", "- Noor: I and Kim to book the venue"),
    ).toEqual([
      ["Ilse and I will draft the budget", ["ilse-berg", "kim-lee"]],
      ["I and Kim to book the venue", ["noor-haddad", "kim-lee"]],
    ]);
  });

  it("reads it as the person whose update the heading names", () => {
    expect(
      tasksIn(
        noteWith(
          { ...head, heading: "Ilse's update" },
          "Finished the survey. Noor and I will review the draft next week.",
        ),
      ),
    ).toEqual([["Noor and I will review the draft next week", ["noor-haddad", "ilse-berg"]]]);
  });
});

describe("a chat handle opening a status line", () => {
  const note = (lines: string) =>
    parseMinutes(
      `# Infra sync 2026-12-04\n\nattendees: @greta.lund @pim @tallis.g\n\n${lines}\n`,
    ).actionItems.map((task) => [task.text, task.owners.map((owner) => owner.name)]);

  it("reads a handle with a dot in it as the taker", () => {
    expect(
      note(
        "- @tallis.g will write the RFC for the queue migration\n- @greta.lund: book the room for the review",
      ),
    ).toEqual([
      ["@tallis.g will write the RFC for the queue migration", ["@tallis.g"]],
      ["book the room for the review", ["@greta.lund"]],
    ]);
  });

  it("gives the work to the handle asked, not to the one who asks", () => {
    expect(note("- @greta.lund asked @pim to pair with Tallis on the queue migration")).toEqual([
      ["@greta.lund asked @pim to pair with Tallis on the queue migration", ["@pim"]],
    ]);
  });

  it("reads what went fine or failed after the handle as a report, and an order as work", () => {
    expect(
      note(
        "- @pim deploy to prod went fine, one rollback\n- @tallis.g backup job failed twice\n- @pim upgrade the runners",
      ),
    ).toEqual([["upgrade the runners", ["@pim"]]]);
  });
});
