import { describe, expect, it } from "vitest";
import { parseMinutes } from "../src/index.js";
import { sourceProblems } from "./source-positions.js";

const note = [
  "# Sync 2025-09-27",
  "",
  "## Action Items",
  "",
  "- Lisa to send the report by Friday",
  "- Raj to fix the build",
];

describe("line endings and byte order marks", () => {
  it("reads CRLF, CR and LF notes to the same model apart from positions", () => {
    const strip = (value: unknown) =>
      JSON.parse(JSON.stringify(value, (key, entry) => (key === "source" ? null : entry)));
    const lf = parseMinutes(note.join("\n"));
    expect(strip(parseMinutes(note.join("\r\n")))).toEqual(strip(lf));
    expect(strip(parseMinutes(note.join("\r")))).toEqual(strip(lf));
    expect(strip(parseMinutes(`\ufeff${note.join("\r\n")}`))).toEqual(strip(lf));
    expect(lf.actionItems.map((task) => task.text)).toEqual([
      "Lisa to send the report by Friday",
      "Raj to fix the build",
    ]);
  });

  it("gives positions in the input as given, so a CRLF file's offsets slice the file itself", () => {
    const text = `${note.join("\r\n")}\r\n`;
    const minutes = parseMinutes(text);
    expect(sourceProblems(minutes, text)).toEqual([]);
    const [first, second] = minutes.actionItems;
    expect(first!.source.start).toEqual({ line: 5, column: 1, offset: text.indexOf("- Lisa") });
    expect(text.slice(first!.source.start.offset, first!.source.end.offset)).toBe(
      "- Lisa to send the report by Friday",
    );
    expect(text.slice(second!.source.start.offset, second!.source.end.offset)).toBe(
      "- Raj to fix the build",
    );
  });

  it("counts a BOM as the first character of line 1", () => {
    const text = `\ufeff${note.join("\n")}`;
    const minutes = parseMinutes(text);
    expect(sourceProblems(minutes, text)).toEqual([]);
    expect(minutes.sections[0]!.source.start).toEqual({
      line: 3,
      column: 1,
      offset: text.indexOf("## Action"),
    });
    expect(minutes.title).toBe("Sync 2025-09-27");
  });

  it("keeps task text free of CR, as RFC 5545 TEXT needs", () => {
    const minutes = parseMinutes("## Action Items\r\r- Lisa to send\rthe report");
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Lisa to send the report"]);
  });
});
