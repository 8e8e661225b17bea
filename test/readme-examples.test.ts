import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { runMain } from "./cli/run-main.js";

/**
 * Every example the README shows is run or checked here against what the README says of it
 *: the TypeScript imports exist, each command line uses only commands and
 * flags the CLI has, each config is accepted, and the note snippets do what the text says.
 */
const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");

interface Block {
  language: string;
  body: string;
  line: number;
}

const blocks: Block[] = [];
for (const match of readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
  blocks.push({
    language: match[1]!,
    body: match[2]!,
    line: readme.slice(0, match.index).split("\n").length,
  });
}

/**
 * The md-minutes command lines of a block: "npx md-minutes check a.md --format github" (not
 * remark's `--use md-minutes`, which names the plugin).
 */
function commandLines(body: string): string[][] {
  return body
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").replace(/^\s*(?:-\s*)?(?:run|entry):\s*/, ""))
    .map(
      (line) =>
        /(?:^|\s|exec\s)(?<!--use\s)(?:npx\s+(?:--no\s+)?)?md-minutes\s+(.*)$/.exec(line)?.[1],
    )
    .filter((rest): rest is string => rest !== undefined)
    .map((rest) => rest.split(/\s+/).filter((word) => word && !/^[>|<]/.test(word)))
    .map((words) => words.slice(0, words.findIndex((word) => /^[>|]/.test(word)) >>> 0));
}

const helpOf = new Map<string, string>();
async function help(command: string): Promise<string> {
  if (!helpOf.has(command)) helpOf.set(command, (await runMain([command, "--help"])).stdout);
  return helpOf.get(command)!;
}

describe("the README's examples", () => {
  it("has examples to check", () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  const typescript = blocks.filter((block) => block.language === "ts");
  it.each(typescript.map((block) => [block.line, block]))(
    "TypeScript at line %i imports only what md-minutes exports",
    (_line, block) => {
      for (const match of (block as Block).body.matchAll(
        /import\s*\{([^}]*)\}\s*from\s*"md-minutes"/g,
      ))
        for (const name of match[1]!
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean))
          expect(Object.keys(api), name).toContain(name);
    },
  );

  const shells = blocks.filter(
    (block) => ["sh", "yaml"].includes(block.language) && commandLines(block.body).length > 0,
  );
  it.each(shells.map((block) => [block.line, block]))(
    "command lines at line %i use only commands and flags the CLI has",
    async (_line, block) => {
      for (const words of commandLines((block as Block).body)) {
        const [command, ...rest] = words;
        if (command === "--version" || command === "--help") continue;
        expect(["extract", "check", "track"], words.join(" ")).toContain(command);
        const text = await help(command!);
        for (const flag of rest.filter((word) => word.startsWith("--")))
          expect(text, `${flag} in "${words.join(" ")}"`).toContain(flag.split("=")[0]!);
      }
    },
  );

  const configs = blocks.filter(
    (block) => block.language === "json" && /"\$schema"[^\n]*config\.schema\.json/.test(block.body),
  );
  it.each(configs.map((block) => [block.line, block]))(
    "config at line %i is accepted by the config schema",
    (_line, block) => {
      const config = JSON.parse((block as Block).body);
      const { $schema: _schema, ...rest } = config;
      expect(api.configSchema.safeParse(rest).error?.issues ?? []).toEqual([]);
    },
  );

  it("switches rules off with the HTML comments it shows, and the bold 'Legal:' owns its task", () => {
    const snippet = blocks.find(
      (block) => block.language === "markdown" && block.body.includes("md-minutes-disable"),
    )!;
    const note = `# Contract review\n\n**Date:** 2025-10-01\n\n## Attendees\n\n- Dana Whitfield\n\n## Action Items\n\n${snippet.body}`;
    const { messages, minutes } = api.checkMinutes(note);
    const rules = messages.map((message) => message.ruleId);
    expect(rules).not.toContain("owner-is-attendee");
    expect(rules).not.toContain("action-owner");
    expect(minutes.actionItems.map((task) => task.owners.map((owner) => owner.kind))).toEqual([
      ["group"],
      [],
    ]);
    // Without the comments, the undated, unowned task is reported.
    const bare = note.replace(/<!--[^>]*-->\n/g, "");
    expect(api.checkMinutes(bare).messages.map((message) => message.ruleId)).toContain(
      "action-owner",
    );
  });
});
