import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const log = [
  "# 2026-03-16",
  "",
  "## Action items",
  "",
  "1. Mira - send the agenda by Tuesday",
  "",
  "# 2026-03-02",
  "",
  "## Action items",
  "",
  "1. Joss - book the room by tomorrow EOD",
  "2. Mira - send the agenda by Tuesday",
  "",
].join("\n");

describe("a running log of meetings, each under its dated heading", () => {
  it("resolves an entry's relative deadlines against that entry's date", () => {
    const minutes = parseMinutes(log);
    expect(minutes.date).toBe("2026-03-16");
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["send the agenda by Tuesday", "2026-03-17"],
      ["book the room by tomorrow EOD", "2026-03-03T17:00"],
      ["send the agenda by Tuesday", "2026-03-03"],
    ]);
  });

  it("keeps one dated heading as the meeting's date, and a dated heading in a task list a deadline", () => {
    const minutes = parseMinutes(
      [
        "# Planning sync",
        "",
        "Date: 2026-03-02",
        "",
        "## 2026-03-09",
        "",
        "- Joss - book the room by tomorrow",
        "",
        "## Action items",
        "",
        "### 2026-03-20",
        "",
        "- Mira - send the agenda",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due])).toEqual([
      ["send the agenda", "2026-03-20"],
    ]);
  });
});

describe("an entry whose attendee heading holds the names", () => {
  const entry = (attendeeHeading: string) =>
    parseMinutes(
      [
        "## 3/2/2026 - Sponsor meeting",
        attendeeHeading,
        "",
        "We walked the sponsor through the prototype.",
        "",
        "- Clickable buildings rather than pins",
        "",
        "Action items: finish the project plan, book the next check-in",
        "",
      ].join("\n"),
    );

  it("reads the names as the attendees and the rest as the entry's discussion and work", () => {
    const minutes = entry("#### Attendees: Mira Sole, Joss Hart");
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Mira Sole", "Joss Hart"]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "finish the project plan",
      "book the next check-in",
    ]);
  });

  it("keeps an attendee heading over its list an attendee list", () => {
    const minutes = parseMinutes(
      "## 3/2/2026 - Sponsor meeting\n\n#### Attendees\n\n- Mira Sole\n- Joss Hart\n\n#### Action items\n\n- Finish the project plan\n",
    );
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Mira Sole", "Joss Hart"]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Finish the project plan"]);
  });
});

describe("a running log whose entries are headed by plain date lines", () => {
  it("dates each entry's deadlines from its own line, with or without a year", () => {
    const withYears =
      "Tuesday, 3 March 2026\n- Kim will send the deck by Friday\n\nTuesday, 10 March 2026\n- Ana will send the plan by Friday\n";
    const dated = parseMinutes(withYears);
    expect(dated.date).toBe("2026-03-03");
    expect(dated.actionItems.map((task) => task.due)).toEqual(["2026-03-06", "2026-03-13"]);
    const weekdays =
      "Saturday, Oct 17, 09:30-10:15\n- Kim will send the deck by Wednesday\n\nMonday, Oct 26, 11:00-12:10\n- Ana will send the plan by Wednesday\n";
    const byWeekday = parseMinutes(weekdays, { today: "2026-12-03" });
    expect(byWeekday.date).toBe("2026-10-17");
    expect(byWeekday.actionItems.map((task) => task.due)).toEqual(["2026-10-21", "2026-10-28"]);
  });

  it("leaves one date line under the title as the note's date, and a date line in a list of work to it", () => {
    const single = parseMinutes("# Sync\n\nMarch 3, 2026\n\n- Kim will send the deck by Friday\n");
    expect([single.date, single.sections.map((section) => section.heading)]).toEqual([
      "2026-03-03",
      [],
    ]);
    const inTasks = parseMinutes(
      "# Sync 2026-03-02\n\n## Action items\n\nMarch 3, 2026\n\n- Kim - send the deck\n\nMarch 10, 2026\n\n- Ana - send the plan\n",
    );
    expect(inTasks.sections.map((section) => section.heading)).toEqual(["Action items"]);
  });
});
