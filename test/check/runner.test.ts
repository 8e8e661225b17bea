import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createNoteText } from "../../src/check/note-text.js";
import type { RuleReport } from "../../src/check/rule.js";
import { checkMinutes, parseMinutes, RULES } from "../../src/index.js";
import { buildPeopleIndex } from "../../src/resolve/owners.js";
import { closestAttendee, editDistance } from "../../src/util/closest-name.js";
import { readCheckFixture } from "./fixtures.js";

const fixture = (name: string) =>
  readCheckFixture(new URL(`../../fixtures/check/scenarios/${name}.md`, import.meta.url).pathname);
const errors = (messages: ReturnType<typeof checkMinutes>["messages"]) =>
  messages
    .filter((message) => message.fatal)
    .map((message) => `${message.line}:${message.column} ${message.ruleId}`);

describe("checkMinutes with the recommended preset", () => {
  it("passes our escalation note (warnings only)", () => {
    const markdown = readFileSync(
      new URL("../../fixtures/escalation/northwind-escalation.md", import.meta.url),
      "utf8",
    );
    const { minutes, messages } = checkMinutes(markdown);
    expect(minutes.actionItems).toHaveLength(4);
    expect(errors(messages)).toEqual([]);
    expect(
      messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`),
    ).toEqual(["40:3 action-due", "41:3 action-due", "42:3 action-due"]);
  });

  it("reports a note without a date", () => {
    const note = fixture("no-date");
    expect(errors(checkMinutes(note.markdown).messages)).toEqual(note.expected);
  });

  it("reports exactly the four problems of a dated note", () => {
    const note = fixture("four-errors");
    const { messages } = checkMinutes(note.markdown);
    expect(errors(messages)).toEqual(note.expected);
    const ownerMessage = messages.find((message) => message.ruleId === "owner-is-attendee")!;
    expect(ownerMessage.reason).toBe(
      "Unexpected owner `Oscar` who is not an attendee, expected an attendee or a person in config `people`",
    );
    expect(ownerMessage.place).toEqual({
      start: { line: 23, column: 5, offset: expect.any(Number) },
      end: { line: 23, column: 10, offset: expect.any(Number) },
    });
  });

  it("honours disable, enable and disable-next-line comments", () => {
    const note = fixture("suppressed");
    expect(errors(checkMinutes(note.markdown).messages)).toEqual(note.expected);
  });
});

describe("deadlines in a table", () => {
  it("point at the unreadable cell", () => {
    const markdown =
      "# Sync\n\n**Date:** 2025-10-06  \n**Attendees:** Ben Ortiz, Chloe Dubois\n\n## Action Items\n\n| Task | Owner | Due |\n| --- | --- | --- |\n| Ship the fix | Ben | the 45th of Octember |\n| Write notes | Chloe | 2025-10-08 |\n";
    const messages = checkMinutes(markdown).messages.map(
      (message) =>
        `${message.line}:${message.column}-${message.place && "end" in message.place ? message.place.end.column : ""} ${message.ruleId}`,
    );
    expect(messages).toEqual(["10:24-44 due-parseable"]);
  });
});

describe("a note without attendees", () => {
  it("gets one attendees error rather than one owner error per task", () => {
    const markdown =
      "# Sync\n\n**Date:** 2025-10-06\n\n## Action Items\n- Priya: Send the roadmap by Oct 8\n- Omar: Book the room by Oct 9\n";
    expect(errors(checkMinutes(markdown).messages)).toEqual(["1:1 attendees"]);
  });
});

describe("messages", () => {
  const note = fixture("four-errors");
  const { messages } = checkMinutes(note.markdown, { fileName: "notes/lakeside.md" });

  it("are VFileMessages with rule id, source, place, fatal and docs url", () => {
    const message = messages.find((entry) => entry.ruleId === "due-parseable")!;
    expect(message.source).toBe("md-minutes");
    expect(message.fatal).toBe(true);
    expect(message.file).toBe("notes/lakeside.md");
    expect(message.url).toBe("https://github.com/md-minutes/md-minutes#rule-due-parseable");
    expect(message.actual).toBe("by the 45th of Octember");
    expect(String(message)).toBe(
      '24:43-24:66: Unexpected unreadable deadline "by the 45th of Octember", expected a date such as `by October 15`, `2025-10-15` or `within 3 days`',
    );
  });

  it("mark warnings as not fatal", () => {
    const withoutDeadline = note.markdown.replace("open tickets today", "open tickets");
    const warning = checkMinutes(withoutDeadline).messages.find(
      (entry) => entry.ruleId === "action-due",
    );
    expect(warning?.fatal).toBe(false);
    expect(`${warning?.line}:${warning?.column}`).toBe("21:3");
  });

  it("name the closest attendee on a near match", () => {
    const markdown = note.markdown.replace("**Oscar:**", "**Iren:**");
    const message = checkMinutes(markdown).messages.find(
      (entry) => entry.ruleId === "owner-is-attendee",
    )!;
    expect(message.reason).toBe(
      "Unexpected owner `Iren` who is not an attendee, expected `Irene Novak` or another attendee",
    );
    expect(message.expected).toEqual(["Irene Novak"]);
  });
});

describe("rule settings", () => {
  const note = fixture("four-errors").markdown;
  const ids = (options: Parameters<typeof checkMinutes>[1]) =>
    checkMinutes(note, options).messages.map((message) => message.ruleId);

  it("drops a rule turned off", () => {
    expect(ids({ rules: { "owner-is-attendee": "off" } })).not.toContain("owner-is-attendee");
    expect(ids({})).toContain("owner-is-attendee");
  });

  it("raises action-due to an error in the strict preset", () => {
    const strict = checkMinutes(note.replace("open tickets today", "open tickets"), {
      extends: "strict",
    }).messages.filter((message) => message.ruleId === "action-due");
    expect(strict.map((message) => message.fatal)).toEqual([true]);
  });

  it("takes a rule's options as [severity, options]", () => {
    const withoutPlan = note.replace(
      /### Resolution Plan[\s\S]*?### Follow-up Actions/,
      "### Follow-up Actions",
    );
    expect(ids({}).filter((id) => id === "required-sections")).toEqual([]);
    const defaults = checkMinutes(withoutPlan).messages.filter(
      (message) => message.ruleId === "required-sections",
    );
    expect(defaults.map((message) => message.reason)).toEqual([
      "Unexpected customer-escalation note without its `resolutionPlan` section, expected a heading such as `Resolution Plan`",
    ]);
    const relaxed = checkMinutes(withoutPlan, {
      rules: {
        "required-sections": ["error", { "customer-escalation": ["concerns", "actionItems"] }],
      },
    });
    expect(relaxed.messages.filter((message) => message.ruleId === "required-sections")).toEqual(
      [],
    );
  });

  it("runs overdue only when now is given", () => {
    expect(ids({})).not.toContain("overdue");
    const overdue = checkMinutes(note, { now: "2025-11-07" }).messages.filter(
      (message) => message.ruleId === "overdue",
    );
    expect(overdue.map((message) => `${message.line}:${message.column}`)).toEqual([
      "17:31",
      "21:41",
      "22:46",
      "23:42",
      "25:47",
    ]);
    expect(overdue.every((message) => message.fatal === false)).toBe(true);
  });

  it("rejects an unknown rule id or bad options with a TypeError naming them", () => {
    expect(() => checkMinutes(note, { rules: { "action-owners": "error" } as never })).toThrow(
      /"rules\.action-owners"/,
    );
    expect(() =>
      checkMinutes(note, {
        rules: { "required-sections": ["error", { "customer-escalation": ["agenda"] }] } as never,
      }),
    ).toThrow(/required-sections/);
    expect(() => checkMinutes(note, { now: "next week" })).toThrow(/"now"/);
  });
});

describe("the schema rule", () => {
  it("reports the schema diagnostic of a model the extractor could not validate", () => {
    const minutes = parseMinutes("# Escalation\n\n**Date:** 2025-10-06\n");
    const broken = {
      ...minutes,
      diagnostics: [
        {
          code: "schema",
          message: "The extracted model failed its schema at kind: Invalid option",
          source: null,
        },
      ],
    };
    const reports: RuleReport[] = [];
    const rule = RULES.find((candidate) => candidate.id === "schema")!;
    rule.check(broken, {
      options: {},
      text: createNoteText("\n# Escalation\n"),
      people: buildPeopleIndex([], {}, []),
      now: null,
      report: (report) => reports.push(report),
    });
    expect(reports).toEqual([
      {
        message:
          "Unexpected model that fails its schema (The extracted model failed its schema at kind: Invalid option), expected a valid model (please report this as a bug)",
        source: {
          start: { line: 2, column: 1, offset: 1 },
          end: { line: 2, column: 13, offset: 13 },
        },
      },
    ]);
  });
});

describe("closestAttendee", () => {
  const attendees = parseMinutes(
    "**Attendees:** Irene Novak (Support Lead), Jamal Reed (Engineering Manager)\n",
  ).attendees;
  it.each([
    ["Iren", "Irene Novak"],
    ["Irene N.", "Irene Novak"],
    ["Jamal Reid", "Jamal Reed"],
    ["Jamall", "Jamal Reed"],
    ["Oscar", null],
    ["Ian", null],
  ])("%s -> %s", (name, expected) => {
    expect(closestAttendee(name, attendees)?.name ?? null).toBe(expected);
  });

  it("gives up on distances past the limit", () => {
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("a", "abcdefgh", 2)).toBe(3);
  });
});

describe("line endings", () => {
  it("gives the same positions for CRLF notes", () => {
    const note = fixture("four-errors");
    expect(errors(checkMinutes(note.markdown.replace(/\n/g, "\r\n")).messages)).toEqual(
      note.expected,
    );
    expect(errors(checkMinutes(`\uFEFF${note.markdown}`).messages)).toEqual(note.expected);
  });
});

describe("inline suppression", () => {
  const note = (body: string) =>
    `# Sync\n\n**Date:** 2025-10-06  \n**Attendees:** Ben Ortiz, Chloe Dubois\n\n## Action Items\n${body}`;
  const lines = (markdown: string) =>
    checkMinutes(markdown).messages.map((message) => `${message.line} ${message.ruleId}`);

  it("without rule ids switches every rule", () => {
    expect(
      lines(
        note(
          "<!-- md-minutes-disable -->\n- Ship it\n<!-- md-minutes-enable -->\n- Ship it again\n",
        ),
      ),
    ).toEqual(["10 action-owner", "10 action-due"]);
  });

  it("takes several ids, separated by spaces or commas", () => {
    expect(
      lines(
        note(
          "<!-- md-minutes-disable-next-line action-owner, action-due -->\n- Ship it\n- Ship it again\n",
        ),
      ),
    ).toEqual(["9 action-owner", "9 action-due"]);
  });

  it("ignores comments that do not close or name another tool", () => {
    expect(lines(note("<!-- markdownlint-disable -->\n- Ship it\n"))).toEqual([
      "8 action-owner",
      "8 action-due",
    ]);
  });
});
