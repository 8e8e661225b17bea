import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { checkMinutes, remarkMinutes } from "../../src/index.js";

const scenario = new URL("../../fixtures/check/scenarios/four-errors.md", import.meta.url);

describe("remarkMinutes", () => {
  it("puts the model on file.data.minutes and reports the same messages as checkMinutes", async () => {
    const value = readFileSync(scenario, "utf8");
    const file = new VFile({ path: "notes/lakeside.md", value });
    const processor = unified()
      .use(remarkParse)
      .use(remarkMinutes, { rules: { "action-due": "off" } });
    await processor.run(processor.parse(file), file);
    expect(file.data.minutes?.date).toBe("2025-11-03");
    expect(file.data.minutes?.actionItems).toHaveLength(5);
    const expected = checkMinutes(value, { rules: { "action-due": "off" } }).messages;
    expect(
      file.messages.map((message) => [
        message.ruleId,
        message.line,
        message.column,
        message.fatal,
        message.file,
      ]),
    ).toEqual(
      expected.map((message) => [
        message.ruleId,
        message.line,
        message.column,
        message.fatal,
        "notes/lakeside.md",
      ]),
    );
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      "action-owner",
      "owner-is-attendee",
      "due-parseable",
      "due-after-meeting",
    ]);
  });
});

describe("the check core", () => {
  it("imports nothing from node: (the plugin and rules run in browsers)", () => {
    const root = new URL("../../src/", import.meta.url).pathname;
    const offenders: string[] = [];
    for (const folder of ["check", "check/rules", "report", "."]) {
      for (const name of readdirSync(join(root, folder))) {
        if (!name.endsWith(".ts")) continue;
        if (/from "node:/.test(readFileSync(join(root, folder, name), "utf8")))
          offenders.push(`${folder}/${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe("remarkMinutes on an opted-out note", () => {
  it("keeps the model but reports nothing", async () => {
    const file = new VFile({
      path: "draft.md",
      value: "---\nmd-minutes: false\n---\n# Escalation\n\n- Fix it\n",
    });
    const processor = unified().use(remarkParse).use(remarkMinutes);
    await processor.run(processor.parse(file), file);
    expect(file.data.minutes?.kind).toBe("customer-escalation");
    expect(file.messages).toEqual([]);
  });
});
