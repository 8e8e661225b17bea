import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

const note = [
  "## Supervision meeting 4 March 2026",
  "",
  "Present: Petra, Omar, Lucia (PH, OA, LM)",
  "",
  "### Actions",
  "#### Completed",
  "[OA] Share two past theses",
  "",
  "#### Assigned",
  "[PH] Send Omar the literature review.",
  "",
  "[LM] Book the cluster time",
  "",
  "[Docs] Describe the build",
  "",
].join("\n");

describe("initials given after the names, and actions led by them", () => {
  const minutes = parseMinutes(note);

  it("pairs initials in brackets after a list of names with the names, in order", () => {
    expect(minutes.attendees.map((person) => [person.name, person.abbreviation])).toEqual([
      ["Petra", "PH"],
      ["Omar", "OA"],
      ["Lucia", "LM"],
    ]);
  });

  it("reads a line that opens with someone's initials in brackets as their task, one under a done heading as done", () => {
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.status,
      ]),
    ).toEqual([
      ["Share two past theses", ["omar"], "done"],
      ["Send Omar the literature review", ["petra"], "open"],
      ["Book the cluster time", ["lucia"], "open"],
    ]);
  });

  it("leaves initials that do not fit the names in order to the name the bracket follows", () => {
    const other = parseMinutes("# Sync\n\nPresent: Petra, Omar (OA, PH)\n");
    expect(other.attendees.map((person) => person.abbreviation)).toEqual([null, "OA"]);
  });

  it("keeps what a meeting resolved, under a bold 'Resolved', open", () => {
    const resolved = parseMinutes(
      "# Plenum 2026-03-04\n\nPresent: Petra, Omar\n\n**Resolved**\n\n- Petra: book the hall by March 20\n",
    );
    expect(resolved.actionItems.map((task) => [task.status, task.due])).toEqual([
      ["open", "2026-03-20"],
    ]);
  });
});
