import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const tasks = (markdown: string) =>
  parseMinutes(markdown).actionItems.map((task) => [
    task.text,
    task.owners.map((owner) => owner.name),
  ]);

describe("a promise after a few clauses", () => {
  const head = "# Committee sync 2026-03-04\n\nPresent: Joel Sand, Tia Cor\n\n## Updates\n\n";

  it("is read after the second or third comma as after the first", () => {
    expect(
      tasks(
        `${head}* Review panel, the project may have a delegate (we should), Joel will open an issue to find one\n`,
      ),
    ).toEqual([["Joel will open an issue to find one", ["Joel"]]]);
  });

  it("is no promise where each clause only reports", () => {
    expect(
      tasks(
        `${head}* Review panel, the project may have a delegate, Joel said it is early, nothing yet\n`,
      ),
    ).toEqual([]);
  });
});

describe("a list item that names its topic before whoever takes it", () => {
  it("gives the item to the taker after the dash and keeps the topic in its words", () => {
    const note =
      "# Sync 2026-03-04\n\nPresent: Malia Roy, Gabe Tan\n\n## Actions\n\n- Briefing notes - Malia will send them to the board on Friday (cc Gabe)\n- Budget - the numbers will be final by Friday\n";
    expect(tasks(note)).toEqual([
      ["Briefing notes - Malia will send them to the board on Friday (cc Gabe)", ["Malia"]],
      ["Budget - the numbers will be final by Friday", []],
    ]);
  });

  it("gives the item to the taker after the topic's colon", () => {
    const note =
      "# Sync 2026-03-04\n\nPresent: Malia Roy, Gabe Tan\n\n## Actions\n\n- Search index: Gabe will rebuild the loader\n- Release: Malia to cut the tag\n- Budget for the venue: the numbers will be final by Friday\n";
    expect(tasks(note)).toEqual([
      ["Search index: Gabe will rebuild the loader", ["Gabe"]],
      ["Release: Malia to cut the tag", ["Malia"]],
      ["Budget for the venue: the numbers will be final by Friday", []],
    ]);
  });

  it("gives the item to the taker after an arrow from its topic", () => {
    const note =
      "# Retro 2026-03-04\n\nPresent: Malia Roy, Gabe Tan\n\n## Actions\n\n- Release notes lack an owner → Malia to set up a rota\n- Flaky tests -> Gabe will quarantine them\n- Docs => nobody to own them yet\n";
    expect(tasks(note)).toEqual([
      ["Release notes lack an owner → Malia to set up a rota", ["Malia"]],
      ["Flaky tests -> Gabe will quarantine them", ["Gabe"]],
      ["Docs => nobody to own them yet", []],
    ]);
  });
});

describe("a template's blanks", () => {
  it("are no tasks: 'Chair: [name]', 'Speaker: <name>', '{{owner}}'", () => {
    const note =
      "# Sync 2026-03-04\n\n## Actions\n\n- Chair: [name]\n- Speaker: <name>\n- {{owner}}\n- [x] Send the [draft] to legal\n";
    expect(tasks(note)).toEqual([["Send the [draft] to legal", []]]);
  });

  it("nor is the template's instruction about the page, while work that adds something here is", () => {
    const note =
      "# Sync 2026-03-04\n\n## Action points\n\n*Write here the points agreed with the tutor*\n\n- Add your notes here\n- Add the demo link here in the wiki\n- Kim to add the budget here\n";
    expect(tasks(note)).toEqual([
      ["Add the demo link here in the wiki", []],
      ["Kim to add the budget here", ["Kim"]],
    ]);
  });
});

describe("someone in round brackets before an order with a deadline", () => {
  it("takes the order, listed among those present or not; a bracket of a topic's speaker or an item's state is no one", () => {
    const note =
      "# Plenum 2026-03-04\n\n- Present: Roland Yeo, Val Ong\n\n## Planning\n\n- (Val) Updates.\n- (Val) Finalise the mission statement by March 20\n- (Jen) Create the engagement survey by March 20\n- (Optional) Send the deck by March 20\n- (Val) Think about the lease\n";
    const found = parseMinutes(note).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => owner.name),
      task.due,
    ]);
    expect(found).toContainEqual([
      "Finalise the mission statement by March 20",
      ["Val"],
      "2026-03-20",
    ]);
    expect(found).toContainEqual([
      "Create the engagement survey by March 20",
      ["Jen"],
      "2026-03-20",
    ]);
    expect(found).toContainEqual(["(Optional) Send the deck by March 20", [], "2026-03-20"]);
    expect(found.map(([text]) => text)).not.toContain("Updates.");
    expect(found.map(([text]) => text)).not.toContain("Think about the lease");
  });
});

describe("a topic, a colon, then who takes it", () => {
  it("is that person's work; a colon before someone's opinion is none", () => {
    const note =
      "# Plenum 2026-03-04\n\n- Present: Bo Tan, Val Ong, Fazil Noor\n\n## Finances\n\n- Bank details to keep the account open: Fazil to ping the bank\n- Our budget for the year: Val thinks it is fine\n";
    expect(tasks(note)).toEqual([
      ["Bank details to keep the account open: Fazil to ping the bank", ["Fazil"]],
    ]);
  });
});

describe("two takers' clauses after a lead that says whose side", () => {
  const head = "# Pilot call 2026-12-03\n\nAttendees: Tamsin Greer, Bertrand Okoye\n\n## Notes\n\n";

  it("cuts the sentence at the second taker, with the lead left out of the first task", () => {
    expect(
      tasks(
        `${head}- On our side, Tamsin will set up the workspace by January 6, and Bertrand will run the training on January 8.\n`,
      ),
    ).toEqual([
      ["Tamsin will set up the workspace by January 6", ["Tamsin"]],
      ["Bertrand will run the training on January 8", ["Bertrand"]],
    ]);
  });

  it("keeps one task where the second clause gives no one work", () => {
    expect(
      tasks(
        `${head}- Meanwhile, Tamsin will set up the workspace, and the training waits until January.\n`,
      ).map(([, owners]) => owners),
    ).toEqual([["Tamsin"]]);
  });
});
