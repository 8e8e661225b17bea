import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const tasks = (markdown: string) =>
  parseMinutes(markdown).actionItems.map((task) => [
    task.text,
    task.owners.map((owner) => owner.name).join(", "),
    task.due,
  ]);

describe("a sprint team's goals, each with who and by when", () => {
  const head =
    "# Studio sync\n\nPresent: Kim Ortiz, Ravi Shah, Ines Baptista\n\nDate: 03/04/2026\n\n";

  it("reads a plain line that names a list of work, asides in brackets and all, as its heading", () => {
    const note = `${head}Goals for next 2 weeks (sprint 3) (with owners)\n\n* level select screen -Kim\n* save slots - Ravi\n`;
    expect(tasks(note)).toEqual([
      ["level select screen", "Kim", "2026-03-18"],
      ["save slots", "Ravi", "2026-03-18"],
    ]);
  });

  it("leaves a line that tells what happened, and a dash against an unknown word, alone", () => {
    expect(
      tasks(`${head}We went over the next steps for the demo\n\n* level select screen\n`),
    ).toEqual([]);
    const note = `${head}## Next steps\n\n* wire the e2e -Suite\n`;
    expect(tasks(note)).toEqual([["wire the e2e -Suite", "", null]]);
  });

  it("keeps a deadline lead-in with a colon as the lead-in to its list, under the owner's heading", () => {
    const note = `${head}## Tasks for everyone\n\nTo be done until Friday 06.03.2026:\n\n- Review the open pull requests\n`;
    expect(tasks(note)).toEqual([["Review the open pull requests", "everyone", "2026-03-06"]]);
  });

  it("reads who after a label that says when: at the work, or to have it done", () => {
    const note = `${head}## Action items\n\n* By Saturday 3-7: Ines has the boss sprites uploaded\n* By Thursday 3-5: Kim exports the tilemaps\n* By next Wednesday: 3-11 Everyone has their scene working\n* Friday: Ravi combines the branches\n* Friday: Ravi has a question about the budget\n`;
    expect(tasks(note)).toEqual([
      ["By Saturday 3-7: Ines has the boss sprites uploaded", "Ines", "2026-03-07"],
      ["By Thursday 3-5: Kim exports the tilemaps", "Kim", "2026-03-05"],
      ["By next Wednesday: 3-11 Everyone has their scene working", "Everyone", "2026-03-11"],
      ["Friday: Ravi combines the branches", "Ravi", "2026-03-06"],
      ["Friday: Ravi has a question about the budget", "", "2026-03-06"],
    ]);
  });

  it("reads who after by when set apart with a dash or a comma, as after a label", () => {
    const note = `${head}## Next steps\n\n* By 3/11 — Ines sends the tiles to the printer\n* Before Friday, Kim sends the build\n* By Friday, the build is signed\n* By the way, Ravi asked about the budget\n`;
    expect(tasks(note)).toEqual([
      ["By 3/11 — Ines sends the tiles to the printer", "Ines", "2026-03-11"],
      ["Before Friday, Kim sends the build", "Kim", "2026-03-06"],
      ["By Friday, the build is signed", "", "2026-03-06"],
      ["By the way, Ravi asked about the budget", "", null],
    ]);
  });

  it("gives a plain item to a group at the work", () => {
    const note = `${head}## Action items\n\n* Everyone uploads their scene\n* Everyone agrees the plan is fine\n`;
    expect(tasks(note)).toEqual([
      ["Everyone uploads their scene", "Everyone", null],
      ["Everyone agrees the plan is fine", "", null],
    ]);
  });
});

describe("a stand-up's questions and a person's part of the notes", () => {
  it("reads what someone will work on this week as their work", () => {
    const note = [
      "# Weekly sync 2026-03-04",
      "",
      "Present: Kim Ortiz, Ravi Shah",
      "",
      "## Kim",
      "",
      "### What did you do last week?",
      "",
      "- Fixed the build",
      "",
      "### What will you work on this week?",
      "",
      "- Review the docs",
      "",
      "## Ravi",
      "",
      "### This week's focus",
      "",
      "- Ship the release",
      "",
      "## Budget",
      "",
      "### Next steps",
      "",
      "- Send the numbers",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["Review the docs", "Kim", "2026-03-06"],
      ["Ship the release", "Ravi", "2026-03-06"],
      ["Send the numbers", "", null],
    ]);
  });
});

describe("an attendee's heading over their to-dos", () => {
  it("gives the to-dos under a heading that names an attendee to them, and none under a topic", () => {
    const note = [
      "# Weekly sync 2026-10-05",
      "",
      "Attendees: Tamsin Greer, Ingrid Holm",
      "",
      "## Tamsin",
      "",
      "- [ ] Draft the Q4 goals by Friday",
      "",
      "## Ingrid (out until Wed)",
      "",
      "- [ ] Finish the cache rewrite",
      "",
      "## Budget",
      "",
      "- [ ] Send the numbers",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["Draft the Q4 goals by Friday", "Tamsin", "2026-10-09"],
      ["Finish the cache rewrite", "Ingrid", null],
      ["Send the numbers", "", null],
    ]);
  });
});

describe("a retrospective's planned changes under a form's prompt", () => {
  it("reads the changes as work and leaves the prompt to whoever fills the form in", () => {
    const note = [
      "# Iteration 2 review",
      "",
      "Date: 2026-03-10",
      "",
      "## Planned changes",
      "",
      "List the changes to how your team works (if there are any)",
      "",
      "### Change 1",
      "",
      "We plan to hold a short stand-up twice a week.",
      "",
      "### Change 2",
      "",
      "Send your sprint notes to the shared folder by Friday.",
      "",
    ].join("\n");
    expect(tasks(note)).toEqual([
      ["We plan to hold a short stand-up twice a week", "", null],
      ["Send your sprint notes to the shared folder by Friday", "", "2026-03-13"],
    ]);
  });
});
