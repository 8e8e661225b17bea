import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { type Pluggable, type PluggableList, unified } from "unified";
import { VFile } from "vfile";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Counts md-minutes' own parses of a note; remark's parse is the one the plugin is handed.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/parse/markdown.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/parse/markdown.js")>();
  return {
    ...actual,
    markdownBlocks: (text: string, minChunkLength?: number) => {
      parses.count++;
      return actual.markdownBlocks(text, minChunkLength);
    },
  };
});

const { parseMinutes, remarkMinutes } = await import("../../src/index.js");

const root = join(import.meta.dirname, "..", "..");

function notes(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return notes(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

async function throughRemark(value: string, withGfm: boolean, withFrontmatter = false) {
  const file = new VFile({ path: "note.md", value });
  const plugins: PluggableList = [
    ...(withGfm ? [remarkGfm] : []),
    ...(withFrontmatter ? [[remarkFrontmatter, ["yaml", "toml"]] as Pluggable] : []),
    [remarkMinutes, { all: true }],
  ];
  const processor = unified().use(remarkParse).use(plugins);
  const before = parses.count;
  await processor.run(processor.parse(file), file);
  return { minutes: file.data.minutes, ownParses: parses.count - before };
}

const NOTE = `---
title: Weekly sync
date: 2025-11-03
---
# Weekly sync

## Action items

| Owner | Task | Due |
| --- | --- | --- |
| Ana Ruiz | Send the rollout plan | Friday |

- [ ] Ben Ode to check https://status.example.com before the call
`;

describe("remarkMinutes parses each file once", () => {
  beforeEach(() => {
    parses.count = 0;
  });

  it("reads remark's GFM tree without a parse of its own, and gets parseMinutes' model", async () => {
    const { minutes, ownParses } = await throughRemark(NOTE, true);
    expect(ownParses).toBe(0);
    expect(minutes).toStrictEqual(parseMinutes(NOTE, { fileName: "note.md" }));
    expect(minutes?.actionItems.map((task) => [task.text, task.owners[0]?.name])).toEqual([
      ["Send the rollout plan", "Ana Ruiz"],
      ["Ben Ode to check https://status.example.com before the call", "Ben Ode"],
    ]);
  });

  it("reads a tree with remark-frontmatter's yaml node the same way", async () => {
    const { minutes, ownParses } = await throughRemark(NOTE, true, true);
    expect(ownParses).toBe(0);
    expect(minutes).toStrictEqual(parseMinutes(NOTE, { fileName: "note.md" }));
  });

  it("parses again when remark has no GFM, since its tree has no tables or task lists", async () => {
    const { minutes, ownParses } = await throughRemark(NOTE, false);
    expect(ownParses).toBe(1);
    expect(minutes).toStrictEqual(parseMinutes(NOTE, { fileName: "note.md" }));
  });

  it("parses again when the note has CRLF line endings, whose offsets the tree does not share", async () => {
    const crlf = NOTE.replace(/\n/g, "\r\n");
    const { minutes, ownParses } = await throughRemark(crlf, true);
    expect(ownParses).toBe(1);
    expect(minutes).toStrictEqual(parseMinutes(crlf, { fileName: "note.md" }));
  });

  it("gives parseMinutes' model from remark's tree for every fixture note", async () => {
    const files = notes(join(root, "fixtures"));
    expect(files.length).toBeGreaterThan(20);
    let reused = 0;
    for (const path of files) {
      const value = readFileSync(path, "utf8");
      const { minutes, ownParses } = await throughRemark(value, true);
      if (ownParses === 0) reused++;
      expect(minutes, path).toStrictEqual(parseMinutes(value, { fileName: "note.md" }));
    }
    // Only notes with CRLF endings or guarded (hostile) blocks are parsed again.
    expect(reused).toBeGreaterThan(files.length * 0.8);
  });
});
