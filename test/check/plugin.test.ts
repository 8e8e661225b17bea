import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { checkMinutes, parseMinutes, remarkMinutes } from "../../src/index.js";
import { runMain } from "../cli/run-main.js";

const scenario = new URL("../../fixtures/check/scenarios/four-errors.md", import.meta.url);

describe("remarkMinutes", () => {
  it("reads a list pasted from a word processor as parseMinutes does, though remark's tree has none", async () => {
    const value =
      "# Sponsor meeting 2026-03-04\n\nItems discussed:\n•\tMara to email the sponsor the demo time.\n•\tJonas to send Mara the call link.\n";
    const file = new VFile({ path: "notes/sponsor.md", value });
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMinutes);
    await processor.run(processor.parse(file), file);
    const texts = (tasks: ReadonlyArray<{ text: string }> | undefined) =>
      (tasks ?? []).map((task) => task.text);
    expect(texts(file.data.minutes?.actionItems)).toEqual([
      "Mara to email the sponsor the demo time",
      "Jonas to send Mara the call link",
    ]);
    expect(texts(file.data.minutes?.actionItems)).toEqual(
      texts(parseMinutes(value, { fileName: "notes/sponsor.md" }).actionItems),
    );
  });

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

describe("remarkMinutes and the config file", () => {
  const note = readFileSync(scenario, "utf8");

  async function lint(path: string | undefined, options?: Parameters<typeof remarkMinutes>[0]) {
    const file = new VFile(path ? { path, value: note } : { value: note });
    const processor = unified().use(remarkParse).use(remarkMinutes, options);
    await processor.run(processor.parse(file), file);
    return file.messages.map((message) => `${message.line} ${message.ruleId} ${message.fatal}`);
  }

  function folderWith(config: unknown): string {
    const folder = mkdtempSync(join(tmpdir(), "md-minutes-plugin-"));
    mkdirSync(join(folder, "notes"));
    writeFileSync(join(folder, ".md-minutesrc.json"), JSON.stringify(config));
    writeFileSync(join(folder, "notes", "lakeside.md"), note);
    return folder;
  }

  it("finds .md-minutesrc.json from the file's folder and reports what check reports", async () => {
    const folder = folderWith({
      rules: { "owner-is-attendee": "off", "action-owner": "warn", "action-due": "off" },
    });
    const path = join(folder, "notes", "lakeside.md");
    const cli = await runMain(["check", path, "--format", "json"]);
    const fromCli = (
      JSON.parse(cli.stdout) as Array<{
        messages: Array<{ line: number; ruleId: string; severity: number }>;
      }>
    )[0]!.messages.map((message) => `${message.line} ${message.ruleId} ${message.severity === 2}`);
    expect(fromCli).toEqual([
      "22 action-owner false",
      "24 due-parseable true",
      "25 due-after-meeting true",
    ]);
    expect(await lint(path)).toEqual(fromCli);
    // Relative paths resolve against the file's cwd, as remark-cli gives them.
    const relative = new VFile({ path: "notes/lakeside.md", cwd: folder, value: note });
    const processor = unified().use(remarkParse).use(remarkMinutes);
    await processor.run(processor.parse(relative), relative);
    expect(relative.messages.map((message) => message.ruleId)).toEqual([
      "action-owner",
      "due-parseable",
      "due-after-meeting",
    ]);
  });

  it("options passed to the plugin go over the config file, rule by rule", async () => {
    const folder = folderWith({ rules: { "owner-is-attendee": "off", "action-due": "off" } });
    const path = join(folder, "notes", "lakeside.md");
    expect(await lint(path, { rules: { "due-parseable": "off" } })).toEqual([
      "22 action-owner true",
      "25 due-after-meeting true",
    ]);
    // Without a path there is no folder to look in: the options alone apply.
    expect(await lint(undefined, { rules: { "action-due": "off" } })).toEqual([
      "22 action-owner true",
      "23 owner-is-attendee true",
      "24 due-parseable true",
      "25 due-after-meeting true",
    ]);
  });

  it("a broken config file fails the file with a message naming the key", async () => {
    const folder = folderWith({ rulez: {} });
    await expect(lint(join(folder, "notes", "lakeside.md"))).rejects.toThrow(
      `${join(folder, ".md-minutesrc.json")}: unknown config key "rulez"`,
    );
  });

  it("like check, judges only meeting notes unless the config says all", async () => {
    const folder = folderWith({});
    const readme = join(folder, "README.md");
    const run = async (options?: Parameters<typeof remarkMinutes>[0]) => {
      const file = new VFile({ path: readme, value: "# Project\n\nSome docs.\n" });
      const processor = unified().use(remarkParse).use(remarkMinutes, options);
      await processor.run(processor.parse(file), file);
      return file.messages.map((message) => message.ruleId);
    };
    expect(await run()).toEqual([]);
    expect(await run({ all: true })).toEqual(["meeting-date", "attendees"]);
  });
});
