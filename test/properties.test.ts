import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minutesSchema, parseMinutes } from "../src/index.js";
import { anyNoteText, propertyParameters } from "./arbitraries.js";
import { sourceProblems } from "./source-positions.js";

// A fixed reference date keeps relative phrases ("next Friday") from depending on today.
const options = { referenceDate: "2025-09-27T10:00" } as const;

describe("parseMinutes on any input", () => {
  // One property holds every invariant, so each generated note is parsed once for all of them
  // (twice, for determinism); a failure names the invariant in its expectation's message.
  it("never throws or falls back, passes minutesSchema, is deterministic, keeps sources inside the input and survives JSON", () => {
    fc.assert(
      fc.property(anyNoteText, (text) => {
        const minutes = parseMinutes(text, options);
        const codes = minutes.diagnostics.map((diagnostic) => diagnostic.code);
        expect(codes, "no internal-error fallback").not.toContain("internal-error");
        expect(codes, "no schema fallback").not.toContain("schema");
        expect(minutesSchema.safeParse(minutes).success, "passes minutesSchema").toBe(true);
        expect(parseMinutes(text, options), "same model for the same input").toStrictEqual(minutes);
        expect(sourceProblems(minutes, text), "source spans inside the input").toEqual([]);
        expect(JSON.parse(JSON.stringify(minutes)), "JSON round trip").toStrictEqual(minutes);
      }),
      propertyParameters(),
    );
  });
});
