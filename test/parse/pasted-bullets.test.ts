import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { withMarkdownBullets } from "../../src/parse/pasted-bullets.js";

describe("bullets pasted from a word processor", () => {
  it("writes each bullet character as a list marker, keeping every offset", () => {
    const pasted =
      "Items:\n•\tShip the build\no\tTest it first\n\uF0A7\tOn staging\n▪ Tell support\n";
    const read = withMarkdownBullets(pasted);
    expect(read).toBe(
      "Items:\n-\tShip the build\n-\tTest it first\n-\tOn staging\n- Tell support\n",
    );
    expect(read.length).toBe(pasted.length);
  });

  it("leaves words, code blocks and bullets with nothing after them alone", () => {
    const text = "o no, the build\n• \n```\n•\tkept in code\n```\nover • there\n";
    expect(withMarkdownBullets(text)).toBe(text);
  });

  it("reads a pasted list's tasks as list items, at the place the note has them", () => {
    const minutes = parseMinutes(
      [
        "# Sponsor meeting 2026-03-04",
        "",
        "Scribe: Jonas Weber",
        "",
        "Items discussed:",
        "•\tNext meeting date with the sponsor.",
        "•\tMara to email the sponsor the demo time.",
        "•\tJonas to send Mara the call link.",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [task.text, task.owners[0]?.name, task.source.start.line]),
    ).toEqual([
      ["Mara to email the sponsor the demo time", "Mara", 7],
      ["Jonas to send Mara the call link", "Jonas", 8],
    ]);
  });

  it("reads arrows that open lines under a topic as its points, and an arrow inside a line as no bullet", () => {
    expect(
      withMarkdownBullets("1. Pricing\n   → Action: review\n   ⇒ Decision: keep\nA → B\n"),
    ).toBe("1. Pricing\n   - Action: review\n   - Decision: keep\nA → B\n");
    const minutes = parseMinutes(
      [
        "# Product council 2026-03-04",
        "",
        "Present: Tovah Brandt, Jonas Weber",
        "",
        "1. Pricing page",
        "   → Action: Tovah to revise the pricing copy (Fri)",
        "   → Decision: keep the free tier",
        "2. Handoffs: design → Jonas → review",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.owners[0]?.name, task.due])).toEqual([
      ["Tovah to revise the pricing copy", "Tovah", "2026-03-06"],
    ]);
    expect(minutes.decisions.map((decision) => decision.text)).toEqual(["keep the free tier"]);
  });
});

describe("a box that opens the line after a list item", () => {
  it("starts the next item of the list, done or open as its box says, at its own line", () => {
    const minutes = parseMinutes(
      [
        "# Vendor sync 2026-12-02",
        "",
        "Attendees: Ada Lind, Greta Lund",
        "",
        "## Action items",
        "1) Close the old tickets – Ada",
        "✅ Shared the data map (Greta)",
        "☐ Book the onsite visit (Greta)",
        "2) Renew the certificate – Ada",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.status,
        task.source.start.line,
      ]),
    ).toEqual([
      ["Close the old tickets", ["ada-lind"], "open", 6],
      ["Shared the data map", ["greta-lund"], "done", 7],
      ["Book the onsite visit", ["greta-lund"], "open", 8],
      ["Renew the certificate", ["ada-lind"], "open", 9],
    ]);
  });

  it("leaves a box written inside the line's words to them", () => {
    const minutes = parseMinutes(
      "# Vendor sync 2026-12-02\n\nAttendees: Ada Lind\n\n## Action items\n1) Ada to tick ☐ on the form\nand send it back\n",
    );
    expect(minutes.actionItems.map((task) => task.text)).toEqual([
      "Ada to tick ☐ on the form and send it back",
    ]);
  });
});
