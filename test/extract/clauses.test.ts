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
