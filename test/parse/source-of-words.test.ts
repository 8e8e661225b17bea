import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { sourceOfWords } from "../../src/parse/text.js";

const note = [
  "# Board meeting",
  "",
  "Date: 2026-01-14",
  "Present: Ruth Adler, Omar Said, Paul Kim",
  "",
  "## Matters arising",
  "",
  "2. Insurance",
  "   The renewal is done. Omar will circulate the **auditor's** letter.",
  "",
  "Paul reported on the appeal. Agreed to run it again in spring. Paul offered to approach two sponsors.",
  "",
  "- Agreed to keep the same venue.",
  "",
].join("\n");

/** Each item's text and where it starts, as [line, column, the note's words from there]. */
function starts(text: string) {
  const minutes = parseMinutes(text);
  return [...minutes.actionItems, ...minutes.decisions].map((read) => {
    const { line, column, offset } = read.source.start;
    return [read.text, line, column, text.slice(offset, offset + 12)];
  });
}

describe("the source of work and decisions read from one sentence", () => {
  it("points at the sentence, on its own line of the item and at its column", () => {
    expect(starts(note)).toEqual([
      ["Omar will circulate the auditor's letter", 9, 25, "Omar will ci"],
      ["Paul offered to approach two sponsors", 11, 64, "Paul offered"],
      ["Agreed to run it again in spring.", 11, 30, "Agreed to ru"],
      ["Agreed to keep the same venue.", 13, 1, "- Agreed to "],
    ]);
  });

  it("counts lines and offsets in the text as given, with front matter and CRLF line ends", () => {
    const given = `---\ntitle: Board\n---\n${note.replace(/\n/g, "\r\n")}`;
    expect(starts(given).map(([text, line, column, words]) => [text, line, column, words])).toEqual(
      [
        ["Omar will circulate the auditor's letter", 12, 25, "Omar will ci"],
        ["Paul offered to approach two sponsors", 14, 64, "Paul offered"],
        ["Agreed to run it again in spring.", 14, 30, "Agreed to ru"],
        ["Agreed to keep the same venue.", 16, 1, "- Agreed to "],
      ],
    );
  });
});

describe("sourceOfWords", () => {
  const text = "Intro line.\n- Kim said so. Ana will *send* the deck.\n";
  const item = {
    start: { line: 2, column: 1, offset: 12 },
    end: { line: 2, column: 39, offset: 50 },
  };

  it("finds the first words across Markdown marks", () => {
    expect(sourceOfWords("Ana will send the deck", item, text)).toEqual({
      start: { line: 2, column: 16, offset: 27 },
      end: item.end,
    });
  });

  it("keeps the item's source where the words are missing, too few, or open the item", () => {
    expect(sourceOfWords("Ben will send it", item, text)).toBe(item);
    expect(sourceOfWords("Ana", item, text)).toBe(item);
    expect(sourceOfWords("Kim said so", item, text)).toBe(item);
  });

  it("takes the first place all the words follow one another, marks no longer than a few characters between them", () => {
    const twice = "Notes.\n- Ana asked. Ana will send it.\n";
    const span = {
      start: { line: 2, column: 1, offset: 7 },
      end: { line: 2, column: 32, offset: 38 },
    };
    expect(sourceOfWords("Ana will send it", span, twice).start).toEqual({
      line: 2,
      column: 14,
      offset: 20,
    });
    const spread = "Notes.\n- Then Ana ~~~~~~~~~~~~~~~ will send it.\n";
    const wide = {
      start: { line: 2, column: 1, offset: 7 },
      end: { line: 2, column: 43, offset: 49 },
    };
    expect(sourceOfWords("Ana will send it", wide, spread)).toBe(wide);
  });
});
