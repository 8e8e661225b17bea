import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { markdownChunks } from "../../src/parse/chunks.js";
import { markdownBlocks, parseMarkdown, parseWholeMarkdown } from "../../src/parse/markdown.js";
import { splitSections } from "../../src/parse/sections.js";
import { parseMinutes } from "../../src/parse-minutes.js";

// parseMinutes reads the note through markdownBlocks; this switch makes it read the whole-text
// parse instead, so that the two models can be compared.
const mode = vi.hoisted(() => ({ whole: false }));
vi.mock("../../src/parse/markdown.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/parse/markdown.js")>();
  return {
    ...actual,
    markdownBlocks: (text: string) =>
      mode.whole ? actual.parseWholeMarkdown(text).children : actual.markdownBlocks(text, 1),
  };
});

function fixtureNotes(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return fixtureNotes(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

const EDGE_NOTES: Record<string, string> = {
  "link reference definition after a heading":
    '# Notes\n\nSee [the runbook][rb].\n\n## Links\n\n[rb]: https://example.com/runbook "Runbook"\n',
  "footnote defined in a later section":
    "# Notes\n\nLatency doubled[^1].\n\n## Footnotes\n\n[^1]: Measured at the edge.\n",
  "closed fence holding heading lines":
    "# A\n\n```sh\n# not a heading\n## nor this\n```\n# B\ntext\n",
  "unclosed fence to the end": "# A\n\n~~~\n# inside\n# still inside\n",
  "longer closing fence": "# A\n````\n```\n# inside\n````\n# B\n",
  "fence inside a list item": "- item\n  ```\n# closes the item\n  ```\n# After\n",
  "fence opened at list indent after a list":
    "- a\n\n  ```\n# Heading\n```\n# inside the new fence\n# still inside\n",
  "indented code with hashes": "# A\n\n    # code\n    ## code\n# B\n",
  "html comment then heading":
    "<!-- md-minutes-disable missing-owner -->\n# A\n- x\n<!-- md-minutes-enable -->\n# B\n",
  "multi-line html comment with heading lines": "# A\n<!--\n\n# hidden\n\n-->\n# B\n",
  "html block swallowing a heading line": "# A\n<div>\n# inside the html block\n</div>\n\n# B\n",
  "script block with hashes": "# A\n<script>\n# x\n</script>\n# B\n",
  "raw front matter with hashes": "---\ntitle: Sync\n# a yaml comment\n---\n# Title\n",
  "setext headings around ATX": "Title\n=====\n# A\nSub\n---\n# B\n",
  "lists right before headings":
    "- a\n- b\n# A\n1. x\n\n   # inside the item\n# B\n- [ ] task\n- [x] done\n## C\n",
  "lazy paragraph continuation": "- item\nlazy line\n# A\n> quote\nlazy\n# B\n",
  "tables before headings": "| a | b |\n|---|---|\n| 1 | 2 |\n# A\n| c |\n| - |\n# B\n",
  "table-like lines without pipes": "# A\nName\n:-:\n# B\nx\n-:\n# C\nkey\n---\n",
  "block quotes with headings": "> quote\n# A\n> # quoted heading\n> more\n# B\n",
  empty: "",
  "only a heading": "# A",
  "heading without trailing newline": "text\n# A",
  "hashes that are not headings": "#hashtag\n#\n####### seven\n# A\n#\tTab\n",
  "closing hashes": "# A #\n## B ##\n###\n",
  "astral characters": "# 😀 A\n- 𝒳 item\n# B 😀\n- 😀\n",
  "carriage returns": "# A\r\n- x\r\n# B\r\n- y\r\n",
  "autolinks across chunks": "# A\nwww.example.com and a@b.co\n# B\nhttps://example.com/x\n",
  "autolinks spelled with references and escapes":
    "# A\nmail a&#64;b.co\n# B\nwww\\.example.com HTTP://EXAMPLE.COM\n# C\nxmpp:a@b.co mailto:c@d.io\n",
  "inline code spanning a heading line": "# A\n`code\n# B\n`\n",
};

function allNotes(): Array<[string, string]> {
  const fixtures = fixtureNotes("fixtures").map((path): [string, string] => [
    path,
    readFileSync(path, "utf8"),
  ]);
  const seeds = Object.entries(EDGE_NOTES);
  return [...fixtures, ...seeds];
}

describe("chunked markdown parsing", () => {
  it.each(allNotes())("gives the same tree as a whole parse: %s", (_name, text) => {
    expect(parseMarkdown(text, 1)).toEqual(parseWholeMarkdown(text));
    expect(parseMarkdown(text)).toEqual(parseWholeMarkdown(text));
    expect(splitSections(markdownBlocks(text, 1), text)).toEqual(
      splitSections(parseWholeMarkdown(text), text),
    );
  });

  it.each(allNotes())("gives the same model as a whole parse: %s", (_name, text) => {
    const options = { referenceDate: "2025-09-27", timezone: "America/New_York" };
    mode.whole = true;
    const whole = parseMinutes(text, options);
    mode.whole = false;
    expect(parseMinutes(text, options)).toEqual(whole);
  });

  it("gives the same tree on a long note with the default chunk length", () => {
    // Notes that leave a fence open, or need a whole parse, would make the rest one chunk.
    const openEnded = [
      "unclosed fence to the end",
      "fence inside a list item",
      "fence opened at list indent after a list",
    ];
    const closedEdges = Object.entries(EDGE_NOTES)
      .filter(([name, text]) => !/\]:|\r/.test(text) && !openEnded.includes(name))
      .map(([, text]) => text);
    const once = [
      ...fixtureNotes("fixtures").map((path) => readFileSync(path, "utf8")),
      ...closedEdges,
    ].join("\n");
    // About 150 KB: many chunks, yet a whole parse (quadratic on this shape) to compare with stays quick.
    const text = Array.from(
      { length: Math.max(2, Math.ceil(150_000 / once.length)) },
      () => once,
    ).join("\n");
    const chunks = [...markdownChunks(text, parseWholeMarkdown)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(parseMarkdown(text)).toEqual(parseWholeMarkdown(text));
  });

  it("splits a note at its top-level headings", () => {
    const chunks = [...markdownChunks("# A\n- x\n## B\ntext\n### C\n", parseWholeMarkdown, 1)];
    expect(chunks.map(({ line, offset }) => ({ line, offset }))).toEqual([
      { line: 1, offset: 0 },
      { line: 3, offset: 8 },
      { line: 5, offset: 18 },
    ]);
  });

  it("grows a chunk past a heading line that a fence swallowed", () => {
    const chunks = [
      ...markdownChunks("# A\n```\n# in fence\n```\n# B\n# C\n", parseWholeMarkdown, 1),
    ];
    expect(chunks.map(({ offset }) => offset)).toEqual([0, 23, 27]);
  });

  it("parses the rest whole when heading lines keep being swallowed", () => {
    const text = `# A\n\`\`\`\n${"# in fence\n".repeat(50)}`;
    const parsed: number[] = [];
    const chunks = [
      ...markdownChunks(
        text,
        (slice) => {
          parsed.push(slice.length);
          return parseWholeMarkdown(slice);
        },
        1,
      ),
    ];
    expect(chunks).toHaveLength(1);
    expect(parsed.reduce((sum, length) => sum + length, 0)).toBeLessThanOrEqual(3 * text.length);
  });

  it("parses a note with definitions whole", () => {
    expect([...markdownChunks("# A\n[x]\n# B\n[x]: /y\n", parseWholeMarkdown, 1)]).toHaveLength(1);
  });

  it("matches a whole parse on notes assembled from tricky lines", () => {
    const lines = [
      "# Heading",
      "## Sub #",
      "#nospace",
      "text",
      "",
      "- item",
      "  - nested",
      "1. first",
      "   # in item",
      "> quote",
      "> # quoted",
      "```",
      "~~~",
      "````",
      "    indented",
      "<!-- comment",
      "-->",
      "<div>",
      "</div>",
      "<pre>",
      "</pre>",
      "| a | b |",
      "|---|---|",
      "===",
      "---",
      "***",
      "- [ ] task",
      "**Bold:** value",
      "`code",
      "<!-- md-minutes-disable -->",
      "\t# tab",
      "   # three spaces",
      "www.example.com",
      "a@b.co",
      "a&#64;b.co",
      "https://x.io/y",
      ":-:",
      "-:",
      ":-",
      ":--",
      "--:",
      "a | b",
      "- | -",
      " :-: ",
      "-",
      "--",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 40 }), (picked) => {
        const text = picked.join("\n");
        expect(parseMarkdown(text, 1)).toEqual(parseWholeMarkdown(text));
      }),
      { seed: 20251127, numRuns: 400 },
    );
  });

  it("matches a whole parse on inline text, with and without autolink literals", () => {
    const words = [
      "plain",
      "Lisa",
      "42",
      "x_y",
      "a.b",
      "-",
      "+",
      "*em*",
      "**strong**",
      "`code`",
      "~~gone~~",
      "[link](https://e.io)",
      "<https://e.io>",
      "[^1]",
      "[x]",
      "\\@",
      "&amp;",
      "&#64;",
      "a@b.co",
      "www.e.io",
      "http://e.io/x",
      "mailto:a@b.co",
      "_under_",
      "**Lead:**",
      "- [ ]",
      "1.",
      ":",
      "(a)",
      "\n",
      "\n\n",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (picked) => {
        const text = `# Title\n${picked.join(" ")}\n## Next\n- ${picked.slice().reverse().join(" ")}\n`;
        expect(parseMarkdown(text, 1)).toEqual(parseWholeMarkdown(text));
      }),
      { seed: 20251128, numRuns: 600 },
    );
  });
});
