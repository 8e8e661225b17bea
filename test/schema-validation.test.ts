import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../src/index.js";
import type { Minutes } from "../src/model/minutes.js";
import { minutesSchema } from "../src/model/minutes.js";
import { firstSchemaIssue } from "../src/parse-minutes.js";

const note = readFileSync(
  join(import.meta.dirname, "../fixtures/escalation/northwind-escalation.md"),
  "utf8",
);

/** The issue the whole schema reports first, as validated() used to take it. */
function wholeSchemaIssue(minutes: unknown) {
  const result = minutesSchema.safeParse(minutes);
  return result.success ? null : result.error.issues[0]!;
}

describe("the model is validated one field and one item at a time", () => {
  const model = parseMinutes(note);

  it("finds no issue in a model the whole schema accepts", () => {
    expect(wholeSchemaIssue(model)).toBeNull();
    expect(firstSchemaIssue(model)).toBeNull();
  });

  const damage: Array<[string, (copy: Record<string, unknown>) => void]> = [
    ["a field", (copy) => (copy.kind = "party")],
    ["a nullable field", (copy) => (copy.date = 20250927)],
    ["a list that is not one", (copy) => (copy.risks = "none")],
    [
      "an item deep in a list",
      (copy) => ((copy.actionItems as Array<{ text: unknown }>)[1]!.text = 7),
    ],
    [
      "a source position",
      (copy) => ((copy.sections as Array<{ source: unknown }>)[0]!.source = null),
    ],
    [
      "two fields, the first wins",
      (copy) => {
        copy.diagnostics = [{}];
        (copy.attendees as Array<{ name: unknown }>)[0]!.name = null;
      },
    ],
    ["a missing field", (copy) => delete copy.notes],
    ["the nested next meeting", (copy) => (copy.nextMeeting = { when: 3 })],
  ];
  for (const [what, spoil] of damage) {
    it(`reports the same first issue as the whole schema: ${what}`, () => {
      const copy = structuredClone(model) as unknown as Record<string, unknown>;
      spoil(copy);
      const expected = wholeSchemaIssue(copy);
      expect(expected).not.toBeNull();
      const found = firstSchemaIssue(copy as unknown as Minutes);
      expect(found?.path).toEqual(expected!.path);
      expect(found?.message).toBe(expected!.message);
    });
  }
});
