import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const CLI = join(import.meta.dirname, "..", "..", "dist", "cli.js");
// Preloaded into the CLI's process: says on exit whether anything required compromise.
const HOOK = `const Module = require("node:module");
const load = Module._load;
let loaded = false;
Module._load = function (request, ...rest) {
  if (/compromise/.test(request)) loaded = true;
  return load.call(this, request, ...rest);
};
process.on("exit", () => process.stderr.write("compromise loaded: " + loaded + "\\n"));`;

const folder = mkdtempSync(join(tmpdir(), "md-minutes-lazy-"));
const hook = join(folder, "hook.cjs");
writeFileSync(hook, HOOK);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A weekly note from a team template: facts, attendees, notes and an explicit action list. */
function templateNote(week: number): string {
  const day = String((week % 28) + 1).padStart(2, "0");
  return `# Weekly sync ${week}\n\n**Date:** 2026-02-${day}\n\n## Attendees\n\n- Ana Ruiz\n- Ben Okafor\n\n## Notes\n\n- Build times are down to ${week} minutes.\n- The release train is on schedule.\n\n## Action Items\n\n- [ ] **Ana:** Review the release notes by Friday\n- [ ] **Ben:** Update the runbook\n`;
}

function stderrOfCheck(files: string[]): string {
  return spawnSync(process.execPath, ["-r", hook, CLI, "check", ...files], { encoding: "utf8" })
    .stderr;
}

describe("compromise is loaded only for notes that need it", () => {
  it("a check of 200 template notes with explicit action lists never loads it", () => {
    const files = Array.from({ length: 200 }, (_, week) => {
      const file = join(folder, `template-${week}.md`);
      writeFileSync(file, templateNote(week));
      return file;
    });
    expect(stderrOfCheck(files)).toContain("compromise loaded: false");
  });

  it("a note with a sentence whose verb it must check loads it", () => {
    const file = join(folder, "prose.md");
    writeFileSync(file, `${templateNote(1)}\n## Discussion\n\nBen will shepherd the migration.\n`);
    expect(stderrOfCheck([file])).toContain("compromise loaded: true");
  });
});
