import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const headings = (body: string) =>
  parseMinutes(
    `# Board sync 2026-04-14\n\nAttendees: Kim Lee (KL), Ana Ruiz (AR)\n\n${body}`,
  ).sections.map((section) => section.heading);

describe("a line of hashes without a space", () => {
  it("is a heading, a date's or a numbered one's too", () => {
    expect(
      headings(
        "##Roles\nKim chairs.\n\n#6/9 Action items\n- Kim to book the room\n\n###1. Budget###\nAgreed.\n",
      ),
    ).toEqual(["Roles", "6/9 Action items", "1. Budget"]);
  });

  it("is no heading where an item's or an issue's number opens what is said of it", () => {
    const minutes = parseMinutes(
      "# Board sync 2026-04-14\n\nAttendees: Kim Lee (KL), Ana Ruiz (AR)\n\n## Actions\n\n#4 – Draft the comms plan (AR)\n#1812: needs a repro\n#364 has a long thread on the wording\n",
    );
    expect(minutes.sections.map((section) => section.heading)).toEqual(["Actions"]);
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners.map((owner) => owner.attendeeId)]),
    ).toContainEqual(["#4 – Draft the comms plan", ["ana-ruiz"]]);
  });
});
