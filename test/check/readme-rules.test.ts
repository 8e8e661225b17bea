import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/index.js";

const root = new URL("../..", import.meta.url).pathname;
const script = join(root, "scripts/rules-table.mjs");
const runScript = (args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: "utf8" });

describe("README rules table", () => {
  it("is in sync with the rules' metadata (run `npm run docs:rules` when this fails)", () => {
    const result = runScript(["--check"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("lists every rule with its docs anchor", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const rule of RULES) {
      expect(readme).toContain(`| <a id="rule-${rule.id}"></a>\`${rule.id}\` |`);
      expect(rule.url.endsWith(`#rule-${rule.id}`)).toBe(true);
    }
  });

  it("fails the check when the table is stale", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8").replace(
      "Every action item has an owner.",
      "Every action item has an owner, once.",
    );
    const copy = join(mkdtempSync(join(tmpdir(), "md-minutes-readme-")), "README.md");
    writeFileSync(copy, readme);
    const result = runScript(["--check", "--readme", copy]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("README.md rules table is stale; run `npm run docs:rules`\n");
  });
});
