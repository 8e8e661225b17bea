import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkMinutes } from "../../src/index.js";
import { jsonErrorOffset } from "../../src/model/json-text.js";
import { runMain, workspace } from "./run-main.js";

const root = join(import.meta.dirname, "..", "..");
const fourErrors = readFileSync(join(root, "fixtures/check/scenarios/four-errors.md"), "utf8");
const NOTE =
  "# Sync\n\n**Date:** 2025-09-27\n\n## Action Items\n\n- Lisa to send the report by Friday\n";

/** Exit 2 and exactly one line on stderr, nothing on stdout. */
function expectRefusal(result: { code: number; stdout: string; stderr: string }, line: string) {
  expect(result).toEqual({ code: 2, stdout: "", stderr: `md-minutes: ${line}\n` });
}

describe("one-line messages in our own words", () => {
  it("--out-dir pointing at a file is refused, and the file is left alone", async () => {
    const cwd = workspace({ "note.md": NOTE, "taken.txt": "mine\n" });
    for (const format of ["json", "ics"]) {
      expectRefusal(
        await runMain([
          "extract",
          join(cwd, "note.md"),
          "--format",
          format,
          "--out-dir",
          join(cwd, "taken.txt"),
        ]),
        `--out-dir ${join(cwd, "taken.txt")}: is a file, expected a folder (or a path to create one)`,
      );
    }
    expect(readFileSync(join(cwd, "taken.txt"), "utf8")).toBe("mine\n");
    expectRefusal(
      await runMain(["extract", join(cwd, "note.md"), "--out-dir", join(cwd, "taken.txt", "sub")]),
      `--out-dir ${join(cwd, "taken.txt", "sub")}: a part of the path is not a directory`,
    );
  });

  it("a missing --config or --people file is named without node's ENOENT text", async () => {
    const cwd = workspace({ "note.md": NOTE });
    const note = join(cwd, "note.md");
    expectRefusal(
      await runMain(["extract", note, "--config", join(cwd, "team.json")]),
      `${join(cwd, "team.json")}: cannot read config: no such file`,
    );
    expectRefusal(
      await runMain(["check", "note.md", "--config", "team.json"], { cwd }),
      `${join(cwd, "team.json")}: cannot read config: no such file`,
    );
    expectRefusal(
      await runMain(["extract", note, "--format", "ics", "--people", join(cwd, "people.json")]),
      `--people ${join(cwd, "people.json")}: cannot read: no such file`,
    );
  });

  it("--max-warnings -1 says what the flag expects", async () => {
    const cwd = workspace({ "note.md": NOTE });
    expectRefusal(
      await runMain(["check", "note.md", "--max-warnings", "-1"], { cwd }),
      '--max-warnings "-1": expected a whole number, 0 or more',
    );
  });

  it("option errors replace node's parseArgs messages, with a did-you-mean", async () => {
    const cwd = workspace({ "note.md": NOTE });
    const cases: Array<[string[], string]> = [
      [["check", "--fomat", "json"], "check: unknown option --fomat; did you mean --format?"],
      [
        ["check", "--max-warning=3"],
        "check: unknown option --max-warning; did you mean --max-warnings?",
      ],
      [
        ["extract", "note.md", "--bogus"],
        'extract: unknown option --bogus; run "md-minutes extract --help" for the options',
      ],
      [["check", "-x"], 'check: unknown option -x; run "md-minutes check --help" for the options'],
      [["check", "note.md", "--format"], "--format needs a value"],
      [["check", "note.md", "--quiet=yes"], "--quiet is a switch and takes no value"],
      [
        ["check", "--config", "--quiet"],
        "--config needs a value, but the option --quiet follows it (write --config=--quiet if that is the value)",
      ],
      [
        ["extract", "note.md", "--time-zone", "UTC"],
        "extract: unknown option --time-zone; did you mean --timezone?",
      ],
    ];
    for (const [argv, line] of cases) expectRefusal(await runMain(argv, { cwd }), line);
    expectRefusal(
      await runMain(["chek", "note.md"], { cwd }),
      'unknown command "chek"; did you mean "check"? expected one of: extract, check, track',
    );
  });

  it("a config that is not JSON names the line and column", async () => {
    const cwd = workspace({
      "note.md": NOTE,
      ".md-minutesrc.json": '{\n  "timezone": "Europe/Berlin",\n}\n',
    });
    const config = join(cwd, ".md-minutesrc.json");
    expectRefusal(
      await runMain(["check", "note.md"], { cwd }),
      `${config}: config is not valid JSON: line 3, column 1: unexpected "}"`,
    );
    writeFileSync(
      join(cwd, "people.json"),
      '{ "Lisa Wong": { "email": "lisa@example.com" }\n  "Raj": {} }',
    );
    expectRefusal(
      await runMain([
        "extract",
        join(cwd, "note.md"),
        "--format",
        "ics",
        "--people",
        join(cwd, "people.json"),
      ]),
      `--people ${join(cwd, "people.json")}: not valid JSON: line 2, column 3: unexpected "\\""`,
    );
    writeFileSync(config, '{ "rules": { "action-owner": "warn" ');
    expectRefusal(
      await runMain(["extract", join(cwd, "note.md")]),
      `${config}: config is not valid JSON: line 1, column 37: unexpected end of file`,
    );
  });

  it("the JSON scanner finds the first error where JSON.parse fails, and none where it succeeds", () => {
    const valid = ['{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"],"b":{}}', " [ ] ", '"s"', "0"];
    for (const text of valid) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorOffset(text)).toBeNull();
    }
    const broken: Array<[string, number]> = [
      ["", 0],
      ["{,}", 1],
      ['{"a" 1}', 5],
      ["[1,]", 3],
      ["[01]", 2],
      ['{"a":tru}', 8],
      ['"tab\there"', 4],
      ["[1] x", 4],
      [`${"[".repeat(100_000)}`, 100_000],
    ];
    for (const [text, offset] of broken) {
      expect(() => JSON.parse(text)).toThrow();
      expect(jsonErrorOffset(text)).toBe(offset);
    }
  });

  it("an unknown config key or rule id suggests the closest one", async () => {
    const cases: Array<[unknown, string]> = [
      [{ timezon: "Europe/Berlin" }, 'unknown config key "timezon"; did you mean "timezone"?'],
      [
        { rules: { "action-owners": "error" } },
        'unknown config key "action-owners" in "rules"; did you mean "action-owner"?',
      ],
      [{ zzz: 1 }, 'unknown config key "zzz"'],
    ];
    for (const [config, line] of cases) {
      const cwd = workspace({ "note.md": NOTE, ".md-minutesrc.json": JSON.stringify(config) });
      expectRefusal(
        await runMain(["check", "note.md"], { cwd }),
        `${join(cwd, ".md-minutesrc.json")}: ${line}`,
      );
    }
  });
});

