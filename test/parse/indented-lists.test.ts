import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";

// A client meeting whose lists are indented by a tab or four spaces after a blank line, as
// some editors write them: CommonMark reads each as code, the writer meant a list.
const note = [
  "# Client meeting 2026-05-11",
  "",
  "## Attendees",
  "\t- Ilona Varga",
  "\t- Pekka Salo",
  "",
  "## Action items",
  "",
  "\t- Ilona to send the API keys",
  "\t- Set up the staging server",
  "\t\t- ask Pekka for the VPN profile",
  "",
  "## Notes",
  "",
  "    1. Pekka will share the logo files by Friday",
  "    2. The demo went well",
  "",
  "## Example from the client",
  "",
  "    - name: staging",
  "      url: https://staging.example.org",
  "    deploy: manual",
  "",
  "```",
  "- Pekka to rotate the keys",
  "```",
  "",
].join("\n");

describe("a list indented as code", () => {
  const minutes = parseMinutes(note);

  it("reads each item as the list the writer meant, at its own place", () => {
    expect(minutes.attendees.map((person) => person.name)).toEqual(["Ilona Varga", "Pekka Salo"]);
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.name),
        task.due,
        task.source.start.line,
        task.source.start.column,
      ]),
    ).toEqual([
      // Positions are the note's own: the list marker after the tab, or after four spaces.
      ["Ilona to send the API keys", ["Ilona"], null, 9, 2],
      ["Set up the staging server", [], null, 10, 2],
      ["ask Pekka for the VPN profile", [], null, 11, 3],
      ["Pekka will share the logo files by Friday", ["Pekka"], "2026-05-15", 15, 5],
    ]);
  });

  it("leaves code alone: a block with a line that is no list item, and a fenced block", () => {
    const texts = minutes.actionItems.map((task) => task.text).join(" | ");
    expect(texts).not.toMatch(/staging\.example|rotate the keys/);
  });
});

describe("list items indented under a paragraph's first line", () => {
  const minutes = parseMinutes(
    [
      "# Security call 2026-05-11",
      "",
      "## Action items",
      "",
      "We agreed on these:",
      "    - Kim to send the audit plan",
      "    - Book the room for the review",
      "",
      "## Notes",
      "",
      "The mirrors are slow - the cache is cold",
      "on Mondays.",
      "",
    ].join("\n"),
  );

  it("reads each as the list item its writer meant, without its marker, at its own place", () => {
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.name),
        task.source.start.line,
        task.source.start.column,
      ]),
    ).toEqual([
      ["Kim to send the audit plan", ["Kim"], 6, 7],
      ["Book the room for the review", [], 7, 7],
    ]);
  });

  it("leaves a dash inside a wrapped line alone", () => {
    expect(minutes.notes.map((note) => note.text).join(" ")).toMatch(
      /mirrors are slow - the cache/,
    );
  });
});
