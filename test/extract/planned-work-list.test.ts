import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { type NoteHead, noteWith, tasksIn } from "../helpers/owners.js";

const head: NoteHead = {
  title: "Pilot check-in with Harbor Bakery",
  date: "2026-04-16",
  attendees: "Nia Brooks, Tomas Varga",
  heading: "Retrospective",
};
const note = (body: string) => noteWith(head, body);
const tasks = (body: string) => tasksIn(note(body));

describe("a list under a lead-in that announces work", () => {
  it("reads imperative items under 'we plan to', 'will' and 'should' lead-ins", () => {
    expect(
      tasks(
        [
          "What went well:",
          "",
          "- Kept the demo short",
          "",
          "Changes we plan to make before the next visit:",
          "",
          "- Print the menu cards in a larger font",
          "- Move the tablet closer to the till",
          "",
          "Tomas will:",
          "",
          "- Send the updated price list",
          "",
          "Store staff should do the following:",
          "",
          "1. Restart the tablet every morning",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Print the menu cards in a larger font", []],
      ["Move the tablet closer to the till", []],
      ["Send the updated price list", ["tomas-varga"]],
      ["Restart the tablet every morning", ["group:Store staff"]],
    ]);
  });

  it("reads no work under talk, notices, wishes and maybes, nor items that are not imperatives", () => {
    expect(
      tasks(
        [
          "We will discuss:",
          "",
          "- Review the opening hours",
          "",
          "Please note:",
          "",
          "- Update the tablet only after closing",
          "",
          "Here is what we'd like to improve:",
          "",
          "- Clean up the checkout screen",
          "",
          "We could also:",
          "",
          "- Add a loyalty card",
          "",
          "Changes we plan to make:",
          "",
          "- Larger fonts on the menu cards",
          "- The tablet by the till",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("leaves the details under an item to their item", () => {
    expect(
      tasks(
        [
          "Next we will:",
          "",
          "- Replace the card reader",
          "  - Order the new model from the supplier",
          "",
        ].join("\n"),
      ).map(([text]) => text),
    ).toEqual(["Replace the card reader"]);
  });

  it("gives the items to the lead-in's subject when it is a group", () => {
    const minutes = parseMinutes(
      note(["The support team will:", "", "- Restart the tablet every morning", ""].join("\n")),
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => [owner.kind, owner.name]),
      ]),
    ).toEqual([["Restart the tablet every morning", [["group", "The support team"]]]]);
  });
});
