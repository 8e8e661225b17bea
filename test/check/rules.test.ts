import { describe, expect, it } from "vitest";
import { checkMinutes, RULES } from "../../src/index.js";
import { ruleFixture, ruleFixtureDirectories } from "./fixtures.js";

const positions = (messages: ReturnType<typeof checkMinutes>["messages"], ruleId: string) =>
  messages
    .filter((message) => message.ruleId === ruleId)
    .map((message) => `${message.line}:${message.column} ${message.ruleId}`);

describe("rule fixtures", () => {
  it("has an ok and a not-ok note for every rule", () => {
    expect(ruleFixtureDirectories()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  for (const rule of RULES) {
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
