import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { headingKind } from "../../src/parse/heading-kinds.js";
import { readStatedDate } from "../../src/resolve/meeting-time.js";
import { isGroupName } from "../../src/util/names.js";
import { noteMemo, remembering, whileReadingNote } from "../../src/util/note-memo.js";

describe("answers remembered while a note is read", () => {
  it("are kept only while a note is read, and forgotten after it", () => {
    const table = noteMemo<number>();
    expect(remembering()).toBe(false);
    const inside = whileReadingNote(() => {
      table.set("a", 1);
      // A read inside a read keeps the outer read's answers until the outer one ends.
      whileReadingNote(() => table.set("b", 2));
      return { remembering: remembering(), size: table.size };
    });
    expect(inside).toEqual({ remembering: true, size: 2 });
    expect(remembering()).toBe(false);
    expect(table.size).toBe(0);
  });

  it("are forgotten when the read throws", () => {
    const table = noteMemo<number>();
    expect(() =>
      whileReadingNote(() => {
        table.set("a", 1);
        throw new Error("broken");
      }),
    ).toThrow("broken");
    expect(table.size).toBe(0);
    expect(remembering()).toBe(false);
  });

  it("give the same answers as the checks outside a read, asked twice", () => {
    const groups = ["the team", "Kim", "all", "IT", "it", "Section owners", "Acme"];
    const headings = ["Action items", "Attendees", "Next steps", "Release date", "Risks"];
    const outside = [groups.map(isGroupName), headings.map((heading) => headingKind(heading))];
    expect(outside).toEqual([
      [true, false, true, true, false, true, false],
      ["actionItems", "attendees", "actionItems", null, "risks"],
    ]);
    const inside = whileReadingNote(() =>
      [1, 2].map(() => [groups.map(isGroupName), headings.map((heading) => headingKind(heading))]),
    );
    expect(inside).toEqual([outside, outside]);
  });

  it("give a stated date per date order, each caller its own copy", () => {
    const outside = [
      readStatedDate("Meeting of 4/3/2026", "MDY"),
      readStatedDate("Meeting of 4/3/2026", "DMY"),
      readStatedDate("Weekly sync", "MDY"),
    ];
    expect(outside).toEqual([
      { date: "2026-04-03", time: null },
      { date: "2026-03-04", time: null },
      null,
    ]);
    const [first, second] = whileReadingNote(() => {
      const once = readStatedDate("Meeting of 4/3/2026", "MDY");
      once!.date = "changed";
      return [once, readStatedDate("Meeting of 4/3/2026", "MDY")];
    });
    expect(first).toEqual({ date: "changed", time: null });
    expect(second).toEqual({ date: "2026-04-03", time: null });
    expect(
      whileReadingNote(() => [
        readStatedDate("Meeting of 4/3/2026", "MDY"),
        readStatedDate("Meeting of 4/3/2026", "DMY"),
        readStatedDate("Weekly sync", "MDY"),
      ]),
    ).toEqual(outside);
  });

  it("are in use while parseMinutes reads a note, and not after", () => {
    const minutes = parseMinutes("# Sync\n\n## Action items\n\n- Kim to send the deck\n");
    expect(minutes.actionItems.map((task) => task.text)).toEqual(["Kim to send the deck"]);
    expect(remembering()).toBe(false);
  });
});
