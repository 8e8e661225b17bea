import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const note = (body: string) =>
  parseMinutes(
    `# Advisory board\n\nDate: 2026-03-04\nAttendees: Lisa Wong, Raj Patel\n\n## Agenda\n\n1. Welcome\n2. Launch Day Follow Up\n  a. Overview of the day\n3. Decisions on the budget\n4. Action items\n\n${body}`,
  );

describe("a section that is a topic of the agenda", () => {
  it("is discussion, whatever its words would name elsewhere", () => {
    const minutes = note(
      [
        "## 2. Launch Day Follow Up",
        "",
        "* The survey still needs answers",
        "* Volunteer based",
        "",
        "## 3. Decisions on the budget",
        "",
        "* The travel budget stays",
        "",
        "## 4. Action items",
        "",
        "* Raj to send the survey results",
        "",
      ].join("\n"),
    );
    expect(minutes.sections.map((section) => [section.heading, section.kind])).toEqual([
      ["Agenda", "other"],
      ["2. Launch Day Follow Up", "notes"],
      ["3. Decisions on the budget", "notes"],
      ["4. Action items", "actionItems"],
    ]);
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Raj to send the survey results",
    ]);
  });

  it("keeps the kind of a heading made only of kind names, listed or not", () => {
    const listed = parseMinutes(
      [
        "# Steering group",
        "",
        "Date: 2026-03-04",
        "",
        "## Agenda",
        "",
        "1. Budget review",
        "2. Next steps and action items",
        "3. Follow up & decisions",
        "4. Venue plan and next steps",
        "",
        "## Next steps and action items",
        "",
        "- Order name badges for the fair",
        "",
        "## Follow up & decisions",
        "",
        "- Raj to book the room",
        "",
        "## Venue plan and next steps",
        "",
        "- The printer is still broken",
        "",
      ].join("\n"),
    );
    expect(listed.sections.slice(1).map((section) => [section.heading, section.kind])).toEqual([
      ["Next steps and action items", "actionItems"],
      ["Follow up & decisions", "actionItems"],
      // "Venue plan" names no kind: the agenda's topic it is.
      ["Venue plan and next steps", "notes"],
    ]);
    expect(listed.actionItems.map((task) => task.text)).toEqual([
      "Order name badges for the fair",
      "Raj to book the room",
    ]);
  });

  it("keeps the kind of a heading the agenda does not list", () => {
    const minutes = note("## Launch follow-up actions\n\n* Raj to send the survey results\n");
    expect(minutes.sections.at(-1)).toMatchObject({ kind: "actionItems" });
  });
});

describe("a status label over a status tree", () => {
  it("stands alone on its line; a topic that opens with a status word is no status", () => {
    const minutes = note(
      [
        "## Updates",
        "",
        "* Open items:",
        "  * Draft the press release",
        "* Open Government summit",
        "  * Open standards but also open culture",
        "  * Hosting in May",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Draft the press release"]);
  });
});

describe("the points written under an agenda's topics", () => {
  const minutes = parseMinutes(
    [
      "## Office hours",
      "",
      "### Who joined",
      "",
      "- Lisa Wong - Acme",
      "- Raj Patel (@rpatel)",
      "",
      "### Agenda",
      "",
      "- Release status",
      "  - Lisa to tweet the release and we can all share it",
      "  - Raj will give it a once over and add the changelog",
      "  - Lisa will give an update on hiring",
      "- Raj to present the roadmap",
      "",
    ].join("\n"),
  );

  it("reads a 'Who joined' heading as the attendee list", () => {
    expect(minutes.attendees.map((attendee) => attendee.name)).toEqual(["Lisa Wong", "Raj Patel"]);
  });

  it("reads the discussion under a topic as elsewhere, and no slot's speaker as work", () => {
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]),
    ).toEqual([
      ["Lisa to tweet the release and we can all share it", ["lisa-wong"]],
      ["Raj will give it a once over and add the changelog", ["raj-patel"]],
    ]);
  });
});

describe("a list of talks with their presenters in brackets", () => {
  const talks = (heading: string) =>
    parseMinutes(
      [
        "# Annual meeting",
        "",
        "Date: 2026-05-09",
        "Attendees: Lisa Wong, Raj Patel, Marcus Lee",
        "",
        `## ${heading}`,
        "",
        "* Review of last year's goals (Lisa Wong)",
        "* Rename the default branches (Raj Patel)",
        "* Build caching on the shared runners (Marcus Lee)",
        "",
      ].join("\n"),
    ).actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]);

  it("names who presents each, under a heading of talks, presentations or topics", () => {
    expect(talks("Presentations and discussions (10:00-12:00)")).toEqual([]);
    expect(talks("Lightning talks")).toEqual([]);
    expect(talks("Topics")).toEqual([]);
  });

  it("names who takes each order elsewhere, and a verb's noun ('Review of') is no order", () => {
    expect(talks("Notes")).toEqual([
      ["Rename the default branches", ["raj-patel"]],
      ["Build caching on the shared runners", ["marcus-lee"]],
    ]);
  });
});

describe("what a slot's presenter will update", () => {
  const slot = (said: string) =>
    parseMinutes(
      [
        "# Release planning",
        "",
        "Date: 2026-05-09",
        "Attendees: Lisa Wong, Raj Patel",
        "",
        "## Discussion topics",
        "",
        "| Time | Item | Presenter | Notes |",
        "| --- | --- | --- | --- |",
        `| 10 min | Scope | Lisa Wong | Two features move to 4.3. ${said} |`,
        "",
      ].join("\n"),
    ).actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]);

  it("is work when a thing is updated, and speaking when the group is, or nothing is", () => {
    expect(slot("Raj will update the roadmap page.")).toEqual([
      ["Raj will update the roadmap page", ["raj-patel"]],
    ]);
    expect(slot("Raj will update the group on hiring.")).toEqual([]);
    expect(slot("Raj will update on hiring.")).toEqual([]);
    expect(slot("Raj to update the committee next week.")).toEqual([]);
  });
});
