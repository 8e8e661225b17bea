import { describe, expect, it } from "vitest";
import { type NoteHead, noteWith, tasksIn } from "../helpers/owners.js";

const head: NoteHead = {
  title: "Tooling call",
  date: "2026-08-18",
  attendees: "Ines Okafor (IO), Bram Visser (BV), Carla Duarte",
  heading: "Discussion",
};
const note = (body: string) => noteWith(head, body);
const tasks = (body: string) => tasksIn(note(body));

describe("a speaker's initials in brackets, then a promise", () => {
  it("gives the promise to the attendee with those initials", () => {
    expect(
      tasks(
        [
          "- Linter rollout",
          "  - (IO): Will share the config with the other teams.",
          "  - [BV]: I'll open the tracking issue.",
          "  - (CD): Will be sure to post the recording.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Will share the config with the other teams", ["ines-okafor"]],
      ["I'll open the tracking issue", ["bram-visser"]],
      ["Will be sure to post the recording", ["carla-duarte"]],
    ]);
  });

  it("reads no work in what a speaker says about how things are or will be", () => {
    expect(
      tasks(
        [
          "- Linter rollout",
          "  - (IO): Will be hard to finish before the release.",
          "  - (BV): Thanks, that helps.",
          "  - (CD): Would like fewer warnings.",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("a speaker's initials, then work written as 'To ...'", () => {
  it("gives 'RR: To prioritize ...' to the attendee with those initials, not 'To be honest'", () => {
    expect(
      tasks(
        [
          "- IO: To prioritize the lint rules with the platform team",
          "- BV: To be honest, the build is fine",
          "- IO: Too slow on the staging box",
          "",
        ].join("\n"),
      ),
    ).toEqual([["To prioritize the lint rules with the platform team", ["ines-okafor"]]]);
  });
});
