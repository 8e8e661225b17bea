import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, slugify, squash } from "../../src/util/strings.js";

describe("squash", () => {
  it("collapses every kind of white space and trims", () => {
    expect(squash("  Send\tthe\n\nsummary  ")).toBe("Send the summary");
    expect(squash("Kim\u00a0Lee")).toBe("Kim Lee");
    expect(squash("a \u2003 b")).toBe("a b");
  });

  it("hands back a text that is already squashed", () => {
    expect(squash("Send the summary")).toBe("Send the summary");
    expect(squash("")).toBe("");
  });

  it("is the same as collapsing with a regular expression, on any text", () => {
    const spaced = fc.array(fc.constantFrom("a", "b", " ", "  ", "\t", "\n", "\u00a0", "é"), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(spaced, (parts) => {
        const text = parts.join("");
        expect(squash(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });
});

describe("fold and slugify", () => {
  it("write letters with no Unicode decomposition as their ASCII spelling, so names match either way", () => {
    expect(fold("Maßnahmen")).toBe("massnahmen");
    expect(fold("Søren Lærke")).toBe("soren laerke");
    expect(fold("Łucja Đurić")).toBe("lucja duric");
    expect(slugify("Jürgen Weiß")).toBe("jurgen-weiss");
    expect(fold("Plain Text")).toBe("plain text");
  });
});
