import type { Paragraph } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { parseWholeMarkdown } from "../../src/parse/markdown.js";
import { paragraphLines } from "../../src/parse/paragraph-lines.js";

describe("label lines glued with <br> tags", () => {
  const note =
    "# Outage review\n\nStatus: final<br> Owner: @dana<br> Date: 2024-02-10 14:30<br>Duration: 2 hours\n\n## Action items\n\n- Dana to add a second DNS provider\n";

  it("reads each piece as a line of its own", () => {
    const minutes = parseMinutes(note);
    expect([minutes.date, minutes.start]).toEqual(["2024-02-10", "14:30"]);
  });

  it("gives each piece its own raw text and place on the line", () => {
    const text = "Status: final<br> Owner: @dana<br/>Date: 2024-02-10\n";
    const paragraph = parseWholeMarkdown(text).children[0] as Paragraph;
    expect(
      paragraphLines(paragraph, text).map((line) => [
        line.raw,
        line.source.start.column,
        line.source.start.offset,
        line.source.end.offset,
      ]),
    ).toEqual([
      ["Status: final", 1, 0, 13],
      ["Owner: @dana", 19, 18, 30],
      ["Date: 2024-02-10", 36, 35, 51],
    ]);
  });

  it("leaves a <br> inside inline code alone, and other tags too", () => {
    const code = parseMinutes("# Notes\n\nDate: 2024-02-10 `a<br>b`\n");
    expect(code.date).toBe("2024-02-10");
    const span = parseMinutes("# Notes\n\nStatus: final<span> Date: 2024-02-10</span>\n");
    expect(span.date).toBeNull();
  });
});
