import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parsePlainText, parseSlice, parseWhole } from "../../src/parse/processors.js";

const paragraphChildren = (tree: ReturnType<typeof parseWhole>) => {
  const first = tree.children[0];
  return first?.type === "paragraph" ? first.children.map((child) => child.type) : [];
};

describe("the parser for text without literal autolinks or tables", () => {
  it("really leaves them out, so that the cheaper path is taken", () => {
    for (const text of ["see www.example.com", "mail a@b.co", "at https://example.com/x"]) {
      expect(paragraphChildren(parseWhole(text))).toContain("link");
      expect(paragraphChildren(parsePlainText(text))).toEqual(["text"]);
    }
  });

  it("really leaves tables out", () => {
    const text = "| a | b |\n| - | - |\n| 1 | 2 |\n";
    expect(parseWhole(text).children.map((node) => node.type)).toEqual(["table"]);
    expect(parsePlainText(text).children.map((node) => node.type)).toEqual(["paragraph"]);
  });

  it("is only used on text that cannot hold either", () => {
    for (const text of [
      "see www.example.com",
      "mail a@b.co",
      "mail a&#64;b.co",
      "at HTTPS://EXAMPLE.COM",
      "a | b\n- | -\n",
      "| a |\n| - |\n",
      "Name\n:-:\n",
      "x\n-:\n",
      "y\n:-\n",
    ]) {
      expect(parseSlice(text)).toEqual(parseWhole(text));
    }
  });

  it("leaves out only what a text cannot start, and gives the full parser's tree", () => {
    for (const text of [
      "[docs](https://example.com) and see www.example.com, no address",
      "| a | b |\n| - | - |\n| https://example.com | 2 |\n",
      "| a | b |\n| - | - |\n| ops@example.com | 2 |\n",
      "mail ops@example.com, no table and no web address",
      "mail ops&#64;example.com | not a table\n",
      "Owner\n:-:\nKim wrote to kim@example.com\n",
      "- [ ] call HTTP://EXAMPLE.COM/status\n  - then mail a@b.co\n",
      "@kim and kim@team, no address\n",
      "write to kim.lee+ops@mail.example.org today\n",
      "mailto:kim@example.com and xmpp:kim@example.com\n",
      "[link](https://example.com) for @kim, no address\n",
    ]) {
      expect(parseSlice(text)).toEqual(parseWhole(text));
    }
  });
});

describe("the search for literal autolinks after the parse", () => {
  const remark = unified().use(remarkParse).use(remarkGfm);

  it("gives remark's own tree where it runs and where it is skipped", () => {
    for (const text of [
      "mail a@b.co today",
      "at HTTPS://EXAMPLE.COM/x",
      "see WWW.example.com",
      "mail a&#64;b.co",
      "[the docs](https://example.com/docs), no address in the text",
      "[https://example.com](https://example.com) and b@c.io after it",
      "| a | b |\n| - | - |\n| see www.example.com | 2 |\n",
      "| a | b |\n| - | - |\n| 1 | 2 |\n",
      "Q&A with R&D, nothing to link",
      "- [ ] task for a@b.co\n  - nested https://x.y/z\n",
      "@kim and @lee, kim@team and (owner: @ops), no address",
      "httpbin, wwwroot, http:/half and www without a dot",
      "a handle @kim then an address kim@example.org in the next word",
      "**Owner:** @kim\n\n- item for kim@example.org\n- item for @lee\n",
      "see HTTP://example.com and Www.Example.com",
      "kim@host-1.example.com- and a@b.c_d",
      "# Status at https://status.example.com\n\nNothing here for @kim.\n",
      "- item *see www.example.com* and @kim\n  - nested **a@b.co**\n  - plain\n> quoted https://x.y/z\n",
      "| who | where |\n| - | - |\n| @kim | https://x.y |\n| lee | none |\n",
      "Text[^1] with a note.\n\n[^1]: See https://example.com/ref and kim@example.org.\n",
      "[www.example.com](https://example.com) then www.example.org in the same paragraph",
    ]) {
      expect(parseWhole(text)).toEqual(remark.parse(text));
    }
  });

  it("still turns addresses in text into links", () => {
    const text = "[docs](https://example.com) or write to help@example.com";
    expect(paragraphChildren(parseWhole(text))).toEqual(["link", "text", "link"]);
  });
});