describe("disable comments and severities", () => {
  it("an unknown rule id in a disable comment is an error at the comment, with did you mean", () => {
    const note = fourErrors.replace(
      "### Follow-up Actions",
      "### Follow-up Actions\n<!-- md-minutes-disable owner-is-atendee, made-up-rule -->",
    );
    const { messages } = checkMinutes(note, { fileName: "note.md" });
    const unknown = messages.filter((message) => message.ruleId === undefined);
    expect(
      unknown.map((message) => [message.line, message.column, message.fatal, message.reason]),
    ).toEqual([
      [
        expect.any(Number),
        1,
        true,
        "Unexpected unknown rule `owner-is-atendee` in `md-minutes-disable`, expected a rule id (did you mean `owner-is-attendee`?)",
      ],
      [
        expect.any(Number),
        1,
        true,
        "Unexpected unknown rule `made-up-rule` in `md-minutes-disable`, expected a rule id",
      ],
    ]);
    const line = note.split("\n").findIndex((text) => text.includes("owner-is-atendee")) + 1;
    expect(unknown[0]!.line).toBe(line);
  });

  it("ESLint's numeric severities 0, 1 and 2 are accepted, 3 is refused", async () => {
    const cwd = workspace({
      "note.md": fourErrors,
      ".md-minutesrc.json": JSON.stringify({
        rules: { "action-owner": 0, "owner-is-attendee": [1], "due-parseable": 2 },
      }),
    });
    const { code, stdout } = await runMain(["check", "note.md", "--format", "json"], { cwd });
    expect(code).toBe(1);
    expect(
      JSON.parse(stdout)[0].messages.map(
        (message: { ruleId: string; severity: number }) => `${message.ruleId}:${message.severity}`,
      ),
    ).toEqual(["owner-is-attendee:1", "due-parseable:2", "due-after-meeting:2"]);
    writeFileSync(
      join(cwd, ".md-minutesrc.json"),
      JSON.stringify({ rules: { "action-owner": 3 } }),
    );
    expectRefusal(
      await runMain(["check", "note.md"], { cwd }),
      `${join(cwd, ".md-minutesrc.json")}: config key "rules.action-owner": expected "off", "warn" or "error" (or 0, 1, 2 as in ESLint)`,
    );
  });
});
