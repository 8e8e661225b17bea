import { describe, expect, it } from "vitest";
import { createNoteText, normalizeNoteText } from "../../src/check/note-text.js";

const text = createNoteText("# Title\n- [ ] **Ben:** Ship by Friday\n12. Second item  \n");
const whole = (line: number) => {
  const start = text.pointAt(
    text.value
      .split("\n")
      .slice(0, line - 1)
      .join("\n").length + (line > 1 ? 1 : 0),
  );
  const end = text.pointAt(start.offset + text.value.split("\n")[line - 1]!.length);
  return { start, end };
};

describe("NoteText", () => {
  it("turns offsets into 1-based lines and columns", () => {
    expect(text.pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(text.pointAt(8)).toEqual({ line: 2, column: 1, offset: 8 });
    expect(text.pointAt(10_000)).toEqual({ line: 4, column: 1, offset: text.value.length });
  });

  it("narrows to a phrase as written, then ignoring case, else keeps the span", () => {
    const item = whole(2);
    expect(text.narrow(item, "Friday")).toMatchObject({
      start: { line: 2, column: 24 },
      end: { line: 2, column: 30 },
    });
    expect(text.narrow(item, "ben")).toMatchObject({
      start: { line: 2, column: 9 },
      end: { line: 2, column: 12 },
    });
    expect(text.narrow(item, "Second")).toBe(item);
    expect(text.narrow(item, null)).toBe(item);
  });

  it("takes an item's first line without its marker, checkbox or trailing space", () => {
    expect(text.firstLine(whole(2))).toMatchObject({
      start: { line: 2, column: 7 },
      end: { line: 2, column: 30 },
    });
    expect(text.firstLine(whole(3))).toMatchObject({
      start: { line: 3, column: 5 },
      end: { line: 3, column: 16 },
    });
  });

  it("reads CRLF and a byte order mark as the model does", () => {
    expect(normalizeNoteText("\uFEFFa\r\nb\rc")).toBe("a\nb\nc");
    const plain = "a\nb";
    expect(normalizeNoteText(plain)).toBe(plain);
  });
});
