import { describe, expect, it } from "vitest";
import { checkNotes } from "../../src/check-minutes.js";
import { checkMinutes, RULES } from "../../src/index.js";
import { ruleFixture, ruleFixtureDirectories, ruleSeriesFixture } from "./fixtures.js";

const positions = (messages: ReturnType<typeof checkMinutes>["messages"], ruleId: string) =>
  messages
    .filter((message) => message.ruleId === ruleId)
    .map((message) => `${message.line}:${message.column} ${message.ruleId}`);

describe("rule fixtures", () => {
  it("has an ok and a not-ok note for every rule", () => {
    expect(ruleFixtureDirectories()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  for (const rule of RULES) {
    // A series rule's fixtures are folders of notes, checked together as `check` reads them.
    const series = ruleSeriesFixture(rule.id, "not-ok");
    if (series) {
      describe(rule.id, () => {
        const run = (variant: "ok" | "not-ok") => {
          const notes = ruleSeriesFixture(rule.id, variant)!;
          const results = checkNotes(
            notes.map((note) => ({ file: note.path, markdown: note.markdown })),
            { extends: "strict", ...notes.at(-1)!.options },
          );
          return notes.map((note, index) => ({
            found: positions(results[index]!.messages, rule.id),
            expected: note.expected,
          }));
        };
        it("reports nothing on the ok/ series", () => {
          for (const { found } of run("ok")) expect(found).toEqual([]);
        });
        it("reports exactly the expected positions on the not-ok/ series", () => {
          const results = run("not-ok");
          expect(results.flatMap((result) => result.expected).length).toBeGreaterThan(0);
          for (const { found, expected } of results) expect(found).toEqual(expected);
        });
      });
      continue;
    }
    describe(rule.id, () => {
      it("reports nothing on ok.md", () => {
        const fixture = ruleFixture(rule.id, "ok");
        const { messages } = checkMinutes(fixture.markdown, {
          extends: "strict",
          ...fixture.options,
          fileName: fixture.path,
        });
        expect(positions(messages, rule.id)).toEqual([]);
      });

      // No note makes the extractor break its schema or fail inside; see check-runner.test.ts.
      if (rule.id === "schema" || rule.id === "internal-error") return;
      it("reports exactly the expected positions on not-ok.md", () => {
        const fixture = ruleFixture(rule.id, "not-ok");
        expect(fixture.expected.length).toBeGreaterThan(0);
        const { messages } = checkMinutes(fixture.markdown, {
          extends: "strict",
          ...fixture.options,
          fileName: fixture.path,
        });
        expect(positions(messages, rule.id)).toEqual(fixture.expected);
      });
    });
  }
});
