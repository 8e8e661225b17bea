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
});

describe("a template's blanks", () => {
  it("are no tasks: 'Chair: [name]', 'Speaker: <name>', '{{owner}}'", () => {
    const note =
      "# Sync 2026-03-04\n\n## Actions\n\n- Chair: [name]\n- Speaker: <name>\n- {{owner}}\n- [x] Send the [draft] to legal\n";
    expect(tasks(note)).toEqual([["Send the [draft] to legal", []]]);
  });
});
