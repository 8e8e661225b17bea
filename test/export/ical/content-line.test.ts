import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  foldLine,
  paramValue,
  serializeComponent,
  textValue,
} from "../../../src/export/ical/content-line.js";
import { parseCalendar } from "./helpers.js";

const octets = (text: string) => new TextEncoder().encode(text).length;

describe("textValue (RFC 5545 §3.3.11)", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(textValue("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
  it("leaves colons and quotes alone", () => {
    expect(textValue('Note: "x"')).toBe('Note: "x"');
  });
});

describe("paramValue (§3.2)", () => {
  it("quotes values with separators and drops DQUOTE", () => {
    expect(paramValue("Smith, John")).toBe('"Smith, John"');
    expect(paramValue('Jo "JJ" Lee')).toBe("Jo JJ Lee");
    expect(paramValue("Lisa Wong")).toBe("Lisa Wong");
  });
});

describe("foldLine (§3.1)", () => {
  it("leaves a 75-octet line alone", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(foldLine(line)).toBe(line);
  });
  it("keeps every physical line, continuation space included, within 75 octets", () => {
    const line = `DESCRIPTION:${"word ".repeat(80)}`;
    const physical = foldLine(line).split("\r\n");
    expect(physical.length).toBeGreaterThan(5);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(line);
  });
  it("never splits a multi-byte character or a surrogate pair", () => {
    for (const filler of ["é", "€", "🚀", "a🚀", "ab€"]) {
      const line = `SUMMARY:${filler.repeat(60)}`;
      const physical = foldLine(line).split("\r\n");
      for (const part of physical) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        // A split UTF-8 sequence or a lone surrogate would not survive a round trip through bytes.
        expect(
          new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(part)),
        ).toBe(part);
        expect(part).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        );
      }
    }
  });
  it("is needed: ical.js 2.2.1 folds continuation lines to 76 octets", () => {
    const folded = ICAL.helpers.foldline(`DESCRIPTION:${"x".repeat(200)}`);
    const longest = Math.max(...folded.split("\r\n").map(octets));
    expect(longest).toBe(76);
  });
});

describe("serializeComponent", () => {
  it("writes text that ical.js reads back unchanged", () => {
    const text = `Commas, semicolons; back\\slash\nnew line, emoji 🚀 and a long tail ${"ü".repeat(90)}`;
    const calendar = serializeComponent({
      name: "VCALENDAR",
      properties: [
        { name: "VERSION", value: "2.0" },
        { name: "PRODID", value: "-//test//EN" },
      ],
      components: [
        {
          name: "VTODO",
          properties: [
            { name: "UID", value: "u1" },
            { name: "DTSTAMP", value: "20250101T000000Z" },
            { name: "SUMMARY", value: textValue(text) },
          ],
        },
      ],
    });
    const todo = parseCalendar(calendar).getFirstSubcomponent("vtodo")!;
    expect(todo.getFirstPropertyValue("summary")).toBe(text);
  });
});
