import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minutesSchema, parseMinutes } from "../src/index.js";
import { anyNoteText, propertyParameters } from "./arbitraries.js";
import { sourceProblems } from "./source-positions.js";

// A fixed reference date keeps relative phrases ("next Friday") from depending on today.
const options = { referenceDate: "2025-09-27T10:00" } as const;

describe("parseMinutes on any input", () => {
  it("never throws, and never falls back to the internal-error model", () => {
    fc.assert(
      fc.property(anyNoteText, (text) => {
        const minutes = parseMinutes(text, options);
        expect(
          minutes.diagnostics.filter((diagnostic) => diagnostic.code === "internal-error"),
        ).toEqual([]);
      }),
      propertyParameters(),
    );
  });

  it("always returns a model that passes minutesSchema, without the schema fallback", () => {
    fc.assert(
      fc.property(anyNoteText, (text) => {
        const minutes = parseMinutes(text, options);
        expect(minutesSchema.safeParse(minutes).success).toBe(true);
        expect(minutes.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain("schema");
      }),
      propertyParameters(),
    );
  });

  it("gives the same model for the same input", () => {
    fc.assert(
      fc.property(anyNoteText, (text) => {
        expect(parseMinutes(text, options)).toStrictEqual(parseMinutes(text, options));
      }),
      propertyParameters(),
    );
  });

  it("places every source span inside the input, with line and column matching the offset", () => {
    fc.assert(
      fc.property(anyNoteText, (text) => {
        expect(sourceProblems(parseMinutes(text, options), text)).toEqual([]);
      }),
      propertyParameters(),
    );
  });

  it("survives a JSON round trip unchanged", () => {
    fc.assert(
      fc.property(anyNoteText, (text) => {
        const minutes = parseMinutes(text, options);
        expect(JSON.parse(JSON.stringify(minutes))).toStrictEqual(minutes);
      }),
      propertyParameters(),
    );
  });
});
