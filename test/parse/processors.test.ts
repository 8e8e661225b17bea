import { describe, expect, it } from "vitest";
import { parseSlice, parseWhole, parseWithoutLiteralAutolinks } from "../../src/parse/processors.js";

const paragraphChildren = (tree: ReturnType<typeof parseWhole>) => {
  const first = tree.children[0];
  return first?.type === "paragraph" ? first.children.map((child) => child.type) : [];
};

describe("the parser without literal autolinks", () => {
  it("really leaves them out, so that the cheaper path is taken", () => {
    for (const text of ["see www.example.com", "mail a@b.co", "at https://example.com/x"]) {
      expect(paragraphChildren(parseWhole(text))).toContain("link");
      expect(paragraphChildren(parseWithoutLiteralAutolinks(text))).toEqual(["text"]);
    }
  });

  it("is only used on text that cannot hold one", () => {
    for (const text of ["see www.example.com", "mail a@b.co", "mail a&#64;b.co", "at HTTPS://EXAMPLE.COM"]) {
      expect(parseSlice(text)).toEqual(parseWhole(text));
    }
  });
});
