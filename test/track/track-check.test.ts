import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkNotes } from "../../src/check-minutes.js";
import { runMain } from "../cli/run-main.js";
import { SERIES_FOLDER } from "./series-notes.js";

const check = (...args: string[]) =>
  runMain(["check", "2026-*.md", "--now", "2026-04-16", ...args], { cwd: SERIES_FOLDER });

const SERIES_RULES = new Set(["dropped-item", "slipped-deadline", "overdue"]);
const FIRST_UPDATE = "2026-04-08-status-update.md";
const CLOSURE = "2026-04-15-closure-review.md";

// Where each series rule fires: the note and line where the task was last seen, once per task.
const EXPECTED = [
  [FIRST_UPDATE, 20, "dropped-item"],
  [CLOSURE, 17, "overdue"],
  [CLOSURE, 17, "slipped-deadline"],
  [CLOSURE, 18, "overdue"],
];

const sorted = (rows: Array<[string, number, string]>) =>
  rows
    .filter(([, , rule]) => SERIES_RULES.has(rule))
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2].localeCompare(b[2]));

describe("check over the notes of one series", () => {
  it("stylish: dropped-item and slipped-deadline at the note and line last seen, overdue once per task", async () => {
    const { stdout } = await check();
    const rows: Array<[string, number, string]> = [];
    let file = "";
    for (const line of stdout.split("\n")) {
      if (/^\S+\.md$/.test(line)) file = line;
      const match = /^\s+(\d+):\d+\s+\w+\s+.*\s(\S+)$/.exec(line);
      if (match) rows.push([file, Number(match[1]), match[2]!]);
    }
    expect(sorted(rows)).toEqual(EXPECTED);
    expect(stdout).toContain(
      'Unexpected open item missing from every later note of the series ("Draft a service credit proposal for the April invoice"), expected it marked done (`- [x]`) or carried into 2026-04-10-status-update.md',
    );
    expect(stdout).toContain(
      'Unexpected deadline moved later 2 times (2026-04-08 -> 2026-04-10 -> 2026-04-14) for "Send the incident timeline to Ingrid", expected at most 0 moves',
    );
  });

  it("json, github, sarif and junit report the same places", async () => {
    const json = JSON.parse((await check("--format", "json")).stdout) as Array<{
      filePath: string;
      messages: Array<{ line: number; ruleId: string }>;
    }>;
    expect(
      sorted(
        json.flatMap((file) =>
          file.messages.map(
            (m) => [file.filePath.split("/").at(-1)!, m.line, m.ruleId] as [string, number, string],
          ),
        ),
      ),
    ).toEqual(EXPECTED);

    const github = (await check("--format", "github")).stdout;
    const annotations = [
      ...github.matchAll(/^::warning file=[^,]*\/([^/,]+),line=(\d+),.*?title=([a-z-]+)/gm),
    ];
    expect(sorted(annotations.map((m) => [m[1]!, Number(m[2]), m[3]!]))).toEqual(EXPECTED);

    const sarif = JSON.parse((await check("--format", "sarif")).stdout);
    const results = sarif.runs[0].results as Array<{
      ruleId: string;
      locations: Array<{
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
      }>;
    }>;
    expect(
      sorted(
        results.map((r) => [
          r.locations[0]!.physicalLocation.artifactLocation.uri.split("/").at(-1)!,
          r.locations[0]!.physicalLocation.region.startLine,
          r.ruleId,
        ]),
      ),
    ).toEqual(EXPECTED);

    // JUnit lists each message as "file:line:column: reason (rule)".
    const junit = (await check("--format", "junit")).stdout;
    const lines = [...junit.matchAll(/([\w.-]+\.md):(\d+):\d+: [^\n<]*?\(([a-z-]+)\)(?=<|\n)/g)];
    expect(sorted(lines.map((m) => [m[1]!, Number(m[2]), m[3]!]))).toEqual(EXPECTED);
  });

  it("checks each note alone when only one note of the series is given: no series rule, overdue per note", async () => {
    const { stdout } = await runMain(
      ["check", CLOSURE, "--now", "2026-04-16", "--format", "json"],
      {
        cwd: SERIES_FOLDER,
      },
    );
    const rules = (JSON.parse(stdout)[0].messages as Array<{ ruleId: string }>).map(
      (m) => m.ruleId,
    );
    expect(rules).not.toContain("dropped-item");
    expect(rules).not.toContain("slipped-deadline");
    expect(rules.filter((rule) => rule === "overdue")).toHaveLength(2);
  });
});

describe("series rules and disable comments", () => {
  it("a disable comment in the note a message points at moves it to the suppressed messages", () => {
    const folder = join(import.meta.dirname, "../../fixtures/check/rules/dropped-item/not-ok");
    const notes = readdirSync(folder)
      .sort()
      .map((name) => ({ file: name, markdown: readFileSync(join(folder, name), "utf8") }));
    const ids = (list: Array<{ ruleId?: string | null }>) => list.map((m) => m.ruleId);
    const plain = checkNotes(notes);
    expect(ids(plain[0]!.messages)).toContain("dropped-item");
    notes[0]!.markdown = notes[0]!.markdown.replace(
      "- [ ] **Piet:**",
      "<!-- md-minutes-disable-next-line dropped-item -->\n- [ ] **Piet:**",
    );
    const [first] = checkNotes(notes);
    expect(ids(first!.messages)).not.toContain("dropped-item");
    expect(ids(first!.suppressedMessages)).toEqual(["dropped-item"]);
  });
});
