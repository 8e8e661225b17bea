import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { withoutContainerFences } from "../../src/parse/container-fences.js";

describe("container fences (HackMD, Docusaurus, Pandoc)", () => {
  it("blanks the lines that open and close a box, one space for each character", () => {
    const boxed =
      ":::info\n- Date: 2026-09-15\n:::\n::: warning Heads up\ntext\n::: {.callout-note}\n::::\n";
    const read = withoutContainerFences(boxed);
    expect(read).toBe(
      "       \n- Date: 2026-09-15\n   \n                    \ntext\n                   \n    \n",
    );
    expect(read.length).toBe(boxed.length);
  });

  it("leaves code blocks, a colon in a sentence and a time alone", () => {
    const text = "```\n:::info\n```\nRatio 3:::1 held\nAt 10:00 we met\n";
    expect(withoutContainerFences(text)).toBe(text);
  });

  it("reads the last person of a list closed by a box's fence, and a host's handle as that person", () => {
    const minutes = parseMinutes(
      [
        "# Infra sync",
        "",
        ":::info",
        "- **Date:** Sep 15, 2026 4:00 PM (UTC)",
        "- **Host:** @tamsin",
        "- **Participants:**",
        "    - Tamsin Greer (@tamsin)",
        "    - Bertrand Okoye (@bokoye)",
        "    - Ingrid Holm (@iholm)",
        ":::",
        "",
        "## Action items",
        "- [ ] @iholm cap the ARM runners",
        "",
      ].join("\n"),
    );
    expect(minutes.date).toBe("2026-09-15");
    expect(minutes.attendees.map((person) => [person.name, person.handle, person.role])).toEqual([
      ["Tamsin Greer", "@tamsin", "Host"],
      ["Bertrand Okoye", "@bokoye", null],
      ["Ingrid Holm", "@iholm", null],
    ]);
    expect(minutes.actionItems.map((task) => [task.text, task.owners[0]?.attendeeId])).toEqual([
      ["@iholm cap the ARM runners", "ingrid-holm"],
    ]);
  });
});
